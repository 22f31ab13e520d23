/**
 * `npm run bench`: the content script's cost in a real Chromium, read from the public `kliping:annotate` measure.
 *
 * For each page: the median (and p90, max) of the measure over page loads (in a new tab each time, and for the seed
 * also from one article to the next in the same tab, see below), the longest main-thread task that
 * overlapped it (Long Tasks API; tasks under 50 ms are not reported by the browser, so "<50" means none), and a
 * read-only baseline: one TreeWalker pass over the same article's text nodes, in the same page, as a ratio.
 * The content script is compiled at load time (V8 compile hint, see src/build/compile-hints.ts), before the
 * measured pass starts.
 * Figures are printed and written to artifacts/bench.json. Later features add rows.
 *
 * Options: `--page=seed|long` measures one page, `--no-annotations` skips the popup/IndexedDB rows, and the
 * environment variable JSFLAGS passes V8 flags to Chromium (diagnostics only, e.g. JSFLAGS=--jitless shows how much
 * of the cold pass is JIT work; a user's browser never runs with such flags).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'puppeteer-core'
import { DEMO_ARTICLE_URL, LONG_ARTICLE_URL, fixtureRoutes } from '../fixtures/routes.ts'
import { startFixtureProxy } from '../e2e/harness/fixture-proxy.ts'
import { gotoMarked, launchWithExtension } from '../e2e/harness/launch.ts'
import { annotationBenchmarks } from './annotation-bench.ts'
import { startupBenchmark } from './startup-bench.ts'
import { bucketKeys } from '../../src/core/acronyms/bucketed-index.ts'

/** Every short form of the shipped dictionary, for the naive acronym baseline. */
const DICTIONARY_FORMS = bucketKeys((JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/data/acronyms.json'), 'utf8')) as { keys: string }).keys)

interface Sample {
  /** One regex per dictionary form over the article's text: what a naive acronym matcher would cost. */
  naiveAcronymMs: number
  annotateMs: number
  /** Per-feature shares of the pass, from the diagnostic `kliping:annotate:<feature>` measures. */
  features: Record<string, number>
  baselineMs: number
  longestTaskMs: number | null
  words: number
}

const ALL_PAGES = [
  { key: 'seed', name: 'demo article (seed), new tab', url: DEMO_ARTICLE_URL, runs: 21, sameTab: false },
  { key: 'seed', name: 'demo article (seed), next article in the same tab', url: DEMO_ARTICLE_URL, runs: 21, sameTab: true },
  { key: 'long', name: 'generated 60,000-word article, new tab', url: LONG_ARTICLE_URL, runs: 9, sameTab: false },
]
/** `--page=seed` or `--page=long` measures one page only (quicker while working on one budget). */
const onlyPage = process.argv.find((arg) => arg.startsWith('--page='))?.slice('--page='.length)
const PAGES = ALL_PAGES.filter((page) => !onlyPage || page.key === onlyPage)

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN
}

/** Records long tasks from the start of every document the page loads. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const scope = window as unknown as { __klipingLongTasks: PerformanceEntry[] }
    scope.__klipingLongTasks = []
    try {
      new PerformanceObserver((list) => scope.__klipingLongTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true })
    } catch {
      // Long Tasks API missing: longest task is reported as unknown.
    }
  })
}

async function sample(page: Page, url: string, forms: readonly string[]): Promise<Sample> {
  await gotoMarked(page, url)
  return page.evaluate((dictionaryForms: string[]) => {
    const measure = performance.getEntriesByName('kliping:annotate')[0]
    if (!measure) throw new Error('no kliping:annotate measure')
    const root = document.querySelector('[data-kliping-root]') ?? document.body
    // Baseline: the cheapest useful pass a content script could make over the article, reading every text node once.
    const start = performance.now()
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let words = 0
    for (let node = walker.nextNode(); node; node = walker.nextNode()) words += (node.nodeValue ?? '').split(/\s+/).length
    const baselineMs = performance.now() - start
    const text = root.textContent ?? ''
    const naiveStart = performance.now()
    let naiveHits = 0
    for (const form of dictionaryForms) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')
      for (const _ of text.matchAll(pattern)) naiveHits++
    }
    const naiveAcronymMs = performance.now() - naiveStart
    if (naiveHits < 0) throw new Error('unreachable')
    const tasks = (window as unknown as { __klipingLongTasks?: PerformanceEntry[] }).__klipingLongTasks ?? []
    const overlapping = tasks.filter((task) => task.startTime < measure.startTime + measure.duration && task.startTime + task.duration > measure.startTime)
    const features: Record<string, number> = {}
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('kliping:annotate:')) features[entry.name.slice('kliping:annotate:'.length)] = entry.duration
    }
    return {
      naiveAcronymMs,
      annotateMs: measure.duration,
      features,
      baselineMs,
      longestTaskMs: overlapping.length ? Math.max(...overlapping.map((task) => task.duration)) : null,
      words,
    }
  }, [...forms])
}

const proxy = await startFixtureProxy(fixtureRoutes())
const session = await launchWithExtension('chromium', { proxyPort: proxy.port, args: process.env.JSFLAGS ? [`--js-flags=${process.env.JSFLAGS}`] : [] })
const results: Array<Record<string, string | number | null>> = []
const featureRows: Array<Record<string, string | number>> = []
const annotationRows: Array<Record<string, string | number>> = []
const startupRows: Array<Record<string, string | number>> = []
try {
  for (const { name, url, runs, sameTab } of PAGES) {
    const samples: Sample[] = []
    // One warm-up load (fonts, the HTTP cache), then the measured loads. "New tab": each load in a fresh tab, which
    // Chromium gives a fresh renderer process, so nothing of the content script is compiled yet (the worst case).
    // "Same tab": the reader goes from one article to the next in one tab; the renderer process stays, and with it
    // V8's compiled code for the content script, while every page still starts with fresh inline caches.
    const shared = sameTab ? await session.browser.newPage() : null
    if (shared) await observeLongTasks(shared)
    for (let run = 0; run <= runs; run++) {
      const page = shared ?? (await session.browser.newPage())
      if (!shared) await observeLongTasks(page)
      const result = await sample(page, url, DICTIONARY_FORMS)
      if (run > 0) samples.push(result)
      if (!shared) await page.close()
    }
    await shared?.close()
    const annotate = samples.map((s) => s.annotateMs)
    const baseline = samples.map((s) => s.baselineMs)
    const longest = samples.map((s) => s.longestTaskMs ?? 0)
    results.push({
      page: name,
      runs,
      words: samples[0]?.words ?? 0,
      'annotate median ms': +percentile(annotate, 0.5).toFixed(2),
      'annotate p90 ms': +percentile(annotate, 0.9).toFixed(2),
      'annotate max ms': +Math.max(...annotate).toFixed(2),
      'baseline median ms': +percentile(baseline, 0.5).toFixed(2),
      'ratio annotate/baseline': +(percentile(annotate, 0.5) / Math.max(percentile(baseline, 0.5), 0.001)).toFixed(1),
      'longest task ms': Math.max(...longest) > 0 ? +Math.max(...longest).toFixed(1) : '<50',
    })
    const featureNames = [...new Set(samples.flatMap((s) => Object.keys(s.features)))]
    const acronymMedian = percentile(samples.map((s) => s.features.acronyms ?? 0), 0.5)
    const naiveMedian = percentile(samples.map((s) => s.naiveAcronymMs), 0.5)
    featureRows.push(
      Object.fromEntries([
        ['page', name],
        ...featureNames.map((feature) => [`${feature} median ms`, +percentile(samples.map((s) => s.features[feature] ?? 0), 0.5).toFixed(2)]),
        // In the same tab the page's engine has the naive regexes compiled from the previous load: no baseline there.
        ['naive acronym regexes median ms', sameTab ? '-' : +naiveMedian.toFixed(1)],
        ['naive / acronym matching (×)', sameTab ? '-' : +(naiveMedian / Math.max(acronymMedian, 0.001)).toFixed(0)],
      ]),
    )
  }
  if (!onlyPage || onlyPage === 'seed') startupRows.push(await startupBenchmark(session, DEMO_ARTICLE_URL))
  if (!process.argv.includes("--no-annotations")) annotationRows.push(...(await annotationBenchmarks(session)))
} finally {
  await session.close()
  await proxy.close()
}

const browserVersion = 'Chromium (headless)'
console.log(`Kliping content-script benchmark, ${browserVersion}, ${new Date().toISOString()}`)
console.table(results)
console.log('Share of each feature in the pass (diagnostic kliping:annotate:<feature> measures):')
console.table(featureRows)
console.log('Start-up: the browser evaluating the content script on a page load (before the pass, outside the measure):')
console.table(startupRows)
console.log('Annotations, through the popup with real IndexedDB:')
console.table(annotationRows)
const out = resolve(import.meta.dirname, '../../artifacts/bench.json')
mkdirSync(resolve(out, '..'), { recursive: true })
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), results, features: featureRows, startup: startupRows, annotations: annotationRows }, null, 2))
console.log(`Written: ${out}`)
