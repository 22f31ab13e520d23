/**
 * Accessibility in real browsers: axe-core finds no serious or critical violation in the popup, the options page
 * or the annotated demo article (checked inside the article body, where Kliping draws).
 */
import { expect, it } from 'vitest'
import { DEMO_ARTICLE_URL, UNDECLARED_URL } from '../fixtures/routes.ts'
import { seriousViolations, type AxeFinding } from './harness/axe.ts'
import { openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'

describeInBrowsers('accessibility', (context, browserName) => {
  it('the annotated demo article: Kliping adds no serious or critical violation to the page’s own', async () => {
    // The demo reproduces MMC's markup, including its own problems (a carousel role="listbox" without options):
    // compare with the same page where Kliping does not run.
    const plain = await context.session.browser.newPage()
    await plain.goto(UNDECLARED_URL, { waitUntil: 'load' })
    const key = (finding: AxeFinding) => `${finding.id} ${finding.targets.join(' ')}`
    const before = new Set((await seriousViolations(plain, '.card-body')).map(key))
    await plain.close()
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    expect((await seriousViolations(page, '[data-kliping-root]')).filter((finding) => !before.has(key(finding)))).toEqual([])
    await page.close()
  })

  it('the popup, on each tab, has no serious or critical violation', async () => {
    const article = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const popup = await context.session.openExtensionPage('src/popup/index.html')
    await popup.waitForSelector('[data-testid="page-state"][aria-busy="false"]')
    await popup.waitForSelector('[data-testid="quotes"]')
    expect(await seriousViolations(popup)).toEqual([])
    for (const tab of ['library', 'data']) {
      await popup.click(`#tab-${tab}`)
      await popup.waitForSelector(`#panel-${tab}`)
      expect(await seriousViolations(popup)).toEqual([])
    }
    await popup.close()
    await article.close()
  })

  // Firefox ESR's WebDriver BiDi cannot emulate the colour scheme (no emulation.setMediaFeaturesOverride).
  it.runIf(browserName === 'chromium')('the popup, options and onboarding pages in the dark scheme have no serious or critical violation', async () => {
    for (const path of ['src/popup/index.html', 'src/options/index.html', 'src/onboarding/index.html']) {
      const page = await context.session.openExtensionPage(path)
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }])
      expect(await seriousViolations(page)).toEqual([])
      await page.close()
    }
  })

  it('installing opens the onboarding page, which has no serious or critical violation', async () => {
    expect(context.session.onboardingOpened).toBe(true)
    const onboarding = await context.session.openExtensionPage('src/onboarding/index.html')
    await onboarding.waitForSelector('h1')
    expect(await seriousViolations(onboarding)).toEqual([])
    await onboarding.close()
  })

  it('the options page has no serious or critical violation', async () => {
    const options = await context.session.openExtensionPage('src/options/index.html')
    await options.waitForSelector('[data-testid="settings"]')
    expect(await seriousViolations(options)).toEqual([])
    await options.close()
  })
})
