/**
 * A qualifier abbreviated after a hyphen: "PPPK-PW" in an article that writes "PPPK paruh waktu" (or "(PPPK) paruh
 * waktu") elsewhere is the PPPK's expansion plus "paruh waktu". The suffix's letters must be the initials of the words
 * that follow the form somewhere in the article, so an unknown suffix with no such words leaves the form as it was
 * (the base form alone is expanded, as before).
 *
 * Asked only for a match followed by "-" and one to four capitals that no dictionary form covers: rare, and each ask
 * is a few native indexOf calls over the lower-cased article.
 */
import { isSpaceCode, isWordChar } from './tokenize.ts'

const isCap = (c: number): boolean => c >= 65 && c <= 90

/** The capitals after text[end] = '-' ("PW" in "PPPK-PW"), ending at a word boundary, or ''. */
export function hyphenSuffixAt(text: string, end: number): string {
  if (text.charCodeAt(end) !== 45) return '' // '-'
  let i = end + 1
  while (i < text.length && isCap(text.charCodeAt(i))) i++
  if (i - end - 1 < 1 || i - end - 1 > 4 || (i < text.length && isWordChar(text.charCodeAt(i)))) return ''
  return text.slice(end + 1, i)
}

/**
 * The words whose initials spell `suffix` right after `form` somewhere in `lowerArticle` (the article lower-cased):
 * "paruh waktu" for ("PPPK", "PW") in "… perjanjian kerja (pppk) paruh waktu …". Null when there are none.
 */
export function qualifierAfterForm(lowerArticle: string, form: string, suffix: string): string | null {
  const key = form.toLowerCase()
  const letters = suffix.toLowerCase()
  for (let at = lowerArticle.indexOf(key); at >= 0; at = lowerArticle.indexOf(key, at + 1)) {
    if (at > 0 && isWordChar(lowerArticle.charCodeAt(at - 1))) continue
    let i = at + key.length
    if (lowerArticle.charCodeAt(i) === 41) i++ // ')' of "(PPPK) paruh waktu"
    const words: string[] = []
    while (words.length < letters.length) {
      if (!isSpaceCode(lowerArticle.charCodeAt(i))) break
      while (i < lowerArticle.length && isSpaceCode(lowerArticle.charCodeAt(i))) i++
      const from = i
      while (i < lowerArticle.length && isWordChar(lowerArticle.charCodeAt(i))) i++
      if (i === from || lowerArticle.charCodeAt(from) !== letters.charCodeAt(words.length)) break
      words.push(lowerArticle.slice(from, i))
    }
    if (words.length === letters.length) return words.join(' ')
  }
  return null
}
