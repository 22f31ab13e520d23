import { describe, expect, it } from 'vitest'
import { splitSentences, T_QUOTE, tokenizeText, type TokenStore } from './tokenize.ts'

/** The open paragraph's tokens as text, quotes as <Q>. */
const texts = (s: TokenStore): string[] => {
  const out: string[] = []
  for (let k = s.lo; k < s.hi; k++) out.push(s.kinds[k] === T_QUOTE ? '<Q>' : s.textOf(k))
  return out
}

describe('tokenizeText', () => {
  it('collapses quote ranges into single tokens and keeps names with apostrophes whole', () => {
    const text = 'Ma’ruf dan Maâ€™ruf: “Siap,” ujarnya.'
    const q = text.indexOf('“')
    const tokens = tokenizeText(text, [{ start: q, end: text.indexOf('”') + 1, quote: 0, endsSentence: false }])
    expect(texts(tokens)).toEqual(['Ma’ruf', 'dan', 'Maâ€™ruf', ':', '<Q>', 'ujarnya', '.'])
    for (let k = tokens.lo; k < tokens.hi; k++) if (tokens.kinds[k] !== T_QUOTE) expect(text.slice(tokens.starts[k], tokens.ends[k])).toBe(tokens.textOf(k))
  })
  it('keeps degrees and hyphenated words together', () => {
    expect(texts(tokenizeText('Drs. Irfan, M.Si. sia-sia'))).toEqual(['Drs', '.', 'Irfan', ',', 'M.Si', '.', 'sia-sia'])
  })
  it('gives a word one vocabulary id whatever its case, with its lower-case form', () => {
    const s = tokenizeText('Bupati BUPATI bupati Ma’ruf MA’RUF')
    expect(s.values[0]).toBe(s.values[1])
    expect(s.values[1]).toBe(s.values[2])
    expect(s.values[3]).toBe(s.values[4])
    expect(s.lower(0)).toBe('bupati')
    expect(s.lower(4)).toBe('ma’ruf')
    expect([s.cap(0), s.cap(2)]).toEqual([true, false])
  })
})

describe('splitSentences', () => {
  it('does not end sentences at abbreviations or before lower-case words', () => {
    const tokens = tokenizeText('Sekda Drs. Irfan hadir. Ia berkata dr. Nanda datang.')
    expect(splitSentences(tokens)).toEqual([[0, 6], [6, tokens.hi]])
  })
  it('ends a sentence after a quote ending in a full stop only before a capital', () => {
    const text = '“Sudah.” Tomsi pulang. “Aman!” tegasnya.'
    const a = text.indexOf('“Aman')
    const tokens = tokenizeText(text, [
      { start: 0, end: 8, quote: 0, endsSentence: true },
      { start: a, end: a + 7, quote: 1, endsSentence: true },
    ])
    expect(splitSentences(tokens).length).toBe(3)
  })
})
