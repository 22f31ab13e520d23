/**
 * When a dictionary sense wins over the article's own definition. One sense per discourse is the rule (an article that
 * defines "kurang energi kronis (KEK)" means that by every later KEK), with three exceptions where the words right at
 * the occurrence name another sense:
 *
 * 1. a party's short form after "Fraksi"/"Partai": "Fraksi PKS" is the party even in an article that defines PKS as
 *    "pabrik kelapa sawit";
 * 2. a proper name right after a form the article defines in lower case: "KEK Likupang" is a Kawasan Ekonomi Khusus
 *    even where the article defines KEK as "kurang energi kronis", because a named place follows and a common noun
 *    takes no name; only for dictionary senses that name places (Kawasan …, Pengadilan …, Balai …);
 * 3. another sense spelled out in the same paragraph, with only its cue words right around the occurrence: in an
 *    article that defines PPK as the election committee, "… diteken pejabat pembuat komitmen di sekretariat. “PPK di
 *    sekretariat, pengelola anggaran …”" is the procurement officer (while "PPK badan ad hoc di kecamatan" in the same
 *    quote stays the committee);
 * 4. another sense named strongly by its own sentence: one of its cue words right next to the form and at least one
 *    more in the sentence, and more of its cues there than the defined sense has: in an article that defines TPA as
 *    the landfill, "santri TPA Al-Hidayah … membeli buku Iqro dan perlengkapan mengaji" is the Qur'an school, while
 *    "sampah dibawa ke TPA" stays the landfill (a single cue word, however close, does not overrule the definition).
 *
 * Asked only for matches whose sense came from the article layer, and each rule starts with a test of a few
 * characters at the occurrence.
 */
import { cueSet, hasWords } from './disambiguate.ts'
import { isSpaceCode, isUpperCode, isWordChar } from './tokenize.ts'
import type { DictionaryLayer, Sense } from './types.ts'

/** Words right before a party's short form that make it the party, whatever else the article defines it as. */
const PARTY_HEADS = new Set(['fraksi', 'partai'])

/** First words of dictionary senses that are named after a place ("Kawasan Ekonomi Khusus Likupang", "Pengadilan Tinggi Kaltim"). */
const PLACE_NAMED_HEADS = new Set(['Kawasan', 'Pengadilan', 'Balai', 'Pelabuhan', 'Taman', 'Bandar'])

/** Characters on each side of an occurrence that count as "right around" it (about five words), within its sentence. */
const NEAR = 40

function dictionarySenses(form: string, dictionary: DictionaryLayer): readonly Sense[] {
  const e = dictionary.lookup(form)
  if (e === undefined) return []
  const row = typeof e === 'number' ? e : e[0]
  return row < 0 ? [] : dictionary.senses(row)
}

/**
 * Two long forms of one thing in other words: the same longer words in order, each equal or one inside the other as
 * an affixed form ("Kurang Energi Kronis", "kekurangan energi kronis"); never a different root in one place
 * ("Dinas Komunikasi …" against "Kementerian Komunikasi …").
 */
function sameConcept(a: string, b: string): boolean {
  const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3)
  const x = words(a)
  const y = words(b)
  if (x.length < 2 || x.length !== y.length) return false
  return x.every((w, k) => {
    const v = y[k] as string
    return w === v || (w.length >= 4 && v.length >= 4 && (w.includes(v) || v.includes(w) || oneLetterApart(w, v)))
  })
}

/** Two words of one length that differ in one letter ("kronik", "kronis"). */
function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length && diff < 2; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) diff++
  return diff === 1
}

/** The word right before text[start] (spaces skipped), lower-cased. */
function wordBefore(text: string, start: number): string {
  let end = start
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  if (end === start) return ''
  let from = end
  while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--
  return text.slice(from, end).toLowerCase()
}

/** "Fraksi PKS": the dictionary's party sense when the word before is "Fraksi" or "Partai". */
function partyAfterFactionWord(text: string, start: number, senses: readonly Sense[]): Sense | null {
  if (!PARTY_HEADS.has(wordBefore(text, start))) return null
  for (const sense of senses) if (sense.category === 'parliament') return sense
  return null
}

/** Whether a long form is written in lower case throughout ("kurang energi kronis"): a common noun, not a name. */
function lowerCaseLongForm(expansion: string): boolean {
  for (let i = 0; i < expansion.length; i++) {
    if (isUpperCode(expansion.charCodeAt(i)) && (i === 0 || !isWordChar(expansion.charCodeAt(i - 1)))) return false
  }
  return true
}

/** "KEK Likupang": a capitalised word right after the form (one space, same sentence). */
function nameFollows(text: string, end: number): boolean {
  if (!isSpaceCode(text.charCodeAt(end))) return false
  let i = end + 1
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  return i < text.length && isUpperCode(text.charCodeAt(i)) && i + 1 < text.length && !isUpperCode(text.charCodeAt(i + 1))
}

/** "Kawasan" of "Kawasan Ekonomi Khusus". */
const firstWord = (text: string): string => {
  const space = text.indexOf(' ')
  return space < 0 ? text : text.slice(0, space)
}

function namedPlaceAfterCommonNoun(text: string, end: number, article: Sense, senses: readonly Sense[]): Sense | null {
  if (!nameFollows(text, end) || !lowerCaseLongForm(article.expansion)) return null
  const places = senses.filter((sense) => PLACE_NAMED_HEADS.has(firstWord(sense.expansion)))
  return places.length === 1 ? places[0]! : null
}

/** The lower-cased words around text[start,end) within its sentence, at most NEAR characters each side. */
function nearWords(text: string, start: number, end: number): string {
  let before = text.slice(Math.max(0, start - NEAR), start)
  for (const stop of ['. ', '! ', '? ']) {
    const i = before.lastIndexOf(stop)
    if (i >= 0) before = before.slice(i + 2)
  }
  let after = text.slice(end, end + NEAR)
  for (const stop of ['. ', '! ', '? ']) {
    const i = after.indexOf(stop)
    if (i >= 0) after = after.slice(0, i)
  }
  return `${before} # ${after}`.toLowerCase()
}

/** The last word of a sense's long form, as written and in lower case (senses are cached per row: one entry each). */
const lastWords = new WeakMap<Sense, [string, string]>()

/**
 * A cheap first test that the paragraph may spell out a sense: its long form's last word, as written in the dictionary
 * or in lower case ("Komitmen"/"komitmen"), occurs in it. Native includes on one paragraph, before any lower-casing.
 */
function mayHoldLongForm(text: string, sense: Sense): boolean {
  let last = lastWords.get(sense)
  if (!last) {
    const word = sense.expansion.slice(sense.expansion.lastIndexOf(' ') + 1)
    last = [word, word.toLowerCase()]
    lastWords.set(sense, last)
  }
  return text.includes(last[0]) || text.includes(last[1])
}

/** A plain cue of `sense` near the occurrence (weak and positional cues, `cueSet`, are for chooseSense alone). */
const cuedNear = (sense: Sense, near: string): boolean => !!sense.cues && cueSet(sense).plain.some((cue) => hasWords(near, cue))

function otherSenseSpelledOut(text: string, start: number, end: number, article: Sense, senses: readonly Sense[]): Sense | null {
  if (senses.length < 2) return null
  const defined = article.expansion.toLowerCase()
  // Cheap tests first: the long form's last word in the paragraph, then the words right around the occurrence, and
  // the paragraph lower-cased only for a cued sense.
  let near: string | null = null
  let other: Sense | null = null
  for (const sense of senses) {
    if (!sense.cues || !mayHoldLongForm(text, sense) || sense.expansion.toLowerCase() === defined) continue
    near ??= nearWords(text, start, end)
    if (!cuedNear(sense, near)) continue
    if (other) return null
    other = sense
  }
  if (!other || !hasWords(text.toLowerCase(), other.expansion.toLowerCase())) return null
  // The definition's own sense (its dictionary row, when there is one) cued here too: keep the definition.
  for (const sense of senses) if (sense !== other && sense.expansion.toLowerCase() === defined && cuedNear(sense, near!)) return null
  return other
}

/** How far an occurrence's sentence is read on each side (characters). */
const SENTENCE_REACH = 300

/** The lower-cased sentence around text[start,end) (at most SENTENCE_REACH characters each side), the form blanked. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SENTENCE_REACH)
  for (const stop of ['. ', '! ', '? ']) {
    const i = text.lastIndexOf(stop, start - 1)
    if (i >= from) from = i + 2
  }
  let to = Math.min(text.length, end + SENTENCE_REACH)
  for (const stop of ['. ', '! ', '? ']) {
    const i = text.indexOf(stop, end)
    if (i >= 0 && i < to) to = i + 1
  }
  return `${text.slice(from, start)} # ${text.slice(end, to)}`.toLowerCase()
}

/** The distinct plain cues of `sense` in `sentence`, a cue inside a longer cue found with it counted once. */
function cuesIn(sense: Sense, sentence: string): number {
  if (!sense.cues) return 0
  const found = cueSet(sense).plain.filter((cue) => hasWords(sentence, cue))
  return found.filter((c) => !found.some((other) => other !== c && other.length > c.length && hasWords(other, c))).length
}

/** The word right after text[end] (spaces skipped), lower-cased. */
function wordAfter(text: string, end: number): string {
  let from = end
  while (from < text.length && text.charCodeAt(from) === 32) from++
  if (from === end) return ''
  let to = from
  while (to < text.length && isWordChar(text.charCodeAt(to))) to++
  return text.slice(from, to).toLowerCase()
}

function otherSenseStronglyCued(text: string, start: number, end: number, article: Sense, senses: readonly Sense[]): Sense | null {
  if (senses.length < 2) return null
  const defined = article.expansion.toLowerCase()
  // Cheap test first: a cue word of some other sense right next to the form ("santri TPA").
  const prev = wordBefore(text, start)
  const next = wordAfter(text, end)
  const adjacent = senses.filter(
    (sense) => sense.cues && sense.expansion.toLowerCase() !== defined && cueSet(sense).plain.some((cue) => cue === prev || cue === next),
  )
  if (adjacent.length !== 1) return null
  const other = adjacent[0]!
  const sentence = sentenceAround(text, start, end)
  const hits = cuesIn(other, sentence)
  if (hits < 2) return null
  const own = senses.find((sense) => sense.expansion.toLowerCase() === defined)
  return own && cuesIn(own, sentence) >= hits ? null : other
}

/**
 * The dictionary sense that replaces the article's definition `article` for the occurrence text[start,end) of
 * `form`, or null to keep the definition.
 */
export function dictionarySenseOverDefinition(
  text: string,
  start: number,
  end: number,
  form: string,
  article: Sense,
  dictionary: DictionaryLayer,
): Sense | null {
  // (Not a dictionary sense that is the defined one in other words: "Kekurangan Energi Kronis (KEK)" defined, the
  // dictionary's "Kurang Energi Kronis" is the same thing, and the article's wording stays.)
  const senses = dictionarySenses(form, dictionary)
  if (!senses.length) return null
  const other =
    partyAfterFactionWord(text, start, senses) ??
    namedPlaceAfterCommonNoun(text, end, article, senses) ??
    otherSenseSpelledOut(text, start, end, article, senses) ??
    otherSenseStronglyCued(text, start, end, article, senses)
  return other !== null && sameConcept(other.expansion, article.expansion) ? null : other
}
