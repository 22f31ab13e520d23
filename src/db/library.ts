/**
 * The library: every annotation, searched and filtered, newest first, fast with 100,000 stored.
 *
 * Searches work on primary keys only: each query word is a prefix range on the multi-entry `words` index, each
 * filter another index range (tags, creation time, the pages of an outlet or province); the key sets are
 * intersected and laid over the library's newest-first order. Records are read only for the rows on screen
 * (`loadItems`), so a query never deserialises the whole library.
 */
import { searchWords } from '../core/search/search-words.ts'
import type { KlipingDatabase } from './database.ts'
import type { AnnotationRecord, PageRecord } from './schema.ts'

export interface LibraryQuery {
  text?: string
  tag?: string | null
  outlet?: string | null
  province?: string | null
  /** Inclusive bounds on the annotation's creation time (ms). */
  from?: number | null
  to?: number | null
}

export interface LibraryItem {
  annotation: AnnotationRecord
  page: PageRecord | null
}

/** Every annotation id, newest first (keys only). Callers keep it while the library is open. */
export async function libraryOrder(db: KlipingDatabase): Promise<string[]> {
  return (await db.annotations.orderBy('createdAt').reverse().primaryKeys()) as string[]
}

async function keysForPages(db: KlipingDatabase, field: 'outlet' | 'province', value: string): Promise<Set<string>> {
  const urls = (await db.pages.where(field).equals(value).primaryKeys()) as string[]
  if (urls.length === 0) return new Set()
  return new Set((await db.annotations.where('pageUrl').anyOf(urls).primaryKeys()) as string[])
}

/** The ids matching `query`, in the order of `order` (newest first). */
export async function searchLibraryIds(db: KlipingDatabase, query: LibraryQuery, order: readonly string[]): Promise<string[]> {
  const sets: Array<Promise<Set<string>>> = []
  for (const word of searchWords(query.text)) {
    sets.push(db.annotations.where('words').startsWith(word).primaryKeys().then((keys) => new Set(keys as string[])))
  }
  if (query.tag) sets.push(db.annotations.where('tags').equalsIgnoreCase(query.tag).primaryKeys().then((keys) => new Set(keys as string[])))
  if (query.outlet) sets.push(keysForPages(db, 'outlet', query.outlet))
  if (query.province) sets.push(keysForPages(db, 'province', query.province))
  if (query.from != null || query.to != null) {
    const range = db.annotations.where('createdAt').between(query.from ?? -Infinity, query.to ?? Infinity, true, true)
    sets.push(range.primaryKeys().then((keys) => new Set(keys as string[])))
  }
  if (sets.length === 0) return [...order]
  const resolved = (await Promise.all(sets)).sort((a, b) => a.size - b.size)
  return order.filter((id) => resolved.every((set) => set.has(id)))
}

/** The records (and their pages) of some ids, in the same order; ids deleted meanwhile are left out. */
export async function loadItems(db: KlipingDatabase, ids: readonly string[]): Promise<LibraryItem[]> {
  const annotations = (await db.annotations.bulkGet([...ids])).filter((a): a is AnnotationRecord => !!a)
  const urls = [...new Set(annotations.map((a) => a.pageUrl))]
  const pages = new Map((await db.pages.bulkGet(urls)).filter((p): p is PageRecord => !!p).map((p) => [p.url, p]))
  return annotations.map((annotation) => ({ annotation, page: pages.get(annotation.pageUrl) ?? null }))
}

/** Search and load in one go (exports of the current filter, tests). */
export async function searchLibrary(db: KlipingDatabase, query: LibraryQuery): Promise<LibraryItem[]> {
  return loadItems(db, await searchLibraryIds(db, query, await libraryOrder(db)))
}

/** The values the filters offer: every tag, outlet and province in the library, sorted. */
export async function libraryFacets(db: KlipingDatabase): Promise<{ tags: string[]; outlets: string[]; provinces: string[] }> {
  const [tags, outlets, provinces] = await Promise.all([
    db.annotations.orderBy('tags').uniqueKeys(),
    db.pages.orderBy('outlet').uniqueKeys(),
    db.pages.orderBy('province').uniqueKeys(),
  ])
  const strings = (keys: unknown[]) => keys.filter((k): k is string => typeof k === 'string' && k !== '').sort((a, b) => a.localeCompare(b, 'id'))
  return { tags: strings(tags), outlets: strings(outlets), provinces: strings(provinces) }
}

/**
 * The whole library's search keys in memory, newest first, for instant searches once loaded (IndexedDB index
 * reads cost hundreds of milliseconds at 100,000 annotations). Loaded in the background when the library opens;
 * until then searches go through the indexes.
 */
export interface SearchSnapshot {
  ids: string[]
  created: Float64Array
  /** ' word1 word2 … ' per annotation, so a prefix test is one `includes(' ' + word)`. */
  words: string[]
  /** ' tag1 tag2 ' lower-cased per annotation. */
  tags: string[]
  pageUrls: string[]
  pages: Map<string, PageRecord>
  /** The records themselves, by id: rows are drawn from memory once the snapshot is loaded. */
  records: Map<string, AnnotationRecord>
}

export async function loadSearchSnapshot(db: KlipingDatabase): Promise<SearchSnapshot> {
  const [annotations, pages] = await Promise.all([db.annotations.orderBy('createdAt').reverse().toArray(), db.pages.toArray()])
  const snapshot: SearchSnapshot = {
    ids: new Array<string>(annotations.length),
    created: new Float64Array(annotations.length),
    words: new Array<string>(annotations.length),
    tags: new Array<string>(annotations.length),
    pageUrls: new Array<string>(annotations.length),
    pages: new Map(pages.map((page) => [page.url, page])),
    records: new Map(annotations.map((annotation) => [annotation.id, annotation])),
  }
  annotations.forEach((annotation, index) => {
    snapshot.ids[index] = annotation.id
    snapshot.created[index] = annotation.createdAt
    snapshot.words[index] = ` ${annotation.words.join(' ')} `
    snapshot.tags[index] = ` ${annotation.tags.map((tag) => tag.toLocaleLowerCase('id')).join(' ')} `
    snapshot.pageUrls[index] = annotation.pageUrl
  })
  return snapshot
}

/** Rows for ids from the snapshot, without touching the database. */
export function snapshotItems(snapshot: SearchSnapshot, ids: readonly string[]): LibraryItem[] {
  return ids.flatMap((id) => {
    const annotation = snapshot.records.get(id)
    return annotation ? [{ annotation, page: snapshot.pages.get(annotation.pageUrl) ?? null }] : []
  })
}

/** The ids matching `query` in the snapshot, newest first. Linear in the library, no allocation per record. */
export function searchSnapshot(snapshot: SearchSnapshot, query: LibraryQuery): string[] {
  const words = searchWords(query.text).map((word) => ` ${word}`)
  const tag = query.tag ? ` ${query.tag.toLocaleLowerCase('id')} ` : null
  const from = query.from ?? -Infinity
  const to = query.to ?? Infinity
  const out: string[] = []
  for (let i = 0; i < snapshot.ids.length; i++) {
    const created = snapshot.created[i]!
    if (created < from || created > to) continue
    if (tag && !snapshot.tags[i]!.includes(tag)) continue
    if (query.outlet || query.province) {
      const page = snapshot.pages.get(snapshot.pageUrls[i]!)
      if (query.outlet && page?.outlet !== query.outlet) continue
      if (query.province && page?.province !== query.province) continue
    }
    const haystack = snapshot.words[i]!
    let all = true
    for (const word of words) {
      if (!haystack.includes(word)) {
        all = false
        break
      }
    }
    if (all) out.push(snapshot.ids[i]!)
  }
  return out
}
