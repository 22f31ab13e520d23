/**
 * The content script's start-up cost in Chromium: how long the browser spends evaluating it on a page (compiling
 * and running the bundle, with the shipped acronym dictionary and region table as string literals), read from the
 * browser's own trace (EvaluateScript, v8.compile) over fresh tabs. This happens at document_idle, before the page
 * pass, outside the `kliping:annotate` measure. With V8's compile hint (src/build/compile-hints.ts) the whole bundle
 * is compiled here rather than function by function inside the pass.
 */
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gotoMarked, type ExtensionBrowser } from '../e2e/harness/launch.ts'

export async function startupBenchmark(session: ExtensionBrowser, url: string, runs = 9): Promise<Record<string, string | number>> {
  const evaluate: number[] = []
  const compile: number[] = []
  const tracePath = join(tmpdir(), `kliping-startup-${process.pid}.json`)
  for (let run = 0; run <= runs; run++) {
    const page = await session.browser.newPage()
    await page.tracing.start({ path: tracePath, categories: ['devtools.timeline', 'v8'] })
    await gotoMarked(page, url)
    await page.tracing.stop()
    await page.close()
    if (run === 0) continue
    const events = (JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: Array<Record<string, any>> }).traceEvents
    const ours = (event: Record<string, any>) => {
      const source: string = event.args?.data?.url ?? event.args?.fileName ?? ''
      return event.ph === 'X' && source.startsWith('chrome-extension://') && source.includes('/content/')
    }
    let evaluated = 0
    let compiled = 0
    for (const event of events) {
      if (!ours(event)) continue
      if (event.name === 'EvaluateScript') evaluated += event.dur / 1000
      if (event.name === 'v8.compile') compiled += event.dur / 1000
    }
    evaluate.push(evaluated)
    compile.push(compiled)
  }
  rmSync(tracePath, { force: true })
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN
  return {
    what: 'content script evaluation (new tab)',
    runs,
    'evaluate median ms': +median(evaluate).toFixed(1),
    'of which compile ms': +median(compile).toFixed(1),
  }
}
