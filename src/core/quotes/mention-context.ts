/**
 * Per-article facts the mention parser needs: the places the article itself names — the capitalised words after a
 * place head ("Kecamatan Batu Ampar,") when they end before punctuation or a lower-case word, and a dateline's
 * capitals ("TANJUNG HARAPAN – …") — and the office acronyms it defines in brackets ("Kementerian … (Kemendagri)").
 * Collected paragraph by paragraph; must be complete before any mention is parsed, since a place or acronym
 * defined late in the article also shapes the mentions before it.
 *
 * The facts are also marked on the vocabulary (X_ORG_ACRONYM, X_PLACE_START), so the parser asks "is this word a
 * defined acronym / could a known place start here?" with one array read instead of a Set look-up per word.
 */

import { isProvinceKey, isRegionName } from '../metadata/region.ts'
import type { TokenStore } from './tokenize.ts'
import { COMMA, EM_DASH, EN_DASH, F_CAP, F_LETTERS, F_UPPER_FORM, HYPHEN, LPAREN, RPAREN, T_WORD } from './tokenize.ts'
import {
  C_COMPASS,
  C_DEGREE,
  C_HONORIFIC,
  C_NAME_STARTER,
  C_PLACE_FOLLOWER,
  C_PLACE_HEAD,
  C_PLACE_TAIL,
  C_POST_CUE,
  C_TERRITORIAL,
  C_TITLE,
  W_DI,
  X_ORG_ACRONYM,
  X_PLACE_START,
  X_SHORT_NAME,
  type Vocabulary,
} from './vocabulary.ts'

const MAX_PLACE_WORDS = 3


export class MentionContext {
  /** Lower-cased places of one to three words, joined with spaces ("batu ampar"). */
  readonly knownPlaces = new Set<string>()

  /** Whether the article names any place after a place head (so a word it never names as one is likely no place). */
  get hasKnownPlaces(): boolean {
    return this.knownPlaces.size > 0
  }
  readonly orgAcronyms = new Set<string>()

  constructor(readonly vocab: Vocabulary) {}

  /** A context given directly (tests): places as lower-case words joined by spaces, acronyms lower-case. */
  static of(vocab: Vocabulary, places: readonly string[], acronyms: readonly string[]): MentionContext {
    const ctx = new MentionContext(vocab)
    for (const place of places) ctx.addPlace(place, vocab.intern(place.split(' ')[0] ?? ''))
    for (const acronym of acronyms) ctx.addAcronym(vocab.intern(acronym))
    return ctx
  }

  addPlace(key: string, firstWord: number): void {
    this.knownPlaces.add(key)
    this.vocab.facts[firstWord] = (this.vocab.facts[firstWord] as number) | X_PLACE_START
  }

  /** Places read right after a title's place head ("Kepala Desa Hasan Basri, …"), which may be the holder's name. */
  private readonly placesAfterTitles = new Set<string>()

  /** Places read after a title that a capitalised word follows after the comma (an appositive name): whole places. */
  private readonly apposedTitledPlaces = new Set<string>()

  addPlaceAfterTitle(key: string, firstWord: number, apposed = false): void {
    if (!this.knownPlaces.has(key)) this.placesAfterTitles.add(key)
    if (apposed) this.apposedTitledPlaces.add(key)
    this.addPlace(key, firstWord)
  }

  /**
   * Forget a place read after a title when it is a person's full name the article gives elsewhere ("Kepala Desa Koto
   * Baru Hulu, Hasan Basri" then "Kepala Desa Hasan Basri, yang …"): the words were the holder's name. True when one
   * was forgotten.
   */
  forgetTitledPlace(key: string): boolean {
    if (!this.placesAfterTitles.delete(key)) return false
    this.knownPlaces.delete(key)
    const first = key.split(' ')[0] ?? ''
    for (const place of this.knownPlaces) if (place === first || place.startsWith(`${first} `)) return true
    const id = this.vocab.intern(first)
    this.vocab.facts[id] = (this.vocab.facts[id] as number) & ~X_PLACE_START
    return true
  }

  /**
   * The places read right after a title, lower-case, whose end may be the holder's name: not those an appositive name
   * follows ("Kepala Desa Sumber Makmur, Suparno, …": the village is Sumber Makmur, whoever Makmur is).
   */
  titledPlaces(): string[] {
    return [...this.placesAfterTitles].filter((key) => !this.apposedTitledPlaces.has(key))
  }

  /**
   * Shorten a place read after a title to its first `keep` words, when the words after them are the name of a person
   * the article gives elsewhere ("Kepala Desa Sampang Kusnadi, …" and "Kusnadi mengucapkan …": the place is Sampang).
   */
  trimTitledPlace(key: string, keep: number): void {
    if (!this.placesAfterTitles.delete(key)) return
    this.knownPlaces.delete(key)
    const shorter = key.split(' ').slice(0, keep).join(' ')
    this.placesAfterTitles.add(shorter)
    this.knownPlaces.add(shorter)
  }

  addAcronym(word: number): void {
    this.orgAcronyms.add(this.vocab.lower[word] as string)
    this.vocab.facts[word] = (this.vocab.facts[word] as number) | X_ORG_ACRONYM
  }

  /** Word k of the open paragraph is an acronym this article defines. */
  isAcronym(s: TokenStore, k: number): boolean {
    return s.isWord(k) && ((this.vocab.facts[s.values[k] as number] as number) & X_ORG_ACRONYM) !== 0
  }

  /** Whether the article uses word k alone as a person's name ("kata Yudi", "Mas Yudi"). */
  isShortName(s: TokenStore, k: number): boolean {
    return s.isWord(k) && ((this.vocab.facts[s.values[k] as number] as number) & X_SHORT_NAME) !== 0
  }

  /** Whether the article itself (not only the gazetteer) names a place that starts with word `from`. */
  namesPlaceAt(s: TokenStore, from: number): boolean {
    return s.isWord(from) && ((this.vocab.facts[s.values[from] as number] as number) & X_PLACE_START) !== 0
  }

  /** The longest place the article names that starts at token `from` and ends before `limit` (0 when none). */
  knownPlaceLength(s: TokenStore, from: number, limit: number): number {
    if (!s.isWord(from) || !s.cap(from)) return 0
    // A place the article names starts with a word marked X_PLACE_START; any other must be a province, regency or
    // city of the gazetteer ("BKSDA Aceh Hendrik …": Aceh).
    const named = ((this.vocab.facts[s.values[from] as number] as number) & X_PLACE_START) !== 0
    let key = ''
    let best = 0
    for (let k = from; k < Math.min(limit, from + 3); k++) {
      if (!s.isWord(k)) break
      key = key === '' ? s.lower(k) : `${key} ${s.lower(k)}`
      // (A province's short name is its name too: "Sekretaris Daerah Provinsi Sulteng selaku …".)
      if ((named && this.knownPlaces.has(key)) || isRegionName(key) || (k === from && isProvinceKey(key))) best = k - from + 1
    }
    return best
  }
}

/** Add the places and acronyms paragraph p defines to `ctx` (opens paragraph p). */
export function collectMentionContext(s: TokenStore, p: number, ctx: MentionContext): void {
  s.open(p)
  const lo = s.lo
  const hi = s.hi
  // A dateline ("TANJUNG HARAPAN – …") names a place in capitals before a dash.
  let dateline = 0
  for (let k = lo; k < hi; k++) {
    if (s.kinds[k] === T_WORD && (s.ends[k] as number) - (s.starts[k] as number) > 1 && s.hasFlag(k, F_UPPER_FORM) && dateline < MAX_PLACE_WORDS) {
      dateline++
    } else {
      if (dateline > 0 && (s.isPunct(k, EN_DASH) || s.isPunct(k, EM_DASH) || s.isPunct(k, HYPHEN))) ctx.addPlace(joinLower(s, lo, k), s.values[lo] as number)
      break
    }
  }
  const vocab = s.vocab
  for (let i = lo; i < hi; i++) {
    if (s.kinds[i] !== T_WORD) continue
    const id = s.values[i] as number
    // "Datuk Rio": in Jambi the village head's title, so "Rio" is a title in this article ("kata Rio Ridwan"); elsewhere
    // it is a given name (the vocabulary is the article's own, so the class changes for this article only).
    if (s.lower(i) === 'datuk' && s.isWord(i + 1) && s.lower(i + 1) === 'rio') {
      const rio = s.values[i + 1] as number
      vocab.classes[rio] = (vocab.classes[rio] as number) | C_TITLE | C_TERRITORIAL
    }
    // "Raja" glossed by a title in brackets ("Raja (Rat) Lo Ohoiroa"): in this article "Raja" is a title.
    if (s.lower(i) === 'raja' && s.cap(i) && s.isPunct(i + 1, LPAREN) && s.isWord(i + 2) && (s.wordClass(i + 2) & C_TITLE) !== 0 && s.isPunct(i + 3, RPAREN)) {
      vocab.classes[id] = (vocab.classes[id] as number) | C_TITLE | C_TERRITORIAL
    }
    const cls = vocab.classes[id] as number
    const capital = ((s.flags[i] as number) & F_CAP) !== 0
    // "tutur Mas Yudi", "kata Agus.": one word used alone as a person's name, after a cue word or a form of address.
    // (Or after a title: "ujar Kades Hendri", "Kades Hendri menambahkan".)
    if ((cls & (C_POST_CUE | C_HONORIFIC | C_TITLE)) !== 0 && s.isWord(i + 1) && s.cap(i + 1) && !(s.isWord(i + 2) && s.cap(i + 2))) {
      const name = s.values[i + 1] as number
      if (((vocab.classes[name] as number) & (C_TITLE | C_HONORIFIC | C_PLACE_HEAD)) === 0) vocab.facts[name] = (vocab.facts[name] as number) | X_SHORT_NAME
    }
    if ((capital && (cls & C_PLACE_HEAD) !== 0) || vocab.special[id] === W_DI) {
      let k = i + 1
      let words = 0
      while (words <= MAX_PLACE_WORDS) {
        // A rank inside a place's name before its tail ("Kelurahan Parit Mayor Hilir") is part of it.
        const wordCls = s.isWord(k) && s.cap(k) ? s.wordClass(k) : -1
        // "Kota" closing the run is the place's own last word ("Kecamatan Garut Kota, …", "Polres Bogor Kota"), not a
        // place head that opens another place.
        const lastKota = words > 0 && wordCls >= 0 && s.lower(k) === 'kota' && (!s.isWord(k + 1) || (s.wordClass(k + 1) & C_PLACE_FOLLOWER) !== 0)
        if (!lastKota && (wordCls < 0 || (wordCls & (C_TITLE | C_PLACE_HEAD)) !== 0 ||
          ((wordCls & C_HONORIFIC) !== 0 && (words === 0 || !s.isWord(k + 1) || (s.wordClass(k + 1) & C_PLACE_TAIL) === 0)))) break
        words++
        k++
        if (lastKota) break
      }
      // Only a place that clearly ends ("Kecamatan Batu Ampar, …", "Desa Sungai Rengas yang …"): before a verb the
      // run may go on into a person's name ("Kabupaten Rimbajaya Irfan Maulana mengatakan").
      // A degree after the comma ("BPBD Kota Bandarjati Agung Setiawan, S.Sos., …") shows the run ended with a name
      // (not "dr.", which is also the honorific before a name: "KONI Kabupaten Tombatu Raya, dr. NAME").
      const closed = (!s.isWord(k) || (s.wordClass(k) & C_PLACE_FOLLOWER) !== 0) &&
        !(s.isPunct(k, COMMA) && s.isWord(k + 1) && (s.wordClass(k + 1) & (C_DEGREE | C_HONORIFIC)) === C_DEGREE)
      if (words > 0 && words <= MAX_PLACE_WORDS && closed) {
        // After a title ("Kepala Desa Hutagodang Jonter Sitompul."), a three-word run that a comma does not close holds
        // the holder's name: the place is its first word and that word's tails ("Toba Julu").
        const afterTitle = (s.wordClass(i - 1) & C_TITLE) !== 0
        const titled = afterTitle && words === MAX_PLACE_WORDS && !s.isPunct(k, COMMA)
        const placeEnd = titled ? s.runOfClass(i + 2, i + 1 + words, C_PLACE_TAIL) : i + 1 + placeWordsBeforeName(s, i + 1, words)
        // A given name that never names a place right after a title's place head is the holder's name, not a place
        // ("kata Kepala Desa Ahmad Syafii, …").
        const holderName = afterTitle && (s.wordClass(i + 1) & C_NAME_STARTER) !== 0
        if (!holderName) {
          const key = joinLower(s, i + 1, placeEnd)
          if (afterTitle) ctx.addPlaceAfterTitle(key, s.values[i + 1] as number, placeEnd === k && s.isPunct(k, COMMA) && s.isWord(k + 1) && s.cap(k + 1))
          else ctx.addPlace(key, s.values[i + 1] as number)
        }
      }
    }
    // An abbreviated title with its unit in brackets ("(Kasi Binadik)", "(Kasat Lantas)"): the unit's short form is
    // an office word of this article, so "Kasi Binadik Dorkas Imbiri" later reads as title, office and name.
    if (capital && s.isPunct(i - 1, LPAREN) && (cls & C_TITLE) !== 0) {
      let k = i + 1
      while (k < i + 3 && s.isWord(k) && s.cap(k)) k++
      if (k > i + 1 && s.isPunct(k, RPAREN)) for (let w = i + 1; w < k; w++) ctx.addAcronym(s.values[w] as number)
    }
    if (capital && s.isPunct(i - 1, LPAREN) && s.isPunct(i + 1, RPAREN) && (s.ends[i] as number) - (s.starts[i] as number) <= 14 &&
      s.hasFlag(i, F_LETTERS)) {
      // An acronym when some capitalised word shortly before starts with its initial: "Kementerian … (Kemendagri)".
      const initial = (vocab.lower[id] as string).charCodeAt(0)
      for (let k = i - 2; k >= Math.max(lo, i - 10); k--) {
        if (s.isWord(k) && s.cap(k) && s.lower(k).charCodeAt(0) === initial) {
          ctx.addAcronym(id)
          break
        }
      }
    }
  }
}

/**
 * How many of the `words` capitalised words at `from` (after a place head) are the place, when a person's name may
 * follow it in the same run ("Provinsi Lampung Bambang Sulistyo di Bandarlampung", "Desa Lhok Seumatang Muhammad
 * Nasir,"): the words before a given name that never names a place, or a province or regency of the gazetteer at the
 * start of a longer run that is none, when two words are left after it; else all of them.
 */
function placeWordsBeforeName(s: TokenStore, from: number, words: number): number {
  const starter = s.firstWithClass(from + 1, from + words, C_NAME_STARTER)
  if (starter >= 0) return starter - from
  if (words < 2 || isRegionName(joinLower(s, from, from + words))) return words
  // A run that ends with a compass or upstream word ("Batu Rengas Ulu,") is a place: names do not end with one.
  if ((s.wordClass(from + words - 1) & C_COMPASS) !== 0) return words
  // Two words at least must be left for the name, and no place's tail ("Batu Ampar", "Katingan Hilir" are places).
  for (let n = words - 2; n >= 1; n--) {
    if (isRegionName(joinLower(s, from, from + n)) && (s.wordClass(from + n) & C_PLACE_TAIL) === 0) return n
  }
  return words
}

/** The lower-cased words of tokens [from, to) joined with spaces. */
function joinLower(s: TokenStore, from: number, to: number): string {
  let out = s.lower(from)
  for (let k = from + 1; k < to; k++) out += ` ${s.lower(k)}`
  return out
}
