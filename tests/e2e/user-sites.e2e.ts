/**
 * "Aktifkan di situs ini": on a news site outside the declared ones, Kliping does nothing until the user enables
 * it from the popup; after that it works there at once and on every later load; removed again, from the popup or
 * the options page, it is taken out of the open page and stops. Everything runs through the real pieces: the toolbar button (which grants activeTab, so the popup
 * knows the page's address), the popup's button and its permissions.request, the background's dynamic content
 * script registration, and real reloads.
 *
 * The one step not automated is the browser's native permission prompt: no automation can click it. Firefox's
 * test profile answers "allow" by pref; in Chromium the harness grants the host from chrome://extensions before the
 * click, so the popup's request resolves without a prompt (see `allowPermissionPrompt` in harness/launch.ts).
 */
import type { Page } from 'puppeteer-core'
import { expect, it } from 'vitest'
import { USER_SITE_ARTICLE_URL } from '../fixtures/routes.ts'
import { seriousViolations } from './harness/axe.ts'
import { describeInBrowsers } from './harness/session.ts'

const SITE = 'http://www.kabar-daerah.example/*'

/** Asks, from an extension page, whether Kliping holds the host permission for `pattern`. */
const holds = (page: Page, pattern: string) =>
  page.evaluate((origin: string) => {
    type Api = { permissions: { contains(permissions: { origins: string[] }): Promise<boolean> } }
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api }
    return (scope.browser ?? scope.chrome)!.permissions.contains({ origins: [origin] })
  }, pattern)

const marked = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-kliping'))

/** Reloads and gives a content script, if one were registered, ample time to mark the page. */
async function reloadAndSettle(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' })
  await new Promise((done) => setTimeout(done, 1_500))
}

describeInBrowsers('user sites', (context) => {
  it('enabling Kliping on a site outside the defaults from the popup makes it run there at once and after a reload; disabling it from the popup takes it out at once and for good', async () => {
    const { session } = context
    const article = await session.browser.newPage()
    await article.goto(USER_SITE_ARTICLE_URL, { waitUntil: 'load' })
    await new Promise((done) => setTimeout(done, 1_500))
    expect(await marked(article)).toBeNull()

    await session.allowPermissionPrompt(SITE)
    const popup = await session.openActionPopup(article)
    await popup.waitForSelector('[data-testid="site-access"][data-state="disabled"] button[data-action="enable-site"]', { timeout: 10_000 })
    expect(await popup.$eval('#site-access-text', (p) => p.textContent)).toContain('http://www.kabar-daerah.example')
    expect(await seriousViolations(popup)).toEqual([])
    await popup.click('button[data-action="enable-site"]')
    await popup.waitForSelector('[data-testid="site-access"][data-state="enabled"]', { timeout: 10_000 })
    expect(await popup.$eval('[data-testid="site-access"] [role="status"]', (p) => p.textContent)).not.toBe('')
    await popup.close().catch(() => {})

    // It starts at once in the open page, without a reload …
    await article.waitForSelector('html[data-kliping="article"]', { timeout: 15_000 })
    expect(await article.evaluate(() => document.body.innerText.includes('Harga Beras di Pasar Kahayan'))).toBe(false)
    // … and from every later load of the site, through the registered content script.
    await article.reload({ waitUntil: 'load' })
    await article.waitForSelector('html[data-kliping="article"]', { timeout: 15_000 })
    expect(await article.evaluate(() => document.documentElement.getAttribute('data-kliping-promos'))).toBe('1')
    expect(await article.evaluate(() => document.querySelectorAll('abbr.kliping-acronym').length)).toBeGreaterThan(0)
    expect(await article.evaluate(() => document.body.innerText.includes('Harga Beras di Pasar Kahayan'))).toBe(false)

    const again = await session.openActionPopup(article)
    await again.waitForSelector('[data-testid="site-access"][data-state="enabled"] button[data-action="disable-site"]', { timeout: 10_000 })
    await again.click('button[data-action="disable-site"]')
    await again.waitForSelector('[data-testid="site-access"][data-state="disabled"]', { timeout: 10_000 })
    await again.close().catch(() => {})
    // Taken out of the open page at once: the promo is back, no acronym or quote is drawn.
    await article.waitForFunction(() => !document.documentElement.hasAttribute('data-kliping') && document.body.innerText.includes('Harga Beras di Pasar Kahayan'), { timeout: 10_000, polling: 100 })
    expect(await article.evaluate(() => document.querySelectorAll('abbr.kliping-acronym, .kliping-quote').length)).toBe(0)

    await reloadAndSettle(article)
    expect(await marked(article)).toBeNull()
    expect(await article.evaluate(() => document.body.innerText.includes('Harga Beras di Pasar Kahayan'))).toBe(true)
    await article.close()
  })

  it('the options page lists the added site with its switch; removing it there gives the permission back and Kliping stops', async () => {
    const { session } = context
    const article = await session.browser.newPage()
    await article.goto(USER_SITE_ARTICLE_URL, { waitUntil: 'load' })
    await session.allowPermissionPrompt(SITE)
    const popup = await session.openActionPopup(article)
    await popup.waitForSelector('button[data-action="enable-site"]', { timeout: 10_000 })
    await popup.click('button[data-action="enable-site"]')
    await popup.waitForSelector('[data-testid="site-access"][data-state="enabled"]', { timeout: 10_000 })
    await popup.close().catch(() => {})
    await article.reload({ waitUntil: 'load' })
    await article.waitForSelector('html[data-kliping="article"]', { timeout: 15_000 })

    const options = await session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('[data-testid="sites"][data-loaded="true"]')
    const row = `[data-testid="user-sites"] li[data-site="${SITE}"]`
    await options.waitForSelector(`${row} input[name="site-www.kabar-daerah.example"]:checked`, { timeout: 10_000 })
    expect(await holds(options, SITE)).toBe(true)
    expect(await seriousViolations(options)).toEqual([])

    // Switched off in the options, the site stays added, and the popup says it is switched off (not "enabled").
    await options.click(`${row} input[name="site-www.kabar-daerah.example"]`)
    await options.waitForSelector(`${row} input[name="site-www.kabar-daerah.example"]:not(:checked)`, { timeout: 10_000 })
    const paused = await session.openActionPopup(article)
    await paused.waitForSelector('[data-testid="site-access"][data-state="switched-off"]', { timeout: 10_000 })
    await paused.close().catch(() => {})
    await options.bringToFront()

    await options.click(`${row} button`)
    await options.waitForFunction((selector: string) => !document.querySelector(selector), { timeout: 10_000, polling: 100 }, row)
    expect(await holds(options, SITE)).toBe(false)
    await options.close()
    await article.waitForFunction(() => !document.documentElement.hasAttribute('data-kliping'), { timeout: 10_000, polling: 100 })

    await reloadAndSettle(article)
    expect(await marked(article)).toBeNull()
    await article.close()
  })
})

