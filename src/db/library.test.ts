import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { parseBackup } from '../core/export/parse-backup.ts'
import { toWebAnnotation } from '../core/export/web-annotation.ts'
import { saveAnnotation, type PageInfo } from './annotations.ts'
import { applyImport, clearAll, everything, planImport } from './backup.ts'
import { KlipingDatabase } from './database.ts'
import { libraryFacets, libraryOrder, loadItems, loadSearchSnapshot, searchLibrary, searchLibraryIds, searchSnapshot, snapshotItems } from './library.ts'

const fresh = () => new KlipingDatabase(`kliping-test-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange })
const mmc: PageInfo = { url: 'https://mmc.kalteng.go.id/berita/read/1/a', title: 'Rakor', outlet: 'MMC Kalteng', author: null, published: null, province: 'Kalimantan Tengah', regency: null }
const kompas: PageInfo = { url: 'https://nasional.kompas.com/read/2025/1/b', title: 'Inflasi', outlet: 'Kompas', author: null, published: null, province: null, regency: null }
const mark = (exact: string, tags: string[] = [], note = '') => ({
  kind: 'highlight' as const, color: 'yellow', note, tags, quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length }, speaker: null,
})

async function seeded() {
  const db = fresh()
  await saveAnnotation(db, mmc, mark('Sekda memimpin rapat koordinasi', ['rapat']), 1_000)
  await saveAnnotation(db, mmc, mark('anggaran Bappeda', ['anggaran'], 'cek RKPD'), 2_000)
  await saveAnnotation(db, kompas, mark('inflasi daerah terkendali', ['anggaran']), 3_000)
  return db
}

describe('searchLibrary', () => {
  it('finds by word prefixes across quote and note, newest first', async () => {
    const db = await seeded()
    // Tags are searched too: the Kompas highlight is tagged "anggaran".
    expect((await searchLibrary(db, { text: 'angg' })).map((i) => i.annotation.quote?.exact)).toEqual(['inflasi daerah terkendali', 'anggaran Bappeda'])
    expect((await searchLibrary(db, { text: 'sekda rapat' })).map((i) => i.annotation.quote?.exact)).toEqual(['Sekda memimpin rapat koordinasi'])
    expect((await searchLibrary(db, { text: 'rkpd' })).map((i) => i.annotation.note)).toEqual(['cek RKPD'])
    expect((await searchLibrary(db, {})).map((i) => i.annotation.createdAt)).toEqual([3_000, 2_000, 1_000])
  })

  it('filters by tag, outlet, region and date range, and joins the page', async () => {
    const db = await seeded()
    expect((await searchLibrary(db, { tag: 'ANGGARAN' })).map((i) => i.page?.outlet)).toEqual(['Kompas', 'MMC Kalteng'])
    expect((await searchLibrary(db, { outlet: 'MMC Kalteng', from: 1_500 })).length).toBe(1)
    expect((await searchLibrary(db, { province: 'Kalimantan Tengah', to: 1_500 })).map((i) => i.annotation.tags)).toEqual([['rapat']])
  })

  it('offers the tags, outlets and provinces present', async () => {
    expect(await libraryFacets(await seeded())).toEqual({ tags: ['anggaran', 'rapat'], outlets: ['Kompas', 'MMC Kalteng'], provinces: ['Kalimantan Tengah'] })
  })
})

describe('backup import', () => {
  it('round-trips a W3C backup into a fresh database', async () => {
    const source = await seeded()
    const { pages, annotations } = await everything(source)
    const parsed = parseBackup(JSON.stringify(toWebAnnotation(pages, annotations)))
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    const target = fresh()
    const plan = await planImport(target, parsed.pages, parsed.annotations)
    expect([plan.newAnnotations.length, plan.newPages]).toEqual([3, 2])
    await applyImport(target, plan)
    expect(await everything(target)).toEqual({ pages, annotations })
  })

  it('de-duplicates: identical records are skipped, later edits win, older copies lose', async () => {
    const db = await seeded()
    const { pages, annotations } = await everything(db)
    const edited = { ...annotations[0]!, note: 'catatan baru', updatedAt: 9_000 }
    const stale = { ...annotations[1]!, note: 'lama', updatedAt: 0 }
    const plan = await planImport(db, pages, [edited, stale, annotations[2]!])
    expect([plan.newAnnotations.length, plan.updatedAnnotations.length, plan.unchanged, plan.olderInFile]).toEqual([0, 1, 1, 1])
    await applyImport(db, plan)
    expect((await db.annotations.get(edited.id))?.note).toBe('catatan baru')
    expect((await db.annotations.get(stale.id))?.note).toBe('cek RKPD')
  })

  it('a broken file is refused before anything is written', async () => {
    const db = await seeded()
    const before = await everything(db)
    const parsed = parseBackup('{"type": "AnnotationCollection", "first": {"items": [ {"id": 3}')
    expect(parsed.ok).toBe(false)
    expect(await everything(db)).toEqual(before)
  })
})

describe('search snapshot', () => {
  it('finds exactly what the index search finds, for every kind of query', async () => {
    const db = await seeded()
    const snapshot = await loadSearchSnapshot(db)
    const order = await libraryOrder(db)
    const queries = [{}, { text: 'angg' }, { text: 'sekda rapat' }, { text: 'rkpd' }, { tag: 'ANGGARAN' }, { outlet: 'MMC Kalteng', from: 1_500 }, { province: 'Kalimantan Tengah', to: 1_500 }, { text: 'tidak-ada' }]
    for (const query of queries) expect(searchSnapshot(snapshot, query)).toEqual(await searchLibraryIds(db, query, order))
  })
})

describe('clearAll', () => {
  it('deletes every annotation and page', async () => {
    const db = await seeded()
    await clearAll(db)
    expect([await db.annotations.count(), await db.pages.count()]).toEqual([0, 0])
  })
})

describe('snapshotItems', () => {
  it('gives the same rows as the database for the same ids', async () => {
    const db = await seeded()
    const snapshot = await loadSearchSnapshot(db)
    const ids = searchSnapshot(snapshot, {})
    expect(snapshotItems(snapshot, ids)).toEqual(await loadItems(db, ids))
  })
})
