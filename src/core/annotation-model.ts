/**
 * The annotation model shared by the database, exports, anchoring and the UI: pages and annotations as stored.
 * Field names are stable: they are what backups and migrations carry.
 */

/** One article page the user annotated, keyed by its normalised canonical URL. */
export interface PageRecord {
  url: string
  title: string | null
  outlet: string | null
  author: string | null
  /** ISO 8601, with offset when known. */
  published: string | null
  province: string | null
  regency: string | null
  firstVisit: number
  lastVisit: number
}

export type AnnotationKind = 'highlight' | 'note' | 'quote'

/** W3C TextQuoteSelector. */
export interface TextQuote {
  exact: string
  prefix: string
  suffix: string
}

/** W3C TextPositionSelector, over the article root's text. */
export interface TextPosition {
  start: number
  end: number
}

export interface AnnotationRecord {
  /** UUID: stable across devices and backups. */
  id: string
  pageUrl: string
  kind: AnnotationKind
  color: string | null
  note: string
  tags: string[]
  /** Null for a note about the whole page. */
  quote: TextQuote | null
  position: TextPosition | null
  speaker: string | null
  createdAt: number
  updatedAt: number
  /** Search keys: words of quote, note, tags and speaker (see core/search/search-words.ts). */
  words: string[]
}
