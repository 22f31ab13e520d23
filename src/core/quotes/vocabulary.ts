/**
 * The article's vocabulary: every distinct lower-cased word gets a small integer id, once, together with a bitmask
 * of the word classes it belongs to (title word, honorific, speech verb, cue, …) and its post-quote cue reading.
 * Tokens then carry only the id, so the sieve's many "is this word a …?" questions are one array read and one AND
 * instead of a lower-cased substring and a Set look-up per question.
 *
 * Why a hand-made table: the tokenizer computes each ASCII word's key while it scans the word's characters, and looks
 * the word up by that key. The key is exact, not a hash: the first ten lower-cased characters packed six bits each
 * into two integers (letters, digits and the joiners ' - . fit in six bits), plus the length and, for longer
 * words, a hash of the rest, which is then checked character by character. A repeated word (nearly all words of
 * a long article) is found with a few integer comparisons and allocates nothing; only a new word, or one with
 * other characters, builds its lower-case string. Lower-case forms with other characters live in a Map.
 */

import {
  ANONYMITY_WORDS,
  COLLECTIVE,
  EPITHET_ENDS,
  FRONTED_CLAUSE_OPENERS,
  HEADLINE_SMALL_WORDS,
  OBJECT_PREPOSITIONS,
  PLACE_FOLLOWERS,
  SUBJECT_PRONOUNS,
} from './attribution-words.ts'
import {
  ABBREVIATIONS,
  COMPASS_WORDS,
  DEGREES,
  HONORIFICS,
  LONG_NAME_STARTERS,
  NAME_STARTERS,
  NOT_NAMES,
  ORG_WORDS,
  PLACE_HEADS,
  PLACE_TAILS,
  TERRITORIAL_TITLES,
  TITLE_WORDS,
  ministerAbbreviationMinistry,
  titleAbbreviationOffice,
} from './name-lexicon.ts'
import {
  CUE_PRONOUNS,
  PASSIVE_SPEECH,
  PRONOUN_MARKERS,
  SPEECH_VERBS,
  VERB_ADVERBS,
  postCue,
  type PostCue,
} from './reporting-verbs.ts'

// Word classes, one bit each (see the sets they come from).
export const C_TITLE = 1 << 0
export const C_HONORIFIC = 1 << 1
export const C_PLACE_HEAD = 1 << 2
export const C_NOT_NAME = 1 << 3
export const C_ORG = 1 << 4
export const C_SPEECH_VERB = 1 << 5
export const C_VERB_ADVERB = 1 << 6
export const C_PASSIVE = 1 << 7
export const C_PRONOUN_MARKER = 1 << 8
export const C_SUBJECT_PRONOUN = 1 << 9
export const C_CUE_PRONOUN = 1 << 10
export const C_HEADLINE_SMALL = 1 << 11
export const C_OBJECT_PREP = 1 << 12
export const C_COLLECTIVE = 1 << 13
export const C_PLACE_FOLLOWER = 1 << 14
export const C_ABBREVIATION = 1 << 15
/** The word without its dots is a degree ("M.Si" → msi). */
export const C_DEGREE = 1 << 16
export const C_NAME_STARTER = 1 << 17
export const C_PLACE_TAIL = 1 << 18
export const C_TERRITORIAL = 1 << 19
export const C_EPITHET_END = 1 << 20
/** postCue(word) is not null. */
export const C_POST_CUE = 1 << 21
/** A Kemen… office form (Kemendagri): /^kemen[a-z]{2,}/. */
export const C_KEMEN = 1 << 22
/** Starts like a verb or auxiliary: /^(me|ber|di|ter|juga|akan|telah|sudah)/. */
export const C_VERB_PREFIX = 1 << 23
export const C_COMPASS = 1 << 24
export const C_LONG_NAME_STARTER = 1 << 25
export const C_FRONTED_CLAUSE = 1 << 26

// Single words some rules test by name.
export const W_DI = 1
export const W_DAN = 2
export const W_SERTA = 3
export const W_MENURUT = 4
export const W_OLEH = 5
export const W_BAHWA = 6
export const W_DEMIKIAN = 7
export const W_WALI = 8
export const W_DR = 9
export const W_PURN = 10
/** "berinisial DW", "inisial AS": a person known only by initials. */
export const W_INISIAL = 11
/** "Raja Negeri": a Maluku village head's title (person-mentions.ts, rajaOfNegeriAt). */
export const W_RAJA = 12
const SPECIAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['di', W_DI], ['dan', W_DAN], ['serta', W_SERTA], ['menurut', W_MENURUT], ['oleh', W_OLEH], ['bahwa', W_BAHWA],
  ['demikian', W_DEMIKIAN], ['wali', W_WALI], ['dr', W_DR], ['drg', W_DR], ['drh', W_DR], ['purn', W_PURN], ['berinisial', W_INISIAL],
  ['inisial', W_INISIAL], ['raja', W_RAJA],
  // "According to NAME, …" is the English "Menurut NAME, …" (the "to" after it is skipped where it is read).
  ['according', W_MENURUT],
])

// Per-article facts about a word, set by the mention context (mention-context.ts).
/** Defined in brackets in this article as an office acronym. */
export const X_ORG_ACRONYM = 1
/** The first word of a place this article names. */
export const X_PLACE_START = 2
/** The shipped acronym dictionary was asked whether the word (capitalised) is a body's short form. */
export const X_DICTIONARY_ASKED = 4
/** … and it is ("Dekranasda", "Bapperida"). */
export const X_DICTIONARY_OFFICE = 8
/** Initials this article gives a person with an age ("Salah satu penerima remisi, YK (29), …"): a name, not an acronym. */
export const X_INITIALS_PERSON = 16
/** Used alone as a person's name in this article, after a cue word or a form of address ("kata Yudi", "Mas Yudi"). */
export const X_SHORT_NAME = 32

/** /^kemen[a-z]{2,}/ by char code (one regex compile less in a cold engine). */
function isKemenForm(lower: string): boolean {
  if (!lower.startsWith('kemen') || lower.length < 7) return false
  const a = lower.charCodeAt(5)
  const b = lower.charCodeAt(6)
  return a >= 97 && a <= 122 && b >= 97 && b <= 122
}

/** /^(me|ber|di|ter|juga|akan|telah|sudah)/ without a regex: one switch on the first letter (it runs for every new word). */
function hasVerbPrefix(lower: string): boolean {
  switch (lower.charCodeAt(0)) {
    case 109: return lower.charCodeAt(1) === 101 // me
    case 100: return lower.charCodeAt(1) === 105 // di
    case 98: return lower.startsWith('ber')
    case 116: return lower.startsWith('ter') || lower.startsWith('telah')
    case 106: return lower.startsWith('juga')
    case 97: return lower.startsWith('akan')
    case 115: return lower.startsWith('sudah')
    default: return false
  }
}

/**
 * Every listed word with the OR of its classes: one Map look-up per new word instead of one Set look-up per class.
 * Built on the first new word of a page (about 900 entries), which costs less than the look-ups it saves on even a
 * short article in a cold engine.
 */
let listedClasses: Map<string, number> | null = null

function buildListedClasses(): Map<string, number> {
  const table = new Map<string, number>()
  const lists: Array<readonly [ReadonlySet<string>, number]> = [
    [TITLE_WORDS, C_TITLE], [HONORIFICS, C_HONORIFIC], [PLACE_HEADS, C_PLACE_HEAD], [NOT_NAMES, C_NOT_NAME],
    [ORG_WORDS, C_ORG], [SPEECH_VERBS, C_SPEECH_VERB], [VERB_ADVERBS, C_VERB_ADVERB], [PASSIVE_SPEECH, C_PASSIVE],
    [PRONOUN_MARKERS, C_PRONOUN_MARKER], [SUBJECT_PRONOUNS, C_SUBJECT_PRONOUN], [CUE_PRONOUNS, C_CUE_PRONOUN],
    [HEADLINE_SMALL_WORDS, C_HEADLINE_SMALL], [OBJECT_PREPOSITIONS, C_OBJECT_PREP], [COLLECTIVE, C_COLLECTIVE],
    [PLACE_FOLLOWERS, C_PLACE_FOLLOWER], [ABBREVIATIONS, C_ABBREVIATION], [DEGREES, C_DEGREE],
    [NAME_STARTERS, C_NAME_STARTER], [PLACE_TAILS, C_PLACE_TAIL], [TERRITORIAL_TITLES, C_TERRITORIAL],
    [EPITHET_ENDS, C_EPITHET_END], [COMPASS_WORDS, C_COMPASS],
    [LONG_NAME_STARTERS, C_LONG_NAME_STARTER], [FRONTED_CLAUSE_OPENERS, C_FRONTED_CLAUSE],
  ]
  for (const [words, bit] of lists) words.forEach((word) => table.set(word, (table.get(word) ?? 0) | bit))
  return table
}

function classify(lower: string, cue: PostCue | null): number {
  let c = (listedClasses ??= buildListedClasses()).get(lower) ?? 0
  // Degrees are listed without their dots: "M.Si" is msi.
  if (lower.includes('.') && DEGREES.has(lower.replace(/\./g, ''))) c |= C_DEGREE
  if (cue !== null) c |= C_POST_CUE
  if (isKemenForm(lower)) c |= C_KEMEN
  if ((c & C_TITLE) === 0 && titleAbbreviationOffice(lower) !== null) c |= C_TITLE | C_TERRITORIAL
  if ((c & C_TITLE) === 0 && ministerAbbreviationMinistry(lower) !== null) c |= C_TITLE
  if (hasVerbPrefix(lower)) c |= C_VERB_PREFIX
  return c
}

// Word keys (see the header). sym: 1–26 letters, 27–36 digits, 37–39 ' - . ; 0 for any other character.
const SYM = new Uint8Array(128)
for (let c = 97; c <= 122; c++) SYM[c] = c - 96
for (let c = 65; c <= 90; c++) SYM[c] = c - 64
for (let c = 48; c <= 57; c++) SYM[c] = c - 48 + 27
SYM[39] = 37
SYM[45] = 38
SYM[46] = 39
/** The six-bit symbol of an ASCII letter (either case), digit or joiner; 0 for anything else. */
export function keySymbol(c: number): number {
  return c < 128 ? (SYM[c] as number) : 0
}
/** Characters packed into each of the two key integers. */
export const KEY_CHARS = 5
/** Start of the hash of the characters after the first 2 × KEY_CHARS; feed lower-case code units with hashStep. */
export const HASH_START = 0x2f3a5b7d
export function hashStep(h: number, code: number): number {
  // Kept to 30 bits: a value the engine stores as a small integer. A full 32-bit hash turned into a heap number
  // on some words, which threw the tokenizer's optimized code away mid-article.
  return (((h << 5) | (h >>> 25)) ^ code) & 0x3fffffff
}

function slotOf(a: number, b: number, tail: number, length: number, mask: number): number {
  let h = Math.imul(a ^ (length << 27), 0x2c1b3c6d) ^ Math.imul(b ^ tail, 0x297a2d39)
  h ^= h >>> 15
  return h & mask
}

/** Passive speech verbs whose stem after a separate "di" means something else ("di sela acara"). */
const NOT_SPLIT_PASSIVES: ReadonlySet<string> = new Set(['disela'])

export class Vocabulary {
  /** Lower-cased form of each word id. */
  readonly lower: string[] = []
  /** Class bits (C_…) of each word id. */
  readonly classes: number[] = []
  /** W_… for the words rules test by name, else 0. */
  readonly special: number[] = []
  /** postCue(lower) of each word id, or null. */
  readonly cues: Array<PostCue | null> = []
  /** Per-article facts (X_…) of each word id. */
  readonly facts: number[] = []
  private readonly keyA: number[] = []
  private readonly keyB: number[] = []
  private readonly keyTail: number[] = []
  /** Lower-case forms with characters outside the key alphabet. */
  private readonly others = new Map<string, number>()
  private slots: Int32Array
  private mask: number

  constructor(expectedWords = 512) {
    let size = 1024
    while (size < expectedWords * 2) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
  }

  get size(): number {
    return this.lower.length
  }

  /**
   * The id of the word text[start, end) of letters, digits and joiners only (ASCII), whose key the caller computed:
   * `a` and `b` pack its first 2 × KEY_CHARS characters (a = a * 64 + keySymbol(c)), `tail` hashes the rest
   * (HASH_START, hashStep over lower-case code units). Allocates only when the word is new.
   */
  internKey(text: string, start: number, end: number, a: number, b: number, tail: number): number {
    const length = end - start
    const mask = this.mask
    let slot = slotOf(a, b, tail, length, mask)
    for (;;) {
      const entry = this.slots[slot] as number
      if (entry === 0) break
      const id = entry - 1
      if (this.keyA[id] === a && this.keyB[id] === b && this.keyTail[id] === tail) {
        const known = this.lower[id] as string
        if (known.length === length && (length <= 2 * KEY_CHARS || tailMatches(known, text, start))) return id
      }
      slot = (slot + 1) & mask
    }
    return this.add(text.slice(start, end).toLowerCase(), a, b, tail, slot)
  }

  /** The id of a lower-cased word (adding it when new). */
  intern(lower: string): number {
    let a = 0
    let b = 0
    let tail = HASH_START
    for (let k = 0; k < lower.length; k++) {
      const c = lower.charCodeAt(k)
      const sym = c >= 65 && c <= 90 ? 0 : keySymbol(c) // a lower-case form has no capitals
      if (sym === 0) return this.internOther(lower)
      if (k < KEY_CHARS) a = a * 64 + sym
      else if (k < 2 * KEY_CHARS) b = b * 64 + sym
      else tail = hashStep(tail, c)
    }
    if (lower.length === 0) return this.internOther(lower)
    return this.internKey(lower, 0, lower.length, a, b, tail)
  }

  private internOther(lower: string): number {
    const known = this.others.get(lower)
    if (known !== undefined) return known
    const id = this.add(lower, 0, 0, 0, -1)
    this.others.set(lower, id)
    return id
  }

  /** Add a word; `slot` is its free slot in the key table, or -1 for a word outside the key alphabet. */
  private add(lower: string, a: number, b: number, tail: number, slot: number): number {
    const id = this.lower.length
    this.lower.push(lower)
    this.keyA.push(a)
    this.keyB.push(b)
    this.keyTail.push(tail)
    const cue = postCue(lower)
    this.classes.push(classify(lower, cue))
    this.special.push(SPECIAL_WORDS.get(lower) ?? 0)
    this.cues.push(cue)
    this.facts.push(0)
    if (slot >= 0) {
      this.slots[slot] = id + 1
      if (++this.keyed * 2 > this.slots.length) this.grow()
    }
    return id
  }

  private keyed = 0

  private splitPassives: Map<number, number> | null = null

  /**
   * The passive verb a stem makes after a "di" written apart ("di sampaikan" → "disampaikan", "enggan di sebut
   * namanya" → "disebut", a hurried writer's spelling): a passive speech verb or an anonymity word, as a word id; -1
   * when the stem makes none.
   */
  splitPassiveOf(stem: number): number {
    if (this.splitPassives === null) {
      this.splitPassives = new Map()
      // (Not "sela": "di sela acara" is "on the sidelines of", far likelier than a misspelt "disela".)
      // (And a nickname's passives: "yang akrab di sapa Kang Asep", "di panggil Bang Fadli".)
      for (const word of [...PASSIVE_SPEECH, ...ANONYMITY_WORDS, 'disapa', 'dipanggil', 'dijuluki']) {
        if (word.startsWith('di') && word.length > 4 && !NOT_SPLIT_PASSIVES.has(word)) this.splitPassives.set(this.intern(word.slice(2)), this.intern(word))
      }
    }
    return this.splitPassives.get(stem) ?? -1
  }

  private grow(): void {
    const size = this.slots.length * 2
    const slots = new Int32Array(size)
    const mask = size - 1
    for (let k = 0; k < this.slots.length; k++) {
      const entry = this.slots[k] as number
      if (entry === 0) continue
      const id = entry - 1
      let slot = slotOf(this.keyA[id] as number, this.keyB[id] as number, this.keyTail[id] as number, (this.lower[id] as string).length, mask)
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = entry
    }
    this.slots = slots
    this.mask = mask
  }
}

/** known (lower-case) equals the ASCII text from `start` lower-cased, past the packed first characters. */
function tailMatches(known: string, text: string, start: number): boolean {
  for (let k = 2 * KEY_CHARS; k < known.length; k++) {
    let c = text.charCodeAt(start + k)
    if (c >= 65 && c <= 90) c += 32
    if (known.charCodeAt(k) !== c) return false
  }
  return true
}
