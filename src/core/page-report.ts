/**
 * What one page pass found, in a plain serialisable shape: the content script sends it to the popup, tests and
 * benchmarks read it. Features add their counts here as they land.
 */
import type { PageState } from './contract.ts'
import type { AcronymSummary } from './acronyms/render-acronyms.ts'
import type { QuoteSummary } from './quotes/render-quotes.ts'

export interface PromoSummary {
  id: string
  label: string
  title: string
  href: string | null
  visible: boolean
}

export interface ArticleSummary {
  title: string | null
  published: string | null
  author: string | null
  outlet: string | null
  canonicalUrl: string
  region: { province: string | null; regency: string | null }
}

export interface PageReport {
  state: PageState
  url: string
  /** Why the page is (not) treated as an article: human-readable signals, for the popup and for debugging. */
  signals: string[]
  article: ArticleSummary | null
  promos: PromoSummary[]
  /** Direct quotes in document order, with their speakers. */
  quotes: QuoteSummary[]
  /** The article's glossary: each acronym sense found, in order of first appearance. */
  acronyms: AcronymSummary[]
  counts: { promos: number; acronyms: number; quotes: number }
  /** Saved annotations of this page that could not be found in it (orphans), by id; drawn ones are not listed. */
  orphans: string[]
  /** Duration of the last whole page pass (the `kliping:annotate` measure), in ms. */
  durationMs: number
  /** Time spent in each feature of the pass, in ms (diagnostics and benchmarks). */
  timings: Record<string, number>
  /** Failures contained during the pass (the page is left as it was for the failing feature). */
  errors: string[]
}

export function emptyReport(url: string): PageReport {
  return {
    state: 'other',
    url,
    signals: [],
    article: null,
    promos: [],
    quotes: [],
    acronyms: [],
    counts: { promos: 0, acronyms: 0, quotes: 0 },
    orphans: [],
    durationMs: 0,
    timings: {},
    errors: [],
  }
}
