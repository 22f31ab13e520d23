import { describe, expect, it } from 'vitest'
import { splitSentences, tokenizeParagraph } from './tokenize.ts'

describe('tokenizeParagraph', () => {
  it('collapses quote ranges into single tokens and keeps names with apostrophes whole', () => {
    const text = 'Ma’ruf dan Maâ€™ruf: “Siap,” ujarnya.'
    const q = text.indexOf('“')
    const tokens = tokenizeParagraph(text, [{ start: q, end: text.indexOf('”') + 1, quote: 0, endsSentence: false }])
    expect(tokens.map((t) => (t.kind === 'quote' ? '<Q>' : t.text))).toEqual(['Ma’ruf', 'dan', 'Maâ€™ruf', ':', '<Q>', 'ujarnya', '.'])
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true)
  })
  it('keeps degrees and hyphenated words together', () => {
    expect(tokenizeParagraph('Drs. Irfan, M.Si. sia-sia', []).map((t) => t.text)).toEqual(['Drs', '.', 'Irfan', ',', 'M.Si', '.', 'sia-sia'])
  })
})

describe('splitSentences', () => {
  it('does not end sentences at abbreviations or before lower-case words', () => {
    const tokens = tokenizeParagraph('Sekda Drs. Irfan hadir. Ia berkata dr. Nanda datang.', [])
    expect(splitSentences(tokens)).toEqual([[0, 6], [6, tokens.length]])
  })
  it('ends a sentence after a quote ending in a full stop only before a capital', () => {
    const text = '“Sudah.” Tomsi pulang. “Aman!” tegasnya.'
    const a = text.indexOf('“Aman')
    const tokens = tokenizeParagraph(text, [
      { start: 0, end: 8, quote: 0, endsSentence: true },
      { start: a, end: a + 7, quote: 1, endsSentence: true },
    ])
    expect(splitSentences(tokens).length).toBe(3)
  })
})
