/**
 * The one Kliping database (IndexedDB through Dexie), in the extension's own origin: opened by the background and
 * by extension pages, never by content scripts (they would open it in the page's origin).
 *
 * Schema versions are append-only. Each new version adds a `this.version(n).stores(...)` line (and an `upgrade()`
 * when data must change) and a migration test in database.test.ts that opens a database written by every earlier
 * version.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { AnnotationRecord, PageRecord } from './schema.ts'

export const DATABASE_NAME = 'kliping'

export class KlipingDatabase extends Dexie {
  pages!: EntityTable<PageRecord, 'url'>
  annotations!: EntityTable<AnnotationRecord, 'id'>

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    // Index only what is queried: pages by outlet/region/recency; annotations by page, kind, tag, time and words.
    this.version(1).stores({
      pages: 'url, outlet, province, lastVisit',
      annotations: 'id, pageUrl, kind, createdAt, updatedAt, *tags, *words',
    })
  }
}

let shared: KlipingDatabase | null = null

/** The database of this extension context, opened on first use. */
export function database(): KlipingDatabase {
  shared ??= new KlipingDatabase()
  return shared
}
