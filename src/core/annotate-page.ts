/**
 * The page pass: everything Kliping does to one document, in order, as pure DOM work (no extension APIs).
 *
 * The content script calls it once per page (and again when a single-page site swaps the article); tests and
 * benchmarks call it directly. Each feature runs inside `runFeature`, so one failing feature is reported and the
 * others still run; the page is never left half-marked.
 */
import { ATTR_STATE, type PageState } from './contract.ts'
import { emptyReport, type PageReport } from './page-report.ts'

export interface PagePass {
  report: PageReport
}

/** Runs one feature; a failure is recorded in the report instead of escaping into the page. */
export function runFeature<T>(report: PageReport, name: string, feature: () => T): T | undefined {
  try {
    return feature()
  } catch (error) {
    report.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

/** The element that carries the page-level contract attributes; odd documents may not have one. */
export function contractHost(doc: Document): Element | null {
  return doc.documentElement ?? null
}

export function markPage(doc: Document, state: PageState): void {
  contractHost(doc)?.setAttribute(ATTR_STATE, state)
}

export function annotatePage(doc: Document, url: URL): PagePass {
  const report = emptyReport(url.href)
  // Article detection has not landed yet: every page is "other", and nothing else is touched.
  report.signals.push('detection:not-built')
  markPage(doc, report.state)
  return { report }
}
