/**
 * `KLIPING_NO_MINIFY=1 npm run build:chrome && npx tsx tests/bench/profile.ts [runs] [seed|long]`: where the content
 * script's first pass spends its time, in a real Chromium. Samples the CPU (CDP Profiler, 20 µs interval) over fresh
 * loads of one page and prints, per step of the pass (detection, promos, quotes …), the functions with the most self
 * time (mean per run; `TOP=n` rows each). Sampling this often slows the pass about 1.5×: read the shares, not the
 * absolute figures. `SAME=1` loads the page again and again in one tab (the bench's "next article in the same tab"
 * scenario) instead of a new tab per run. A diagnostic for `npm run bench`, not a pass/fail test.
 */
import type { Protocol } from 'puppeteer-core'
import { DEMO_ARTICLE_URL, LONG_ARTICLE_URL, fixtureRoutes } from '../fixtures/routes.ts'
import { startFixtureProxy } from '../e2e/harness/fixture-proxy.ts'
import { gotoMarked, launchWithExtension } from '../e2e/harness/launch.ts'

const runs = Number(process.argv[2] ?? 15)
const url = process.argv[3] === 'long' ? LONG_ARTICLE_URL : DEMO_ARTICLE_URL
const proxy = await startFixtureProxy(fixtureRoutes())
const session = await launchWithExtension('chromium', { proxyPort: proxy.port })
/** The pass's top-level steps (unminified names): each sample is charged to the step on its stack. */
const FEATURES = ['detectArticle', 'stripPromos', 'collectTextBlocks', 'findQuotesInSlices', 'renderQuotesInSlices', 'findAcronymsInSlices', 'renderAcronymsInSlices']
const selfByFunction = new Map<string, number>()
let measured = 0
try {
  const shared = process.env.SAME ? await session.browser.newPage() : null
  const sharedCdp = shared ? await shared.createCDPSession() : null
  for (let run = 0; run <= runs; run++) {
    const page = shared ?? (await session.browser.newPage())
    const cdp = sharedCdp ?? (await page.createCDPSession())
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 20) })
    await cdp.send('Profiler.start')
    await gotoMarked(page, url)
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Protocol.Profiler.Profile }
    const measure = await page.evaluate(() => {
      const entry = performance.getEntriesByName('kliping:annotate')[0]
      return entry ? { start: entry.startTime, end: entry.startTime + entry.duration } : null
    })
    if (!shared) await page.close()
    if (run === 0 || !measure) continue
    measured += measure.end - measure.start
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
    const parent = new Map<number, number>()
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
    // Unminified builds (KLIPING_NO_MINIFY=1) keep the name; minified ones fall back to the content script's URL.
    const isOurs = (id: number): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = nodes.get(at)?.callFrame
        if (frame?.functionName === 'annotatePageInSlices' || frame?.functionName === 'detectArticle') return true
      }
      return false
    }
    const featureOf = (id: number): string => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const name = nodes.get(at)?.callFrame.functionName ?? ''
        if (FEATURES.includes(name)) return name
      }
      return 'other'
    }
    const samples = profile.samples ?? []
    const deltas = profile.timeDeltas ?? []
    const times: number[] = []
    let time = profile.startTime
    for (const delta of deltas) times.push((time += delta))
    // The pass starts at the first sample inside the page pass; the measure's duration bounds it.
    const first = samples.findIndex((id) => isOurs(id))
    if (first < 0) continue
    const windowEnd = times[first]! + (measure.end - measure.start) * 1000
    for (let i = first; i < samples.length && times[i]! <= windowEnd; i++) {
      const node = nodes.get(samples[i]!)!
      const frame = node.callFrame
      const key = `${featureOf(samples[i]!)} | ${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`
      selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + ((times[i + 1] ?? times[i]!) - times[i]!) / 1000)
    }
  }
} finally {
  await session.close()
  await proxy.close()
}
console.log(`mean measure ${(measured / runs).toFixed(2)} ms over ${runs} runs`)
const byFeature = new Map<string, number>()
for (const [key, ms] of selfByFunction) {
  const feature = key.split(' | ')[0]!
  byFeature.set(feature, (byFeature.get(feature) ?? 0) + ms)
}
for (const [feature, total] of [...byFeature].sort((a, b) => b[1] - a[1])) {
  console.log(`\n${feature}: ${(total / runs).toFixed(3)} ms`)
  const rows = [...selfByFunction].filter(([key]) => key.startsWith(`${feature} | `)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 12))
  for (const [key, ms] of rows) console.log(`${(ms / runs).toFixed(3).padStart(8)} ms  ${key.split(' | ')[1]}`)
}
