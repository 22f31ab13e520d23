/**
 * Synthetic libraries for the annotation benchmarks: N annotations spread over N/10 articles of several outlets and
 * provinces, with notes and tags, built with the same record types the extension stores, written as the W3C backup
 * the popup imports.
 */
import type { AnnotationRecord, PageRecord } from '../../src/core/annotation-model.ts'
import { toWebAnnotation } from '../../src/core/export/web-annotation.ts'
import { annotationWords } from '../../src/core/search/search-words.ts'

const OUTLETS = ['MMC Kalteng', 'ANTARA', 'Kompas', 'detikNews', 'InfoPublik']
const PROVINCES = ['Kalimantan Tengah', 'Jawa Barat', 'DKI Jakarta', 'Sulawesi Selatan', null]
const WORDS = 'sekda bappeda anggaran rakor inflasi stunting karhutla banjir pelayanan publik perencanaan daerah pusat program prioritas kemendagri gubernur bupati desa dana'.split(' ')

function uuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0')
  return `00000000-0000-4000-8000-${hex}`
}

export function syntheticLibrary(count: number, offset = 0): { pages: PageRecord[]; annotations: AnnotationRecord[] } {
  const pages: PageRecord[] = []
  const annotations: AnnotationRecord[] = []
  const base = Date.UTC(2025, 0, 1)
  for (let p = offset / 10; p < (offset + count) / 10; p++) {
    pages.push({
      url: `https://contoh${p % 50}.go.id/berita/read/${p}/artikel-${p}`,
      title: `Artikel uji ${p}: ${WORDS[p % WORDS.length]} dan ${WORDS[(p * 7) % WORDS.length]}`,
      outlet: OUTLETS[p % OUTLETS.length]!,
      author: null,
      published: new Date(base + p * 3_600_000).toISOString(),
      province: PROVINCES[p % PROVINCES.length] ?? null,
      regency: null,
      firstVisit: base + p * 3_600_000,
      lastVisit: base + p * 3_600_000,
    })
  }
  for (let i = offset; i < offset + count; i++) {
    const page = pages[Math.floor((i - offset) / 10)]!
    const exact = `${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 5) % WORDS.length]} nomor ${i}`
    const record: AnnotationRecord = {
      id: uuid(i),
      pageUrl: page.url,
      kind: i % 7 === 0 ? 'quote' : 'highlight',
      color: ['yellow', 'green', 'blue', 'pink'][i % 4]!,
      note: i % 3 === 0 ? `Catatan ${WORDS[(i * 11) % WORDS.length]} ${i}` : '',
      tags: i % 4 === 0 ? [WORDS[(i * 13) % WORDS.length]!] : [],
      quote: { exact, prefix: 'awal ', suffix: ' akhir' },
      position: { start: i % 500, end: (i % 500) + exact.length },
      speaker: i % 7 === 0 ? 'Tomsi Tohir' : null,
      createdAt: base + i * 60_000,
      updatedAt: base + i * 60_000,
      words: [],
    }
    record.words = annotationWords(record)
    annotations.push(record)
  }
  return { pages, annotations }
}

/** @param offset - first annotation number, so several backups add up to one larger library */
export function syntheticBackup(count: number, offset = 0): string {
  const { pages, annotations } = syntheticLibrary(count, offset)
  return JSON.stringify(toWebAnnotation(pages, annotations))
}
