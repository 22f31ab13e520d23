/**
 * Splits a text block into word tokens (maximal runs of letters and digits) with their UTF-16 offsets, in one
 * pass over the characters and without regular expressions on the ASCII path. Everything between two tokens is
 * their separator ("Satpol PP" → ' ', "APBD-P" → '-', "K/L" → '/'), which the matcher uses to join tokens into
 * multi-word forms. Also small character helpers shared by the acronym modules.
 */

/** Token offsets of one block: token `i` is `text.slice(start[i], end[i])`. */
export interface Tokens {
  start: number[]
  end: number[]
}

/**
 * Letter, digit or combining mark, without regular expressions (a Unicode-property regex costs a millisecond to
 * compile on a cold page). Outside ASCII: Latin-1 letters, Latin Extended, Greek to Arabic, CJK and Hangul count as
 * word characters; spaces, punctuation blocks (U+2000–U+2BFF, U+3000–U+303F) and symbols do not.
 */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba
  if (code === 0xd7 || code === 0xf7) return false
  if (code < 0x2000) return true
  if (code < 0x3040) return false
  return code < 0xfe30 || (code >= 0xff10 && code <= 0xffdc && !(code >= 0xff1a && code <= 0xff20) && !(code >= 0xff3b && code <= 0xff40))
}

/** A word character that is not a digit. */
export function isLetterCode(code: number): boolean {
  return isWordChar(code) && !(code >= 48 && code <= 57)
}

export function tokenize(text: string): Tokens {
  const start: number[] = []
  const end: number[] = []
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const word = isWordChar(text.charCodeAt(i))
    if (word && open < 0) open = i
    else if (!word && open >= 0) {
      start.push(open)
      end.push(i)
      open = -1
    }
  }
  if (open >= 0) {
    start.push(open)
    end.push(text.length)
  }
  return { start, end }
}

export const isUpperCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)
export const isLowerCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7)

/** Counts upper- and lower-case ASCII/Latin-1 letters. */
export function letterCase(text: string): { upper: number; lower: number } {
  let upper = 0
  let lower = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isUpperCode(c)) upper++
    else if (isLowerCode(c)) lower++
  }
  return { upper, lower }
}

/** Whitespace, including the no-break and thin spaces that CMSs put between words. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000
}
