/**
 * One content-script session per document: runs the page pass inside the `kliping:annotate` measure, keeps its
 * report for the popup, and answers the popup's messages. Every entry point is contained: a failure is logged
 * with a `[Kliping]` prefix and the page is left as it is.
 */
import { annotatePage, markPage, type PagePass } from '../core/annotate-page.ts'
import { MEASURE_NAME } from '../core/contract.ts'
import { emptyReport } from '../core/page-report.ts'
import { handleMessages } from '../messages.ts'

let current: PagePass | null = null

function logFailure(where: string, error: unknown): void {
  try {
    console.warn(`[Kliping] ${where} failed; the page was left as it is.`, error)
  } catch {
    // A page that broke console must still not see our error.
  }
}

/** Runs the whole page pass and records its duration as the public `kliping:annotate` measure. */
export function runMeasuredPass(win: Window): PagePass {
  const doc = win.document
  const url = new URL(win.location.href)
  const start = performance.now()
  let pass: PagePass
  try {
    pass = annotatePage(doc, url)
  } catch (error) {
    logFailure('page pass', error)
    const report = emptyReport(url.href)
    report.errors.push(error instanceof Error ? error.message : String(error))
    try {
      markPage(doc, 'other')
    } catch (markError) {
      logFailure('marking the page', markError)
    }
    pass = { report }
  }
  const end = performance.now()
  pass.report.durationMs = end - start
  try {
    performance.measure(MEASURE_NAME, { start, end })
  } catch (error) {
    logFailure('performance.measure', error)
  }
  return pass
}

export function startContentScript(win: Window): void {
  try {
    current = runMeasuredPass(win)
  } catch (error) {
    logFailure('start', error)
  }
  try {
    handleMessages({
      'page/getReport': () => current?.report ?? null,
    })
  } catch (error) {
    logFailure('message listener', error)
  }
}
