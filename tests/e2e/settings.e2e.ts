/**
 * Settings apply live in real browsers: switching a feature off in the options page updates the open article
 * without a reload, and switching it on again brings it back.
 */
import type { Page } from 'puppeteer-core'
import { expect, it } from 'vitest'
import { DEMO_ARTICLE_URL } from '../fixtures/routes.ts'
import { openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'

const count = (page: Page, selector: string) => page.evaluate((s: string) => document.querySelectorAll(s).length, selector)

describeInBrowsers('settings', (context) => {
  it('switching acronyms and promos off and on updates the open article without a reload', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    expect(await count(article, 'abbr.kliping-acronym')).toBeGreaterThan(0)
    const text = await article.evaluate(() => document.querySelector('[data-kliping-root]')!.textContent)
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('input[name="acronyms"]')
    // Let the options page read the stored settings before clicking.
    await options.waitForFunction(() => (document.querySelector('input[name="acronyms"]') as HTMLInputElement).checked)

    await options.click('input[name="acronyms"]')
    await article.waitForFunction(() => document.querySelectorAll('abbr.kliping-acronym').length === 0, { timeout: 10_000 })
    expect(await count(article, '.kliping-quote')).toBeGreaterThan(0)
    expect(await article.evaluate(() => document.querySelector('[data-kliping-root]')!.textContent)).toBe(text)

    await options.click('input[name="promos"]')
    await article.waitForFunction(() => document.body.innerText.includes('Inspektorat Daerah Prov. Kalteng'), { timeout: 10_000 })
    expect(await article.evaluate(() => document.documentElement.getAttribute('data-kliping-promos'))).toBe('0')

    await options.click('input[name="acronyms"]')
    await options.click('input[name="promos"]')
    await article.waitForFunction(
      () => document.querySelectorAll('abbr.kliping-acronym').length > 0 && !document.body.innerText.includes('Inspektorat Daerah Prov. Kalteng'),
      { timeout: 10_000 },
    )
    expect(await article.evaluate(() => document.documentElement.getAttribute('data-kliping-promos'))).toBe('1')
    await options.close()
    await article.close()
  })
})
