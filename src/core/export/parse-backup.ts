/**
 * Reads a Kliping backup (the W3C AnnotationCollection from web-annotation.ts) or a plain W3C Web Annotation file
 * (a collection, an AnnotationPage, an array of annotations or one annotation) back into database records.
 *
 * The file is untrusted: the whole file is validated before anything is returned, so a bad file is rejected
 * rather than half imported (obsidian-clipper PR #920's rule). Sizes are checked before parsing; keys that could
 * reach an object's prototype are dropped by the JSON reviver and never copied (records are built field by field
 * from known keys only; unknown keys are ignored); types, lengths, UUIDs, http(s) URLs and ISO dates are checked
 * with the same caps the database applies to new annotations (src/db/validate-input.ts).
 *
 * Duplicates inside the file (same annotation id, same page URL) are folded with a warning: identical ones are
 * skipped, conflicting ones keep the newest. Merging with what is already stored is the caller's job.
 */
import type { AnnotationKind, TextPosition, TextQuote } from '../annotation-model.ts'
import { annotationWords } from '../search/search-words.ts'
import { formatIssue, type BackupIssue } from './backup-messages.ts'
import { Fields, FORBIDDEN_KEYS, isHttpUrl, isJson, ISO_DATE, KINDS, MAX, own, Report, utf8Length, UUID, type Json } from './backup-reader.ts'
import type { ExportAnnotation, ExportPage } from './types.ts'

export { utf8Length } from './backup-reader.ts'

export interface BackupLimits {
  /** Largest file, in UTF-8 bytes (default 50 MB). */
  maxBytes: number
  /** Most annotations plus pages (default 200,000). */
  maxItems: number
  /** Errors listed before "and N more" (default 100). */
  maxErrors: number
}

export const DEFAULT_LIMITS: BackupLimits = { maxBytes: 50 * 1024 * 1024, maxItems: 200_000, maxErrors: 100 }

export type BackupResult =
  | { ok: true; pages: ExportPage[]; annotations: ExportAnnotation[]; warnings: string[]; issues: BackupIssue[] }
  | { ok: false; errors: string[]; issues: BackupIssue[] }

function readPage(report: Report, value: unknown, index: number): ExportPage | null {
  const path = `kliping:pages[${index}]`
  if (!isJson(value)) {
    report.error('not-object', path, index)
    return null
  }
  const f = new Fields(report, value, path, index)
  const url = f.url('url')
  const texts = {
    title: f.string('title', MAX.pageText),
    outlet: f.string('outlet', MAX.pageText),
    author: f.string('author', MAX.pageText),
    published: f.string('published', MAX.published),
    province: f.string('province', MAX.pageText),
    regency: f.string('regency', MAX.pageText),
  }
  if (texts.published && !ISO_DATE.test(texts.published)) report.error('not-date', `${path}.published`, index, { field: 'published' })
  const firstVisit = f.count('firstVisit')
  const lastVisit = f.count('lastVisit')
  if (url === undefined || firstVisit === undefined || lastVisit === undefined) return null
  if (Object.values(texts).some((t) => t === undefined)) return null
  return {
    url,
    title: texts.title ?? null,
    outlet: texts.outlet ?? null,
    author: texts.author ?? null,
    published: texts.published ?? null,
    province: texts.province ?? null,
    regency: texts.regency ?? null,
    firstVisit,
    lastVisit,
  }
}

function listOf(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function readSelectors(report: Report, target: Json, path: string, index: number): { quote: TextQuote | null; position: TextPosition | null; ok: boolean } {
  let quote: TextQuote | null = null
  let position: TextPosition | null = null
  let ok = true
  const selectors = listOf(own(target, 'selector'))
  for (let s = 0; s < selectors.length; s++) {
    const selector = selectors[s]
    const at = `${path}.selector[${s}]`
    if (!isJson(selector)) {
      report.error('not-object', at, index)
      ok = false
      continue
    }
    const type = own(selector, 'type')
    const f = new Fields(report, selector, at, index)
    if (type === 'TextQuoteSelector' && !quote) {
      const exact = f.string('exact', MAX.exact, true)
      const prefix = f.string('prefix', MAX.context)
      const suffix = f.string('suffix', MAX.context)
      if (exact === undefined || prefix === undefined || suffix === undefined) ok = false
      else quote = { exact, prefix: prefix ?? '', suffix: suffix ?? '' }
    } else if (type === 'TextPositionSelector' && !position) {
      const start = own(selector, 'start')
      const end = own(selector, 'end')
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
        report.error('bad-position', at, index)
        ok = false
      } else position = { start: start as number, end: end as number }
    }
    // Other selector types (XPath, CSS, Range) say nothing Kliping can use: ignored.
  }
  return { quote, position, ok }
}

function readBodies(report: Report, item: Json, path: string, index: number): { note: string; tags: string[]; ok: boolean } {
  const notes: string[] = []
  const tags: string[] = []
  let ok = true
  const bodies = listOf(own(item, 'body'))
  for (let b = 0; b < bodies.length; b++) {
    const body = bodies[b]
    const at = `${path}.body[${b}]`
    const type = isJson(body) ? own(body, 'type') : undefined
    if (!isJson(body) || (type !== undefined && type !== 'TextualBody')) {
      report.warn('ignored-body', at, index)
      continue
    }
    const f = new Fields(report, body, at, index)
    const tagging = own(body, 'purpose') === 'tagging'
    const value = f.string('value', tagging ? MAX.tag : MAX.note, true)
    if (value === undefined) ok = false
    else if (tagging) tags.push(value)
    else notes.push(value)
  }
  const note = notes.join('\n\n')
  if (note.length > MAX.note) {
    report.error('too-long', `${path}.body`, index, { field: 'note', limit: MAX.note })
    ok = false
  }
  if (tags.length > MAX.tags) {
    report.error('too-long', `${path}.body`, index, { field: 'tags', limit: MAX.tags })
    ok = false
  }
  return { note, tags, ok }
}

function readAnnotation(report: Report, value: unknown, index: number): ExportAnnotation | null {
  const path = `items[${index}]`
  if (!isJson(value)) {
    report.error('not-object', path, index)
    return null
  }
  const f = new Fields(report, value, path, index)
  let ok = true
  const rawId = f.string('id', 100, true)
  const id = rawId?.replace(/^urn:uuid:/i, '')
  if (rawId !== undefined && !UUID.test(id ?? '')) {
    report.error('not-uuid', `${path}.id`, index)
    ok = false
  }
  const createdAt = f.time('created', true)
  const updatedAt = f.time('modified', false) ?? createdAt

  const target = own(value, 'target')
  let pageUrl: string | undefined
  let selectors: ReturnType<typeof readSelectors> = { quote: null, position: null, ok: true }
  if (typeof target === 'string' && target.length <= MAX.url && isHttpUrl(target)) pageUrl = target
  else if (isJson(target)) {
    pageUrl = new Fields(report, target, `${path}.target`, index).url('source')
    selectors = readSelectors(report, target, `${path}.target`, index)
  } else report.error('bad-target', `${path}.target`, index)

  const bodies = readBodies(report, value, path, index)

  let kind: AnnotationKind = selectors.quote ? 'highlight' : 'note'
  let color: string | null = null
  let speaker: string | null = null
  const extension = own(value, 'kliping:annotation')
  if (extension !== undefined) {
    if (!isJson(extension)) {
      report.error('not-object', `${path}.kliping:annotation`, index)
      ok = false
    } else {
      const e = new Fields(report, extension, `${path}.kliping:annotation`, index)
      const rawKind = own(extension, 'kind')
      if (typeof rawKind === 'string' && KINDS.has(rawKind)) kind = rawKind as AnnotationKind
      else {
        report.error('bad-kind', `${path}.kliping:annotation.kind`, index)
        ok = false
      }
      const c = e.string('color', MAX.color)
      const s = e.string('speaker', MAX.speaker)
      if (c === undefined || s === undefined) ok = false
      color = c ?? null
      speaker = s ?? null
    }
  }
  if (kind !== 'note' && selectors.ok && !selectors.quote?.exact) {
    report.error('needs-quote', path, index)
    ok = false
  }
  if (!ok || !selectors.ok || !bodies.ok || id === undefined || createdAt === undefined || updatedAt === undefined || pageUrl === undefined) return null
  const { quote, position } = selectors
  return {
    id,
    pageUrl,
    kind,
    color,
    note: bodies.note,
    tags: bodies.tags,
    quote,
    position,
    speaker,
    createdAt,
    updatedAt,
    // Derived with the same function the database uses; never taken from the file.
    words: annotationWords({ quote, note: bodies.note, tags: bodies.tags, speaker }),
  }
}

/** Finds the annotation list (and Kliping's page list) in the accepted shapes. */
function locate(report: Report, root: unknown): { items: unknown[]; pages: unknown[] } | null {
  if (Array.isArray(root)) return { items: root, pages: [] }
  if (!isJson(root)) {
    report.error('not-backup', '', null)
    return null
  }
  const type = own(root, 'type')
  const pagesValue = own(root, 'kliping:pages')
  if (pagesValue !== undefined && !Array.isArray(pagesValue)) {
    report.error('wrong-type', 'kliping:pages', null, { field: 'kliping:pages' })
    return null
  }
  const pages = (pagesValue as unknown[] | undefined) ?? []
  if (type === 'Annotation') return { items: [root], pages }
  let container: unknown = root
  if (type === 'AnnotationCollection') {
    container = own(root, 'first')
    if (typeof container === 'string') {
      report.error('paged', 'first', null)
      return null
    }
    if (container === undefined && own(root, 'total') === 0) return { items: [], pages }
  } else if (type !== 'AnnotationPage') {
    report.error('not-backup', '', null)
    return null
  }
  const items = isJson(container) ? own(container, 'items') : undefined
  if (!Array.isArray(items)) {
    report.error(items === undefined ? 'missing' : 'wrong-type', type === 'AnnotationPage' ? '' : 'first', null, { field: 'items' })
    return null
  }
  const total = own(root, 'total')
  if (type === 'AnnotationCollection' && total !== undefined && total !== items.length) report.warn('total-mismatch', 'total', null)
  return { items, pages }
}

/** Keeps one record per key: identical repeats are dropped, conflicting ones resolved to the newest. */
function fold<T>(report: Report, records: { value: T; index: number; path: string }[], key: (v: T) => string, time: (v: T) => number): T[] {
  const kept = new Map<string, { value: T; json: string }>()
  for (const { value, index, path } of records) {
    const k = key(value)
    const json = JSON.stringify(value)
    const seen = kept.get(k)
    if (!seen) kept.set(k, { value, json })
    else if (seen.json === json) report.warn('duplicate', path, index)
    else {
      report.warn('duplicate-conflict', path, index)
      if (time(value) > time(seen.value)) kept.set(k, { value, json })
    }
  }
  return Array.from(kept.values(), (entry) => entry.value)
}

/**
 * @param text - the file's contents
 * @param limits - size caps (defaults: 50 MB, 200,000 items)
 * @returns the records to store, or every error found (bilingual strings plus structured `issues`)
 */
export function parseBackup(text: string, limits: Partial<BackupLimits> = {}): BackupResult {
  const caps = { ...DEFAULT_LIMITS, ...limits }
  const report = new Report(caps.maxErrors)
  const fail = (): BackupResult => {
    const issues = report.finish()
    return { ok: false, errors: issues.map(formatIssue), issues }
  }
  // UTF-8 never takes fewer bytes than UTF-16 code units, so the cheap check comes first.
  if (text.length > caps.maxBytes || (text.length * 3 > caps.maxBytes && utf8Length(text, caps.maxBytes) > caps.maxBytes)) {
    report.error('too-large', '', null, { limit: caps.maxBytes })
    return fail()
  }
  let root: unknown
  try {
    root = JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value))
  } catch {
    report.error('not-json', '', null)
    return fail()
  }
  const found = locate(report, root)
  if (!found) return fail()
  if (found.items.length + found.pages.length > caps.maxItems) {
    report.error('too-many', '', null, { limit: caps.maxItems })
    return fail()
  }

  const pages: { value: ExportPage; index: number; path: string }[] = []
  for (let i = 0; i < found.pages.length; i++) {
    const page = readPage(report, found.pages[i], i)
    if (page) pages.push({ value: page, index: i, path: `kliping:pages[${i}]` })
  }
  const annotations: { value: ExportAnnotation; index: number; path: string }[] = []
  for (let i = 0; i < found.items.length; i++) {
    const annotation = readAnnotation(report, found.items[i], i)
    if (annotation) annotations.push({ value: annotation, index: i, path: `items[${i}]` })
  }
  if (report.errors.length) return fail()

  const pageList = fold(report, pages, (p) => p.url, (p) => p.lastVisit)
  const annotationList = fold(report, annotations, (a) => a.id, (a) => a.updatedAt)
  // Plain W3C files carry no article records: make minimal ones so every annotation has its page. One pass.
  const known = new Set(pageList.map((p) => p.url))
  const made = new Map<string, ExportPage>()
  for (const { value: a, index } of annotations) {
    if (known.has(a.pageUrl)) continue
    const page = made.get(a.pageUrl)
    if (page) {
      page.firstVisit = Math.min(page.firstVisit, a.createdAt)
      page.lastVisit = Math.max(page.lastVisit, a.updatedAt)
      continue
    }
    report.warn('page-missing', `items[${index}].target`, index)
    made.set(a.pageUrl, {
      url: a.pageUrl, title: null, outlet: null, author: null, published: null, province: null, regency: null,
      firstVisit: a.createdAt, lastVisit: a.updatedAt,
    })
  }
  for (const page of made.values()) pageList.push(page)
  return { ok: true, pages: pageList, annotations: annotationList, warnings: report.warnings.map(formatIssue), issues: report.warnings }
}
