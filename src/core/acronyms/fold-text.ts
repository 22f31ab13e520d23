/**
 * The grouping key of an expansion for `firstOfForm`: lower case, every run of non-word characters except '/' as
 * one space ("Badan Meteorologi, Klimatologi, dan Geofisika" = "badan meteorologi klimatologi dan geofisika"), so
 * spelling variants of one expansion count as one form. Memoised per expansion string: an article repeats its
 * acronyms, and the fold is a per-character loop.
 */
import { isWordChar } from './tokenize.ts'

export function foldText(text: string): string {
  const low = text.toLowerCase()
  // Fast path (most expansions): already single-spaced words, no leading or trailing separator. Returning the
  // lower-cased string itself avoids the per-character concatenation below.
  let clean = low.length > 0
  for (let i = 0; i < low.length && clean; i++) {
    const c = low.charCodeAt(i)
    if (isWordChar(c) || c === 47) continue
    // A lone ' ' between two kept characters is what the slow path would write.
    if (c !== 32 || i === 0 || i === low.length - 1) clean = false
    else {
      const n = low.charCodeAt(i + 1)
      if (!(isWordChar(n) || n === 47)) clean = false
    }
  }
  if (clean) return low
  let out = ''
  let gap = false
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i)
    if (isWordChar(c) || c === 47) {
      if (gap && out) out += ' '
      out += low.charAt(i)
      gap = false
    } else gap = true
  }
  return out
}

const folded = new Map<string, string>()

/** foldText, memoised for the page's lifetime (expansions come from a bounded set of dictionary rows). */
export function foldedExpansion(expansion: string): string {
  let f = folded.get(expansion)
  if (f === undefined) {
    f = foldText(expansion)
    folded.set(expansion, f)
  }
  return f
}
