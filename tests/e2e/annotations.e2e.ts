/**
 * Annotations in real browsers, with real IndexedDB in the extension's origin: select text in the demo article and
 * save it from the toolbar, see it again after a reload and on an edited version of the page, see it listed as
 * not found when its passage is gone, export every format from the popup, and import the backup into a fresh
 * profile.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DEMO_ARTICLE_URL, DEMO_EDITED_URL, DEMO_REWRITTEN_URL, fixtureRoutes } from '../fixtures/routes.ts'
import { startFixtureProxy, type FixtureProxy } from './harness/fixture-proxy.ts'
import { gotoMarked, launchWithExtension, openMarkedPage, type ExtensionBrowser } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'
import { selectText } from './harness/select-text.ts'

const PASSAGE = 'memanfaatkan forum Rakor secara optimal'

/** Selects `text` inside the article like a reader would, and releases the mouse over it. */
/** Clicks the toolbar's first colour swatch (the toolbar sits 44 px above the selection's left edge). */
async function clickYellow(page: Page, text: string): Promise<void> {
  const rect = await page.evaluate(() => {
    const range = getSelection()!.getRangeAt(0).getBoundingClientRect()
    return { left: range.left, top: range.top, width: innerWidth }
  })
  const left = Math.max(8, Math.min(rect.left, rect.width - 330))
  await page.mouse.click(left + 4 + 13, Math.max(8, rect.top - 44) + 4 + 13)
  await page.waitForFunction(
    (wanted: string) => [...document.querySelectorAll('.kliping-highlight')].map((m) => m.textContent).join('') === wanted,
    { timeout: 10_000, polling: 100 },
    text,
  )
}

const highlightText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.kliping-highlight[data-kliping-annotation-id]')].map((m) => m.textContent).join(''))

/** Captures what the popup hands to URL.createObjectURL (the downloaded file), per export button. */
async function exportFrom(popup: Page, format: string): Promise<string> {
  await popup.evaluate(() => {
    const scope = window as unknown as { __exports: Promise<string>[] }
    scope.__exports = []
    const original = URL.createObjectURL.bind(URL)
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      // Decoded keeping a byte-order mark, so the test sees the file's bytes as Excel would.
      scope.__exports.push((blob as Blob).arrayBuffer().then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)))
      return original(blob)
    }
  })
  await popup.click(`[data-testid="export-${format}"]`)
  await popup.waitForFunction(() => (window as unknown as { __exports: unknown[] }).__exports.length > 0)
  return popup.evaluate(() => (window as unknown as { __exports: Promise<string>[] }).__exports[0]!)
}

describeInBrowsers('annotations', (context, browserName) => {
  let backup = ''

  it('saves a selection from the toolbar and draws it again after a reload', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    await selectText(page, PASSAGE)
    await clickYellow(page, PASSAGE)
    await page.reload({ waitUntil: 'load' })
    await page.waitForFunction(() => document.querySelectorAll('.kliping-highlight[data-kliping-annotation-id]').length > 0, { timeout: 10_000, polling: 100 })
    expect(await highlightText(page)).toBe(PASSAGE)
    // The page contract still holds with the highlight drawn.
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-kliping'))).toBe('article')
    await page.close()
  })

  it('restores the highlight on an edited version of the page and lists it as not found when the passage is gone', async () => {
    const edited = await openMarkedPage(context.session, DEMO_EDITED_URL)
    await edited.waitForFunction(() => document.querySelectorAll('.kliping-highlight').length > 0, { timeout: 10_000, polling: 100 })
    expect(await highlightText(edited)).toBe(PASSAGE)
    await edited.close()

    const rewritten = await openMarkedPage(context.session, DEMO_REWRITTEN_URL)
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup
      .waitForSelector('[data-testid="page-annotations"] [data-orphan="true"]', { timeout: 10_000 })
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\n${await popup.$eval('[data-testid="page-annotations"]', (e) => e.textContent)}`)
      })
    expect(await rewritten.evaluate(() => document.querySelectorAll('.kliping-highlight').length)).toBe(0)
    await popup.close()
    await rewritten.close()
  })

  it('exports every format from the popup with the annotation in it', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup.waitForSelector('[data-testid="page-annotations"] .annotation')
    await popup.click('#tab-data')
    await popup.waitForSelector('[data-testid="export-csv"]')

    const csv = await exportFrom(popup, 'csv')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    // The export speaks the UI language (Indonesian, or English in an English browser).
    expect(csv).toMatch(/^\uFEFF("dibuat","media","judul","terbit","URL","jenis","pembicara","kutipan","catatan","tag","warna"|"created","outlet","title","published","URL","kind","speaker","quote","note","tags","colour")\r\n/)
    expect(csv).toContain(`"${PASSAGE}"`)
    const markdown = await exportFrom(popup, 'markdown')
    expect(markdown).toContain(PASSAGE)
    expect(markdown).toContain('MMC Kalteng')
    backup = await exportFrom(popup, 'w3c')
    const collection = JSON.parse(backup)
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.first.items[0].target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector').exact).toBe(PASSAGE)
    expect(await exportFrom(popup, 'ris')).toMatch(/^TY {2}- NEWS/m)
    const csl = JSON.parse(await exportFrom(popup, 'csl'))
    expect(csl[0].title).toBe('Sekjen Kemendagri Minta Sekda dan Kepala Bappeda Manfaatkan Forum Rakor untuk Sinkronisasi Program dan Anggaran')
    await popup.close()
    await page.close()
  })

  it('the options page downloads the full backup and deletes everything only after confirmation', async () => {
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('[data-testid="export-w3c"]')
    const full = JSON.parse(await exportFrom(options, 'w3c'))
    expect(full.total).toBeGreaterThanOrEqual(1)
    await options.click('[data-testid="clear-start"]')
    await options.waitForSelector('[data-testid="clear-confirm"]')
    await options.click('[data-testid="clear-confirm"]')
    await options.waitForFunction(() => !document.querySelector('[data-testid="clear-confirm"]'))
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup.click('#tab-library')
    await popup.waitForFunction(() => document.querySelector('[data-testid="library"]')?.getAttribute('data-search-ready') === 'true')
    expect(await popup.$$eval('.virtual-row', (rows) => rows.length)).toBe(0)
    await popup.close()
    await options.close()
  })

  describeFreshProfile(browserName, () => backup)
})

/** Imports the backup exported above into a browser with a new, empty profile. */
function describeFreshProfile(browserName: 'chromium' | 'firefox', backup: () => string): void {
  let proxy: FixtureProxy
  let fresh: ExtensionBrowser
  beforeAll(async () => {
    proxy = await startFixtureProxy(fixtureRoutes())
  })
  afterAll(async () => {
    await fresh?.close()
    await proxy?.close()
  })

  it('imports the backup into a fresh profile and shows the same annotation', async () => {
    expect(backup()).not.toBe('')
    fresh = await launchWithExtension(browserName, { proxyPort: proxy.port })
    const file = join(mkdtempSync(join(tmpdir(), 'kliping-backup-')), 'kliping-cadangan.jsonld')
    writeFileSync(file, backup())
    const popup = await fresh.openExtensionPage('src/popup/index.html')
    await popup.click('#tab-data')
    const input = await popup.waitForSelector('input#import-file')
    await input!.uploadFile(file)
    await popup.waitForSelector('[data-testid="import-confirm"]')
    await popup.click('[data-testid="import-confirm"]')
    await popup.waitForFunction(() => /Impor selesai|Import finished/.test(document.querySelector('[data-testid="import"] ~ [role="status"], [role="status"]')?.textContent ?? ''))
    await popup.click('#tab-library')
    await popup.waitForFunction((passage: string) => document.querySelector('[data-testid="library"]')?.textContent?.includes(passage), {}, PASSAGE)
    const page = await fresh.browser.newPage()
    await gotoMarked(page, DEMO_ARTICLE_URL)
    await page.waitForFunction(() => document.querySelectorAll('.kliping-highlight').length > 0, { timeout: 10_000, polling: 100 })
    expect(await highlightText(page)).toBe(PASSAGE)
  })
}
