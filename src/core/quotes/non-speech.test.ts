import { describe, expect, it } from 'vitest'
import { endsSentence, isTitleCase, lacksSentenceEnd, nonSpeechReason, normaliseForMatch, quoteWords } from './non-speech.ts'

describe('nonSpeechReason', () => {
  it('skips terms introduced as names, themes and titles', () => {
    expect(nonSpeechReason('Merawat Sungai, Menjaga Kehidupan', ['festival', 'bertema'])).toBe('term')
    expect(nonSpeechReason('susur sungai bersih', ['istilah'])).toBe('term')
  })
  it('skips one- and two-word scare quotes and Title Case names', () => {
    expect(nonSpeechReason('zona merah', ['sebagai', 'x'])).toBe('term')
    expect(nonSpeechReason('zona merah', [])).toBe('short')
    expect(nonSpeechReason('Gerakan Desa Bersih dan Sehat', [])).toBe('title-case')
  })
  it('skips a nickname after "menjuluki" and a regulation title after "tentang"', () => {
    expect(nonSpeechReason('bukit yang berjalan', ['warga', 'menjuluki', 'lereng', 'itu'])).toBe('term')
    expect(nonSpeechReason('Pengelolaan sampah berbasis sumber di desa adat', ['2026', 'tentang'])).toBe('term')
  })
  it('skips a saying or maxim introduced as one ("falsafah “…”", "pepatah “…”")', () => {
    expect(nonSpeechReason('air beriak tanda tak dalam, air tenang menghanyutkan', ['ia', 'mengutip', 'pepatah'])).toBe('term')
    expect(nonSpeechReason('adat bersendi syarak, syarak bersendi kitab', ['menilai', 'falsafah'])).toBe('term')
  })
  it('keeps sentences', () => {
    expect(nonSpeechReason('Kami siap membantu warga', ['mengatakan'])).toBeNull()
  })
})

describe('helpers', () => {
  it('knows Title Case and sentence ends', () => {
    expect(isTitleCase(['Harmoni', 'Anak', 'Sungai'])).toBe(true)
    expect(isTitleCase(['Harmoni', 'anak'])).toBe(false)
    expect(lacksSentenceEnd('Usulan warga harus jadi dasar')).toBe(true)
    expect(lacksSentenceEnd('Sudah selesai.')).toBe(false)
  })
})

// The char-code readers replace regexes; on random texts over the characters that matter they must agree.
describe('char-code readers agree with the regexes they replace', () => {
  const alphabet = ['a', 'B', '1', ' ', '\u00a0', '\u2028', '\u3000', '.', '!', '?', '…', '"', "'", '”', '’', ')', ']', '-', ',', 'é', 'Ⅻ', '😀', '𝐀', '\t']
  let seed = 7
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 4294967296
  }
  const randomText = (): string => Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')

  it('lacksSentenceEnd and endsSentence', () => {
    for (let round = 0; round < 5000; round++) {
      const text = randomText()
      const expected = !/[.!?…]["'”’)\]]*$/u.test(text.trimEnd())
      expect(lacksSentenceEnd(text)).toBe(expected)
      const from = Math.floor(next() * (text.length + 1))
      expect(endsSentence(text, from, text.length)).toBe(/[.!?…]["'”’)\]]*$/u.test(text.slice(from).trimEnd()))
    }
  })
  it('quoteWords and normaliseForMatch', () => {
    for (let round = 0; round < 5000; round++) {
      const text = randomText()
      const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu) ?? []
      expect(quoteWords(text)).toEqual(words)
      expect(normaliseForMatch(text)).toBe(words.map((w) => w.toLowerCase().replace(/[.,]$/, '')).join(' '))
    }
  })
})
