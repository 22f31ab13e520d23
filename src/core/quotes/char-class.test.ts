import { describe, expect, it } from 'vitest'
import { isLetterOrDigitCode, isMarkSpaceCode, isTokenSpaceCode } from './char-class.ts'

// The tables replace regexes for speed; they must agree with them on every UTF-16 code unit.
describe('character classes', () => {
  it('letter-or-digit agrees with /[\\p{L}\\p{N}]/u on every code unit, and is false out of range', () => {
    const regex = /[\p{L}\p{N}]/u
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) if (isLetterOrDigitCode(c) !== regex.test(String.fromCharCode(c))) wrong.push(c)
    expect(wrong).toEqual([])
    expect(isLetterOrDigitCode(''.charCodeAt(0))).toBe(false)
  })
  it('keeps the mark scanner’s and the tokenizer’s own notions of space', () => {
    expect([' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f'].every((ch) => isMarkSpaceCode(ch.charCodeAt(0)))).toBe(true)
    expect(isMarkSpaceCode('\u3000'.charCodeAt(0))).toBe(false)
    expect(isMarkSpaceCode(NaN)).toBe(true) // the edges of a paragraph count as space
    expect(['\u3000', '\u200b', '\ufeff', '\u0001'].every((ch) => isTokenSpaceCode(ch.charCodeAt(0)))).toBe(true)
    expect(isTokenSpaceCode('a'.charCodeAt(0))).toBe(false)
  })
})
