/**
 * Reads one person mention from tokens (design notes §3.5): `[TITLE-CHAIN] [(ACRONYM)] [HONORIFIC] NAME [, DEGREE]*`,
 * plus the appositive forms "Kepala Dinas Kesehatan Rimbajaya, Nanda Oktaviani," and "Nanda Oktaviani, Kepala Dinas …,".
 * It splits the title chain from the name (a place after a territorial title or office belongs to the title), and
 * shortens the role with the acronyms the article gives in brackets ("Sekretaris Jenderal (Sekjen) Kementerian
 * Dalam Negeri (Kemendagri)" → "Sekjen Kemendagri"). Work is bounded by the mention's length.
 *
 * Reads the open paragraph of a TokenStore by token index. A mention keeps token indices, not strings: most parsed
 * mentions are only asked how long their name is or whether they are titled, so the name and role strings are
 * built on first use.
 */

import { addressGender, type Gender } from './gender.ts'
import type { MentionContext } from './mention-context.ts'
import { ministerAbbreviationMinistry, TITLE_WORDS } from './name-lexicon.ts'
import { COMMA, F_ALL_CAPS, F_DIGIT_START, LPAREN, PERIOD, RPAREN, SLASH, HYPHEN, T_PUNCT, T_QUOTE, T_WORD, type TokenStore } from './tokenize.ts'
import {
  C_COMPASS,
  C_DEGREE,
  C_HONORIFIC,
  C_KEMEN,
  C_LONG_NAME_STARTER,
  C_NAME_STARTER,
  C_NOT_NAME,
  C_ORG,
  C_PLACE_HEAD,
  C_PLACE_TAIL,
  C_TERRITORIAL,
  C_TITLE,
  W_DAN,
  W_DR,
  W_PURN,
  W_SERTA,
  W_RAJA,
  W_WALI,
  X_DICTIONARY_ASKED,
  X_DICTIONARY_OFFICE, X_INITIALS_PERSON } from './vocabulary.ts'
import { isDictionaryOffice } from './dictionary-offices.ts'
import { isProvinceKey, isRegionName } from '../metadata/region.ts'

/** What the alias table needs of a mention. */
export interface NamedMention {
  /** The name as written, without title, honorifics and degrees; empty for a title-only mention. */
  readonly name: readonly string[]
  /** The role with bracketed acronyms applied ("Sekjen Kemendagri"), or null. */
  readonly role: string | null
  /** The role as written in full, without acronyms ("Sekretaris Jenderal Kementerian Dalam Negeri"). */
  readonly roleLong: string | null
}

export class Mention implements NamedMention {
  private nameCache: string[] | null = null
  private nameLowerCache: string[] | null = null
  private roleCache: string | null | undefined = undefined
  private roleLongCache: string | null = null

  constructor(
    private readonly store: TokenStore,
    private readonly text: string,
    /** [from, to) token indices covered, including title chain, honorifics and degrees. */
    readonly from: number,
    readonly to: number,
    private readonly nameFrom: number,
    private readonly nameTo: number,
    /** Token indices of the role's pieces in order; ~k for an acronym in brackets. */
    private readonly pieces: readonly number[] | null,
    /** Introduced by a title or an honorific: strong evidence of a person. */
    readonly titled: boolean,
  ) {}

  /** The sex the forms of address before the name tell ("Ibu NAME", "Bupati Hj. NAME", "Pak NAME"), or null. */
  get addressGender(): Gender | null {
    const s = this.store
    for (let k = this.nameFrom - 1; k >= this.from; k--) {
      if (!s.isWord(k)) continue
      const gender = addressGender(s.lower(k))
      if (gender !== null) return gender
    }
    return null
  }

  /** A comma stands before the name and its honorifics: an office's holder named after it ("Head of …, Dr. NAME"). */
  get nameAfterComma(): boolean {
    const s = this.store
    let k = this.nameFrom - 1
    while (k > this.from && (s.isPunct(k, PERIOD) || honorificAt(s, k))) k--
    return k > this.from && s.isPunct(k, COMMA)
  }

  /** Academic degrees follow the name ("Sri Wahyuningsih, S.STP., M.Si."): only a person has them. */
  get hasDegrees(): boolean {
    return this.nameTo > this.nameFrom && skipDegrees(this.store, this.nameTo) > this.nameTo
  }

  /** Number of name words (the full stop of an initial inside the name is not one, nor a quoted nickname). */
  get nameLength(): number {
    return this.nameLower.length
  }

  /** The name's words as written; an initial keeps its full stop ("Yohana Ch. Pattiasina"); a quoted nickname is left out. */
  get name(): readonly string[] {
    if (this.nameCache === null) {
      const out: string[] = []
      for (let k = this.nameFrom; k < this.nameTo; k++) {
        const nickname = quotedNicknameLength(this.store, k)
        if (nickname > 0) {
          k += nickname - 1
          continue
        }
        const word = this.text.slice(this.store.starts[k], this.store.ends[k])
        if (this.store.kinds[k] === T_WORD) out.push(word)
        else if (out.length) out[out.length - 1] += word
      }
      this.nameCache = out
    }
    return this.nameCache
  }

  /** The name's words lower-cased (the vocabulary's strings: no new ones). */
  get nameLower(): readonly string[] {
    if (this.nameLowerCache === null) {
      const out: string[] = []
      for (let k = this.nameFrom; k < this.nameTo; k++) {
        const nickname = quotedNicknameLength(this.store, k)
        if (nickname > 0) {
          k += nickname - 1
          continue
        }
        if (this.store.kinds[k] === T_WORD) out.push(this.store.vocab.lower[this.store.values[k] as number] as string)
      }
      this.nameLowerCache = out
    }
    return this.nameLowerCache
  }

  get role(): string | null {
    if (this.roleCache === undefined) this.buildRole()
    return this.roleCache ?? null
  }

  get roleLong(): string | null {
    if (this.roleCache === undefined) this.buildRole()
    return this.roleLongCache
  }

  /** Build the short role (acronyms replace the words they abbreviate) and the long role. */
  private buildRole(): void {
    const pieces = this.pieces
    if (pieces === null || pieces.length === 0) {
      this.roleCache = null
      return
    }
    const short: string[] = []
    const long: string[] = []
    let segmentStart = 0
    for (const piece of pieces) {
      if (piece >= 0) {
        const word = this.text.slice(this.store.starts[piece], this.store.ends[piece])
        short.push(word)
        long.push(word)
        continue
      }
      const acronym = this.text.slice(this.store.starts[~piece], this.store.ends[~piece])
      // The long form: the last words whose initials spell the acronym ("Ketua Kerapatan Adat Nagari (KAN)" → Ketua
      // KAN); else it starts at the first word of the current segment with the acronym's initial (Schwartz–Hearst:
      // "Sekretaris Jenderal (Sekjen)", "Kementerian Dalam Negeri (Kemendagri)").
      const initial = acronym[0]?.toLowerCase() ?? ''
      let k = initialsSpell(short, segmentStart, acronym)
      // A title's own short form names the whole title chain before it ("Komandan Kodim (Dandim)", "Komandan Distrik
      // Militer (Dandim)"), whatever its first letter.
      const titleShortForm = k < 0 && TITLE_WORDS.has(acronym.toLowerCase()) && TITLE_WORDS.has(short[segmentStart]?.toLowerCase() ?? '')
      if (k < 0) k = segmentStart
      while (!titleShortForm && k < short.length && short[k]?.[0]?.toLowerCase() !== initial) k++
      if (k === short.length) short.push(acronym)
      else short.splice(k, short.length - k, acronym)
      segmentStart = short.length
    }
    this.roleCache = short.join(' ')
    this.roleLongCache = long.join(' ')
  }
}

/** Where the last words of `words` (from `from` on) whose initials spell `acronym` start, or -1. */
function initialsSpell(words: readonly string[], from: number, acronym: string): number {
  const start = words.length - acronym.length
  if (acronym.length < 2 || start < from) return -1
  for (let w = 0; w < acronym.length; w++) {
    if (words[start + w]?.[0]?.toLowerCase() !== acronym[w]?.toLowerCase()) return -1
  }
  return start
}

const MAX_NAME = 4
/** Balinese names with a caste title or birth-order marker ("I Gusti Ngurah Artha Wiguna") run longer. */
const MAX_LONG_NAME = 6
const MAX_CHAIN = 24

/** Office acronyms: defined in brackets in this article, all-caps (DPRD), or Kemen… forms (Kemendagri). k is a word. */
export function isOrgWord(s: TokenStore, k: number, ctx: MentionContext): boolean {
  if ((s.wordClass(k) & (C_ORG | C_KEMEN)) !== 0) {
    // "Anak" opens "Anak Agung"; "Lalu" is an office word only in "Lalu Lintas" (else the Sasak "Lalu Hamdan …").
    const lower = s.lower(k)
    if (lower === 'anak') return !balineseOpenerAt(s, k)
    if (lower === 'lalu') return s.isWord(k + 1) && s.lower(k + 1) === 'lintas'
    return true
  }
  if (s.hasFlag(k, F_ALL_CAPS) && ((s.vocab.facts[s.values[k] as number] as number) & X_INITIALS_PERSON) !== 0) return false
  return ctx.isAcronym(s, k) || s.hasFlag(k, F_ALL_CAPS) || dictionaryOfficeAt(s, k)
}

/** A capitalised word the shipped acronym dictionary knows as a body's short form (asked once per word). */
function dictionaryOfficeAt(s: TokenStore, k: number): boolean {
  if (!s.cap(k)) return false
  const facts = s.vocab.facts
  const id = s.values[k] as number
  let f = facts[id] as number
  if ((f & X_DICTIONARY_ASKED) === 0) {
    f |= X_DICTIONARY_ASKED | (isDictionaryOffice(s.textOf(k)) ? X_DICTIONARY_OFFICE : 0)
    facts[id] = f
  }
  return (f & X_DICTIONARY_OFFICE) !== 0
}

/**
 * "Raja Negeri": the title of a Maluku village head (the negeri's raja). "Raja" alone is also a given name ("Raja
 * Sapta …"), so it is a title only before "Negeri".
 */
export function rajaOfNegeriAt(s: TokenStore, k: number): boolean {
  return s.special(k) === W_RAJA && s.isWord(k + 1) && s.cap(k + 1) && s.lower(k + 1) === 'negeri'
}

/** A capitalised word that can be part of a person's name. */
export function isNameWord(s: TokenStore, k: number, ctx: MentionContext): boolean {
  if (!s.isWord(k) || !s.cap(k)) return false
  if (rajaOfNegeriAt(s, k)) return false
  // "Lalu" opens Sasak names ("Lalu Ahmad Zaini"); elsewhere it is "then" or the "lalu lintas" of traffic units.
  if (s.lower(k) === 'lalu') return s.isWord(k + 1) && s.cap(k + 1) && s.lower(k + 1) !== 'lintas' && isNameWord(s, k + 1, ctx)
  if ((s.wordClass(k) & (C_TITLE | C_PLACE_HEAD | C_NOT_NAME)) !== 0 || honorificAt(s, k)) return false
  // A dotted degree written without its comma ("Abdul Ghofur S.Pd.I, Sekdes …") ends the name.
  if ((s.wordClass(k) & C_DEGREE) !== 0 && s.lower(k).includes('.')) return false
  if (isOrgWord(s, k, ctx)) return false
  return !s.hasFlag(k, F_DIGIT_START)
}

/** Consume ", S.E., M.Si." after a name; returns the index after the degrees. */
function skipDegrees(s: TokenStore, j: number): number {
  let k = j
  for (;;) {
    if (!s.isPunct(k, COMMA)) return k
    const d = k + 1
    if (!s.isWord(d)) return k
    const length = (s.ends[d] as number) - (s.starts[d] as number)
    if ((s.wordClass(d) & C_DEGREE) === 0 && !(s.lower(d).includes('.') && length <= 8 && s.cap(d))) return k
    k += 2
    if (s.isPunct(k, PERIOD) && s.starts[k] === s.ends[d]) k++
  }
}

/** The pilgrim honorifics, which are also words of office names ("Penyelenggaraan Haji dan Umrah"). */
const PILGRIM_HONORIFICS = new Set(['haji', 'hajah', 'hajjah'])

/**
 * Whether the word at k is an honorific here. "Haji"/"Hajah" is one only before a name ("Haji Abdul Somad"); inside
 * an office ("Bidang Penyelenggaraan Haji dan Umrah (PHU)") it is followed by "dan", a bracket, an office or a place
 * word, or nothing, and is a word of the office.
 */
export function honorificAt(s: TokenStore, k: number): boolean {
  if (!s.isWord(k) || (s.wordClass(k) & C_HONORIFIC) === 0) return false
  // "Lora", a kiai's son in Madura, before a given name that never names anything else ("Lora Ahmad Fadhilah"); a woman
  // may be called Lora ("Lora Susanti").
  if (s.lower(k) === 'lora') return s.isWord(k + 1) && (s.wordClass(k + 1) & C_NAME_STARTER) !== 0
  // "Hi.", the Lampung spelling of "H." (Haji), always with its full stop.
  if (s.lower(k) === 'hi') return s.isPunct(k + 1, PERIOD)
  // "Raden Ayu", "Raden Mas", "Raden Ajeng": a noble's name opens with them ("Raden Ayu Siti Marlina"), as a Balinese
  // name with its caste words; "Raden" alone before a name, or before a court rank ("Raden Ngabehi"), is a title.
  if (s.lower(k) === 'raden') return !(s.isWord(k + 1) && s.cap(k + 1) && RADEN_NAME_WORDS.has(s.lower(k + 1)))
  if (!PILGRIM_HONORIFICS.has(s.lower(k))) return true
  const next = k + 1
  return s.isWord(next) && s.cap(next) && (s.wordClass(next) & (C_ORG | C_TITLE | C_PLACE_HEAD)) === 0 && !s.hasFlag(next, F_ALL_CAPS)
}

/** Words after "Raden" that make it part of a noble's name. */
const RADEN_NAME_WORDS: ReadonlySet<string> = new Set(['ayu', 'mas', 'ajeng', 'roro', 'rara'])

/** Consume honorifics and ranks ("H.", "Drs.", "dr.", "Jenderal (Purn)"); returns the index after them. */
function skipHonorifics(s: TokenStore, j: number): number {
  let k = j
  for (let guard = 0; guard < 4; guard++) {
    // "K.H." (Kiai Haji), written as letters with full stops.
    const kiaiHaji = dottedKiaiHaji(s, k)
    if (kiaiHaji > 0) {
      k += kiaiHaji
      continue
    }
    if (!honorificAt(s, k)) return k
    // "dr." is lower-case; every other honorific is capitalised. "bu"/"pak" need a following name.
    if (!s.cap(k) && s.special(k) !== W_DR) return k
    k++
    if (s.isPunct(k, PERIOD)) k++
    if (s.isPunct(k, LPAREN) && s.special(k + 1) === W_PURN && s.isPunct(k + 2, RPAREN)) k += 3
  }
  return k
}

/** "K.H." at k: the letters K and H, each with its full stop, before a name. */
function dottedKiaiHaji(s: TokenStore, k: number): number {
  if (!s.isWord(k)) return 0
  const w = s.lower(k)
  // One token "K.H" (letters joined by a full stop) and its last full stop, or the letters apart.
  if (w === 'k.h') return s.isPunct(k + 1, PERIOD) ? 2 : 1
  if (w === 'k' && s.isPunct(k + 1, PERIOD) && s.isWord(k + 2) && s.lower(k + 2) === 'h' && s.isPunct(k + 3, PERIOD)) return 4
  return 0
}

// readChain's results besides the pieces; a module-level record so that a parse allocates no result object.
let chainEnd = 0
/** The last element may be followed by a place ("Bupati Rimbajaya …", "Dinas Kesehatan Rimbajaya …"). */
let chainExpectsPlace = false

// A parse's role pieces (token indices, ~k for a bracketed acronym), in a shared scratch list with its own count:
// one parse runs at a time (parsing never re-enters itself), and resetting a count is cheaper than `length = 0`.
const PIECES: number[] = []
let pieceCount = 0
function addPiece(k: number): void {
  PIECES[pieceCount++] = k
}

/** Most capitalised words the lexicon lacks that an office may hold before one of its own words ("Pos" SAR). */
const MAX_UNLISTED_OFFICE = 2

/**
 * How many capitalised words at j (1–MAX_UNLISTED_OFFICE) come right before an office word — a listed office word,
 * a defined or all-caps acronym, but not a rank (AKBP) or a degree (SH) — or 0. Given names that never start a
 * place or office (Muhammad, I, Ni …) and honorifics end the count.
 */
function unlistedOfficeWords(s: TokenStore, j: number, ctx: MentionContext): number {
  // (Fields joined by "dan"/"serta" are one office's: "Kepala Bidang Distribusi dan Cadangan Pangan DKP Tapin NAME".
  // The joiner does not count against the limit.)
  let joiners = 0
  for (let n = 1; n - joiners <= MAX_UNLISTED_OFFICE; n++) {
    const k = j + n - 1
    if (k > j && (s.special(k) === W_DAN || s.special(k) === W_SERTA) && s.isWord(k + 1) && s.cap(k + 1) && joiners === 0) {
      joiners++
      continue
    }
    if (!s.isWord(k) || !s.cap(k) || s.hasFlag(k, F_DIGIT_START) ||
      (s.wordClass(k) & (C_TITLE | C_NAME_STARTER | C_PLACE_HEAD)) !== 0 || honorificAt(s, k) || isOrgWord(s, k, ctx)) return 0
    const next = k + 1
    if (s.isWord(next) && s.cap(next) && (s.wordClass(next) & C_DEGREE) === 0 && !honorificAt(s, next) && isOrgWord(s, next, ctx)) return n
  }
  return 0
}

/**
 * The index of a given name that never names a place (Muhammad, Siti, I …) within `reach` capitalised plain words
 * from j — words that are neither titles, offices, place heads nor honorifics — or j when there is none.
 */
function nameStarterWithin(s: TokenStore, j: number, reach: number, ctx: MentionContext): number {
  for (let k = j; k < j + reach; k++) {
    if (!s.isWord(k) || !s.cap(k) || (s.wordClass(k) & (C_TITLE | C_NAME_STARTER | C_PLACE_HEAD)) !== 0 ||
      honorificAt(s, k) || isOrgWord(s, k, ctx)) return j
    if (s.isWord(k + 1) && (s.wordClass(k + 1) & C_NAME_STARTER) !== 0 && isNameWord(s, k + 2, ctx)) return k + 1
  }
  return j
}

/** Bodies numbered by a Roman numeral or a letter: DPR/DPRD commissions, special committees, military commands. */
const NUMBERED_BODIES: ReadonlySet<string> = new Set(['komisi', 'kodam', 'lantamal', 'koarmada', 'seksi', 'sektor', 'wilayah', 'zona', 'rayon'])

/** A lone capital I, V or X (a Roman numeral) or A–E (a DPRD commission's letter) at k, with no initial's full stop. */
function singleLetterNumberAt(s: TokenStore, k: number): boolean {
  if (!s.isWord(k) || (s.ends[k] as number) - (s.starts[k] as number) !== 1 || !s.cap(k)) return false
  if (s.isPunct(k + 1, PERIOD) && s.starts[k + 1] === s.ends[k]) return false
  // "Kepala Seksi I Made Wirawan": the Balinese "I" opens the name — when a Balinese birth-order or caste name follows;
  // "Ketua Komisi I Jonri Purba" is the first commission's chair.
  if (balineseOpenerAt(s, k) && (s.lower(k) !== 'i' || (s.isWord(k + 1) && BALINESE_AFTER_I.has(s.lower(k + 1))))) return false
  return 'ivxabcde'.includes(s.lower(k))
}

/** Birth-order and caste names (and their short spellings) that follow the Balinese "I" ("I Made", "I Gusti Ngurah"). */
const BALINESE_AFTER_I: ReadonlySet<string> = new Set([
  'wayan', 'putu', 'gede', 'gd', 'made', 'md', 'kadek', 'nengah', 'nyoman', 'nym', 'komang', 'kmg', 'ketut', 'kt',
  'gusti', 'gst', 'dewa', 'dw', 'ngurah', 'wyn', 'kade', 'luh', 'iluh', 'bagus', 'agung', 'gde', 'ngakan', 'kd', 'pt',
])

/** A Roman numeral in capitals at k ("II", "XIV"): a commission's or a unit's number. */
function romanNumeralAt(s: TokenStore, k: number): boolean {
  const from = s.starts[k] as number
  const to = s.ends[k] as number
  if (to - from > 5 || !s.hasFlag(k, F_ALL_CAPS)) return false
  const text = s.lower(k)
  for (let c = 0; c < text.length; c++) if ('ivxlc'.indexOf(text[c] as string) < 0) return false
  return true
}

/**
 * Whether the organisation word at j names a party inside a faction ("Fraksi PDI Perjuangan …"): the chain from i has
 * named a "Fraksi" before j and j is not the regional parliament the faction sits in ("Fraksi Nurani DPRD Rimbajaya").
 */
function inFaction(s: TokenStore, i: number, j: number): boolean {
  if (REGIONAL_PARLIAMENTS.has(s.lower(j))) return false
  for (let k = i; k < j; k++) if (s.isWord(k) && s.lower(k) === 'fraksi') return true
  return false
}
const REGIONAL_PARLIAMENTS = new Set(['dprd', 'dprk', 'dpra', 'dprp', 'dprpb', 'dpr'])

/** Organisation words whose own name follows them: a party, a faction. */
const PARTY_WORDS = new Set(['partai', 'fraksi'])

/**
 * Whether the word at i is one of the (up to three) capitalised words right after "Partai" or "Fraksi": part of the
 * party's name ("Fraksi Nusantara Bersatu juga meminta …"), never a person's. A title or honorific opens a mention.
 */
function inPartyName(s: TokenStore, i: number): boolean {
  if ((s.wordClass(i) & C_TITLE) !== 0 || honorificAt(s, i)) return false
  for (let k = i - 1; k >= s.lo && k >= i - 3; k--) {
    if (!s.isWord(k) || !s.cap(k)) return false
    if (PARTY_WORDS.has(s.lower(k))) return !knownPartyEndsBefore(s, k + 1, i)
    if ((s.wordClass(k) & C_TITLE) !== 0 || honorificAt(s, k)) return false
  }
  return false
}

/**
 * Parties whose name is one word, or two with "Perjuangan" ("Fraksi Golkar Budi Santoso", "Fraksi PDI Perjuangan
 * Rina …"): after them a capitalised word starts a person's name.
 */
const ONE_WORD_PARTIES = new Set(['golkar', 'gerindra', 'demokrat', 'nasdem', 'hanura', 'perindo', 'pks', 'pkb', 'pan', 'ppp',
  'psi', 'pdip', 'pdi-p', 'pdi', 'gelora', 'ummat', 'buruh', 'garuda', 'pbb', 'pkn', 'berkarya', 'perjuangan'])

/** Whether the party name that starts at `from` is a known one that ends before i. */
function knownPartyEndsBefore(s: TokenStore, from: number, i: number): boolean {
  if (!ONE_WORD_PARTIES.has(s.lower(from))) return false
  const end = s.lower(from) === 'pdi' && s.isWord(from + 1) && s.lower(from + 1) === 'perjuangan' ? from + 2 : from + 1
  return i >= end
}

/**
 * After the party word at `word` ("Partai", "Fraksi"), the end of a run of one to three capitalised words closed by a
 * comma and an appositive name ("… Partai Nusantara Bersatu, Drs. Yusran Tamburaka, …"): that run is the party's
 * name, since its holder is named after the comma. 0 when there is no such run (a name right after the party word
 * stays possible: "Fraksi Golkar Budi Santoso" is left to the other rules).
 */
function partyNameBeforeAppositive(s: TokenStore, word: number, ctx: MentionContext): number {
  if (!PARTY_WORDS.has(s.lower(word))) return 0
  let k = word + 1
  while (k < word + 4 && s.isWord(k) && s.cap(k) && (s.wordClass(k) & C_TITLE) === 0 && !honorificAt(s, k)) k++
  if (k === word + 1 || !s.isPunct(k, COMMA)) return 0
  const start = skipHonorifics(s, k + 1)
  if ((s.wordClass(start) & C_DEGREE) !== 0) return 0
  const end = readNameRun(s, start, ctx)
  return end > start && closesAppositive(s, end) ? k : 0
}

/** Words of a ministry's own name or its minister's title: the ministry is national, so no place follows it. */
const NATIONAL_OFFICE_WORDS = new Set(['menteri', 'kementerian', 'kemenko', 'menko', 'wamen', 'wamenko',
  // Bodies that sit only at the centre, with no office named after a region ("Juru Bicara KPK NAME"; BPBD, KPU and
  // Bawaslu do have provincial and regency offices, so they are not here).
  'kpk', 'mk', 'lps', 'bappenas', 'bnpb', 'basarnas', 'setneg', 'kemensetneg', 'setkab', 'ksp', 'kejagung',
  'mabes', 'polri', 'bapanas', 'brin', 'bssn', 'lkpp', 'mpr', 'ri'])
/** Words of a ministry's regional or unit office, which does sit in a place ("Kantor Kemenag Rimbajaya …"). */
const REGIONAL_OFFICE_WORDS = new Set(['kantor', 'kanwil', 'kakanwil', 'kakan', 'kankemenag', 'balai', 'perwakilan', 'wilayah', 'cabang', 'unit', 'upt', 'stasiun', 'pos', 'lapas', 'rutan', 'kpp'])

/**
 * Whether the chain [from, to) names a ministry at the centre ("Menteri Komunikasi dan Informatika …", "Juru Bicara
 * Kementerian Kominfo …"), not one of its offices in the regions. After such a chain a capitalised word that is no
 * known place starts the name ("… Informatika Bonifasius Wiratama Lumbantoruan"), whatever the name's length.
 */
function nationalChain(s: TokenStore, from: number, to: number): boolean {
  let national = false
  for (let k = from; k < to; k++) {
    if (!s.isWord(k)) continue
    const lower = s.lower(k)
    if (REGIONAL_OFFICE_WORDS.has(lower)) return false
    if (NATIONAL_OFFICE_WORDS.has(lower) || (s.wordClass(k) & C_KEMEN) !== 0 || ministerAbbreviationMinistry(lower) !== null) national = true
  }
  return national
}

/**
 * Second words of two-word titles that are no title alone: the "Tua" of "Hukum Tua" (the Minahasa village head; alone
 * "Tua" is a name word, "Maruli Tua Sitorus"), the "Laut" of "Kapita Laut" (the Ternate sultanate's sea commander;
 * alone "Laut" is a place's word, "Tanah Laut"), and the court of a judge ("hakim konstitusi", "hakim agung").
 */
const TITLE_TAILS: ReadonlyMap<string, string> = new Map([['tua', 'hukum'], ['laut', 'kapita'], ['konstitusi', 'hakim'], ['agung', 'hakim'],
  ['upu', 'basir']]) // the Ngaju high priest who leads a Tiwah

/** Two-word titles whose words are no title alone: first word → its second words. */
const PAIR_TITLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['orang', new Set(['kaya'])], // the Kei and Maluku village head
  ['bapa', new Set(['raja'])],
  ['dukun', new Set(['pandita'])], // the Tengger priest
  ['tua', new Set(['golo', 'adat', 'teno'])], // Manggarai titles written without the apostrophe of "Tu'a"
  ['let', new Set(['adat'])], // the Ngaju village adat functionary
  ['tuai', new Set(['rumah'])], // the Iban longhouse head
  ['tuan', new Set(['guru'])], // a senior ulama in Mandailing and Sasak usage ("Tuan Guru H. NAME")
  ['jro', new Set(['mangku', 'gede', 'bendesa'])], // Balinese temple priests and the customary village head
  ['jero', new Set(['mangku', 'gede', 'bendesa'])],
])

/** A two-word title at j, both words capitalised ("Orang Kaya", not "orang tua murid"). */
export function pairTitleAt(s: TokenStore, j: number): boolean {
  const tails = PAIR_TITLES.get(s.lower(j))
  return tails !== undefined && s.cap(j) && s.isWord(j + 1) && s.cap(j + 1) && tails.has(s.lower(j + 1))
}

/** "RAT" (Rapat Anggota Tahunan, a co-operative's meeting) in capitals is an acronym, not the Kei title "Rat". */
function acronymNotTitle(s: TokenStore, j: number): boolean {
  return s.lower(j) === 'rat' && s.hasFlag(j, F_ALL_CAPS)
}

function titleTailAt(s: TokenStore, j: number): boolean {
  const head = TITLE_TAILS.get(s.lower(j))
  return head !== undefined && s.isWord(j - 1) && s.lower(j - 1) === head
}

/**
 * Whether every word of the chain from i to j is a lower-case title word: a cue's target written in lower case goes on
 * in lower case ("kata hakim ketua NAME", "ujar wakil ketua NAME").
 */
function lowerChainSoFar(s: TokenStore, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!s.isWord(k) || s.cap(k)) return false
  return j > i
}

/**
 * A chain that opens a sentence in sentence case ("Hakim ketua Lucas Sinaga …", "Wakil ketua DPRD …"): its first word
 * is capitalised only because the sentence starts there, so the title words after it are in lower case.
 */
function sentenceCaseChain(s: TokenStore, i: number, j: number): boolean {
  if (j !== i + 1 || !s.cap(i) || (s.wordClass(i) & C_TITLE) === 0 && !judgeBefore(s, i)) return false
  const before = i - 1
  return i === s.lo || s.isPunct(before, PERIOD) || s.kinds[before] === T_QUOTE
}

/** The lower-case "bicara" of "Juru bicara" (the title word after "Juru"), which the chain takes like a capital. */
function spokespersonTail(s: TokenStore, j: number, base: number): boolean {
  return pieceCount > base && s.lower(j) === 'bicara' && s.lower(j - 1) === 'juru'
}

/**
 * "Hakim" before a title ("Hakim Ketua Siregar", "Hakim Anggota …") is a judge's title; alone and capitalised it is
 * more often a name ("Arman Hakim").
 */
export function judgeBefore(s: TokenStore, j: number): boolean {
  // In lower case it is always the judge ("ujar hakim", "kata hakim Siregar").
  return s.lower(j) === 'hakim' && (!s.cap(j) || (s.isWord(j + 1) && (s.wordClass(j + 1) & C_TITLE) !== 0))
}

/** Words of a unit's name after its number and a slash ("Kodim 1422/Lamuru Jaya"). */
const MAX_UNIT_NAME = 3
/** Words an office may list before a bracketed abbreviated title. */
const MAX_FIELD_WORDS = 6

/**
 * How many words at j (capitalised, or "dan"/"serta" between them; no title or honorific) come right before a
 * bracket that opens with an abbreviated title ("… Haji dan Umrah (Kabid PHU)"), or 0.
 */
function fieldsBeforeTitleBracket(s: TokenStore, j: number): number {
  for (let k = j; k < j + MAX_FIELD_WORDS; k++) {
    if (s.isWord(k)) {
      const special = s.special(k)
      // A title among them starts another office ("… Anton Saputra dan Sekretaris Daerah (Sekda)"): not fields.
      if (s.cap(k) ? s.hasFlag(k, F_DIGIT_START) || (s.wordClass(k) & (C_TITLE | C_HONORIFIC)) !== 0 : special !== W_DAN && special !== W_SERTA) return 0
      continue
    }
    return k > j && s.cap(k - 1) && s.isPunct(k, LPAREN) && s.isWord(k + 1) && s.cap(k + 1) && (s.wordClass(k + 1) & C_TITLE) !== 0 ? k - j : 0
  }
  return 0
}

/** Words an acronym's tail may cover before its bracket. */
const MAX_TAIL_WORDS = 4

/**
 * How many capitalised words at j end an office's name whose acronym follows in brackets: their initials are the
 * acronym's last letters and the acronym is longer than they are (its first letters belong to the chain before).
 */
function acronymTailWords(s: TokenStore, j: number): number {
  let k = j
  while (k < j + MAX_TAIL_WORDS && s.isWord(k) && s.cap(k)) k++
  const m = k - j
  if (m === 0 || !s.isPunct(k, LPAREN) || !s.isWord(k + 1) || !s.isPunct(k + 2, RPAREN) || !s.hasFlag(k + 1, F_ALL_CAPS)) return 0
  const acronym = s.lower(k + 1)
  if (acronym.length <= m || acronym.length > 8) return 0
  const tail = acronym.slice(acronym.length - m)
  for (let w = 0; w < m; w++) if (s.lower(j + w)[0] !== tail[w]) return 0
  return m
}

/** An ordinal written with "ke-" ("HUT ke-63", "Muktamar ke-34"). */
const ORDINAL = /^ke-\d{1,3}$/

/** Read a title chain at token i, appending its pieces after the first `base`; sets chainEnd and chainExpectsPlace. */
function readChain(s: TokenStore, i: number, ctx: MentionContext, allowLower: boolean, base: number): void {
  pieceCount = base
  let j = i
  let expectPlace = false
  while (j < s.hi && j - i < MAX_CHAIN) {
    if (s.kinds[j] === T_WORD) {
      const first = pieceCount === base
      const cls = s.wordClass(j)
      const cap = s.cap(j)
      // Two-word titles whose words are no title alone ("Orang Kaya Ur Maren, NAME", "Dukun Pandita", "Tua Golo"):
      // both words, and the place after them.
      if (cap && pairTitleAt(s, j)) {
        addPiece(j)
        addPiece(j + 1)
        expectPlace = true
        j += 2
        continue
      }
      if ((cap || (allowLower && (first || lowerChainSoFar(s, i, j))) || spokespersonTail(s, j, base) || sentenceCaseChain(s, i, j)) &&
        (((cls & C_TITLE) !== 0 && !acronymNotTitle(s, j)) || (first && s.special(j) === W_WALI) || judgeBefore(s, j) || rajaOfNegeriAt(s, j) || (!first && titleTailAt(s, j)))) {
        addPiece(j)
        // (The Minahasa village head, "Hukum Tua", heads a village named after the title.)
        expectPlace = (cls & C_TERRITORIAL) !== 0 || (s.lower(j) === 'tua' && titleTailAt(s, j))
        j++
        continue
      }
      // (In lower case too after a lower-case title: "ujar kepala desa", "kata kepala desa Sampang Kusnadi".)
      if (!first && (cap || (allowLower && !cap && lowerChainSoFar(s, i, j))) && (cls & C_PLACE_HEAD) !== 0) {
        addPiece(j)
        j++
        // The place named by the head: a place the article names, else one word plus tails ("Kalimantan Tengah").
        // A run closed by a comma that ends with a province or regency is all place ("Kepala Adat Besar Dayak Kenyah
        // Kutai Barat, NAME").
        const known = Math.max(ctx.knownPlaceLength(s, j, j + 3), regionRunBeforeComma(s, j))
        if (known > 0) {
          for (let k = 0; k < known; k++) addPiece(j + k)
          j += known
        // (After a place head in lower case, only a place the article names: "kata kepala desa Suparno" names the
        // holder, not a village "Suparno".)
        } else if (cap && s.isWord(j) && s.cap(j) && (s.wordClass(j) & (C_TITLE | C_NAME_STARTER)) === 0 && !isOrgWord(s, j, ctx) && !balineseOpenerAt(s, j) &&
          // "Wali Kota Dadang menyampaikan": after the title "Wali Kota", one word before a verb is the mayor's name;
          // so after any place head, a word the article never names as a place ("Kepala Desa Suparno berpesan").
          // (Three name-like words or more after it hold a place too: "Wali Nagari Tigo Batur Afdal Jamil".)
          !(s.special(j - 2) === W_WALI && readNameRun(s, j, ctx) - j < 3 && (!isNameWord(s, j + 1, ctx) || (ctx.hasKnownPlaces && ctx.knownPlaceLength(s, j, j + 2) === 0))) &&
          !(s.isWord(j + 1) && !s.cap(j + 1) && ctx.knownPlaceLength(s, j, j + 1) === 0 && ctx.hasKnownPlaces)) {
          addPiece(j)
          j++
          while (s.isWord(j) && s.cap(j) && (s.wordClass(j) & C_PLACE_TAIL) !== 0) {
            addPiece(j)
            j++
          }
          // A place of two or three words the lexicon lacks, ended by a given name that never names a place
          // ("Keuchik Gampong Lhok Seumatang Muhammad Nasir").
          const starter = nameStarterWithin(s, j, 2, ctx)
          for (; j < starter; j++) addPiece(j)
          // Three name-like words or more left, the second of which the article uses alone as a name ("Kepala Desa
          // Braja Asri Yudi Prasetyo …", later "tutur Mas Yudi"): the first is the place's second word.
          if (s.isWord(j) && s.cap(j) && !ctx.isShortName(s, j) && ctx.isShortName(s, j + 1) &&
            (s.wordClass(j) & (C_TITLE | C_NAME_STARTER)) === 0 && !isOrgWord(s, j, ctx) && readNameRun(s, j, ctx) - j >= 3) {
            addPiece(j)
            j++
          }
        }
        expectPlace = false
        continue
      }
      if (!first && cap && isOrgWord(s, j, ctx)) {
        addPiece(j)
        // A party's faction ("Fraksi PDI Perjuangan …") is no regional office: no place follows it.
        // Nor a commission's number ("Wakil Ketua Komisi II Rini Oktavia Putri").
        expectPlace = !inFaction(s, i, j) && !romanNumeralAt(s, j)
        j++
        // "Juru bicara Fraksi Partai Nusantara Bersatu, Drs. NAME, …": the capitalised words after "Partai" or
        // "Fraksi" that a comma and the holder's name close are the party's name, never a person's.
        const party = partyNameBeforeAppositive(s, j - 1, ctx)
        for (; j < party; j++) addPiece(j)
        if (party > 0) expectPlace = false
        // A one-letter number after a numbered body ("Ketua Komisi X NAME", "Komisi B", "Kodam V"): the letter is
        // the body's, not the holder's initial (an initial carries its full stop: "Komisi II A. Rahman").
        if (NUMBERED_BODIES.has(s.lower(j - 1)) && singleLetterNumberAt(s, j)) {
          addPiece(j)
          expectPlace = false
          j++
        }
        continue
      }
      // Office words the lexicon lacks, right before an office word ("Koordinator Pos SAR …", "Direktur Reserse
      // Kriminal Umum …"): a person's name is never followed by an office acronym, so they belong to the office.
      if (!first && cap) {
        const unlisted = unlistedOfficeWords(s, j, ctx)
        if (unlisted > 0) {
          for (let k = 0; k < unlisted; k++) addPiece(j + k)
          j += unlisted
          continue
        }
      }
      // The last words of an office's name before its acronym in brackets ("Ketua Panitia Penyelenggara Ibadah Haji
      // (PPIH)"): the acronym's last letters are their initials and its first ones the chain's, so they are no name.
      // (A person's initials cover the name alone: "Bupati Ahmad Fauzi (AF)".)
      if (!first && cap) {
        const tail = acronymTailWords(s, j)
        if (tail > 0) {
          for (let k = 0; k < tail; k++) addPiece(j + k)
          j += tail
          expectPlace = true
          continue
        }
      }
      // One office held as another: "Kepala Kanwil Kemenag NTB selaku Ketua PPIH …" is one role.
      // ("selaku" stays in the role: the second office is indexed on its own, speaker-aliases.ts.)
      if (!first && !cap && (s.lower(j) === 'selaku' || s.lower(j) === 'merangkap' || s.lower(j) === 'sekaligus') && s.isWord(j + 1) && s.cap(j + 1) && (s.wordClass(j + 1) & C_TITLE) !== 0) {
        addPiece(j)
        j++
        continue
      }
      // "Ketua Panitia yang juga Asisten Pemerintahan …, NAME": the same.
      if (!first && !cap && s.lower(j) === 'yang' && s.isWord(j + 1) && s.lower(j + 1) === 'juga' && s.isWord(j + 2) && s.cap(j + 2) && (s.wordClass(j + 2) & C_TITLE) !== 0) {
        addPiece(j)
        addPiece(j + 1)
        j += 2
        continue
      }
      // Fields of an office before its abbreviated title in brackets ("Kepala Bidang Penyelenggaraan Ibadah dan
      // Umrah (Kabid PHU) …"): the bracket abbreviates these words, so none of them is a person's name.
      if (!first && cap) {
        const fields = fieldsBeforeTitleBracket(s, j)
        if (fields > 0) {
          for (let k = 0; k < fields; k++) addPiece(j + k)
          j += fields
          continue
        }
      }
      // A unit number after an office or title ("Kepala SMKN 2 …", "Dandim 1627 …") belongs to the office, and so
      // does an event's ordinal ("Ketua Panitia HUT ke-63, NAME").
      if (!first && ((s.hasFlag(j, F_DIGIT_START) && (s.ends[j] as number) - (s.starts[j] as number) <= 4) || ORDINAL.test(s.lower(j)))) {
        addPiece(j)
        j++
        continue
      }
      if (!first && s.special(j) === W_DAN && s.cap(j + 1) && (s.wordClass(j + 1) & (C_ORG | C_TITLE)) !== 0) {
        addPiece(j)
        j++
        continue
      }
      // English editions: "Minister of Agriculture …", "Head of the National Food Agency …", "Representative to
      // Indonesia", "Marine and Fisheries": the office goes on after "of", "for", "to" (and "the") and "and". A
      // territorial title still expects its place ("Bupati of Minahasa Pesisir NAME").
      if (!first && !cap) {
        const joined = englishJoinerEnd(s, j)
        if (joined > j) {
          for (let k = j; k < joined; k++) addPiece(k)
          j = joined
          // "Director General of Disease Prevention and Control, dr. NAME": a run of capitalised words that a comma
          // and the holder's name close is all office, whatever its words.
          const officeEnd = englishOfficeRunEnd(s, j, ctx)
          for (; j < officeEnd; j++) addPiece(j)
          // "Deputy for Infrastructure Arief Setiawan Lubis said": a field of government right after the joiner is
          // the office's, not the first word of the name.
          while (s.isWord(j) && s.cap(j) && ENGLISH_FIELD_WORDS.has(s.lower(j))) addPiece(j++)
          continue
        }
      }
      break
    }
    // "Kades.Tarmuji": a title glued to its holder's name by a full stop (tokenize.ts keeps them apart).
    // (So is one written with its own full stop before a name of two words: "Kades. Edi Sulistyono" — the sentence
    // goes on there, tokenize.ts.)
    if (pieceCount > base && s.isPunct(j, PERIOD) && s.starts[j] === s.ends[j - 1] && s.isWord(j + 1) &&
      (s.starts[j + 1] === s.ends[j] || (s.isWord(j + 2) && s.cap(j + 2) && j + 1 < s.hi && (j - 1 === s.lo || s.isPunct(j - 2, PERIOD) || s.kind(j - 2) === T_QUOTE))) &&
      s.cap(j + 1) && (s.wordClass(j - 1) & C_TITLE) !== 0) {
      j++
      // "Pj.Bupati Garut NAME", "Plt.Kadis Pendidikan NAME": a second title goes on with the chain.
      if ((s.wordClass(j) & C_TITLE) !== 0 && s.starts[j] === s.ends[j - 1]) continue
      if ((s.wordClass(j) & C_TITLE) !== 0) {
        j--
        break
      }
      break
    }
    // "(Sekjen)": an acronym in brackets right after a chain element.
    if (pieceCount > base && s.isPunct(j, LPAREN) && s.isWord(j + 1) && s.isPunct(j + 2, RPAREN)) {
      addPiece(~(j + 1))
      j += 3
      continue
    }
    // "(Kabid Humas)": an abbreviated title of several words; each abbreviates the words before it, so the role
    // reads "Kabid Humas Polda …" and a later "ujar Kabid Humas" finds its holder.
    const bracketEnd = pieceCount > base ? bracketedAcronymEnd(s, j) : -1
    if (bracketEnd > 0) {
      for (let k = j + 1; k < bracketEnd - 1; k++) addPiece(~k)
      j = bracketEnd
      continue
    }
    // "(Indonesian Technical Advisory Group on Immunization/ITAGI)": a body's foreign name and its acronym after a
    // slash; the acronym abbreviates the office.
    const glossed = pieceCount > base ? slashAcronymBracketEnd(s, j) : -1
    if (glossed > 0) {
      addPiece(~(glossed - 2))
      j = glossed
      continue
    }
    // A double office joined by a slash ("Minister of Agrarian Affairs and Spatial Planning/Head of the National Land
    // Agency NAME", "Menteri …/Kepala BPN NAME"): the second title goes on with the chain.
    if (pieceCount > base && s.isPunct(j, SLASH) && s.starts[j] === s.ends[j - 1] && s.isWord(j + 1) && s.cap(j + 1) && (s.wordClass(j + 1) & C_TITLE) !== 0) {
      j++
      continue
    }
    // A unit's number and name ("Kodim 1422/Lamuru Jaya", "Korem 161/Wira Sakti"): the name after the slash is the
    // unit's, up to the rank or honorific before the commander's name.
    if (pieceCount > base && s.isPunct(j, SLASH) && s.hasFlag(j - 1, F_DIGIT_START) && s.isWord(j + 1) && s.cap(j + 1)) {
      let k = j + 1
      while (k < j + 1 + MAX_UNIT_NAME && s.isWord(k) && s.cap(k) && !honorificAt(s, k) && (s.wordClass(k) & C_TITLE) === 0) k++
      if (k > j + 1) {
        for (let w = j + 1; w < k; w++) addPiece(w)
        j = k
        continue
      }
    }
    // "Kementerian/Lembaga", "Kepala Dinas …-…": slashes and hyphens join office words.
    if (pieceCount > base && (s.isPunct(j, SLASH) || s.isPunct(j, HYPHEN)) && s.cap(j + 1) && isOrgWord(s, j + 1, ctx)) {
      j++
      continue
    }
    // An office that lists its fields ("Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura Provinsi Lampung NAME",
    // "Dinas Perindustrian, Perdagangan, Koperasi dan UKM (…) … NAME"): the list is part of the office.
    if (pieceCount > base && s.isPunct(j, COMMA) && isOrgWord(s, j - 1, ctx)) {
      const listEnd = officeFieldListEnd(s, j, ctx)
      if (listEnd > 0) {
        for (let k = j + 1; k < listEnd; k++) if (s.isWord(k)) addPiece(k)
        j = listEnd
        expectPlace = true
        continue
      }
    }
    break
  }
  chainEnd = j
  chainExpectsPlace = expectPlace
}

/** Tokens a list of an office's fields may take after its first field ("…, Tanaman Pangan dan Hortikultura"). */
const MAX_FIELD_LIST = 16

/**
 * The end of a list of an office's fields from the comma at j: ", FIELD, FIELD dan FIELD" (or "serta"), each field
 * one to three capitalised words, every field before "dan" holding an office word or an acronym ("Tanaman Pangan",
 * "Koperasi"), so a list of people ("…, Ahmad Yani dan Budi Santoso") is not read as one; or -1.
 */
function officeFieldListEnd(s: TokenStore, j: number, ctx: MentionContext): number {
  let k = j
  while (k < j + MAX_FIELD_LIST && s.isPunct(k, COMMA)) {
    k++
    const fieldEnd = officeFieldEnd(s, k)
    if (fieldEnd === k || !fieldHasOfficeWord(s, k, fieldEnd, ctx)) return -1
    k = fieldEnd
    if (s.special(k) === W_DAN || s.special(k) === W_SERTA) {
      const lastEnd = officeFieldEnd(s, k + 1)
      return lastEnd > k + 1 ? lastEnd : -1
    }
  }
  return -1
}

/** The end of one field: up to three capitalised words, no title, honorific or place head. */
function officeFieldEnd(s: TokenStore, k: number): number {
  let end = k
  while (end < k + 3 && s.isWord(end) && s.cap(end) && (s.wordClass(end) & (C_TITLE | C_PLACE_HEAD)) === 0 && !honorificAt(s, end)) end++
  return end
}

function fieldHasOfficeWord(s: TokenStore, from: number, to: number, ctx: MentionContext): boolean {
  for (let k = from; k < to; k++) if (isOrgWord(s, k, ctx) || s.hasFlag(k, F_ALL_CAPS)) return true
  return false
}

/** The first particle or initial's full stop in the run [from, to) ("br", "bin", "."), or `to`. */
function firstNameJoiner(s: TokenStore, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (!s.isWord(k) || !s.cap(k)) return k
  return to
}

/** A Balinese name opener at k: "I", "Ni", "Ida", "Gusti", "Cokorda", "Desak", or "Anak Agung". */
function balineseOpenerAt(s: TokenStore, k: number): boolean {
  if ((s.wordClass(k) & C_LONG_NAME_STARTER) !== 0) return s.lower(k) !== 'i' || isNameWordShape(s, k + 1)
  return s.lower(k) === 'anak' && s.isWord(k + 1) && s.lower(k + 1) === 'agung'
}

/** A capitalised word (a cheap check for what may follow the Balinese "I"). */
function isNameWordShape(s: TokenStore, k: number): boolean {
  return s.isWord(k) && s.cap(k)
}

/**
 * The end of the run of name words at j: at most MAX_NAME words, MAX_LONG_NAME after a Balinese name opener. The
 * full stops of initials and the particles that join a name ("bin", "br.") do not count against the limit.
 */
export function readNameRun(s: TokenStore, j: number, ctx: MentionContext): number {
  const balinese = balineseOpenerAt(s, j)
  let limit = balinese ? MAX_LONG_NAME : MAX_NAME
  // "Anak" is an office word ("Perlindungan Anak") except as the opener of "Anak Agung".
  let k = balinese && s.lower(j) === 'anak' ? j + 1 : j
  for (;;) {
    while (k - j < limit && isNameWord(s, k, ctx)) k++
    if (k === j || k - j >= limit) return k
    // A lower-case particle inside a name ("Marieke de Vries", "Ahmad bin Yusuf"), when a name word follows it; the
    // Batak "br." (boru) with its full stop ("Rosdiana br. Sinaga").
    if (s.isWord(k) && !s.cap(k) && NAME_PARTICLES.has(s.lower(k))) {
      const dotted = s.isPunct(k + 1, PERIOD) && s.starts[k + 1] === s.ends[k] ? 1 : 0
      if (!isNameWord(s, k + 1 + dotted, ctx)) return k
      k += 1 + dotted
      limit += 1 + dotted
    // An initial inside a name ("Yohana Ch. Pattiasina", "A. Muh. Yusuf"): a short capitalised word, its full stop,
    // a name word.
    } else if (s.isPunct(k, PERIOD) && s.starts[k] === s.ends[k - 1] &&
      ((s.ends[k - 1] as number) - (s.starts[k - 1] as number) <= 2 || NAME_ABBREVIATIONS.has(s.lower(k - 1))) && isNameWord(s, k + 1, ctx)) {
      // Neither the initial nor its full stop counts as a word of the name.
      k++
      limit += 2
    // Words of time that are also parts of names between two name words: the month "Mei" ("Tjhai Mei Lan"), "Bulan"
    // ("Dolvina Bulan Irang"), "Hari" ("Eko Hari Purnomo").
    } else if (s.isWord(k) && s.cap(k) && MID_NAME_WORDS.has(s.lower(k)) && isNameWord(s, k + 1, ctx) && !s.hasFlag(k - 1, F_DIGIT_START)) {
      k++
    // A nickname in quote marks inside the name ("Ahmad 'Amat' Fauzi", "Iwan “Abenk” Setiawan"): the name goes on
    // after it (the nickname is no word of the name: noteAlias gives it to the person).
    } else if (quotedNicknameLength(s, k) > 0 && isNameWord(s, k + quotedNicknameLength(s, k), ctx)) {
      limit += quotedNicknameLength(s, k)
      k += quotedNicknameLength(s, k)
    } else return k
  }
}

/** Quote marks that may wrap a nickname inside a name. */
const NICKNAME_MARKS: ReadonlySet<number> = new Set([0x27, 0x22, 0x2018, 0x2019, 0x201c, 0x201d])

/** One capitalised word in quote marks, as a quote token's text ("“Abenk”"). */
const QUOTED_WORD = /^['"‘’“”]\p{Lu}\p{Ll}+['"‘’“”]$/u

/**
 * The tokens a nickname in quote marks takes at k, inside a name ("'Amat'", "“Abenk”"): 3 for an opening mark, one
 * capitalised word and a closing mark; 1 for a quote token holding one capitalised word; 0 when there is none.
 */
export function quotedNicknameLength(s: TokenStore, k: number): number {
  if (k < s.lo || k >= s.hi) return 0
  if (s.kinds[k] === T_QUOTE) return QUOTED_WORD.test(s.text.slice(s.starts[k], s.ends[k])) ? 1 : 0
  return s.kinds[k] === T_PUNCT && NICKNAME_MARKS.has(s.values[k] as number) && s.isWord(k + 1) && s.cap(k + 1) &&
    s.kinds[k + 2] === T_PUNCT && k + 2 < s.hi && NICKNAME_MARKS.has(s.values[k + 2] as number) && s.starts[k + 1] === s.ends[k] &&
    s.starts[k + 2] === s.ends[k + 1] ? 3 : 0
}

/** The nickname (lower-case) of the quoted nickname at k (quotedNicknameLength > 0). */
export function quotedNickname(s: TokenStore, k: number): string {
  return s.text.slice(s.starts[k], s.ends[k + quotedNicknameLength(s, k) - 1]).replace(/['"‘’“”]/g, '').toLowerCase()
}

/**
 * Words that are never a name's first word (months, "day", the Makassar address "Daeng") but are often inside one
 * (readNameRun): "Muhammad Syarif Daeng Ngalle".
 */
const MID_NAME_WORDS = new Set(['mei', 'bulan', 'hari', 'daeng'])

/** Abbreviated given names written with a full stop inside a name ("A. Muh. Yusuf Tenri Ola", "Moch. Ridwan"). */
const NAME_ABBREVIATIONS = new Set(['muh', 'muhd', 'moh', 'mohd', 'mhd', 'moch', 'mochd', 'abd', 'ach', 'achm', 'sy', 'st',
  // The Palembang nobility's prefixes, abbreviated (Kemas, Kiagus, Masagus, Nyimas): part of the name.
  'kms', 'kgs', 'mgs', 'nys'])

/** Lower-case words that join the parts of a person's name. */
// "anak": the Iban patronymic ("Jimbun anak Sebaru").
// ("da", "dos": the Portuguese particles of Flores and Timor names, "Maria Goreti da Cunha".)
const NAME_PARTICLES = new Set(['bin', 'binti', 'br', 'boru', 'de', 'da', 'van', 'der', 'den', 'von', 'dos', 'del', 'la', 'le', 'anak'])

/** Whether the bracket open before i closes within `reach` words after i. */
function bracketClosesWithin(s: TokenStore, i: number, reach: number): boolean {
  for (let k = i; k < i + reach && k < s.hi; k++) {
    if (s.isPunct(k, RPAREN)) return true
    if (!s.isWord(k)) return false
  }
  return false
}

/** Tokens a bracketed foreign name with its acronym may take. */
const GLOSSED_BRACKET_TOKENS = 16

/** The index after ")" of "( words / ACRONYM )" at j (the acronym in capitals right before the bracket closes), else -1. */
function slashAcronymBracketEnd(s: TokenStore, j: number): number {
  if (!s.isPunct(j, LPAREN)) return -1
  for (let k = j + 1; k < j + GLOSSED_BRACKET_TOKENS && k < s.hi; k++) {
    if (s.isPunct(k, RPAREN)) {
      return k - 1 > j + 2 && s.isWord(k - 1) && s.hasFlag(k - 1, F_ALL_CAPS) && s.isPunct(k - 2, SLASH) ? k + 1 : -1
    }
    if (!s.isWord(k) && !s.isPunct(k, SLASH)) return -1
  }
  return -1
}

/** Tokens an office name joined by "dan" and commas may take before the honorific of its holder. */
const OFFICE_RUN_BEFORE_HONORIFIC = 16

/**
 * From `from`, capitalised words, "dan"/"serta", commas and one bracketed acronym, ended by an honorific and a name
 * word: the index of the honorific, else 0. At least one "dan"/"serta" must be crossed (the office's own joiner), and
 * the honorific must not be one that is also a name word.
 */
function officeRunBeforeHonorific(s: TokenStore, from: number, ctx: MentionContext): number {
  let joined = false
  for (let k = from; k < from + OFFICE_RUN_BEFORE_HONORIFIC && k < s.hi; k++) {
    if (s.isWord(k)) {
      if (s.special(k) === W_DAN || s.lower(k) === 'serta') {
        joined = true
        continue
      }
      // (A comma alone is the appositive "Bupati Timor Tengah Barat, Drs. NAME", read by the place rules.)
      // (The honorific first: "dr." is written in lower case.)
      if (honorificAt(s, k) && k > from && !PILGRIM_HONORIFICS.has(s.lower(k))) {
        const name = skipHonorifics(s, k)
        return joined && name > k && isNameWord(s, name, ctx) ? k : 0
      }
      if (!s.cap(k)) return 0
      // Another title after "dan" lists another person ("Wakil Bupati NAME dan Sekretaris Daerah (Sekda) Drs. NAME").
      if (k > from && (s.wordClass(k) & C_TITLE) !== 0) return 0
      continue
    }
    if (s.isPunct(k, COMMA)) continue
    if (s.isPunct(k, LPAREN)) {
      while (s.isWord(k + 1)) k++
      if (!s.isPunct(k + 1, RPAREN)) return 0
      k++
      continue
    }
    if (s.isPunct(k, PERIOD) && s.starts[k] === s.ends[k - 1]) continue
    return 0
  }
  return 0
}

/** Buildings named after an office ("Kantor Bupati", "Pendopo Wali Kota", "Gedung Gubernur"). */
const BUILDING_WORDS: ReadonlySet<string> = new Set(['kantor', 'pendopo', 'pendapa', 'gedung', 'istana', 'rujab', 'aula', 'wisma', 'graha'])
/** Tokens an office name may take before the comma of its appositive name. */
const MAX_OFFICE_TOKENS = 24
/** Words an acronym in brackets may have ("(Sekjen)", "(Kabid Humas)", "(Kanwil Kemenag)"). */
const MAX_BRACKET_WORDS = 3

/** The index after a bracket of 1–MAX_BRACKET_WORDS capitalised words at j ("(Kabid P2Humas)"), or -1. */
function bracketedAcronymEnd(s: TokenStore, j: number): number {
  if (!s.isPunct(j, LPAREN)) return -1
  let k = j + 1
  while (k <= j + MAX_BRACKET_WORDS && s.isWord(k) && s.cap(k)) k++
  return k > j + 1 && s.isPunct(k, RPAREN) ? k + 1 : -1
}

/**
 * An office name longer than the lexicon knows, from `from` up to the comma of an appositive name after it
 * ("Dinas Pengendalian Penduduk dan Keluarga Berencana, NAME,"), or -1. The office may list its fields with commas
 * ("Kepala Bidang Penyuluhan, Pelayanan, dan Hubungan Masyarakat (Kabid P2Humas) Kanwil …, NAME"): a comma that
 * no appositive name closes continues the office, but such a list must end with "dan"/"serta" before the name,
 * and a title after it starts another person ("…, NAME, dan Kepala Bappeda, NAME,"). `from` may be the comma after
 * a first field the place rule took ("Kepala Seksi Pendataan, Penagihan, dan Keberatan …, NAME,").
 */
function officeBeforeAppositive(s: TokenStore, from: number, ctx: MentionContext, afterOffice = false): number {
  let k = from
  let officeLike = afterOffice
  let listComma = false
  let listClosed = false
  while (k < from + MAX_OFFICE_TOKENS) {
    // A year or number in the office's name ("Ketua Panitia Cap Go Meh 2027, NAME,").
    if (k > from && s.hasFlag(k, F_DIGIT_START) && s.isWord(k)) {
      k++
      continue
    }
    if (s.isWord(k)) {
      const special = s.special(k)
      const cls = s.wordClass(k)
      if (special === W_DAN || special === W_SERTA) {
        // "… Yeni Mulyani dan Inspektur Kota …, Dadan": a title after the joiner opens another person, not a field.
        if (s.isWord(k + 1) && s.cap(k + 1) && (s.wordClass(k + 1) & C_TITLE) !== 0 && !isOrgWord(s, k + 1, ctx)) return -1
        officeLike = true
        listClosed = listComma
      } else if (!s.cap(k) || honorificAt(s, k) || (listComma && (cls & C_TITLE) !== 0)) return -1
      else if (isOrgWord(s, k, ctx) || (cls & C_PLACE_HEAD) !== 0) officeLike = true
      k++
      continue
    }
    const bracketEnd = bracketedAcronymEnd(s, k)
    if (bracketEnd > k && k > from) {
      k = bracketEnd
      continue
    }
    if (!s.isPunct(k, COMMA)) return -1
    const start = skipHonorifics(s, k + 1)
    const end = readNameRun(s, start, ctx)
    // (A degree after the comma is the name's before it, no appositive name: "… Kebudayaan Noorhasanah, S.Pd., …".)
    if (officeLike && end > start && (s.wordClass(start) & C_DEGREE) === 0 && closesAppositive(s, end) && listComma === listClosed) return k
    // A comma inside the office: the list goes on with another capitalised field or "dan"/"serta".
    const next = k + 1
    if (!s.isWord(next) || !(s.cap(next) || s.special(next) === W_DAN || s.special(next) === W_SERTA)) return -1
    listComma = true
    listClosed = false
    k = next
  }
  return -1
}

/** The last compass word in [from, to) of a name run that a name word follows, or -1. */
function lastCompassWord(s: TokenStore, from: number, to: number, ctx: MentionContext): number {
  let found = -1
  for (let k = from; k < to; k++) if ((s.wordClass(k) & C_COMPASS) !== 0 && isNameWord(s, k + 1, ctx)) found = k
  return found
}

/** English words that join the parts of an office's name. */
const ENGLISH_OFFICE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'and'])

/**
 * The end of an English joiner at j ("of", "of the", "for", "to", "and") when a capitalised word follows it, else j.
 * "and" joins only office words ("Marine and Fisheries"), never two people.
 */
function englishJoinerEnd(s: TokenStore, j: number): number {
  const word = s.lower(j)
  if (!ENGLISH_OFFICE_JOINERS.has(word)) return j
  const k = s.isWord(j + 1) && s.lower(j + 1) === 'the' ? j + 2 : j + 1
  if (!s.isWord(k) || !s.cap(k)) return j
  if (word === 'and' && (s.wordClass(k) & (C_ORG | C_TITLE)) === 0) return j
  return k
}

/** Fields of government an English title names after "for"/"of" ("Deputy for Infrastructure", "Minister of Agrarian Affairs and Spatial Planning"), and the words of an office's own name ("Head of the National Land Agency"). */
const ENGLISH_FIELD_WORDS: ReadonlySet<string> = new Set([
  'infrastructure', 'finance', 'planning', 'health', 'education', 'economy', 'economic', 'investment', 'legal',
  'operations', 'agriculture', 'tourism', 'trade', 'industry', 'environment', 'energy', 'transport', 'transportation',
  'communications', 'information', 'security', 'maritime', 'fisheries', 'forestry', 'development', 'administration',
  'welfare', 'culture', 'marketing', 'promotion', 'procurement', 'budget', 'revenue', 'taxation', 'disaster',
  'agrarian', 'affairs', 'spatial', 'religious', 'social', 'public', 'works', 'housing', 'manpower', 'resources', 'mineral', 'marine',
  // The words of the office's name itself ("Head of the National Land Agency NAME").
  'national', 'regional', 'provincial', 'state', 'land', 'agency', 'office', 'board', 'council', 'bureau', 'commission', 'authority',
  'institute', 'department', 'directorate', 'division', 'centre', 'center', 'service', 'services',
  // Ministries' fields ("Minister of Cooperatives NAME", "Minister of Villages and Development of Disadvantaged Regions").
  'cooperatives', 'villages', 'empowerment', 'protection', 'youth', 'sports', 'defense', 'defence', 'foreign', 'home', 'law',
  'human', 'rights', 'enterprises', 'creative', 'research', 'technology', 'population', 'food', 'water', 'mining', 'migrant',
  'workers', 'communication', 'digital', 'immigration', 'corrections', 'women', "women's", 'child', 'children', 'family', 'primary',
  'secondary', 'higher', 'science', 'environmental', 'forestry', 'coordinating', 'political', 'economic', 'bureaucratic', 'reform',
  'indonesian', 'citizens', 'nationals', 'overseas', 'abroad',
])

/** Words an English office's name may run to after "of" before the comma that ends it. */
const ENGLISH_OFFICE_RUN = 9

/**
 * The end of an English office's name at j when a comma and its holder's name follow the run ("Disease Prevention and
 * Control, dr. NAME", "the Provincial Tourism Office, NAME,"): capitalised words, "and", "of", "the" and "&" inside.
 * Else j.
 */
function englishOfficeRunEnd(s: TokenStore, j: number, ctx: MentionContext): number {
  let k = j
  while (k < j + ENGLISH_OFFICE_RUN && s.isWord(k) && (s.cap(k) || ENGLISH_OFFICE_JOINERS.has(s.lower(k)) || s.lower(k) === 'the')) k++
  if (k === j || !s.cap(k - 1) || !s.isPunct(k, COMMA)) return j
  const next = k + 1
  return honorificAt(s, next) || isNameWord(s, next, ctx) ? k : j
}

/**
 * Minang customary titles ("Dt.", "Datuak"), written after the personal name: what follows is the title's name. Not
 * the Malay "Datuk", an honorific before the name ("Datuk Haji Wan Hasyim"); attribute-speaker's CUSTOMARY_TITLES,
 * which links the title's name to the person, takes all three.
 */
const POST_NAME_TITLES: ReadonlySet<string> = new Set(['dt', 'datuak'])

/** The length of a run of two to `max` capitalised words at j, closed by a comma, that ends with a region's name. */
function regionRunBeforeComma(s: TokenStore, j: number, max = 4): number {
  let n = 0
  while (n < max && s.isWord(j + n) && s.cap(j + n)) n++
  return n >= 2 && s.isPunct(j + n, COMMA) && endsWithRegion(s, j, j + n) ? n : 0
}

/**
 * A national body's seat in a region right after its chain: "Anggota DPR RI Dapil Kalteng NAME", "Kepala Ombudsman RI
 * Kalteng NAME", "… RI Perwakilan Sulsel NAME": the words up to the name are a place after all.
 */
function regionalSeatAt(s: TokenStore, k: number): boolean {
  if (!s.isWord(k) || !s.cap(k)) return false
  const lower = s.lower(k)
  return lower === 'dapil' || lower === 'perwakilan' || isProvinceKey(lower) || isRegionName(lower) ||
    (s.isWord(k + 1) && isRegionName(`${lower} ${s.lower(k + 1)}`))
}

/** Whether the run [from, to) ends with a province's or regency's name the gazetteer knows ("… Kutai Barat"). */
function endsWithRegion(s: TokenStore, from: number, to: number): boolean {
  if (to - from >= 2 && isRegionName(`${s.lower(to - 2)} ${s.lower(to - 1)}`)) return true
  return to - from >= 1 && isRegionName(s.lower(to - 1))
}

/**
 * The places a place lies in, after the comma at `comma` that closes it: ", Kecamatan Lareh Sago, Kabupaten Batang
 * Sinamar, Sumatera Barat," — each a place head and up to four capitalised words, or a province or regency the
 * gazetteer knows, closed by a comma. Returns the comma that closes the last of them, or `comma` when none follows.
 */
function enclosingPlacesEnd(s: TokenStore, comma: number): number {
  let at = comma
  for (let segments = 0; segments < 4; segments++) {
    let k = at + 1
    if (s.isWord(k) && s.cap(k) && (s.wordClass(k) & C_PLACE_HEAD) !== 0) {
      k++
      if (s.isPunct(k, PERIOD)) k++
      const from = k
      while (k < from + 4 && s.isWord(k) && s.cap(k)) k++
      if (k === from || !s.isPunct(k, COMMA)) break
      at = k
      continue
    }
    while (k < at + 4 && s.isWord(k) && s.cap(k)) k++
    if (k === at + 1 || !s.isPunct(k, COMMA) || !endsWithRegion(s, at + 1, k)) break
    at = k
  }
  return at
}

/** An appositive name closes as an appositive does, or at an adat title written after it ("NAME Dt. Rajo Mangkuto, …"). */
function closesApposedName(s: TokenStore, after: number): boolean {
  return closesAppositive(s, after) || (s.isWord(after) && POST_NAME_TITLES.has(s.lower(after))) ||
    // An age in brackets: "Mantir Adat Desa Tampang Tumbang Anjir, Yulius Bungai (61)."
    (s.isPunct(after, LPAREN) && s.isWord(after + 1) && s.hasFlag(after + 1, F_DIGIT_START) && s.isPunct(after + 2, RPAREN))
}

/** An appositive name ends at a comma, a full stop, a lower-case word or the paragraph end. */
function closesAppositive(s: TokenStore, after: number): boolean {
  return after >= s.hi || s.isPunct(after, COMMA) || s.isPunct(after, PERIOD) || (s.isWord(after) && !s.cap(after))
}

/**
 * Parse a mention starting at token `i` of the open paragraph. `allowLower` accepts a lower-case title as the
 * first word (cue targets: "tegas bupati"). Returns null when no title, honorific or name starts there.
 */
export function parseMention(s: TokenStore, i: number, ctx: MentionContext, allowLower = false): Mention | null {
  // Outside the paragraph nothing can start (as reading past the end of its token list found nothing).
  if (i < s.lo || i >= s.hi) return null
  // The words right after "Partai" or "Fraksi" name the party ("Fraksi Nusantara Bersatu juga meminta …"), never a
  // person; a title or honorific there opens a mention as usual.
  if (inPartyName(s, i)) return null
  // A class's or a unit's letter after its number ("kelas IX C menyampaikan …", "Blok 3 B") is no name.
  if (i > s.lo && s.isWord(i) && (s.ends[i] as number) - (s.starts[i] as number) === 1 && s.isWord(i - 1) &&
    (s.hasFlag(i - 1, F_DIGIT_START) || /^[IVX]{1,4}$/.test(s.textOf(i - 1)))) return null
  // A title after a building's word names the building ("di halaman Kantor Bupati OKI, Kayuagung, Senin …", "Pendopo
  // Bupati"), not a person.
  if (i > s.lo && s.isWord(i - 1) && BUILDING_WORDS.has(s.lower(i - 1)) && (s.wordClass(i) & C_TITLE) !== 0) return null
  // A title inside the brackets that abbreviate an office ("… Pendidikan Menengah (Dirjen PAUD Dikdasmen) Dr. NAME")
  // is that office's short form, not a mention of its own.
  if (i > s.lo && s.isPunct(i - 1, LPAREN) && (s.wordClass(i) & C_TITLE) !== 0 && bracketClosesWithin(s, i, 5)) return null
  readChain(s, i, ctx, allowLower, 0)
  const expectPlace = chainExpectsPlace
  let j = chainEnd
  const afterHonorific = skipHonorifics(s, j)
  const honorific = afterHonorific > j
  j = afterHonorific
  let nameFrom = j
  let nameTo = readNameRun(s, j, ctx)
  // "Pdt. Dr. Marolop H. Sianturi", "His lawyer, Rudi H. Simatupang,": after an honorific, or in a name with no title
  // before it, a one-letter "H." inside the name is a middle initial, not Haji. (After a title and a place it is Haji:
  // "Bupati Rimbajaya H. Bayu Santoso".)
  if ((honorific || pieceCount === 0) && nameTo > nameFrom && s.isWord(nameTo) && s.cap(nameTo) && (s.ends[nameTo] as number) - (s.starts[nameTo] as number) === 1 &&
    s.isPunct(nameTo + 1, PERIOD) && s.starts[nameTo + 1] === s.ends[nameTo] && isNameWord(s, nameTo + 2, ctx)) {
    nameTo = readNameRun(s, nameTo + 2, ctx)
  }
  // A place the article names that holds a rank-like word ("Lurah Parit Mayor Hilir, NAME", "Kapolres Banyu Abang
  // AKBP NAME"): all of it is the place, and the name after it is not split again.
  let placeDone = false
  if (pieceCount > 0 && expectPlace && !honorific) {
    const known = ctx.knownPlaceLength(s, nameFrom, nameFrom + 4)
    if (known > nameTo - nameFrom) {
      for (let k = nameFrom; k < nameFrom + known; k++) addPiece(k)
      let after = nameFrom + known
      // The place's acronym in brackets ("Wakil Bupati Gunung Mas (Gumas) Dr. NAME") is the office's too.
      if (s.isPunct(after, LPAREN) && s.isWord(after + 1) && s.cap(after + 1) && s.isPunct(after + 2, RPAREN)) {
        addPiece(~(after + 1))
        after += 3
      }
      nameFrom = skipHonorifics(s, after)
      j = nameFrom
      nameTo = readNameRun(s, nameFrom, ctx)
      placeDone = true
    }
  }
  // "anggota Komisi IV dari Fraksi PKS, Hj. NAME, …": the faction or party after "dari" belongs to the office, and the
  // name is the appositive after its comma.
  if (pieceCount > 0 && !honorific && nameTo === nameFrom && s.isWord(j) && s.lower(j) === 'dari') {
    let k = j + 1
    while (k < j + 6 && s.isWord(k) && s.cap(k)) k++
    // Without the commas: "anggota Komisi II dari Fraksi PKB Rini Marlina menyela" — a known party closes the office.
    let party = j + 1
    if (s.isWord(party) && (s.lower(party) === 'fraksi' || s.lower(party) === 'partai')) party++
    if (s.isWord(party) && s.lower(party) === 'partai') party++
    if (party > j + 1 && s.isWord(party) && ONE_WORD_PARTIES.has(s.lower(party))) {
      const partyEnd = s.lower(party) === 'pdi' && s.isWord(party + 1) && s.lower(party + 1) === 'perjuangan' ? party + 2 : party + 1
      const start = skipHonorifics(s, partyEnd)
      const end = readNameRun(s, start, ctx)
      // (The name ends before a lower-case word or a punctuation mark: "… Rini Marlina menyela", "… Rini Marlina, S.Pd".)
      const closed = !s.isWord(end) || !s.cap(end)
      if (end > start && end - start <= 4 && closed && isNameWord(s, start, ctx) && (s.wordClass(start) & (C_DEGREE | C_TITLE)) === 0) {
        for (let w = j; w < partyEnd; w++) addPiece(w)
        nameFrom = start
        nameTo = end
        j = start
        placeDone = true
      }
    }
    if (!placeDone && k > j + 1 && s.isPunct(k, COMMA)) {
      const start = skipHonorifics(s, k + 1)
      const end = readNameRun(s, start, ctx)
      if (end > start && (s.wordClass(start) & C_DEGREE) === 0 && closesApposedName(s, end)) {
        for (let w = j; w < k; w++) addPiece(w)
        nameFrom = start
        nameTo = end
        j = start
        placeDone = true
      }
    }
  }
  // "Direktur RSIA Permata Bunda dr. Laila Sari": words before an honorific belong to the office, not the name.
  // The honorific also ends any place ("… Sumba Timur Raya Drs. Yohanes Umbu Dedo"): the run after it is all name.
  let afterInnerHonorific = false
  // (Not a Minang customary title, which follows the name it belongs to: "Zulkifli Anwar Datuak Rajo Mangkuto".)
  // "Direktur Toponimi dan Batas Daerah Ditjen Adwil Ir. NAME", "Direktur Jenderal Pendidikan Anak Usia Dini, Pendidikan
  // Dasar, dan Pendidikan Menengah (Dirjen PAUD Dikdasmen) Dr. NAME": an office name joined by "dan"/"serta" and commas
  // that an honorific and a name close is all office, whatever its words.
  // (Also when the chain itself ran up to the "dan": "Kepala Dinas Pemberdayaan Masyarakat dan Desa (Dinpermades)
  // Kabupaten Banyumas, Drs. NAME".)
  const danAfterChain = nameTo === nameFrom && s.special(nameFrom) === W_DAN && s.isWord(nameFrom + 1) && s.cap(nameFrom + 1) && !honorificAt(s, nameFrom + 1)
  if (pieceCount > 0 && !honorific && ((nameTo > nameFrom && (s.special(nameTo) === W_DAN || s.isPunct(nameTo, COMMA))) || danAfterChain)) {
    const close = officeRunBeforeHonorific(s, nameFrom, ctx)
    if (close > 0) {
      for (let k = nameFrom; k < close; k++) {
        if (s.isPunct(k, LPAREN)) {
          for (k++; s.isWord(k); k++) addPiece(~k)
        } else if (s.isWord(k)) addPiece(k)
      }
      nameFrom = skipHonorifics(s, close)
      nameTo = readNameRun(s, nameFrom, ctx)
      j = nameFrom
      placeDone = true
    }
  }
  if (pieceCount > 0 && !honorific && nameTo > nameFrom && nameTo - nameFrom <= 3 && !POST_NAME_TITLES.has(s.lower(nameTo))) {
    // The place's acronym in brackets may sit between ("Wakil Bupati Gunung Mas (Gumas) Dr. NAME").
    const bracketed = s.isPunct(nameTo, LPAREN) && s.isWord(nameTo + 1) && s.cap(nameTo + 1) && s.isPunct(nameTo + 2, RPAREN)
    const before = bracketed ? nameTo + 3 : nameTo
    // Or it sits before the appositive comma ("Wakil Gubernur Nusa Tenggara Barat (NTB), Dr. NAME, …"): the name
    // after the comma must then be closed like an appositive.
    const apposed = bracketed && s.isPunct(before, COMMA) ? skipHonorifics(s, before + 1) : -1
    const afterRun = apposed > 0 ? apposed : skipHonorifics(s, before)
    if ((afterRun > before && isNameWord(s, afterRun, ctx)) &&
      (apposed < 0 || ((s.wordClass(apposed) & C_DEGREE) === 0 && closesApposedName(s, readNameRun(s, apposed, ctx))))) {
      for (let k = nameFrom; k < nameTo; k++) addPiece(k)
      if (bracketed) addPiece(~(nameTo + 1))
      nameFrom = afterRun
      nameTo = readNameRun(s, afterRun, ctx)
      j = afterRun
      afterInnerHonorific = true
    }
  }
  const titled = pieceCount > 0 || honorific

  let placeSplit = placeDone
  // A Balinese name opener inside the run ("Bupati Pasih Kauh Anak Agung Ngurah Oka Darmayasa"): the words before it
  // are the place, and the name, up to six words, starts there.
  if (pieceCount > 0 && expectPlace && !placeSplit && !honorific && !afterInnerHonorific) {
    for (let k = nameFrom + 1; k <= nameTo; k++) {
      if (!balineseOpenerAt(s, k)) continue
      for (let w = nameFrom; w < k; w++) addPiece(w)
      nameFrom = k
      j = k
      nameTo = readNameRun(s, k, ctx)
      placeSplit = true
      break
    }
  }
  // "Ketua Panitia Cap Go Meh 2027, Tan Ek Liong, …": a run closed by a number and a comma names the office (an
  // event of that year, a unit of that number, an event's ordinal: "Pekan Raya ke-12"); the name is the appositive
  // after the comma.
  if (pieceCount > 0 && !placeSplit && !honorific && nameTo > nameFrom && s.isWord(nameTo) && (s.hasFlag(nameTo, F_DIGIT_START) || ORDINAL.test(s.lower(nameTo))) &&
    s.isPunct(nameTo + 1, COMMA)) {
    const start = skipHonorifics(s, nameTo + 2)
    const end = readNameRun(s, start, ctx)
    if (end > start && closesAppositive(s, end)) {
      for (let k = nameFrom; k <= nameTo; k++) addPiece(k)
      nameFrom = start
      nameTo = end
      j = start
      placeSplit = true
    }
  }
  // "Camat Lareh Sago, Kabupaten Batang Sinamar, Sumatera Barat, NAME, …": a place after the title, the places it
  // lies in (each after a comma), then the holder's name closed like an appositive. Likewise a run right after a
  // place head ("Wali Nagari Koto Baringin, NAME, …"), which a closed appositive name shows to be the place.
  if (pieceCount > 0 && !placeSplit && !honorific && !afterInnerHonorific && nameTo > nameFrom && nameTo - nameFrom <= 3 && s.isPunct(nameTo, COMMA)) {
    const comma = enclosingPlacesEnd(s, nameTo)
    const lastPiece = PIECES[pieceCount - 1] as number
    const afterPlaceHead = lastPiece === nameFrom - 1 && (s.wordClass(lastPiece) & C_PLACE_HEAD) !== 0
    const start = skipHonorifics(s, comma + 1)
    if ((comma > nameTo || afterPlaceHead) && (s.wordClass(start) & C_DEGREE) === 0) {
      const end = readNameRun(s, start, ctx)
      // (An adat title may follow the name: "Zulkifli Dt. Rajo Mangkuto, S.H.,".)
      if (end > start && closesApposedName(s, end)) {
        for (let k = nameFrom; k < nameTo; k++) addPiece(k)
        nameFrom = start
        nameTo = end
        j = start
        placeSplit = true
      }
    }
  }
  // "Kepala Adat Besar Dayak Kenyah Kutai Barat, Hipui NAME, …": a run closed by a comma that ends with a province or
  // regency, an appositive name after it, is all office and place, however long (up to five words).
  if (pieceCount > 0 && expectPlace && !placeSplit && !honorific && !afterInnerHonorific && nameTo > nameFrom) {
    const run = regionRunBeforeComma(s, nameFrom, 5)
    if (run > nameTo - nameFrom) {
      const start = skipHonorifics(s, nameFrom + run + 1)
      const end = readNameRun(s, start, ctx)
      if (end > start && closesAppositive(s, end)) {
        for (let k = nameFrom; k < nameFrom + run; k++) addPiece(k)
        nameFrom += run
        nameTo = nameFrom
        j = nameFrom
        placeSplit = true
      }
    }
  }
  if (pieceCount > 0 && expectPlace && !placeSplit && !honorific && !afterInnerHonorific && nameTo > nameFrom) {
    // A place may sit between the title and the name; decide with the article's places and the run's length.
    // (A degree after the comma is no appositive name: "Wakil Bupati Saireri Yulianus Karubaba, S.Sos., …".)
    const apposed = skipHonorifics(s, nameTo + 1)
    const appositive = s.isPunct(nameTo, COMMA) && isNameWord(s, apposed, ctx) && (s.wordClass(apposed) & C_DEGREE) === 0
    let known = ctx.knownPlaceLength(s, nameFrom, appositive ? nameTo + 1 : nameTo)
    let placeLen = known > 0 ? known : 1
    // A place the article names one or two words into the run ("Kepala Suku Besar Lani Wanggaluk NAME", the article
    // naming "Distrik Wanggaluk"): the words up to its end describe the office's place.
    // A word must be left for the name, unless the run was cut at MAX_NAME (the name then goes on after it).
    const nameRoom = nameTo - nameFrom === MAX_NAME ? nameTo + 1 : nameTo
    for (let r = 1; known === 0 && r <= 2 && nameFrom + r < nameTo; r++) {
      if (!ctx.namesPlaceAt(s, nameFrom + r)) continue
      const inside = ctx.knownPlaceLength(s, nameFrom + r, nameTo)
      if (inside > 0 && nameFrom + r + inside < nameRoom) {
        known = r + inside
        placeLen = known
      }
    }
    // A place's tail words ("Parit Mayor Hilir", where the article named "Parit Mayor") belong to it.
    placeLen = s.runOfClass(nameFrom + placeLen, nameTo, C_PLACE_TAIL) - nameFrom
    // A given name that never names a place ends a place the article does not name before it ("Camat Batang Alai
    // Siti Rahmah": the gazetteer knows Batang, the place is Batang Alai). A place the article names keeps its length
    // ("BPBD Batu Ampar Andi Muhammad Ridwan").
    const starter = ctx.namesPlaceAt(s, nameFrom) ? -1 : s.firstWithClass(nameFrom + placeLen, Math.min(nameTo, nameFrom + 4), C_NAME_STARTER)
    if (starter >= 0) placeLen = starter - nameFrom
    // "Ketua Bawaslu Lembah Grime, Petrus Kogoya, mengingatkan": a closed appositive name after the run makes the
    // whole run (up to three words, or four that end with a province or regency: "Kepala Adat Besar Dayak Kenyah Kutai
    // Barat, NAME") the place, even one the lexicon does not know.
    const placeRun = nameTo - nameFrom <= 3 || endsWithRegion(s, nameFrom, nameTo)
    if (known === 0 && appositive && placeRun) {
      const start = skipHonorifics(s, nameTo + 1)
      const end = readNameRun(s, start, ctx)
      if (end > start && closesAppositive(s, end)) placeLen = nameTo - nameFrom
    }
    let rest = nameTo - nameFrom - placeLen
    // Four or more words after a territorial title: a two-word place is likelier than a four-word name.
    if (known === 0 && nameTo - nameFrom >= 4) placeLen = Math.max(placeLen, Math.min(3, nameTo - nameFrom - 2))
    // The word before a particle or an initial's full stop ("Rosdiana br. Sinaga", "A. Muh. Yusuf") is the name's.
    const joiner = firstNameJoiner(s, nameFrom, nameTo)
    if (known === 0 && joiner < nameTo) {
      placeLen = Math.min(placeLen, joiner - 1 - nameFrom)
      rest = nameTo - nameFrom - placeLen
    }
    // An initial opens a name, never a place ("Bupati R. Soeprapto").
    const isPlace = placeLen > 0 && (s.wordClass(nameFrom) & C_NAME_STARTER) === 0 && !s.isPunct(nameFrom + 1, PERIOD) &&
      (known > 0 || !nationalChain(s, i, chainEnd) || regionalSeatAt(s, nameFrom)) &&
      (known > 0 || rest >= 2 || (appositive && rest === 0 && placeRun))
    if (isPlace) {
      placeSplit = true
      // A run that hit MAX_NAME was counted from the place: the name gets its own budget after it
      // ("Kepala Pelaksana BPBD Sungai Raya Hulu Andi Muhammad Ridwan" keeps all three name words).
      const capped = nameTo - nameFrom === MAX_NAME
      for (let k = nameFrom; k < nameFrom + placeLen; k++) addPiece(k)
      nameFrom += placeLen
      j = nameFrom
      if (capped) nameTo = readNameRun(s, nameFrom, ctx)
    }
  }

  // A compass word ends a place ("KPP Pratama Makassar Selatan Yohanes …", "… Rimbajaya Timur Yosef …"): it and the
  // words before it belong to the role, and the name starts after it.
  if (pieceCount > 0 && !honorific && !afterInnerHonorific && nameTo > nameFrom) {
    const compass = lastCompassWord(s, placeSplit ? nameFrom : nameFrom + 1, nameTo, ctx)
    if (compass >= 0) {
      for (let k = nameFrom; k <= compass; k++) addPiece(k)
      nameFrom = compass + 1
      nameTo = readNameRun(s, nameFrom, ctx)
      j = nameFrom
    }
  }

  // An office name longer than the lexicon knows, closed by an appositive name: "Plt Kepala Dinas Pengendalian
  // Penduduk dan Keluarga Berencana, Yuliana Tarigan, mengatakan". The words before the comma join the role.
  // So are capitalised words right after an office word that read as no name ("Direktur BUMDes Karya Bersama,
  // Muhammad Fauzan, …": the enterprise's own name).
  const lastPiece = pieceCount > 0 ? (PIECES[pieceCount - 1] as number) : -1
  const afterOffice = lastPiece >= 0 && lastPiece === nameFrom - 1 && isOrgWord(s, lastPiece, ctx) && s.isWord(nameFrom) && s.cap(nameFrom) &&
    (s.wordClass(nameFrom) & (C_NAME_STARTER | C_TITLE)) === 0
  if (pieceCount > 0 && (nameTo > nameFrom || s.isPunct(nameFrom, COMMA) || afterOffice)) {
    const close = officeBeforeAppositive(s, nameFrom, ctx, afterOffice)
    if (close >= 0) {
      for (let w = nameFrom; w < close; w++) {
        if (s.isPunct(w, LPAREN)) {
          // "(Kabid P2Humas)": each word of the bracket is an acronym of the words before it.
          for (w++; s.isWord(w); w++) addPiece(~w)
        } else if (s.isWord(w)) addPiece(w)
      }
      nameFrom = skipHonorifics(s, close + 1)
      nameTo = readNameRun(s, nameFrom, ctx)
    }
  }

  // Appositive name: "Kepala Dinas Kesehatan Rimbajaya, Nanda Oktaviani, mengatakan".
  // The places the office's place lies in may stand between ("Wali Nagari Koto Baringin, Kecamatan Lareh Sago, NAME"),
  // and an adat title may follow the name ("NAME Dt. Rajo Mangkuto, S.H.,").
  if (pieceCount > 0 && nameTo === nameFrom && s.isPunct(nameFrom, COMMA)) {
    const start = skipHonorifics(s, enclosingPlacesEnd(s, nameFrom) + 1)
    const end = readNameRun(s, start, ctx)
    if (end > start && closesApposedName(s, end)) {
      nameFrom = start
      nameTo = end
    }
  }

  if (nameTo === nameFrom) {
    if (pieceCount === 0) return null
    return new Mention(s, s.text, i, nameFrom, nameFrom, nameFrom, PIECES.slice(0, pieceCount), true)
  }

  let end = skipDegrees(s, nameTo)

  // Trailing appositive role: "Nanda Oktaviani, Kepala Dinas Kesehatan Rimbajaya, mengatakan".
  if (pieceCount === 0 && s.isPunct(end, COMMA) && s.cap(end + 1) && (s.wordClass(end + 1) & C_TITLE) !== 0) {
    // The trailing chain's pieces go straight after the (empty) main pieces; dropped again if it is no role.
    readChain(s, end + 1, ctx, false, 0)
    const afterChain = chainEnd
    if (pieceCount > 0 && !isNameWord(s, afterChain, ctx)) {
      // A place may close the trailing chain too ("…, Bupati Rimbajaya,").
      let k = afterChain
      if (chainExpectsPlace && isNameWord(s, k, ctx) && s.isPunct(k + 1, COMMA)) {
        addPiece(k)
        k++
      }
      end = k
    } else {
      pieceCount = 0
    }
  }
  return new Mention(s, s.text, i, end, nameFrom, nameTo, pieceCount > 0 ? PIECES.slice(0, pieceCount) : null, titled || pieceCount > 0)
}
