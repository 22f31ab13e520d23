/**
 * Properties of the quote finder on random articles built from quote-heavy fragments (seeded, reproducible):
 * it never changes its input, every offset indexes into the original strings (segments start and end inside their
 * paragraph, in document order, without overlap), texts come from those strings, ids run q1, q2, …, and the
 * result is deterministic.
 */

import { describe, expect, it } from 'vitest'
import { findQuotes } from '../../src/core/quotes/find-quotes.ts'
import { seededRandom } from './seeded-random.ts'


const FRAGMENTS = [
  '“Kami siap bekerja,” kata Bayu.', '”Jalan harus selesai,” ujarnya.', '"Data sudah masuk," tegas Bupati.',
  "''Tidak ada penundaan,'' ucap Irfan.", '’’Semua aman’’ katanya.', 'â€œPosko siaga,â€ jelasnya.', 'â€', '“', '”',
  '"', "'", '‘istilah’', 'Kepala Dinas Kesehatan Rimbajaya Nanda Oktaviani mengatakan,', 'Ia menegaskan,', 'Menurut Nanda,',
  'Bupati Rimbajaya Bayu Santoso bersama Sekda Irfan Maulana membuka pasar murah.', 'bertema “Desa Bersih”',
  'kepada Camat Ratna.', 'Hal itu disampaikan Irfan.', ',', '.', ':', ' ', '  ', '(Sekda)', 'Drs.', 'M.Si.',
  'tanpa penutup', 'Ma’ruf', 'ujar', '[hasilnya]', '—', 'Â ', '😀', '\u00a0',
]

function randomArticle(next: () => number): string[] {
  const paragraphs: string[] = []
  const n = 1 + Math.floor(next() * 8)
  for (let p = 0; p < n; p++) {
    const parts: string[] = []
    const k = Math.floor(next() * 14)
    for (let i = 0; i < k; i++) parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '')
    paragraphs.push(parts.join(next() < 0.7 ? ' ' : ''))
  }
  return paragraphs
}

describe('findQuotes properties', () => {
  it('never changes the text, keeps offsets inside the original strings, and is deterministic', () => {
    const next = seededRandom(20251029)
    let quotes = 0
    for (let round = 0; round < 600; round++) {
      const paragraphs = randomArticle(next)
      const copy = [...paragraphs]
      const frozen = Object.freeze([...paragraphs])
      const first = findQuotes(frozen)
      expect(paragraphs).toEqual(copy)
      expect(findQuotes(paragraphs)).toEqual(first)
      let lastParagraph = -1
      let lastEnd = 0
      first.forEach((q, i) => {
        quotes++
        expect(q.id).toBe(`q${i + 1}`)
        expect(q.segments.length).toBeGreaterThan(0)
        expect(q.confidence).toBeGreaterThanOrEqual(0)
        expect(q.confidence).toBeLessThanOrEqual(1)
        for (const s of q.segments) {
          const text = paragraphs[s.paragraph]
          expect(text).toBeDefined()
          expect(s.start).toBeGreaterThanOrEqual(0)
          expect(s.end).toBeGreaterThan(s.start)
          expect(s.end).toBeLessThanOrEqual(text?.length ?? 0)
          // Document order, no overlap.
          if (s.paragraph === lastParagraph) expect(s.start).toBeGreaterThanOrEqual(lastEnd)
          else expect(s.paragraph).toBeGreaterThan(lastParagraph)
          lastParagraph = s.paragraph
          lastEnd = s.end
        }
        // Every word of the text comes from the segments' original strings.
        const source = q.segments.map((s) => paragraphs[s.paragraph]?.slice(s.start, s.end) ?? '').join(' ')
        for (const w of q.text.split(/\s+/).filter(Boolean)) expect(source).toContain(w)
      })
    }
    expect(quotes).toBeGreaterThan(300)
  })
})
