/**
 * Settings apply live in real browsers: switching a feature off in the options page updates the open article
 * without a reload, and switching it on again brings it back; the highlight colours chosen there change the open
 * article's toolbar and shortcut colour.
 */
import type { Page } from 'puppeteer-core'
import { expect, it } from 'vitest'
import { DEMO_ARTICLE_URL } from '../fixtures/routes.ts'
import { seriousViolations } from './harness/axe.ts'
import { openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'
import { pressHighlightShortcut, selectText, waitForMarkedText } from './harness/select-text.ts'

// The article tab sits behind the options tab while a test clicks there, and background tabs get no animation
// frames: waits on it poll by time (polling: 100), not by frame.
const count = (page: Page, selector: string) => page.evaluate((s: string) => document.querySelectorAll(s).length, selector)

describeInBrowsers('settings', (context) => {
  it('switching acronyms and promos off and on updates the open article without a reload', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    expect(await count(article, 'abbr.kliping-acronym')).toBeGreaterThan(0)
    const text = await article.evaluate(() => document.querySelector('[data-kliping-root]')!.textContent)
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('input[name="acronyms"]')
    // Let the options page read the stored settings before clicking.
    await options.waitForSelector('[data-testid="settings"][data-loaded="true"]')

    await options.click('input[name="acronyms"]')
    await article.waitForFunction(() => document.querySelectorAll('abbr.kliping-acronym').length === 0, { timeout: 10_000, polling: 100 })
    expect(await count(article, '.kliping-quote')).toBeGreaterThan(0)
    expect(await article.evaluate(() => document.querySelector('[data-kliping-root]')!.textContent)).toBe(text)

    await options.click('input[name="promos"]')
    await article.waitForFunction(() => document.body.innerText.includes('Inspektorat Daerah Prov. Kalteng'), { timeout: 10_000, polling: 100 })
    expect(await article.evaluate(() => document.documentElement.getAttribute('data-kliping-promos'))).toBe('0')

    await options.click('input[name="acronyms"]')
    await options.click('input[name="promos"]')
    await article.waitForFunction(
      () => document.querySelectorAll('abbr.kliping-acronym').length > 0 && !document.body.innerText.includes('Inspektorat Daerah Prov. Kalteng'),
      { timeout: 10_000, polling: 100 },
    )
    expect(await article.evaluate(() => document.documentElement.getAttribute('data-kliping-promos'))).toBe('1')
    await options.close()
    await article.close()
  })
})

describeInBrowsers('site switches', (context) => {
  it('switching a declared site off withdraws Kliping from the open page and keeps it away on reload; on again, it returns', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const text = await article.evaluate(() => document.querySelector('.card-body')!.textContent)
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('input[name="site-go.id"]')
    await options.waitForSelector('[data-testid="sites"][data-loaded="true"]')

    await options.click('input[name="site-go.id"]')
    await article.waitForFunction(() => !document.documentElement.hasAttribute('data-kliping'), { timeout: 10_000, polling: 100 })
    expect(await count(article, 'abbr.kliping-acronym, .kliping-quote, [data-kliping-root]')).toBe(0)
    // Everything the article had, promo included, is back as it was.
    expect(await article.evaluate(() => document.querySelector('.card-body')!.textContent?.includes('Inspektorat Daerah Prov. Kalteng'))).toBe(true)

    await article.reload({ waitUntil: 'load' })
    await new Promise((done) => setTimeout(done, 1_000))
    expect(await article.evaluate(() => document.documentElement.hasAttribute('data-kliping'))).toBe(false)

    await options.click('input[name="site-go.id"]')
    await article.reload({ waitUntil: 'load' })
    await article.waitForSelector('html[data-kliping="article"]', { timeout: 10_000 })
    expect(await article.evaluate(() => document.querySelector('.card-body')!.textContent)).toBe(text)
    await options.close()
    await article.close()
  })
})

describeInBrowsers('language', (context) => {
  it('the language chosen in the options applies to the popup and options, whatever the browser speaks', async () => {
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('select#language')
    for (const [language, tabLabel] of [['en', 'This page'], ['id', 'Halaman ini']] as const) {
      await options.select('select#language', language)
      // The options page reloads itself in the new language.
      await options.waitForFunction((lang: string) => document.documentElement.lang === lang && !!document.querySelector('select#language'), { timeout: 10_000, polling: 100 }, language)
      const popup = await context.session.openExtensionPage('src/popup/index.html')
      await popup.waitForSelector('#tab-page')
      expect(await popup.$eval('#tab-page', (tab) => tab.textContent)).toBe(tabLabel)
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language)
      await popup.close()
    }
    await options.close()
  })
})

describeInBrowsers('language in the page', (context, browserName) => {
  it("Kliping's own UI in the article speaks the language chosen in the options, and switches without a reload", async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const options = await context.session.openExtensionPage('src/options/index.html')
    // The toolbar lives in a closed shadow root. Its host in the page carries the language; in Chromium the test
    // also finds the toolbar the way assistive technology does, by role and translated name (Firefox's BiDi does not
    // search the accessibility tree inside closed shadow roots).
    const toolbarNamed = async (language: string, name: string) => {
      await selectText(article, 'Rapat Koordinasi')
      await article.waitForSelector(`kliping-toolbar[lang="${language}"]`, { timeout: 10_000 })
      if (browserName === 'chromium') await article.waitForSelector(`aria/${name}[role="toolbar"]`, { timeout: 10_000 })
      return article.$$eval('kliping-toolbar', (hosts) => hosts.map((host) => host.getAttribute('lang')))
    }
    for (const [language, label] of [['id', 'Alat sorot Kliping'], ['en', 'Kliping highlighter']] as const) {
      await options.bringToFront()
      await options.waitForSelector('select#language')
      await options.select('select#language', language)
      await options.waitForFunction((lang: string) => document.documentElement.lang === lang && !!document.querySelector('select#language'), { timeout: 10_000, polling: 100 }, language)
      await article.bringToFront()
      await article.keyboard.press('Escape')
      // One toolbar in the page, in the chosen language (the one built before the switch is gone).
      expect(await toolbarNamed(language, label)).toEqual([language])
    }
    await options.close()
    await article.close()
  })
})

/**
 * Selects `text` until the toolbar that opens over it offers `colors` (the open page takes the new settings a moment
 * after the options page stored them). The toolbar's host lists what it offers in `data-kliping-colors`.
 */
async function toolbarOffering(page: Page, text: string, colors: string): Promise<void> {
  const deadline = Date.now() + 10_000
  let offered: string | null = null
  while (Date.now() < deadline) {
    await page.keyboard.press('Escape')
    await selectText(page, text)
    offered = await page.evaluate(() => document.querySelector('kliping-toolbar')?.getAttribute('data-kliping-colors') ?? null)
    if (offered === colors) return
    await new Promise((done) => setTimeout(done, 200))
  }
  throw new Error(`the toolbar offers ${offered}, not ${colors}`)
}

describeInBrowsers('highlight colours', (context, browserName) => {
  const PASSAGE = 'menyamakan persepsi dan memperkuat integrasi kebijakan'

  it('the default colour and the offered colours chosen in the options apply to the open article without a reload', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('[data-testid="settings"][data-loaded="true"]')
    await options.click('input[name="defaultHighlightColor"][value="green"]')
    await options.click('input[name="highlightColors"][value="pink"]')
    // Pink is no longer offered, so it is no longer a possible default either.
    await options.waitForSelector('input[name="defaultHighlightColor"][value="pink"]', { hidden: true })
    expect(await options.$eval('input[name="defaultHighlightColor"][value="green"]', (radio) => (radio as HTMLInputElement).checked)).toBe(true)
    await options.waitForFunction(() => !!document.querySelector('[data-testid="settings"] [role="status"]')?.textContent)

    await article.bringToFront()
    await toolbarOffering(article, PASSAGE, 'yellow green blue')
    if (browserName === 'chromium') {
      // What assistive technology finds in the toolbar's closed shadow root: a green swatch, no pink one.
      const language = await article.$eval('kliping-toolbar', (host) => host.getAttribute('lang'))
      const [highlight, green, pink] = language === 'en' ? ['Highlight', 'Green', 'Pink'] : ['Sorot', 'Hijau', 'Merah muda']
      await article.waitForSelector(`aria/${highlight}: ${green}[role="button"]`, { timeout: 10_000 })
      expect(await article.$(`aria/${highlight}: ${pink}[role="button"]`)).toBeNull()
    }

    // Alt+Shift+H (the browser command, or the page's own listener where the command is not registered) saves the
    // selection in the default colour.
    await pressHighlightShortcut(article)
    await waitForMarkedText(article, PASSAGE, '.kliping-highlight[data-kliping-annotation-id]')
    expect(await article.$$eval('.kliping-highlight[data-kliping-annotation-id]', (marks) => [...new Set(marks.map((m) => m.getAttribute('data-kliping-color')))])).toEqual(['green'])

    // Down to one colour: its checkbox is disabled and says why, and the page has no serious accessibility problem.
    await options.bringToFront()
    await options.click('input[name="highlightColors"][value="yellow"]')
    await options.click('input[name="highlightColors"][value="blue"]')
    await options.waitForSelector('input[name="highlightColors"][value="green"]:disabled')
    const hint = await options.$eval('input[name="highlightColors"][value="green"]', (box) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent ?? '')
    expect(hint).not.toBe('')
    expect(await seriousViolations(options)).toEqual([])
    await article.bringToFront()
    await toolbarOffering(article, 'Rapat Koordinasi', 'green')
    await options.close()
    await article.close()
  })
})
