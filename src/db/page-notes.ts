/**
 * Notes about a whole page (annotations of kind "note" without a text target), as written from the popup.
 */
import { listPageAnnotations, saveAnnotation, type PageInfo } from './annotations.ts'
import type { KlipingDatabase } from './database.ts'
import type { AnnotationRecord } from './schema.ts'

export type { PageInfo } from './annotations.ts'

export async function addPageNote(db: KlipingDatabase, page: PageInfo, note: string, now = Date.now()): Promise<AnnotationRecord> {
  return saveAnnotation(db, page, { kind: 'note', color: null, note, tags: [], quote: null, position: null, speaker: null }, now)
}

/** Page notes of one page, newest first. */
export async function listPageNotes(db: KlipingDatabase, pageUrl: string): Promise<AnnotationRecord[]> {
  const notes = (await listPageAnnotations(db, pageUrl)).filter((annotation) => annotation.kind === 'note' && !annotation.quote)
  return notes.sort((a, b) => b.createdAt - a.createdAt)
}
