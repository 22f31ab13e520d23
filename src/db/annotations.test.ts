import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { cleanTags, deleteAnnotation, listPageAnnotations, restoreAnnotation, saveAnnotation, StorageFullError, updateAnnotation } from './annotations.ts'
import { KlipingDatabase } from './database.ts'

const page = {
  url: 'https://mmc.kalteng.go.id/berita/read/49112/x',
  title: 'Sekjen Kemendagri Minta Sekda …',
  outlet: 'MMC Kalteng',
  author: null,
  published: '2025-10-29T15:30:00+07:00',
  province: 'Kalimantan Tengah',
  regency: null,
}
const highlight = (exact: string, start: number) => ({
  kind: 'highlight' as const,
  color: 'yellow',
  note: '',
  tags: [],
  quote: { exact, prefix: '', suffix: '' },
  position: { start, end: start + exact.length },
  speaker: null,
})
const fresh = () => new KlipingDatabase('kliping-test', { indexedDB: new IDBFactory(), IDBKeyRange })

describe('annotations', () => {
  it('saves highlights and lists a page’s annotations in reading order', async () => {
    const db = fresh()
    await saveAnnotation(db, page, highlight('forum Rakor', 300), 1)
    await saveAnnotation(db, page, highlight('Sekretaris Jenderal', 20), 2)
    expect((await listPageAnnotations(db, page.url)).map((a) => a.quote?.exact)).toEqual(['Sekretaris Jenderal', 'forum Rakor'])
  })

  it('keeps search words in step with edits of note and tags', async () => {
    const db = fresh()
    const saved = await saveAnnotation(db, page, { ...highlight('skala prioritas', 10), tags: ['#anggaran', 'Anggaran', ' '] }, 1)
    expect(saved.tags).toEqual(['anggaran'])
    await updateAnnotation(db, saved.id, { note: 'Bandingkan dengan RKPD', tags: ['perencanaan'] }, 5)
    const hits = await db.annotations.where('words').startsWith('rkpd').toArray()
    expect(hits.map((a) => [a.note, a.tags, a.updatedAt])).toEqual([['Bandingkan dengan RKPD', ['perencanaan'], 5]])
    expect(await db.annotations.where('words').equals('anggaran').count()).toBe(0)
  })

  it('deletes with undo', async () => {
    const db = fresh()
    const saved = await saveAnnotation(db, page, highlight('K/L', 40), 1)
    const deleted = await deleteAnnotation(db, saved.id)
    expect(await db.annotations.count()).toBe(0)
    await restoreAnnotation(db, deleted!)
    expect(await db.annotations.get(saved.id)).toEqual(saved)
  })

  it('refuses a highlight without text and writes nothing', async () => {
    const db = fresh()
    await expect(saveAnnotation(db, page, { ...highlight('', 0), quote: null })).rejects.toThrow('needs the selected text')
    expect(await db.pages.count()).toBe(0)
  })

  it('reports a full disk as StorageFullError and leaves the database as it was', async () => {
    const db = fresh()
    await saveAnnotation(db, page, highlight('Bappeda', 5), 1)
    db.annotations.hook('creating', () => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    await expect(saveAnnotation(db, page, highlight('Sekda', 50), 2)).rejects.toBeInstanceOf(StorageFullError)
    expect(await db.annotations.count()).toBe(1)
    expect((await db.pages.get(page.url))?.lastVisit).toBe(1)
  })
})

describe('cleanTags', () => {
  it('trims, drops hashes and empties, and de-duplicates case-insensitively', () => {
    expect(cleanTags([' #Anggaran ', 'anggaran', '', 'rapat  koordinasi', '##x'])).toEqual(['Anggaran', 'rapat koordinasi', 'x'])
  })
})
