/**
 * `npm start`: serves the bundled demo article (the seed article in MMC Kalteng's page template) at its real
 * address through the fixture proxy and opens Chromium with Kliping loaded on it.
 * `npm start -- --headless` (or no display) writes artifacts/demo.png and prints what the content script reported.
 */
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { DEMO_ARTICLE_URL, DEMO_LISTING_URL, fixtureRoutes } from '../fixtures/routes.ts'
import { startFixtureProxy } from '../e2e/harness/fixture-proxy.ts'
import { launchWithExtension, openMarkedPage } from '../e2e/harness/launch.ts'
import { describeContractState } from './contract-state.ts'

const root = resolve(import.meta.dirname, '../..')
const wantsHeadless = process.argv.includes('--headless')
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
const headless = wantsHeadless || !hasDisplay
if (!wantsHeadless && !hasDisplay) console.log('No display found: running headless (same as npm start -- --headless).')

const proxy = await startFixtureProxy(fixtureRoutes())
const session = await launchWithExtension('chromium', {
  proxyPort: proxy.port,
  headless,
  args: ['--window-size=1280,900'],
})
const page = await openMarkedPage(session, DEMO_ARTICLE_URL)
if (headless) await page.setViewport({ width: 1280, height: 900 })

console.log(`Demo article: ${DEMO_ARTICLE_URL}`)
console.log(`Demo listing: ${DEMO_LISTING_URL}`)
console.log(`Fixture proxy: http://127.0.0.1:${proxy.port} (pages are served at their real addresses)`)
console.log(describeContractState(await page.evaluate(readContractState)))

if (headless) {
  mkdirSync(resolve(root, 'artifacts'), { recursive: true })
  const screenshot = resolve(root, 'artifacts/demo.png')
  await page.screenshot({ path: screenshot, fullPage: true })
  console.log(`Screenshot: ${screenshot}`)
  await session.close()
  await proxy.close()
} else {
  console.log('Chromium is open with Kliping on the demo article. Close the browser window (or press Ctrl+C) to stop.')
  const stop = async () => {
    await session.close().catch(() => {})
    await proxy.close()
    process.exit(0)
  }
  session.browser.on('disconnected', () => void stop())
  process.on('SIGINT', () => void stop())
}

/** Runs in the page: the public contract as the page shows it. */
function readContractState() {
  const html = document.documentElement
  const measure = performance.getEntriesByName('kliping:annotate')[0]
  return {
    state: html.getAttribute('data-kliping'),
    promos: html.getAttribute('data-kliping-promos'),
    root: document.querySelector('[data-kliping-root]')?.tagName.toLowerCase() ?? null,
    acronyms: document.querySelectorAll('abbr.kliping-acronym').length,
    quotes: new Set([...document.querySelectorAll('.kliping-quote')].map((q) => q.getAttribute('data-kliping-quote-id'))).size,
    speakers: [...new Set([...document.querySelectorAll('.kliping-quote')].map((q) => q.getAttribute('data-kliping-speaker') ?? ''))],
    highlights: document.querySelectorAll('.kliping-highlight').length,
    annotateMs: measure ? Number(measure.duration.toFixed(2)) : null,
  }
}
