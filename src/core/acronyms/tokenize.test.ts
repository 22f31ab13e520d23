import { describe, expect, it } from 'vitest'
import { isWordChar, letterCase, tokenize } from './tokenize.ts'

describe('tokenize', () => {
  it('splits on everything but letters and digits, keeping UTF-16 offsets', () => {
    const text = '“Pemkab-nya” APBD-P, K/L dan SP2D.'
    const { start, end } = tokenize(text)
    expect(start.map((s, i) => text.slice(s, end[i]))).toEqual(['Pemkab', 'nya', 'APBD', 'P', 'K', 'L', 'dan', 'SP2D'])
  })
  it('treats accented letters as word characters and typographic punctuation as separators', () => {
    expect(isWordChar('é'.charCodeAt(0))).toBe(true)
    for (const ch of '“”–—…\u00a0\u2009') expect(isWordChar(ch.charCodeAt(0))).toBe(false)
    expect(letterCase('KEMENDAGRI Rapat')).toEqual({ upper: 11, lower: 4 })
  })
})
