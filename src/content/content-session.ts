/**
 * One content-script session per document: runs the page pass inside the `kliping:annotate` measure, keeps its
 * result for the popup, re-runs it when a single-page site swaps the article, and answers the popup's messages.
 * Every entry point is contained: a failure is logged with a `[Kliping]` prefix and the page is left as it is.
 */
import { annotatePage, describeArticle, markPage, promoSummaries, runFeature, type PagePass } from '../core/annotate-page.ts'
import { regionFromHost } from '../core/metadata/region.ts'
import { MEASURE_NAME } from '../core/contract.ts'
import { emptyReport, type PageReport } from '../core/page-report.ts'
import { handleMessages } from '../messages.ts'
import { describeForPopover } from './describe.ts'
import { installPopover } from './popover.ts'
import { watchArticleChanges } from './watch-article-changes.ts'

let current: PagePass | null = null

function logFailure(where: string, error: unknown): void {
  try {
    console.warn(`[Kliping] ${where} failed; the page was left as it is.`, error)
  } catch {
    // A page that broke console must still not see our error.
  }
}

/** Runs the whole page pass and records its duration as the public `kliping:annotate` measure. */
export function runMeasuredPass(win: Window, previous: PagePass | null): PagePass {
  const doc = win.document
  const url = new URL(win.location.href)
  const start = performance.now()
  let pass: PagePass
  try {
    pass = annotatePage(doc, url, {}, previous ?? undefined)
  } catch (error) {
    logFailure('page pass', error)
    const report = emptyReport(url.href)
    report.errors.push(error instanceof Error ? error.message : String(error))
    try {
      markPage(doc, 'other')
    } catch (markError) {
      logFailure('marking the page', markError)
    }
    pass = { report, detection: null, region: regionFromHost(url.hostname), promos: [] }
  }
  const end = performance.now()
  pass.report.durationMs = end - start
  try {
    performance.measure(MEASURE_NAME, { start, end })
    // Diagnostic sub-measures (not part of the page contract): where the pass spent its time.
    for (const [feature, duration] of Object.entries(pass.report.timings)) {
      performance.measure(`${MEASURE_NAME}:${feature}`, { start, duration })
    }
  } catch (error) {
    logFailure('performance.measure', error)
  }
  for (const error of pass.report.errors) logFailure('a feature', error)
  return pass
}

function setPromosVisible(visible: boolean): PageReport | null {
  if (!current) return null
  const report = current.report
  for (const promo of current.promos) runFeature(report, 'promos', () => (visible ? promo.show() : promo.hide()))
  report.promos = promoSummaries(current.promos)
  return report
}

export function startContentScript(win: Window): void {
  try {
    current = runMeasuredPass(win, null)
  } catch (error) {
    logFailure('start', error)
  }
  try {
    handleMessages({
      'page/getReport': () => {
        if (!current) return null
        describeArticle(win.document, current)
        return current.report
      },
      'page/setPromosVisible': ({ visible }) => setPromosVisible(visible === true),
    })
  } catch (error) {
    logFailure('message listener', error)
  }
  const lifetime = new AbortController()
  try {
    installPopover(win.document, describeForPopover, lifetime.signal)
  } catch (error) {
    logFailure('popover', error)
  }
  try {
    watchArticleChanges(win, {
      currentRoot: () => (current?.detection?.isArticle ? current.detection.root : null),
      onChange: () => {
        try {
          current = runMeasuredPass(win, current)
        } catch (error) {
          logFailure('re-run', error)
        }
      },
      signal: lifetime.signal,
    })
  } catch (error) {
    logFailure('navigation watcher', error)
  }
}
