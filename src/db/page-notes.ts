/**
 * Notes about a whole page (annotations of kind "note" without a text target), as written from the popup.
 */
import { searchWords } from '../core/search/search-words.ts'
import type { KlipingDatabase } from './database.ts'
import type { AnnotationRecord, PageRecord } from './schema.ts'

export type PageInfo = Omit<PageRecord, 'firstVisit' | 'lastVisit'>

export async function addPageNote(db: KlipingDatabase, page: PageInfo, note: string, now = Date.now()): Promise<AnnotationRecord> {
  const text = note.trim()
  if (!text) throw new Error('empty note')
  const record: AnnotationRecord = {
    id: crypto.randomUUID(),
    pageUrl: page.url,
    kind: 'note',
    color: null,
    note: text,
    tags: [],
    quote: null,
    position: null,
    speaker: null,
    createdAt: now,
    updatedAt: now,
    words: searchWords(text),
  }
  await db.transaction('rw', db.pages, db.annotations, async () => {
    const existing = await db.pages.get(page.url)
    await db.pages.put({ ...page, firstVisit: existing?.firstVisit ?? now, lastVisit: now })
    await db.annotations.add(record)
  })
  return record
}

/** Page notes of one page, newest first. */
export async function listPageNotes(db: KlipingDatabase, pageUrl: string): Promise<AnnotationRecord[]> {
  const notes = await db.annotations.where('pageUrl').equals(pageUrl).filter((a) => a.kind === 'note').toArray()
  return notes.sort((a, b) => b.createdAt - a.createdAt)
}
