import { describe, expect, it } from 'vitest'
import { isTitleCase, lacksSentenceEnd, nonSpeechReason } from './non-speech.ts'

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
