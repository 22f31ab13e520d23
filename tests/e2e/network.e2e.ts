/**
 * Kliping makes no network requests: after a full round of use (article, listing, popup with every tab and an
 * export, options), every request the browser sent through the fixture proxy is a page the test opened (or its
 * favicon and stylesheet) or the browser's own background service — never anything from the extension.
 */
import { expect, it } from 'vitest'
import { DEMO_ARTICLE_URL, DEMO_LISTING_URL, fixtureRoutes } from '../fixtures/routes.ts'
import { openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'

/** The browsers' own services (time sync, updates, safe browsing, captive-portal checks, telemetry). */
const BROWSER_SERVICES = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com|mozilla-cdn\.net)$/

describeInBrowsers('network', (context) => {
  it('sends nothing anywhere: only the pages the test opened went out', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const listing = await openMarkedPage(context.session, DEMO_LISTING_URL)
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    for (const tab of ['library', 'data', 'page']) await popup.click(`#tab-${tab}`)
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('[data-testid="settings"][data-loaded="true"]')
    await new Promise((done) => setTimeout(done, 1_000))
    const routes = fixtureRoutes()
    const unexpected = context.proxy.requests.filter((url) => {
      const parsed = new URL(url)
      if (BROWSER_SERVICES.test(parsed.hostname)) return false
      const page = `${parsed.protocol}//${parsed.host}${parsed.pathname}`
      return !routes.has(url) && !routes.has(page) && parsed.pathname !== '/favicon.ico'
    })
    expect(unexpected).toEqual([])
    for (const page of [article, listing, popup, options]) await page.close()
  })
})
