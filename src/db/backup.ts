/**
 * Importing a backup (already validated whole by core/export/parse-backup) into the database: a plan first
 * ("what will be added"), then the merge in one transaction, so a failure changes nothing.
 * De-duplication: an annotation whose id is already stored is skipped when identical, replaced when the file's
 * copy was edited later (updatedAt), kept otherwise; pages merge their visit times and fill missing facts.
 */
import type { KlipingDatabase } from './database.ts'
import type { AnnotationRecord, PageRecord } from './schema.ts'

export interface ImportPlan {
  newAnnotations: AnnotationRecord[]
  updatedAnnotations: AnnotationRecord[]
  unchanged: number
  olderInFile: number
  pages: PageRecord[]
  newPages: number
}

function mergePage(existing: PageRecord | undefined, incoming: PageRecord): PageRecord {
  if (!existing) return incoming
  return {
    url: existing.url,
    title: existing.title ?? incoming.title,
    outlet: existing.outlet ?? incoming.outlet,
    author: existing.author ?? incoming.author,
    published: existing.published ?? incoming.published,
    province: existing.province ?? incoming.province,
    regency: existing.regency ?? incoming.regency,
    firstVisit: Math.min(existing.firstVisit, incoming.firstVisit),
    lastVisit: Math.max(existing.lastVisit, incoming.lastVisit),
  }
}

export async function planImport(db: KlipingDatabase, pages: readonly PageRecord[], annotations: readonly AnnotationRecord[]): Promise<ImportPlan> {
  const stored = await db.annotations.bulkGet(annotations.map((a) => a.id))
  const plan: ImportPlan = { newAnnotations: [], updatedAnnotations: [], unchanged: 0, olderInFile: 0, pages: [], newPages: 0 }
  annotations.forEach((incoming, index) => {
    const existing = stored[index]
    if (!existing) plan.newAnnotations.push(incoming)
    else if (JSON.stringify(existing) === JSON.stringify(incoming)) plan.unchanged += 1
    else if (incoming.updatedAt > existing.updatedAt) plan.updatedAnnotations.push(incoming)
    else plan.olderInFile += 1
  })
  // Annotations need their page even when the file lists none for it.
  const byUrl = new Map(pages.map((page) => [page.url, page]))
  for (const annotation of [...plan.newAnnotations, ...plan.updatedAnnotations]) {
    if (!byUrl.has(annotation.pageUrl)) {
      byUrl.set(annotation.pageUrl, {
        url: annotation.pageUrl, title: null, outlet: null, author: null, published: null, province: null, regency: null,
        firstVisit: annotation.createdAt, lastVisit: annotation.updatedAt,
      })
    }
  }
  const existingPages = await db.pages.bulkGet([...byUrl.keys()])
  ;[...byUrl.values()].forEach((page, index) => {
    const existing = existingPages[index]
    if (!existing) plan.newPages += 1
    plan.pages.push(mergePage(existing, page))
  })
  return plan
}

/** Applies a plan in one transaction: all of it or nothing. */
export async function applyImport(db: KlipingDatabase, plan: ImportPlan): Promise<void> {
  await db.transaction('rw', db.pages, db.annotations, async () => {
    await db.pages.bulkPut(plan.pages)
    await db.annotations.bulkPut([...plan.newAnnotations, ...plan.updatedAnnotations])
  })
}

/** Everything, for the full backup and "export everything". */
export async function everything(db: KlipingDatabase): Promise<{ pages: PageRecord[]; annotations: AnnotationRecord[] }> {
  const [pages, annotations] = await Promise.all([db.pages.toArray(), db.annotations.orderBy('createdAt').toArray()])
  return { pages, annotations }
}

/** Deletes every annotation and page, in one transaction. */
export async function clearAll(db: KlipingDatabase): Promise<void> {
  await db.transaction('rw', db.pages, db.annotations, async () => {
    await db.annotations.clear()
    await db.pages.clear()
  })
}
