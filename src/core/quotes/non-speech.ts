/**
 * Tells quoted words that are not speech from quotes (design notes §3.2): terms introduced by "bertema, bertajuk,
 * istilah, disebut …", one- or two-word scare quotes, all-Title-Case titles, and pull-quotes or headlines (a whole
 * paragraph in quotes that repeats a quote of the body or has no sentence punctuation). A quote with an explicit
 * cue is speech whatever its shape; the caller checks that first.
 */

import { isJsSpaceCode } from '../text/js-space.ts'
import { isLetterOrDigitCode } from './char-class.ts'

export type NonSpeechReason = 'term' | 'short' | 'title-case' | 'pull-quote'

/** Words that introduce a quoted name, title or term rather than speech, up to three words before the mark. */
export const TERM_INTRODUCERS: ReadonlySet<string> = new Set([
  'tema', 'bertema', 'bertemakan', 'bertajuk', 'tajuk', 'berjudul', 'judul', 'istilah', 'diistilahkan', 'disebut',
  'sebutan', 'slogan', 'tagline', 'julukan', 'dijuluki', 'stigma', 'semboyan', 'motto', 'moto', 'jargon', 'bernama',
  'dinamai', 'dinamakan', 'berlabel', 'label', 'predikat', 'frasa', 'kata', 'singkatan', 'akronim', 'gelar', 'sebagai',
  'yakni', 'yaitu', 'program', 'gerakan', 'kampanye', 'aplikasi', 'inovasi', 'lagu', 'buku', 'film', 'kategori',
  'menyatakan', 'dikenal', 'mengusung', 'mengangkat', 'menggaungkan', 'tulisan', 'spanduk', 'baliho',
  // "warga menjuluki lereng itu “…”"; a regulation's title after "tentang".
  'menjuluki', 'menjulukinya', 'tentang',
  // Sayings and maxims: "falsafah “adat basandi syarak …”", "pepatah “…”".
  'falsafah', 'filosofi', 'pepatah', 'peribahasa', 'petatah-petitih', 'ungkapan', 'pantun', 'petuah', 'mantra',
  'pikukuh', 'seloko', 'amanat',
])

// Lower-case function words do not break Title Case ("Gerakan Desa Bersih dan Sehat").
const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'yang', 'dalam', 'pada', 'atau', 'bagi', 'dengan', 'serta', 'of', 'and', 'the', 'in'])

let wordRegex: RegExp | null = null
let digitStart: RegExp | null = null

/** A word-internal joiner of quoteWords: ' ’ - . */
function isWordJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46
}

/**
 * The words of a quote, as written: /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*\/gu. Read by char code (see char-class.ts);
 * a text with astral characters, where the regex reads code points, goes to the regex itself.
 */
export function quoteWords(text: string): string[] {
  const out: string[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) return regexWords(text)
    if (!isLetterOrDigitCode(c)) {
      i++
      continue
    }
    let end = i + 1
    for (; end < n; end++) {
      const d = text.charCodeAt(end)
      if (d >= 0xd800 && d <= 0xdfff) return regexWords(text)
      if (!isLetterOrDigitCode(d) && !isWordJoiner(d)) break
    }
    out.push(text.slice(i, end))
    i = end
  }
  return out
}

function regexWords(text: string): string[] {
  wordRegex ??= /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu
  return text.match(wordRegex) ?? []
}

/** /^\p{N}/u without compiling it for ASCII words. */
function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0)
  if (c < 128) return c >= 48 && c <= 57
  digitStart ??= /^\p{N}/u
  return digitStart.test(w)
}

/** True when every content word starts with a capital: a title or a name, not a sentence. */
export function isTitleCase(words: readonly string[]): boolean {
  let content = 0
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue
    if (startsWithDigit(w)) continue
    if (w[0] === w[0]?.toLowerCase()) return false
    content++
  }
  return content > 0
}

/**
 * Why an unattributed quote is not speech, or null when it may be. `before` holds the lower-cased words right before
 * the opening mark in the same sentence, nearest last.
 */
export function nonSpeechReason(text: string, before: readonly string[]): NonSpeechReason | null {
  for (let k = before.length - 1; k >= Math.max(0, before.length - 3); k--) {
    if (TERM_INTRODUCERS.has(before[k] ?? '')) return 'term'
  }
  const words = quoteWords(text)
  if (words.length < 3) return 'short'
  // A chant or a yell ("Dirgahayu Republik Indonesia! Merdeka!"): two exclamations make it speech, not a title.
  if (isTitleCase(words) && !twoExclamations(text)) return 'title-case'
  return null
}

function twoExclamations(text: string): boolean {
  const first = text.indexOf('!')
  return first >= 0 && text.indexOf('!', first + 1) > first + 1
}

/** " ' ” ’ ) ] — what may close a sentence after its punctuation. */
function isTrailingCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93
}

/**
 * text[from, to) ends with sentence punctuation, maybe followed by closing quotes or brackets and spaces
 * (/[.!?…]["'”’)\]]*$/u after trimEnd), read backwards by char code.
 */
export function endsSentence(text: string, from: number, to: number): boolean {
  let e = to
  while (e > from && isJsSpaceCode(text.charCodeAt(e - 1))) e--
  while (e > from && isTrailingCloser(text.charCodeAt(e - 1))) e--
  if (e <= from) return false
  const c = text.charCodeAt(e - 1)
  return c === 46 || c === 33 || c === 63 || c === 0x2026
}

/** A quote without sentence punctuation at its end (headlines and pull-quotes usually have none). */
export function lacksSentenceEnd(text: string): boolean {
  return !endsSentence(text, 0, text.length)
}

/** Whitespace- and case-normalised words, for comparing a pull-quote with the body. */
export function normaliseForMatch(text: string): string {
  return quoteWords(text).map((w) => {
    const lower = w.toLowerCase()
    const last = lower.charCodeAt(lower.length - 1)
    return last === 46 || last === 44 ? lower.slice(0, -1) : lower
  }).join(' ')
}
