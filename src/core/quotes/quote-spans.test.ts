import { describe, expect, it } from 'vitest'
import { cueFollows, findQuoteSpans } from './quote-spans.ts'

const texts = (paragraphs: string[]) =>
  findQuoteSpans(paragraphs).map((s) => [s.kind, s.segments.map((g) => (paragraphs[g.paragraph] ?? '').slice(g.innerStart, g.innerEnd)).join(' | ')])

describe('findQuoteSpans', () => {
  it('pairs marks within a paragraph and strips the trailing comma', () => {
    expect(texts(['“Kami siap,” kata Nanda. “Besok mulai,” tambahnya.'])).toEqual([['closed', 'Kami siap'], ['closed', 'Besok mulai']])
  })
  it('continues a quote when the next paragraph re-opens with a mark', () => {
    expect(texts(['“Satu.', '“Dua.', '“Tiga,” kata Nanda.'])).toEqual([['multi-paragraph', 'Satu. | Dua. | Tiga']])
  })
  it('ends an open quote where its paragraph ends when narrative follows, with low confidence', () => {
    const spans = findQuoteSpans(['“Tim kami terus memantau debit air', 'Hujan turun sejak pagi.'])
    expect(spans.map((s) => [s.kind, s.confidence])).toEqual([['unclosed', 0.4]])
  })
  it('recovers a closer + cue without opener, backtracking over narrative sentences', () => {
    expect(texts(['Drainase wajib rampung pekan ini,” ucap Bayu.'])).toEqual([['missing-opener', 'Drainase wajib rampung pekan ini']])
    expect(texts(['Ia mengatakan hal itu kemarin. Berkas terlambat tidak diproses,” katanya.'])).toEqual([
      ['missing-opener', 'Berkas terlambat tidak diproses'],
    ])
  })
  it('keeps single quotes inside double quotes, and accepts single-quote spans only before a cue', () => {
    expect(texts(['“Petani menamai irigasi itu ‘sungai emas’ karena panen naik,” kata Bayu.'])).toEqual([
      ['closed', 'Petani menamai irigasi itu ‘sungai emas’ karena panen naik'],
    ])
    expect(texts(["'Posko kami buka sampai malam,' kata Nanda."])).toEqual([['single-quoted', 'Posko kami buka sampai malam']])
    expect(texts(['Lomba bertema ‘Kampung Bebas Sampah’ itu diikuti pelajar.'])).toEqual([])
  })
  it('keeps embedded same-mark quotes inside, and recovers when the nesting never closes', () => {
    expect(texts(['“Ini “contoh” yang baik,” katanya.'])).toEqual([['closed', 'Ini “contoh” yang baik']])
    expect(texts(['“Kami lelah. “Besok lagi,” katanya.'])).toEqual([['unclosed', 'Kami lelah.'], ['closed', 'Besok lagi']])
  })
})

describe('cueFollows', () => {
  it('sees a reporting cue after a closer', () => {
    expect(cueFollows('” ujarnya', 1)).toBe(true)
    expect(cueFollows('”, kata Nanda', 1)).toBe(true)
    expect(cueFollows('” dan lain', 1)).toBe(false)
  })
  it('gives a single-marked quote the double-marked term inside it as words, not as a second span', () => {
    expect(texts(['Ia berkata. ‘Orang sini menyebutnya “ombak gila”. Perahu kami kecil,’ ujar Darmin.'])).toEqual([
      ['single-quoted', 'Orang sini menyebutnya “ombak gila”. Perahu kami kecil'],
    ])
  })
})

