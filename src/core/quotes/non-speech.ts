/**
 * Tells quoted words that are not speech from quotes (design notes §3.2): terms introduced by "bertema, bertajuk,
 * istilah, disebut …", one- or two-word scare quotes, all-Title-Case titles, and pull-quotes or headlines (a whole
 * paragraph in quotes that repeats a quote of the body or has no sentence punctuation). A quote with an explicit
 * cue is speech whatever its shape; the caller checks that first.
 */

export type NonSpeechReason = 'term' | 'short' | 'title-case' | 'pull-quote'

/** Words that introduce a quoted name, title or term rather than speech, up to three words before the mark. */
export const TERM_INTRODUCERS: ReadonlySet<string> = new Set([
  'tema', 'bertema', 'bertemakan', 'bertajuk', 'tajuk', 'berjudul', 'judul', 'istilah', 'diistilahkan', 'disebut',
  'sebutan', 'slogan', 'tagline', 'julukan', 'dijuluki', 'stigma', 'semboyan', 'motto', 'moto', 'jargon', 'bernama',
  'dinamai', 'dinamakan', 'berlabel', 'label', 'predikat', 'frasa', 'kata', 'singkatan', 'akronim', 'gelar', 'sebagai',
  'yakni', 'yaitu', 'program', 'gerakan', 'kampanye', 'aplikasi', 'inovasi', 'lagu', 'buku', 'film', 'kategori',
  'menyatakan', 'dikenal', 'mengusung', 'mengangkat', 'menggaungkan', 'tulisan', 'spanduk', 'baliho',
])

// Lower-case function words do not break Title Case ("Gerakan Desa Bersih dan Sehat").
const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'yang', 'dalam', 'pada', 'atau', 'bagi', 'dengan', 'serta', 'of', 'and', 'the', 'in'])

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu

/** The words of a quote, as written. */
export function quoteWords(text: string): string[] {
  return text.match(WORD) ?? []
}

/** True when every content word starts with a capital: a title or a name, not a sentence. */
export function isTitleCase(words: readonly string[]): boolean {
  let content = 0
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue
    if (/^\p{N}/u.test(w)) continue
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
  if (isTitleCase(words)) return 'title-case'
  return null
}

/** A quote without sentence punctuation at its end (headlines and pull-quotes usually have none). */
export function lacksSentenceEnd(text: string): boolean {
  return !/[.!?…]["'”’)\]]*$/u.test(text.trimEnd())
}

/** Whitespace- and case-normalised words, for comparing a pull-quote with the body. */
export function normaliseForMatch(text: string): string {
  return quoteWords(text).map((w) => w.toLowerCase().replace(/[.,]$/, '')).join(' ')
}
