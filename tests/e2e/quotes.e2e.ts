/**
 * Quote highlighting in real browsers: the demo article's direct quotes are wrapped per the page contract and
 * attributed to Tomsi Tohir, without changing a character; the popup lists them by speaker and copies citations.
 */
import { expect, it } from 'vitest'
import { DEMO_ARTICLE_URL, UNDECLARED_URL } from '../fixtures/routes.ts'
import { openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'

describeInBrowsers('quotes', (context) => {
  it('highlights the demo article’s quotes and attributes them all to Tomsi Tohir', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const quotes = await page.evaluate(() => {
      const wrappers = [...document.querySelectorAll('.kliping-quote')]
      const ids = [...new Set(wrappers.map((w) => w.getAttribute('data-kliping-quote-id')))]
      return ids.map((id) => ({
        id,
        speaker: [...new Set(wrappers.filter((w) => w.getAttribute('data-kliping-quote-id') === id).map((w) => w.getAttribute('data-kliping-speaker')))],
        text: wrappers.filter((w) => w.getAttribute('data-kliping-quote-id') === id).map((w) => w.textContent).join(''),
        focusable: wrappers.find((w) => w.getAttribute('data-kliping-quote-id') === id)?.getAttribute('tabindex') === '0',
      }))
    })
    expect(quotes.map((q) => q.speaker)).toEqual([['Tomsi Tohir'], ['Tomsi Tohir'], ['Tomsi Tohir'], ['Tomsi Tohir']])
    expect(quotes.every((q) => q.focusable)).toBe(true)
    expect(quotes[0]!.text).toBe(
      '“Kita harus tahu mana yang menjadi skala prioritas. Itu sebagai bahan masukan kepada K/L (kementerian/lembaga) untuk dia prioritaskan,”',
    )
    expect(quotes[1]!.text).toContain('[hasilnya],”')
    await page.close()
  })

  it('leaves the article text exactly as the page without Kliping has it (outside the stripped promo)', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const text = await page.evaluate(() => [...document.querySelectorAll('[data-kliping-root] > p')].map((p) => p.textContent).join('\n'))
    await page.goto(UNDECLARED_URL, { waitUntil: 'load' })
    const original = await page.evaluate(() =>
      [...document.querySelectorAll('.card-body > p')].filter((p) => !/^Baca juga/.test(p.textContent ?? '')).map((p) => p.textContent).join('\n'),
    )
    expect(text).toBe(original)
    await page.close()
  })

  it('popup lists the quotes under their speaker and copies a citation', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup.waitForSelector('[data-testid="quotes"] .speaker-group')
    const groups = await popup.$$eval('[data-testid="quotes"] .speaker-group', (elements) =>
      elements.map((group) => ({ speaker: group.getAttribute('data-speaker'), quotes: group.querySelectorAll('li').length })),
    )
    expect(groups).toEqual([{ speaker: 'Tomsi Tohir', quotes: 4 }])
    await popup.click('[data-testid="copy-q1"]')
    await popup.waitForFunction(() => document.querySelector('[data-testid="quotes"] [role="status"]')?.textContent !== '')
    const status = await popup.$eval('[data-testid="quotes"] [role="status"]', (element) => element.className)
    expect(status).toBe('status-ok')
    await popup.close()
    await page.close()
  })

  it("saving a quote from the popup draws it in the article in the user's default highlight colour", async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('[data-testid="settings"][data-loaded="true"]')
    await options.click('input[name="defaultHighlightColor"][value="blue"]')
    await options.waitForFunction(() => !!document.querySelector('[data-testid="settings"] [role="status"]')?.textContent)
    await page.bringToFront()
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup.waitForSelector('[data-testid="save-q1"]')
    await popup.click('[data-testid="save-q1"]')
    await page.waitForFunction(
      () => [...document.querySelectorAll('.kliping-highlight[data-kliping-color="blue"]')].map((m) => m.textContent).join('').includes('Kita harus tahu mana yang menjadi skala prioritas'),
      { timeout: 10_000, polling: 100 },
    )
    await popup.close()
    // Back to the default, for the tests that follow in this browser.
    await options.bringToFront()
    await options.click('input[name="defaultHighlightColor"][value="yellow"]')
    await options.waitForFunction(() => (document.querySelector('input[name="defaultHighlightColor"][value="yellow"]') as HTMLInputElement | null)?.checked === true)
    await options.close()
    await page.close()
  })
})
