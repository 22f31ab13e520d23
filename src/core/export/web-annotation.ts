/**
 * The lossless backup and interop format: a W3C Web Annotation Data Model AnnotationCollection (JSON-LD).
 * Standard tools see annotations with TextQuote + TextPosition selectors, notes as commenting bodies and tags as
 * tagging bodies. What the model has no place for — the annotation's kind, colour and speaker, and the article
 * records — travels in `kliping:` properties, declared in the @context as JSON literals (JSON-LD 1.1 `@json`), so
 * a JSON-LD processor keeps them verbatim and parseBackup restores every record field for field.
 *
 * Search words are not exported: they are derived from the text and recomputed on import.
 */
import type { AnnotationKind } from '../annotation-model.ts'
import { isoTime, type ExportAnnotation, type ExportPage } from './types.ts'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** The namespace of Kliping's extension properties (an identifier; it need not resolve). */
export const KLIPING_NS = 'https://kliping.id/ns/backup#'
export const BACKUP_VERSION = 1
export const MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"'

export const KLIPING_CONTEXT = {
  '@version': 1.1,
  kliping: KLIPING_NS,
  'kliping:version': { '@id': 'kliping:version' },
  'kliping:pages': { '@id': 'kliping:pages', '@type': '@json' },
  'kliping:annotation': { '@id': 'kliping:annotation', '@type': '@json' },
} as const

export type Motivation = 'highlighting' | 'commenting' | 'tagging' | 'bookmarking'

export interface TextualBody {
  type: 'TextualBody'
  value: string
  format: 'text/plain'
  purpose: 'commenting' | 'tagging'
}

export type Selector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number }

/** Everything about an annotation the W3C model cannot say. */
export interface KlipingAnnotationExtension {
  kind: AnnotationKind
  color: string | null
  speaker: string | null
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  created: string
  modified: string
  motivation: Motivation
  body?: TextualBody[]
  target: { source: string; styleClass?: string; selector?: Selector[] }
  'kliping:annotation': KlipingAnnotationExtension
}

export interface WebAnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, typeof KLIPING_CONTEXT]
  id: string
  type: 'AnnotationCollection'
  label: string
  generated: string
  total: number
  'kliping:version': number
  'kliping:pages': ExportPage[]
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] }
}

export interface WebAnnotationOptions {
  /** The collection's IRI (default: a new urn:uuid). */
  id?: string
  /** When the file was made, ms since the epoch (default: now). */
  generated?: number
}

/** A note makes it a comment; a bare highlight or quote is highlighting; tags alone are tagging. */
export function motivationOf(a: ExportAnnotation): Motivation {
  if (a.note) return 'commenting'
  if (a.quote) return 'highlighting'
  if (a.tags.length) return 'tagging'
  return 'bookmarking'
}

/** A colour as a CSS class name for `styleClass`, only when it is a plain token (it is user data). */
function styleClassOf(color: string | null): string | undefined {
  return color && /^[a-z0-9-]{1,40}$/i.test(color) ? `kliping-${color}` : undefined
}

export function toWebAnnotationItem(a: ExportAnnotation): WebAnnotation {
  const body: TextualBody[] = []
  if (a.note) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' })
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' })
  const selector: Selector[] = []
  if (a.quote) selector.push({ type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix })
  if (a.position) selector.push({ type: 'TextPositionSelector', start: a.position.start, end: a.position.end })
  const target: WebAnnotation['target'] = { source: a.pageUrl }
  const styleClass = styleClassOf(a.color)
  if (styleClass) target.styleClass = styleClass
  if (selector.length) target.selector = selector
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    created: isoTime(a.createdAt),
    modified: isoTime(a.updatedAt),
    motivation: motivationOf(a),
    ...(body.length ? { body } : {}),
    target,
    'kliping:annotation': { kind: a.kind, color: a.color, speaker: a.speaker },
  }
}

/**
 * @returns a JSON-serialisable collection; `JSON.stringify` it and save with MEDIA_TYPE
 */
export function toWebAnnotation(pages: readonly ExportPage[], annotations: readonly ExportAnnotation[], options: WebAnnotationOptions = {}): WebAnnotationCollection {
  const items = annotations.map(toWebAnnotationItem)
  return {
    '@context': [ANNO_CONTEXT, KLIPING_CONTEXT],
    id: options.id ?? `urn:uuid:${crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: 'Kliping',
    generated: isoTime(options.generated ?? Date.now()),
    total: items.length,
    'kliping:version': BACKUP_VERSION,
    // Field by field: the file format must not change when the record type grows a field.
    'kliping:pages': pages.map((p) => ({
      url: p.url, title: p.title, outlet: p.outlet, author: p.author, published: p.published,
      province: p.province, regency: p.regency, firstVisit: p.firstVisit, lastVisit: p.lastVisit,
    })),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
}
