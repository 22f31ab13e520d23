/**
 * Whitespace normalisation and word splitting shared by detection, promo stripping and the evaluation.
 * Why one module: "the stripped text equals the article text" is only meaningful if every caller normalises alike.
 */

/** Collapses every run of whitespace (including NBSP and zero-width spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u200c\u200d\ufeff]+/g, ' ').trim()
}

/** Whitespace-separated tokens of `text` (punctuation stays attached; enough for "no word lost" checks). */
export function splitWords(text: string): string[] {
  const n = normalizeSpace(text)
  return n === '' ? [] : n.split(' ')
}

/** Counts whitespace-separated tokens without allocating the token array. */
export function countWords(text: string): number {
  const m = text.match(/[^\s\u00a0]+/g)
  return m ? m.length : 0
}
