/**
 * Keyboard-only flows in real browsers: highlight a selection with Alt+Shift+H, then reach the popup's export by
 * Tab and arrow keys and export with Enter.
 */
import type { Page } from 'puppeteer-core'
import { expect, it } from 'vitest'
import { DEMO_ARTICLE_URL } from '../fixtures/routes.ts'
import { openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'
import { pressHighlightShortcut, waitForMarkedText } from './harness/select-text.ts'

const PASSAGE = 'menyamakan persepsi dan memperkuat integrasi kebijakan'

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s: string) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

describeInBrowsers('keyboard', (context) => {
  it('Alt+Shift+H highlights the selected text, and the popup exports it by keyboard alone', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    // The selection itself (a keyboard user makes it with caret browsing and Shift+arrows).
    await article.evaluate((wanted: string) => {
      const paragraph = [...document.querySelectorAll('[data-kliping-root] p')].find((p) => p.textContent?.includes(wanted))!
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(wanted)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + wanted.length)
        getSelection()!.removeAllRanges()
        getSelection()!.addRange(range)
        return
      }
      throw new Error('passage not in one text node')
    }, PASSAGE)
    await pressHighlightShortcut(article)
    await waitForMarkedText(article, PASSAGE)

    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup.waitForSelector('[data-testid="page-annotations"] .annotation')
    await popup.evaluate(() => {
      const scope = window as unknown as { __exports: Promise<string>[] }
      scope.__exports = []
      const original = URL.createObjectURL.bind(URL)
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        scope.__exports.push((blob as Blob).text())
        return original(blob)
      }
    })
    await tabTo(popup, '[role="tab"][aria-selected="true"]')
    await popup.keyboard.press('ArrowRight')
    await popup.keyboard.press('ArrowRight')
    await popup.waitForFunction(() => document.activeElement?.id === 'tab-data')
    await tabTo(popup, '[data-testid="export-markdown"]')
    await popup.keyboard.press('Enter')
    await popup.waitForFunction(() => (window as unknown as { __exports: unknown[] }).__exports.length > 0)
    const markdown = await popup.evaluate(() => (window as unknown as { __exports: Promise<string>[] }).__exports[0]!)
    expect(markdown).toContain(PASSAGE)
    await popup.close()
    await article.close()
  })
})

describeInBrowsers('keyboard on acronyms', (context) => {
  it('each acronym sense is one Tab stop, and Enter on it opens the user dictionary at that form', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const stops = await article.evaluate(() => [...document.querySelectorAll('abbr.kliping-acronym[tabindex="0"]')].map((a) => a.textContent))
    expect(stops).toContain('Puspen')
    expect(new Set(stops).size).toBe(stops.length)
    await article.evaluate(() => ([...document.querySelectorAll('abbr.kliping-acronym[tabindex="0"]')].find((a) => a.textContent === 'Puspen') as HTMLElement).focus())
    await article.keyboard.press('Enter')
    const deadline = Date.now() + 10_000
    let opened = ''
    while (!opened && Date.now() < deadline) {
      for (const page of await context.session.browser.pages()) {
        const url = await page.evaluate(() => location.href).catch(() => '')
        if (url.includes('/src/options/index.html#kamus=Puspen')) opened = url
      }
      await new Promise((done) => setTimeout(done, 200))
    }
    expect(opened).toContain('#kamus=Puspen')
    await article.close()
  })

  it('the options and onboarding pages list the keyboard shortcuts, with the key the browser gave the highlight command', async () => {
    for (const path of ['src/options/index.html', 'src/onboarding/index.html']) {
      const page = await context.session.openExtensionPage(path)
      // Read once the browser answered commands.getAll (until then the list shows the manifest's suggested key).
      await page.waitForSelector('[data-testid="shortcuts"][data-loaded="true"] dt kbd')
      const keys = await page.$$eval('[data-testid="shortcuts"] dt', (terms) => terms.map((term) => term.textContent?.trim()))
      expect(keys[0], path).toBe('Alt+Shift+H')
      expect(keys, path).toContain('Esc')
      expect(await page.$('[data-testid="shortcuts"] .muted'), `${path}: no "unassigned" warning`).toBeNull()
      await page.close()
    }
  })
})
