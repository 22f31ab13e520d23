/**
 * Whether a sense's long form sits right next to an occurrence, across a bracket: "Kementerian Dalam Negeri
 * (Kemendagri)" or "Kemendagri (Kementerian Dalam Negeri)". Such an occurrence is defined in place and needs no
 * inline expansion.
 *
 * Written as charCode loops instead of the obvious `/\(\s*$/`-style regular expressions: on a cold page the first
 * use of each regex costs its compilation, and this runs on every page with a bracketed acronym.
 * `isJsSpaceCode` is exactly `\s`, so the behaviour is the regex one.
 */
import { isJsSpaceCode } from '../text/js-space.ts'
import { isSpaceCode } from './tokenize.ts'

export function longFormAdjacent(text: string, start: number, end: number, expansion: string): boolean {
  // Cheap test first: a bracket right before or after the form.
  let b = start - 1
  while (b >= 0 && isSpaceCode(text.charCodeAt(b))) b--
  let a = end
  while (a < text.length && isSpaceCode(text.charCodeAt(a))) a++
  if (text.charCodeAt(b) !== 40 && text.charCodeAt(a) !== 40) return false
  const lf = expansion.toLowerCase()
  // Lower-cased slices as before: toLowerCase may change lengths outside ASCII, so offsets are taken in the slices.
  const before = text.slice(Math.max(0, start - lf.length - 3), start).toLowerCase()
  // before = … lf \s* ( \s*
  let p = before.length
  while (p > 0 && isJsSpaceCode(before.charCodeAt(p - 1))) p--
  if (p > 0 && before.charCodeAt(p - 1) === 40) {
    p--
    while (p > 0 && isJsSpaceCode(before.charCodeAt(p - 1))) p--
    if (p >= lf.length && before.startsWith(lf, p - lf.length)) return true
  }
  // after = \s* ( \s* lf …
  const after = text.slice(end, end + lf.length + 3).toLowerCase()
  let q = 0
  while (q < after.length && isJsSpaceCode(after.charCodeAt(q))) q++
  if (after.charCodeAt(q) !== 40) return false
  q++
  while (q < after.length && isJsSpaceCode(after.charCodeAt(q))) q++
  return after.startsWith(lf, q)
}
