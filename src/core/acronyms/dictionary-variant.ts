/**
 * An article's own spelling of a name the dictionary knows, given in place: "Dinas Perumahan Rakyat dan Kawasan
 * Permukiman (Disperkim)" where the dictionary has "Dinas Perumahan dan Kawasan Permukiman". Regions name their
 * offices with words of their own, so the letters of the short form often skip more words than the definition finder
 * allows (two here: "Rakyat" and "Kawasan"). When the words before the bracket contain every word of the dictionary's
 * expansion in order, from its first word, with at most MAX_EXTRA words more, those words are the article's long form:
 * it then beats the dictionary for the article, as any in-article definition does.
 *
 * Runs only for a bracket holding a form the finder did not define, that the dictionary knows.
 */
import type { Definition } from './definitions.ts'
import type { DictionaryLayer } from './types.ts'

/** Words the article's name may have that the dictionary's lacks ("Rakyat", "Riset dan Inovasi"). */
const MAX_EXTRA = 3
/** A bracket's content that may be a short form: one token of letters, digits and joiners. */
const BRACKETED = /\(([A-Za-z][A-Za-z0-9./&-]{1,15})\)/g

export function dictionaryVariantsInBlock(text: string, block: number, dictionary: DictionaryLayer, defined: ReadonlySet<string>, out: Definition[]): void {
  if (!text.includes('(')) return
  BRACKETED.lastIndex = 0
  for (let m = BRACKETED.exec(text); m !== null; m = BRACKETED.exec(text)) {
    const sf = m[1] as string
    if (defined.has(sf)) continue
    const entry = dictionary.lookup(sf)
    if (entry === undefined) continue
    const row = typeof entry === 'number' ? entry : entry[0]
    if (row < 0) continue
    const senses = dictionary.senses(row)
    // One name to compare with: every sense must start alike, or the form has one sense.
    const expansion = senses[0]?.expansion
    if (expansion === undefined || senses.some((s) => s.expansion.split(' ')[0] !== expansion.split(' ')[0])) continue
    const variant = variantBefore(text, m.index, senses.map((s) => s.expansion))
    if (variant === null) continue
    out.push({ block, sf, sfStart: m.index + 1, sfEnd: m.index + 1 + sf.length, lf: variant.lf, lfStart: variant.start, lfEnd: variant.end, order: 'lf-sf' })
  }
}

/** The article's spelling of one of `expansions` right before the bracket at `bracket`, or null. */
function variantBefore(text: string, bracket: number, expansions: readonly string[]): { lf: string; start: number; end: number } | null {
  let end = bracket
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  for (const expansion of expansions) {
    const want = expansion.toLowerCase().replace(/,/g, '').split(' ')
    const longest = want.length + MAX_EXTRA
    // The words before the bracket, nearest last, up to the longest allowed name.
    const words: Array<{ word: string; start: number }> = []
    const re = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu
    const from = Math.max(0, end - longest * 16)
    for (let w = re.exec(text.slice(from, end)); w !== null; w = re.exec(text.slice(from, end))) words.push({ word: w[0], start: from + w.index })
    const tail = words.slice(-longest)
    // The name must reach the bracket: its last word is the expansion's last word.
    if (tail.length === 0 || tail[tail.length - 1]!.word.toLowerCase() !== want[want.length - 1]) continue
    // Its first word is the expansion's first word, written with a capital; every word of it is then found in order.
    for (let s = tail.length - want.length; s >= 0; s--) {
      const first = tail[s]!
      if (first.word.toLowerCase() !== want[0] || first.word[0] !== first.word[0]?.toUpperCase()) continue
      const span = tail.slice(s)
      if (span.length - want.length > MAX_EXTRA) break
      let k = 0
      for (const w of span) if (k < want.length && w.word.toLowerCase() === want[k]) k++
      if (k < want.length) continue
      // Every extra word is a capitalised name word or a joiner: a name, not a sentence.
      if (!span.every((w) => /^\p{Lu}/u.test(w.word) || w.word === 'dan' || w.word === 'serta')) continue
      const start = first.start
      return { lf: text.slice(start, end), start, end }
    }
  }
  return null
}
