/** Selecting article text the way a reader does, for tests of the selection toolbar. */
import type { Page } from 'puppeteer-core'

/** Selects the first occurrence of `text` in an article paragraph and releases the mouse there. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted: string) => {
    // The passage may span several text nodes (acronyms and quotes are wrapped): map offsets across them.
    const paragraph = [...document.querySelectorAll('[data-kliping-root] p')].find((p) => p.textContent?.includes(wanted))
    if (!paragraph) throw new Error(`text not found: ${wanted}`)
    const at = paragraph.textContent!.indexOf(wanted)
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    let offset = 0
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0
      if (offset <= at && at < offset + length) range.setStart(node, at - offset)
      if (offset < at + wanted.length && at + wanted.length <= offset + length) range.setEnd(node, at + wanted.length - offset)
      offset += length
    }
    paragraph.scrollIntoView({ block: 'center' })
    const selection = getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    // The reader lets go of the mouse: that is when the toolbar appears.
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  }, text)
}

/** Presses Alt+Shift+H, Kliping's highlight shortcut, as a keyboard user does. */
export async function pressHighlightShortcut(page: Page): Promise<void> {
  await page.keyboard.down('Alt')
  await page.keyboard.down('Shift')
  await page.keyboard.press('KeyH')
  await page.keyboard.up('Shift')
  await page.keyboard.up('Alt')
}

/** Waits until the marks matching `selector` hold exactly `text` (polling by time: the tab may be in the background). */
export async function waitForMarkedText(page: Page, text: string, selector = '.kliping-highlight'): Promise<void> {
  await page.waitForFunction(
    (wanted: string, marks: string) => [...document.querySelectorAll(marks)].map((m) => m.textContent).join('') === wanted,
    { timeout: 10_000, polling: 100 },
    text,
    selector,
  )
}
