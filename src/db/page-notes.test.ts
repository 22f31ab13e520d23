import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { KlipingDatabase } from './database.ts'
import { addPageNote, listPageNotes } from './page-notes.ts'

const page = {
  url: 'https://mmc.kalteng.go.id/berita/read/49112/x',
  title: 'Sekjen Kemendagri Minta Sekda …',
  outlet: 'MMC Kalteng',
  author: null,
  published: '2025-10-29T15:30:00+07:00',
  province: 'Kalimantan Tengah',
  regency: null,
}

function freshDatabase(): KlipingDatabase {
  return new KlipingDatabase('kliping-test', { indexedDB: new IDBFactory(), IDBKeyRange })
}

describe('page notes', () => {
  it('stores a note with its page and lists the page notes newest first', async () => {
    const db = freshDatabase()
    await addPageNote(db, page, 'Catatan pertama', 1000)
    await addPageNote(db, page, '  Catatan kedua tentang Sekda  ', 2000)
    await addPageNote(db, { ...page, url: 'https://example.go.id/lain' }, 'Halaman lain', 3000)
    const notes = await listPageNotes(db, page.url)
    expect(notes.map((n) => n.note)).toEqual(['Catatan kedua tentang Sekda', 'Catatan pertama'])
    expect(notes[0]!.words).toContain('sekda')
    expect(await db.pages.get(page.url)).toMatchObject({ firstVisit: 1000, lastVisit: 2000, outlet: 'MMC Kalteng' })
  })

  it('finds notes through the word index', async () => {
    const db = freshDatabase()
    await addPageNote(db, page, 'Bappeda menyusun RKPD', 1000)
    const hits = await db.annotations.where('words').startsWith('rkp').toArray()
    expect(hits.map((n) => n.note)).toEqual(['Bappeda menyusun RKPD'])
  })

  it('refuses an empty note and writes nothing', async () => {
    const db = freshDatabase()
    await expect(addPageNote(db, page, '   ')).rejects.toThrow('empty note')
    expect(await db.annotations.count()).toBe(0)
    expect(await db.pages.count()).toBe(0)
  })
})
