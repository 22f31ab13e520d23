/**
 * The foundation in real browsers: the built extension loads, its content script marks pages per the contract
 * (and only where the manifest allows), odd documents never produce an uncaught error, and the popup stores data
 * in the extension's own IndexedDB.
 */
import type { Page } from 'puppeteer-core'
import { expect, it } from 'vitest'
import { DEMO_ARTICLE_URL, DEMO_LISTING_URL, ODD_PAGES, UNDECLARED_LISTING_URL, UNDECLARED_URL } from '../fixtures/routes.ts'
import { openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'

/** The slice of the extension API the tests call from inside extension pages. */
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest(): { version: string } }
}

async function pageState(page: Page) {
  return page.evaluate(() => ({
    state: document.documentElement?.getAttribute('data-kliping') ?? null,
    measures: performance.getEntriesByName('kliping:annotate').length,
  }))
}

/** Uncaught errors of any realm of the page (Chromium reports content-script worlds too) while `action` runs. */
async function collectUncaughtErrors(page: Page, action: () => Promise<void>): Promise<string[]> {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  const cdp = (await page.browser().version()).toLowerCase().includes('firefox') ? null : await page.createCDPSession()
  if (cdp) {
    await cdp.send('Runtime.enable')
    cdp.on('Runtime.exceptionThrown', (event) => errors.push(event.exceptionDetails.text + ' ' + (event.exceptionDetails.exception?.description ?? '')))
  }
  await action()
  await cdp?.detach()
  return errors
}

describeInBrowsers('foundation', (context, browserName) => {
  it('marks the demo article "article" and records the kliping:annotate measure once', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const { state, measures } = await pageState(page)
    expect(state).toBe('article')
    expect(measures).toBe(1)
    await page.close()
  })

  it('leaves the listing page "other" with its body byte-identical to the page without Kliping', async () => {
    const page = await openMarkedPage(context.session, DEMO_LISTING_URL)
    expect((await pageState(page)).state).toBe('other')
    const withKliping = await page.evaluate(() => document.body.innerHTML)
    // The same file at an address outside the manifest's match patterns: Kliping never runs there.
    await page.goto(UNDECLARED_LISTING_URL, { waitUntil: 'load' })
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-kliping'))).toBe(false)
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(withKliping)
    await page.close()
  })

  it('does not run on hosts outside the declared match patterns', async () => {
    const page = await context.session.browser.newPage()
    await page.goto(UNDECLARED_URL, { waitUntil: 'load' })
    // Give a content script every chance to run (document_idle follows load closely).
    await new Promise((done) => setTimeout(done, 1_000))
    expect(await pageState(page)).toEqual({ state: null, measures: 0 })
    await page.close()
  })

  for (const [name, url] of Object.entries(ODD_PAGES)) {
    it(`contains every failure on an odd document (${name})`, async () => {
      const page = await context.session.browser.newPage()
      const errors = await collectUncaughtErrors(page, async () => {
        await page.goto(url, { waitUntil: 'load' })
        await page.waitForFunction(() => performance.getEntriesByName('kliping:annotate').length > 0, { timeout: 15_000, polling: 100 })
      })
      expect(errors).toEqual([])
      const { state } = await pageState(page)
      if (name === 'noDocumentElement') expect(state).toBeNull()
      else expect(state).toBe('other')
      await page.close()
    })
  }

  it('popup shows the page state and keeps a page note in the extension origin across reloads', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup.waitForFunction(() => !document.querySelector('[data-testid="page-state"]')?.getAttribute('aria-busy')?.includes('true'))
    const note = `Catatan uji ${browserName} ${Date.now()}`
    await popup.waitForSelector('#page-note')
    await popup.type('#page-note', note)
    await popup.click('button[type="submit"]')
    await popup.waitForFunction((text: string) => document.querySelector('[data-testid="page-notes"]')?.textContent?.includes(text), {}, note)

    // Read it back from a fresh popup: it came from IndexedDB, not from component state.
    await popup.close()
    const again = await context.session.openExtensionPage('src/popup/index.html')
    await again.waitForFunction((text: string) => document.querySelector('[data-testid="page-notes"]')?.textContent?.includes(text), { timeout: 15_000, polling: 100 }, note)
    const databases = await again.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))
    expect(databases).toContain('kliping')
    // …and never in the web page's origin.
    const pageDatabases = await article.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))
    expect(pageDatabases).not.toContain('kliping')
    await again.close()
    await article.close()
  })

  it('background answers a typed ping with the manifest version', async () => {
    const page = await context.session.openExtensionPage('src/options/index.html')
    await page.waitForSelector('h1')
    const reply = await page.evaluate(async () => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi }
      return (scope.browser ?? scope.chrome).runtime.sendMessage({ kliping: 1, type: 'background/ping', payload: {} })
    })
    const manifestVersion = await page.evaluate(() => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi }
      return (scope.browser ?? scope.chrome).runtime.getManifest().version
    })
    expect(reply).toEqual({ version: manifestVersion })
    await page.close()
  })
})
