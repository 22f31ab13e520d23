/**
 * Turns the narrative text of each paragraph into tokens (words, punctuation) with each quote span collapsed into a
 * single 'quote' token, and splits a paragraph's tokens into sentences. Attribution reads these tokens, so names
 * and pronouns inside quotes are never candidates for the speaker. Linear in the paragraph length.
 *
 * Why a "store" of parallel arrays instead of token objects: a long article has ~100,000 tokens, and one object
 * plus two strings (text, lower) per token made allocation and garbage collection the largest cost of the quote
 * pass. Here a token is an index; its kind, offsets, flags and value (the word's vocabulary id, the punctuation's
 * char code, or the quote's span index) sit in plain arrays of small integers, and a word's text is sliced only
 * when a name, role or cue is actually reported. Readers look at one paragraph at a time through `open(p)`:
 * every accessor answers T_NONE / false / 0 outside that paragraph, as reading past the end of a per-paragraph
 * array did before.
 */

import { isLetterOrDigitCode, isTokenSpaceCode } from './char-class.ts'
import { C_ABBREVIATION, C_HEADLINE_SMALL, C_NOT_NAME, C_ORG, C_PLACE_HEAD, C_SPEECH_VERB, C_SUBJECT_PRONOUN, C_TITLE, HASH_START, KEY_CHARS, Vocabulary, W_DI, hashStep, keySymbol } from './vocabulary.ts'
import { codeAt } from '../text/code-at.ts'
import { titleAbbreviationOffice } from './name-lexicon.ts'

export const T_WORD = 0
export const T_PUNCT = 1
export const T_QUOTE = 2
/** Outside the open paragraph. */
export const T_NONE = 3

/** Word starts with an upper-case letter. */
export const F_CAP = 1
/** Word of two or more characters, all upper-case, with a letter ("DPRD"). */
export const F_ALL_CAPS = 2
/** Word equal to its upper-case form ("TANJUNG", "2025"). */
export const F_UPPER_FORM = 4
/** Word of letters only (/^\p{L}+$/u). */
export const F_LETTERS = 8
/** Word starting with a digit (/^\p{N}/u). */
export const F_DIGIT_START = 16
/** Quote whose words end with . ! ? (a sentence may end with the quote). */
export const F_ENDS_SENTENCE = 32

// Punctuation char codes the readers test.
export const COMMA = 44
export const PERIOD = 46
export const COLON = 58
export const LPAREN = 40
export const RPAREN = 41
export const SLASH = 47
export const HYPHEN = 45
export const EN_DASH = 0x2013
export const EM_DASH = 0x2014
export const ELLIPSIS = 0x2026

/** Quote spans by paragraph, sorted by start within a paragraph: ranges [first[p], first[p+1]). */
export interface QuoteRangeTable {
  readonly first: ArrayLike<number>
  readonly start: ArrayLike<number>
  readonly end: ArrayLike<number>
  readonly quote: ArrayLike<number>
  readonly endsSentence: ArrayLike<number>
  /** Filled by the tokenizer: the quote token of each range. */
  readonly token: { [index: number]: number }
}

/** A quote span inside one paragraph, by span index (for tokenizeText). */
export interface QuoteRange {
  readonly start: number
  readonly end: number
  readonly quote: number
  readonly endsSentence: boolean
}

let letterRun: RegExp | null = null
let anyLetter: RegExp | null = null
let digitStart: RegExp | null = null

// ASCII character kinds for the tokenizer's fast path.
const A_OTHER = 0
const A_LOWER = 1
const A_UPPER = 2
const A_DIGIT = 3
const A_SPACE = 4
/** ' - . : join a word when a letter follows. */
const A_JOINER = 5
const ASCII_KIND = new Uint8Array(128)
/** keySymbol of lower-case ASCII (the tokenizer lower-cases capitals first). */
const SYMBOL_OF = new Uint8Array(128)
for (let c = 0; c < 128; c++) SYMBOL_OF[c] = keySymbol(c)
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = c <= 32 ? A_SPACE : c >= 97 && c <= 122 ? A_LOWER : c >= 65 && c <= 90 ? A_UPPER : c >= 48 && c <= 57 ? A_DIGIT
    : c === 39 || c === 45 || c === 46 ? A_JOINER : A_OTHER
}

export class TokenStore {
  readonly vocab: Vocabulary
  // One entry per token. Typed arrays with a capacity (grown by doubling) rather than growing JS arrays: tokenizing
  // a long article writes ~100,000 entries per column.
  kinds: Uint8Array
  flags: Uint8Array
  starts: Int32Array
  ends: Int32Array
  /** Word: vocabulary id. Punctuation: char code of its first unit. Quote: span index. */
  values: Int32Array
  /**
   * In paragraphs with a speech verb: the first token at or after this one that is a speech verb or a quote (the
   * paragraph's end when none), so "is there a speech verb within the next n words, before any quote?" — asked
   * for every capitalised word — is one read (speechVerbWithin).
   */
  stops: Int32Array
  count = 0
  /** Tokens of paragraph p: [first[p], first[p] + length[p]). */
  readonly first: Int32Array
  readonly length: Int32Array
  /** OR of the word classes (C_…) of each paragraph's words: lets a pass skip a paragraph that cannot matter. */
  readonly paragraphClasses: Int32Array
  /** OR of 1 << W_… of each paragraph's words. */
  readonly paragraphWords: Int32Array
  /** Per paragraph: its words that are not small function words (C_HEADLINE_SMALL), and how many of those are
   * capitalised or start with a digit (the headline test, attribute-speaker.ts). */
  readonly contentWords: Int32Array
  readonly capitalWords: Int32Array

  // The open paragraph.
  lo = 0
  hi = 0
  text = ''
  /** paragraphClasses of the open paragraph. */
  openClasses = 0

  // What pushWords has seen in the paragraph being tokenized.
  private scanClasses = 0
  private scanWords = 0
  private scanContent = 0
  private scanCapital = 0

  constructor(readonly paragraphs: readonly string[], vocab?: Vocabulary) {
    const n = paragraphs.length
    let chars = 0
    for (let p = 0; p < n; p++) chars += (paragraphs[p] ?? '').length
    this.vocab = vocab ?? new Vocabulary(Math.min(8192, chars >> 6))
    this.first = new Int32Array(n)
    this.length = new Int32Array(n)
    this.paragraphClasses = new Int32Array(n)
    this.paragraphWords = new Int32Array(n)
    this.contentWords = new Int32Array(n)
    this.capitalWords = new Int32Array(n)
    // News prose has about one token per 6 characters; the columns grow when an article has more.
    const capacity = 64 + Math.ceil(chars / 5)
    this.kinds = new Uint8Array(capacity)
    this.flags = new Uint8Array(capacity)
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
    this.values = new Int32Array(capacity)
    this.stops = new Int32Array(capacity)
  }

  /** Make paragraph p the one the accessors read. */
  open(p: number): void {
    this.lo = this.first[p] as number
    this.hi = this.lo + (this.length[p] as number)
    this.text = this.paragraphs[p] ?? ''
    this.openClasses = this.paragraphClasses[p] as number
  }

  kind(k: number): number {
    return k >= this.lo && k < this.hi ? (this.kinds[k] as number) : T_NONE
  }

  isWord(k: number): boolean {
    return k >= this.lo && k < this.hi && this.kinds[k] === T_WORD
  }

  isQuote(k: number): boolean {
    return k >= this.lo && k < this.hi && this.kinds[k] === T_QUOTE
  }

  /** Punctuation `code`. (Punctuation tokens are one code unit, or a surrogate pair whose first unit no BMP code equals.) */
  isPunct(k: number, code: number): boolean {
    return k >= this.lo && k < this.hi && this.kinds[k] === T_PUNCT && this.values[k] === code
  }

  /** Word classes (C_…) of a word; 0 for anything else. */
  wordClass(k: number): number {
    return this.isWord(k) ? (this.vocab.classes[this.values[k] as number] as number) : 0
  }

  /** The first word in [from, to) with any of the class bits `cls` (C_…), or -1. */
  firstWithClass(from: number, to: number, cls: number): number {
    for (let k = from; k < to; k++) if ((this.wordClass(k) & cls) !== 0) return k
    return -1
  }

  /** The end of the run of words with any of the class bits `cls` that starts at `from`, at most `to`. */
  runOfClass(from: number, to: number, cls: number): number {
    let k = from
    while (k < to && (this.wordClass(k) & cls) !== 0) k++
    return k
  }

  /** W_… of a word; 0 for anything else. */
  special(k: number): number {
    return this.isWord(k) ? (this.vocab.special[this.values[k] as number] as number) : 0
  }

  /** A capitalised word. */
  cap(k: number): boolean {
    return k >= this.lo && k < this.hi && ((this.flags[k] as number) & F_CAP) !== 0
  }

  hasFlag(k: number, flag: number): boolean {
    return k >= this.lo && k < this.hi && ((this.flags[k] as number) & flag) !== 0
  }

  /** Lower-cased word (the caller knows k is a word). */
  lower(k: number): string {
    return this.vocab.lower[this.values[k] as number] as string
  }

  /** Text of a token of the open paragraph, as written. */
  textOf(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k])
  }

  /** Tokenize paragraph p (paragraphs must come in order 0, 1, 2, …), collapsing its quote ranges. */
  tokenize(p: number, ranges: QuoteRangeTable): void {
    const text = this.paragraphs[p] ?? ''
    const rFirst = ranges.first[p] as number
    const rEnd = ranges.first[p + 1] as number
    this.reserve(rEnd - rFirst + 1)
    const from = this.count
    this.first[p] = from
    this.scanClasses = 0
    this.scanWords = 0
    this.scanContent = 0
    this.scanCapital = 0
    let pos = 0
    for (let r = rFirst; r < rEnd; r++) {
      const qs = ranges.start[r] as number
      const qe = ranges.end[r] as number
      if (pos < qs) this.pushWords(text, pos, qs)
      ranges.token[r] = this.count
      this.push(T_QUOTE, qs, qe, ranges.quote[r] as number, ranges.endsSentence[r] ? F_ENDS_SENTENCE : 0)
      pos = qe
    }
    if (pos < text.length) this.pushWords(text, pos, text.length)
    const to = this.count
    this.length[p] = to - from
    this.paragraphClasses[p] = this.scanClasses
    this.paragraphWords[p] = this.scanWords
    this.contentWords[p] = this.scanContent
    this.capitalWords[p] = this.scanCapital
    if ((this.scanClasses & C_SPEECH_VERB) !== 0) {
      const classes = this.vocab.classes
      let stop = to
      for (let k = to - 1; k >= from; k--) {
        const kind = this.kinds[k]
        if (kind === T_QUOTE || (kind === T_WORD && ((classes[this.values[k] as number] as number) & C_SPEECH_VERB) !== 0)) stop = k
        this.stops[k] = stop
      }
    }
  }

  /** Room for `more` tokens after the current ones. */
  private reserve(more: number): void {
    const need = this.count + more
    if (need <= this.kinds.length) return
    let size = this.kinds.length * 2
    while (size < need) size *= 2
    const grow = <T extends Uint8Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old)
      return fresh
    }
    this.kinds = grow(this.kinds, new Uint8Array(size))
    this.flags = grow(this.flags, new Uint8Array(size))
    this.starts = grow(this.starts, new Int32Array(size))
    this.ends = grow(this.ends, new Int32Array(size))
    this.values = grow(this.values, new Int32Array(size))
    this.stops = grow(this.stops, new Int32Array(size))
  }

  private push(kind: number, start: number, end: number, value: number, flags: number): void {
    this.reserve(1)
    const k = this.count++
    this.kinds[k] = kind
    this.starts[k] = start
    this.ends[k] = end
    this.values[k] = value
    this.flags[k] = flags
  }

  /**
   * Words and punctuation of text[from, to). One pass per character: an ASCII word's vocabulary key is computed and
   * its capitals and lower-case letters noted while it is scanned, so looking it up allocates nothing. The columns
   * and the count live in locals for the loop (reserve() made room for one token per character).
   */
  private pushWords(text: string, from: number, to: number): void {
    let kinds = this.kinds
    let starts = this.starts
    let ends = this.ends
    let values = this.values
    let flags = this.flags
    let capacity = kinds.length
    const vocab = this.vocab
    let count = this.count
    let classes = this.scanClasses
    let specials = this.scanWords
    let content = this.scanContent
    let capital = this.scanCapital
    let i = from
    while (i < to) {
      const c = text.charCodeAt(i)
      let startsWord: boolean
      if (c < 128) {
        const kind = ASCII_KIND[c] as number
        if (kind === A_SPACE) {
          i++
          continue
        }
        startsWord = kind === A_LOWER || kind === A_UPPER || kind === A_DIGIT
      } else {
        if (isTokenSpaceCode(c)) {
          i++
          continue
        }
        startsWord = isLetterOrDigitCode(c) && joinLength(text, i) === 0
      }
      if (count === capacity) {
        // Out of room (an article unusually dense in tokens): grow the columns and pick them up again.
        this.count = count
        this.reserve(1)
        kinds = this.kinds
        starts = this.starts
        ends = this.ends
        values = this.values
        flags = this.flags
        capacity = kinds.length
      }
      if (!startsWord) {
        let end = i + 1
        if (c >= 0xd800 && c <= 0xdbff && end < to) end++ // keep surrogate pairs (emoji) whole
        kinds[count] = T_PUNCT
        starts[count] = i
        ends[count] = end
        values[count] = c
        flags[count] = 0
        count++
        i = end
        continue
      }
      // seen: bit 1 << A_… for every ASCII kind in the word; ascii: no other character. a, b, tail: the key.
      let ascii = c < 128
      let seen = ascii ? 1 << (ASCII_KIND[c] as number) : 0
      let a = keySymbol(c)
      let b = 0
      let tail = HASH_START
      let end = i + 1
      for (;;) {
        if (end >= to) break
        let d = text.charCodeAt(end)
        let sym: number
        if (d >= 97 && d <= 122) {
          // Lower-case letters (most characters): the shortest path.
          seen |= 1 << A_LOWER
          sym = d - 96
        } else if (d < 128) {
          const kind = ASCII_KIND[d] as number
          if (kind === A_UPPER) d += 32
          else if (kind !== A_DIGIT) {
            if (kind !== A_JOINER) break
            const join = joinLength(text, end)
            if (join === 0 || end + join >= to) break
          }
          seen |= 1 << kind
          sym = SYMBOL_OF[d] as number
        } else {
          const join = joinLength(text, end)
          if (join > 0 && end + join < to) {
            ascii = false
            end += join
            continue
          }
          if (!isLetterOrDigitCode(d)) break
          ascii = false // a non-ASCII letter or digit
          end++
          continue
        }
        const n = end - i
        if (n < KEY_CHARS) a = a * 64 + sym
        else if (n < 2 * KEY_CHARS) b = b * 64 + sym
        else tail = hashStep(tail, d)
        end++
      }
      let id: number
      if (ascii) {
        id = vocab.internKey(text, i, end, a, b, tail)
        let f = 0
        if (c >= 65 && c <= 90) f |= F_CAP
        if ((seen & (1 << A_LOWER)) === 0) {
          f |= F_UPPER_FORM
          if ((seen & (1 << A_UPPER)) !== 0 && end - i > 1) f |= F_ALL_CAPS
        }
        if ((seen & ((1 << A_DIGIT) | (1 << A_JOINER))) === 0) f |= F_LETTERS
        if (c >= 48 && c <= 57) f |= F_DIGIT_START
        kinds[count] = T_WORD
        starts[count] = i
        ends[count] = end
        values[count] = id
        flags[count] = f
        count++
      } else {
        // (There is room: count < capacity was checked above, so the columns are not replaced.)
        this.count = count
        id = this.pushOtherWord(text, i, end)
        count = this.count
      }
      // "di sampaikan oleh …": a passive speech verb whose "di" a hurried writer wrote apart reads as the verb.
      if (id >= 0 && count >= 2 && kinds[count - 2] === T_WORD && ends[count - 2] === i - 1 && vocab.special[values[count - 2] as number] === W_DI &&
        ((flags[count - 2] as number) & F_CAP) === 0) {
        const joined = vocab.splitPassiveOf(id)
        if (joined >= 0) {
          values[count - 1] = joined
          id = joined
        }
      }
      if (id >= 0) {
        const cls = vocab.classes[id] as number
        classes |= cls
        specials |= 1 << (vocab.special[id] as number)
        if ((cls & C_HEADLINE_SMALL) === 0) {
          content++
          if (((flags[count - 1] as number) & (F_CAP | F_DIGIT_START)) !== 0) capital++
        }
      }
      i = end
    }
    this.count = count
    this.scanClasses = classes
    this.scanWords = specials
    this.scanContent = content
    this.scanCapital = capital
  }

  /** A word with non-ASCII characters: the exact string operations. Returns -1 for 'Â', which is no word. */
  private pushOtherWord(text: string, start: number, end: number): number {
    const raw = text.slice(start, end)
    // 'Â' is a mis-decoded no-break space, not a word.
    if (raw === 'Â') return -1
    const lowered = raw.toLowerCase()
    const id = this.vocab.intern(lowered)
    const upperForm = raw === raw.toUpperCase()
    let flags = 0
    if (lowered.charCodeAt(0) !== text.charCodeAt(start)) flags |= F_CAP
    if (upperForm) flags |= F_UPPER_FORM
    if (upperForm && end - start > 1 && (anyLetter ??= /\p{L}/u).test(raw)) flags |= F_ALL_CAPS
    if ((letterRun ??= /^\p{L}+$/u).test(raw)) flags |= F_LETTERS
    if ((digitStart ??= /^\p{N}/u).test(raw)) flags |= F_DIGIT_START
    this.push(T_WORD, start, end, id, flags)
    return id
  }
}

/** Letters a word must have before a full stop glued to a capitalised word for that stop to end a sentence. */
const GLUED_SENTENCE_WORD = 5

/**
 * Titles a hurried writer glues to their holder's name with a full stop ("Kades.Tarmuji", "Sekda.Hadi Susanto",
 * "Bupati.Ahmad Sudrajat", "Kadisdik.Rudi"): the office, not a sentence's last word. Titles only — no noun that also
 * ends sentences ("penegakan hukum.Menurut …", "pelaksana tugas.Menurut …").
 */
const GLUED_TITLES: ReadonlySet<string> = new Set(['kades', 'sekdes', 'sekda', 'lurah', 'camat', 'sekcam', 'bupati', 'wabup',
  'gubernur', 'wagub', 'walikota', 'wawali', 'kadis', 'kabid', 'kasi', 'kasubag', 'kasubbag', 'kabag', 'kasat', 'kapus', 'kakan',
  'kapolsek', 'kapolres', 'kapolda', 'danramil', 'dandim', 'kadus', 'kapala', 'kepsek', 'plt', 'pj', 'pjs', 'direktur', 'dirut', 'rektor'])

/**
 * The start of the ASCII letters right before a full stop at i that a capital and a lower-case letter follow (a word
 * glued to the next sentence or name: "Tarmuji.Ia", "Kades.Tarmuji"), or -1 when no such letters are glued there.
 * A full stop before those letters ("S.Kep.Ns") gives -2: the pieces of a degree, not a word.
 */
function lettersBeforeGluedStop(text: string, i: number): number {
  const next = codeAt(text, i + 1)
  const after = codeAt(text, i + 2)
  if (!(next >= 65 && next <= 90) || !(after >= 97 && after <= 122)) return -1
  let k = i - 1
  while (k >= 0 && ((text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) || (text.charCodeAt(k) >= 65 && text.charCodeAt(k) <= 90))) k--
  return k >= 0 && text.charCodeAt(k) === 46 ? -2 : k + 1
}

/** Whether the full stop at i glues a title (GLUED_TITLES, "Ka…" titles) to a capitalised name after it. */
function gluedTitleBefore(text: string, i: number): boolean {
  const from = lettersBeforeGluedStop(text, i)
  if (from < 0) return false
  const word = text.slice(from, i).toLowerCase()
  return GLUED_TITLES.has(word) || titleAbbreviationOffice(word) !== null
}

/**
 * "… kata Tarmuji.Ia menambahkan …", "… jelasnya.Kapus. …": a full stop written against the next sentence's first
 * word. Only after a plain word of five letters or more (not a degree's or a title's short pieces: "S.Kep.Ns",
 * "M.Pd.I", "Drs.Budi"), and before a capital followed by a lower-case letter.
 */
function gluedSentenceAt(text: string, i: number): boolean {
  const from = lettersBeforeGluedStop(text, i)
  return from >= 0 && i - from >= GLUED_SENTENCE_WORD
}

/** Joiners inside a word: apostrophes (Ma'ruf, Musa’ad), hyphens (sia-sia), dots (M.Si) — when a letter follows. */
function joinLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  // A title glued to its holder ("Kades.Tarmuji") is two words with a full stop between, as in "Kades. Tarmuji"; a
  // full stop glued to the next sentence ("kata Tarmuji.Ia") is one too, and ends the sentence (endsAt).
  if (c === 46 && (gluedSentenceAt(text, i) || gluedTitleBefore(text, i))) return 0
  if (c === 39 || c === 0x2019 || c === 0x2018 || c === 45 || c === 46) return isLetterOrDigitCode(codeAt(text, i + 1)) ? 1 : 0
  // â€™ is a mis-decoded apostrophe: it joins a name (Maâ€™ruf) like ’ does.
  if (c === 0xe2 && codeAt(text, i + 1) === 0x20ac && codeAt(text, i + 2) === 0x2122) return isLetterOrDigitCode(codeAt(text, i + 3)) ? 3 : 0
  return 0
}

/** Tokens of one text with every range in `quotes` (sorted, disjoint) collapsed into one quote token; paragraph 0 open. */
export function tokenizeText(text: string, quotes: readonly QuoteRange[] = [], vocab?: Vocabulary): TokenStore {
  const store = new TokenStore([text], vocab)
  store.tokenize(0, {
    first: [0, quotes.length],
    start: quotes.map((q) => q.start),
    end: quotes.map((q) => q.end),
    quote: quotes.map((q) => q.quote),
    endsSentence: quotes.map((q) => (q.endsSentence ? 1 : 0)),
    token: [],
  })
  store.open(0)
  return store
}

/** Whether the sentence ends at token i of the open paragraph. */
function endsAt(s: TokenStore, i: number): boolean {
  const kind = s.kinds[i]
  // Words never end a sentence: decide them before looking at the next token.
  if (kind === T_WORD) return false
  if (kind === T_PUNCT) {
    const c = s.values[i]
    if (c !== PERIOD && c !== 33 && c !== 63 && c !== ELLIPSIS) return false
    if (!nextStartsSentence(s, i + 1)) return false
    const prev = i - 1
    const abbrev = c === PERIOD && s.isWord(prev) && s.ends[prev] === s.starts[i] &&
      ((s.wordClass(prev) & C_ABBREVIATION) !== 0 || ((s.ends[prev] as number) - (s.starts[prev] as number) === 1 && s.cap(prev)))
    // A title glued to its holder's name by a full stop ("Kades.Tarmuji"), or written with its own full stop before a
    // name of two words or more ("Kades. Edi Sulistyono dalam sambutannya …"): no sentence end. ("… kata Kades. Ia
    // menambahkan …" ends: a pronoun or a one-word run after the stop opens the next sentence.)
    const titleStop = c === PERIOD && s.isWord(prev) && s.ends[prev] === s.starts[i] && (GLUED_TITLES.has(s.lower(prev)) || titleAbbreviationOffice(s.lower(prev)) !== null)
    // (The spaced form only when the title opens its sentence: "… dihadiri Camat. Budi Santoso menyampaikan …" ends.)
    const opensSentence = prev === s.lo || s.isPunct(prev - 1, PERIOD) || s.kind(prev - 1) === T_QUOTE
    const gluedTitle = titleStop && (s.starts[i + 1] === s.ends[i] ||
      (opensSentence && s.isWord(i + 1) && s.isWord(i + 2) && s.cap(i + 2) && nameLikeAt(s, i + 1) && nameLikeAt(s, i + 2)))
    return !abbrev && !gluedTitle
  }
  // “… hasilnya.” Tomsi … — but not “…!” tegasnya, where a lower-case cue continues the sentence.
  return ((s.flags[i] as number) & F_ENDS_SENTENCE) !== 0 && nextStartsSentence(s, i + 1)
}

/** A capitalised word that may be part of a person's name: no pronoun, title, listed non-name or function word. */
function nameLikeAt(s: TokenStore, k: number): boolean {
  return s.isWord(k) && s.cap(k) && (s.wordClass(k) & (C_SUBJECT_PRONOUN | C_TITLE | C_NOT_NAME | C_HEADLINE_SMALL | C_ORG | C_PLACE_HEAD)) === 0
}

/** A sentence ends only before a capital, a quote or the paragraph end: "…, ujarnya. Ia …" but not "M.Si., kata". */
function nextStartsSentence(s: TokenStore, next: number): boolean {
  const nextKind = s.kind(next)
  return nextKind === T_NONE || nextKind === T_QUOTE || s.cap(next)
}

/** The end (exclusive) of the sentence of the open paragraph that starts at token `from`. */
export function sentenceEnd(s: TokenStore, from: number): number {
  for (let i = from; i < s.hi; i++) if (endsAt(s, i)) return i + 1
  return s.hi
}

/** [from, to) token ranges of the sentences of the open paragraph. */
export function splitSentences(s: TokenStore): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = []
  for (let a = s.lo; a < s.hi; ) {
    const b = sentenceEnd(s, a)
    out.push([a, b])
    a = b
  }
  return out
}
