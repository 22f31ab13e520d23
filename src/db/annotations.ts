/**
 * Reading and writing annotations. Every write keeps the page record up to date and the search words in step with
 * the text, in one transaction. A full disk surfaces as StorageFullError so the UI can say so and keep the
 * user's input; nothing is half-written.
 */
import { annotationWords } from '../core/search/search-words.ts'
import type { KlipingDatabase } from './database.ts'
import type { PageInfo } from '../core/page-info.ts'
import type { AnnotationRecord } from './schema.ts'

export type { PageInfo } from '../core/page-info.ts'

/** What a caller provides; id, page, times and search words are filled in when it is stored. */
export type NewAnnotation = Pick<AnnotationRecord, 'kind' | 'color' | 'note' | 'tags' | 'quote' | 'position' | 'speaker'>

export type AnnotationChanges = Partial<Pick<AnnotationRecord, 'note' | 'tags' | 'color'>>

/** The browser refused to store more (quota). The caller still has everything the user entered. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('storage full', { cause })
    this.name = 'StorageFullError'
  }
}

function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown })?.inner].map((e) => (e as { name?: string } | null)?.name)
  return names.includes('QuotaExceededError')
}

async function guardQuota<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error)
    throw error
  }
}

/** Tags as people type them: trimmed, without a leading '#', no empties, no duplicates (case-insensitive). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').slice(0, 60)
    if (tag && !seen.has(tag.toLocaleLowerCase('id'))) {
      seen.add(tag.toLocaleLowerCase('id'))
      out.push(tag)
    }
  }
  return out
}

async function touchPage(db: KlipingDatabase, page: PageInfo, now: number): Promise<void> {
  const existing = await db.pages.get(page.url)
  await db.pages.put({ ...existing, ...page, firstVisit: existing?.firstVisit ?? now, lastVisit: now })
}

export async function saveAnnotation(db: KlipingDatabase, page: PageInfo, input: NewAnnotation, now = Date.now()): Promise<AnnotationRecord> {
  const record: AnnotationRecord = {
    id: crypto.randomUUID(),
    pageUrl: page.url,
    kind: input.kind,
    color: input.color,
    note: input.note.trim(),
    tags: cleanTags(input.tags),
    quote: input.quote,
    position: input.position,
    speaker: input.speaker,
    createdAt: now,
    updatedAt: now,
    words: [],
  }
  if (record.kind !== 'note' && !record.quote?.exact) throw new Error('a highlight needs the selected text')
  if (record.kind === 'note' && !record.note && !record.quote) throw new Error('empty note')
  record.words = annotationWords(record)
  await guardQuota(() =>
    db.transaction('rw', db.pages, db.annotations, async () => {
      await touchPage(db, page, now)
      await db.annotations.add(record)
    }),
  )
  return record
}

/** A page's annotations in reading order (by position; page notes first), for drawing and the popup. */
export async function listPageAnnotations(db: KlipingDatabase, pageUrl: string): Promise<AnnotationRecord[]> {
  const list = await db.annotations.where('pageUrl').equals(pageUrl).toArray()
  return list.sort((a, b) => (a.position?.start ?? -1) - (b.position?.start ?? -1) || a.createdAt - b.createdAt)
}

export async function updateAnnotation(db: KlipingDatabase, id: string, changes: AnnotationChanges, now = Date.now()): Promise<AnnotationRecord> {
  return guardQuota(() =>
    db.transaction('rw', db.annotations, async () => {
      const record = await db.annotations.get(id)
      if (!record) throw new Error(`annotation ${id} not found`)
      const next: AnnotationRecord = {
        ...record,
        ...(changes.note !== undefined ? { note: changes.note.trim() } : {}),
        ...(changes.tags !== undefined ? { tags: cleanTags(changes.tags) } : {}),
        ...(changes.color !== undefined ? { color: changes.color } : {}),
        updatedAt: now,
      }
      next.words = annotationWords(next)
      await db.annotations.put(next)
      return next
    }),
  )
}

/** Deletes and returns the record, so the caller can offer undo (restoreAnnotation). */
export async function deleteAnnotation(db: KlipingDatabase, id: string): Promise<AnnotationRecord | null> {
  return db.transaction('rw', db.annotations, async () => {
    const record = await db.annotations.get(id)
    if (record) await db.annotations.delete(id)
    return record ?? null
  })
}

export async function restoreAnnotation(db: KlipingDatabase, record: AnnotationRecord): Promise<void> {
  await guardQuota(() => db.annotations.put(record))
}
