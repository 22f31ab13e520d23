/**
 * Acronyms in real browsers: the demo article's acronyms are wrapped per the page contract with inline
 * expansions that are never copied with the text; the popup lists the glossary; an entry added in the options
 * page's user dictionary wins over the shipped dictionary on the next load.
 */
import { expect, it } from 'vitest'
import { DEMO_ARTICLE_URL } from '../fixtures/routes.ts'
import { gotoMarked, openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'

describeInBrowsers('acronyms', (context) => {
  it('expands the seed article’s acronyms with inline expansions', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const found = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('abbr.kliping-acronym')].map((a) => [a.textContent, [a.getAttribute('data-kliping-expansion'), a.getAttribute('data-kliping-source'), a.getAttribute('title')]])),
    )
    expect(found.Sekjen).toEqual(['Sekretaris Jenderal', 'article', 'Sekretaris Jenderal'])
    for (const form of ['Kemendagri', 'Rakor', 'IPDN', 'Sekda', 'Bappeda', 'K/L', 'Puspen']) expect(found[form]?.[0]).toBeTruthy()
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('.kliping-expansion')].map((s) => ({ text: s.getAttribute('data-kliping-text'), shown: getComputedStyle(s, '::before').content !== 'none' })),
    )
    expect(inline.some((span) => span.text?.includes('Pusat Penerangan') && span.shown)).toBe(true)
    await page.close()
  })

  it('copying a paragraph yields the article’s original text', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const { copied, original } = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('[data-kliping-root] > p')].find((p) => p.textContent?.includes('Sebagai informasi'))!
      const range = document.createRange()
      range.selectNodeContents(paragraph)
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
      return { copied: getSelection()!.toString(), original: paragraph.textContent }
    })
    expect(copied.replace(/\s+/g, ' ').trim()).toBe(original!.replace(/\s+/g, ' ').trim())
    expect(copied).not.toContain('(Pusat Penerangan')
    await page.close()
  })

  it('a user dictionary entry wins over the shipped dictionary, and the popup lists the glossary', async () => {
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('#entry-form')
    // Puspen is not defined in the article, so the dictionaries decide it.
    await options.type('#entry-form', 'Puspen')
    await options.type('#entry-expansion', 'Pusat Penerangan (entri pengguna)')
    await options.click('.entry-form button[type="submit"]')
    await options.waitForSelector('[data-testid="user-entries"]')
    await options.close()

    const page = await context.session.browser.newPage()
    await gotoMarked(page, DEMO_ARTICLE_URL)
    const puspen = await page.evaluate(() => {
      const abbr = [...document.querySelectorAll('abbr.kliping-acronym')].find((a) => a.textContent === 'Puspen')
      return abbr ? [abbr.getAttribute('data-kliping-expansion'), abbr.getAttribute('data-kliping-source')] : null
    })
    expect(puspen).toEqual(['Pusat Penerangan (entri pengguna)', 'user'])
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup.waitForSelector('[data-testid="glossary"] dl')
    const glossary = await popup.$eval('[data-testid="glossary"]', (e) => e.textContent ?? '')
    expect(glossary).toContain('Badan Perencanaan Pembangunan Daerah')
    expect(glossary).toContain('Pusat Penerangan (entri pengguna)')
    await popup.close()
    await page.close()
  })
})
