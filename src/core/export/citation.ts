/**
 * The annotated articles for citation managers (Zotero, Mendeley, EndNote): RIS and CSL-JSON. Zotero has no
 * translator for Indonesian news sites and labels WordPress pages "blogPost", so the type is set here: RIS `NEWS`,
 * CSL `article-newspaper`, with the outlet as the container title. Authors are often a desk or an agency ("Humas
 * Pemprov Kalteng"), so they are passed as one literal name rather than split into family/given. The accessed
 * date is the last visit, as a UTC calendar date.
 */
import { dateParts, type ExportPage } from './types.ts'

export interface CitationOptions {
  /** The articles' language (BCP 47), default 'id'. */
  language?: string
}

function utcParts(ms: number): [number, number, number] | null {
  const date = new Date(ms)
  return Number.isFinite(date.getTime()) ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()] : null
}

/** A value on one RIS line: a line break in page text must not start a new tag (or end the record early). */
function risValue(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim()
}

const pad = (n: number) => String(n).padStart(2, '0')

/** RIS (one record per article, CRLF lines). */
export function toRis(pages: readonly ExportPage[], options: CitationOptions = {}): string {
  const language = options.language ?? 'id'
  const records: string[] = []
  for (const page of pages) {
    const lines: string[] = ['TY  - NEWS']
    const tag = (name: string, value: string | null) => {
      const clean = value === null ? '' : risValue(value)
      if (clean) lines.push(`${name}  - ${clean}`)
    }
    tag('TI', page.title)
    tag('T2', page.outlet)
    tag('AU', page.author)
    const published = dateParts(page.published)
    if (published) {
      tag('PY', String(published[0]))
      tag('DA', `${published[0]}/${pad(published[1])}/${pad(published[2])}`)
    }
    tag('UR', page.url)
    const accessed = utcParts(page.lastVisit)
    if (accessed) tag('Y2', `${accessed[0]}/${pad(accessed[1])}/${pad(accessed[2])}`)
    tag('LA', language)
    lines.push('ER  - ')
    records.push(lines.join('\r\n'))
  }
  return records.length ? `${records.join('\r\n\r\n')}\r\n` : ''
}

export interface CslItem {
  id: string
  type: 'article-newspaper'
  title?: string
  'container-title'?: string
  author?: { literal: string }[]
  issued?: { 'date-parts': [[number, number, number]] }
  accessed?: { 'date-parts': [[number, number, number]] }
  URL: string
  language: string
}

/** A stable citation key from the URL (FNV-1a), so re-exports give the same ids. */
export function citationId(url: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `kliping-${hash.toString(16).padStart(8, '0')}`
}

/** CSL-JSON: an array of items; `JSON.stringify` it. */
export function toCslJson(pages: readonly ExportPage[], options: CitationOptions = {}): CslItem[] {
  const language = options.language ?? 'id'
  return pages.map((page) => {
    const item: CslItem = { id: citationId(page.url), type: 'article-newspaper', URL: page.url, language }
    if (page.title) item.title = page.title
    if (page.outlet) item['container-title'] = page.outlet
    if (page.author) item.author = [{ literal: page.author }]
    const published = dateParts(page.published)
    if (published) item.issued = { 'date-parts': [published] }
    const accessed = utcParts(page.lastVisit)
    if (accessed) item.accessed = { 'date-parts': [accessed] }
    return item
  })
}
