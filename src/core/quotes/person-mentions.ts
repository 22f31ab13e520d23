/**
 * Reads one person mention from tokens (design notes §3.5): `[TITLE-CHAIN] [(ACRONYM)] [HONORIFIC] NAME [, DEGREE]*`,
 * plus the appositive forms "Kepala Dinas Kesehatan Rimbajaya, Nanda Oktaviani," and "Nanda Oktaviani, Kepala Dinas …,".
 * It splits the title chain from the name (a place after a territorial title or office belongs to the title), and
 * shortens the role with the acronyms the article gives in brackets ("Sekretaris Jenderal (Sekjen) Kementerian
 * Dalam Negeri (Kemendagri)" → "Sekjen Kemendagri"). Work is bounded by the mention's length.
 */

import {
  DEGREES,
  HONORIFICS,
  NAME_STARTERS,
  NOT_NAMES,
  ORG_WORDS,
  PLACE_HEADS,
  PLACE_TAILS,
  TERRITORIAL_TITLES,
  TITLE_WORDS,
} from './name-lexicon.ts'
import type { Token } from './tokenize.ts'

export interface Mention {
  /** [from, to) token indices covered, including title chain, honorifics and degrees. */
  readonly from: number
  readonly to: number
  /** The name as written, without title, honorifics and degrees; empty for a title-only mention. */
  readonly name: readonly string[]
  /** The role with bracketed acronyms applied ("Sekjen Kemendagri"), or null. */
  readonly role: string | null
  /** The role as written in full, without acronyms ("Sekretaris Jenderal Kementerian Dalam Negeri"). */
  readonly roleLong: string | null
  /** Introduced by a title or an honorific: strong evidence of a person. */
  readonly titled: boolean
}

/** Per-article facts the parser needs: places named after place heads and acronyms defined in brackets. */
export interface MentionContext {
  /** Lower-cased places of one to three words, joined with spaces ("batu ampar"). */
  readonly knownPlaces: ReadonlySet<string>
  readonly orgAcronyms: ReadonlySet<string>
}

type Piece = { word: string } | { acronym: string }

const MAX_NAME = 4
const MAX_CHAIN = 14

function isAllCaps(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text)
}

/** Office acronyms: defined in brackets in this article, all-caps (DPRD), or Kemen… forms (Kemendagri). */
export function isOrgWord(t: Token, ctx: MentionContext): boolean {
  return ORG_WORDS.has(t.lower) || ctx.orgAcronyms.has(t.lower) || isAllCaps(t) || /^kemen[a-z]{2,}/.test(t.lower)
}

/** A capitalised word that can be part of a person's name. */
export function isNameWord(t: Token | undefined, ctx: MentionContext): boolean {
  if (t === undefined || t.kind !== 'word' || !t.cap) return false
  if (TITLE_WORDS.has(t.lower) || PLACE_HEADS.has(t.lower) || NOT_NAMES.has(t.lower) || HONORIFICS.has(t.lower)) return false
  if (isOrgWord(t, ctx)) return false
  return !/^\p{N}/u.test(t.text)
}

function isPunct(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === text
}

/** Build the short role (acronyms replace the words they abbreviate) and the long role. */
function buildRole(pieces: readonly Piece[]): { role: string; roleLong: string } | null {
  if (pieces.length === 0) return null
  const short: string[] = []
  const long: string[] = []
  let segmentStart = 0
  for (const piece of pieces) {
    if ('word' in piece) {
      short.push(piece.word)
      long.push(piece.word)
      continue
    }
    // The long form starts at the first word of the current segment with the acronym's initial (Schwartz–Hearst).
    const initial = piece.acronym[0]?.toLowerCase() ?? ''
    let k = segmentStart
    while (k < short.length && short[k]?.[0]?.toLowerCase() !== initial) k++
    if (k === short.length) short.push(piece.acronym)
    else short.splice(k, short.length - k, piece.acronym)
    segmentStart = short.length
  }
  return { role: short.join(' '), roleLong: long.join(' ') }
}

/** Consume ", S.E., M.Si." after a name; returns the index after the degrees. */
function skipDegrees(tokens: readonly Token[], j: number): number {
  let k = j
  for (;;) {
    if (!isPunct(tokens[k], ',')) return k
    const d = tokens[k + 1]
    if (d === undefined || d.kind !== 'word') return k
    const bare = d.lower.replace(/\./g, '')
    if (!DEGREES.has(bare) && !(d.text.includes('.') && d.text.length <= 8 && d.cap)) return k
    k += 2
    if (isPunct(tokens[k], '.') && tokens[k]?.start === d.end) k++
  }
}

/** Consume honorifics and ranks ("H.", "Drs.", "dr.", "Jenderal (Purn)"); returns the index after them. */
function skipHonorifics(tokens: readonly Token[], j: number): number {
  let k = j
  for (let guard = 0; guard < 4; guard++) {
    const t = tokens[k]
    if (t === undefined || t.kind !== 'word' || !HONORIFICS.has(t.lower)) return k
    // "dr." is lower-case; every other honorific is capitalised. "bu"/"pak" need a following name.
    if (!t.cap && t.lower !== 'dr') return k
    k++
    if (isPunct(tokens[k], '.')) k++
    if (isPunct(tokens[k], '(') && tokens[k + 1]?.lower === 'purn' && isPunct(tokens[k + 2], ')')) k += 3
  }
  return k
}

interface ChainResult {
  pieces: Piece[]
  end: number
  /** The last element may be followed by a place ("Bupati Rimbajaya …", "Dinas Kesehatan Rimbajaya …"). */
  expectPlace: boolean
}

function readChain(tokens: readonly Token[], i: number, ctx: MentionContext, allowLower: boolean): ChainResult {
  const pieces: Piece[] = []
  let j = i
  let expectPlace = false
  while (j < tokens.length && j - i < MAX_CHAIN) {
    const t = tokens[j]
    if (t === undefined) break
    if (t.kind === 'word') {
      const first = pieces.length === 0
      const capOk = t.cap || (allowLower && first)
      if (capOk && (TITLE_WORDS.has(t.lower) || (first && t.lower === 'wali'))) {
        pieces.push({ word: t.text })
        expectPlace = TERRITORIAL_TITLES.has(t.lower)
        j++
        continue
      }
      if (!first && t.cap && PLACE_HEADS.has(t.lower)) {
        pieces.push({ word: t.text })
        j++
        // The place named by the head: a place the article names, else one word plus tails ("Kalimantan Tengah").
        const known = knownPlaceLength(tokens, j, j + 3, ctx)
        const place = tokens[j]
        if (known > 0) {
          for (let k = 0; k < known; k++) pieces.push({ word: tokens[j + k]?.text ?? '' })
          j += known
        } else if (place !== undefined && place.kind === 'word' && place.cap && !TITLE_WORDS.has(place.lower) && !isOrgWord(place, ctx)) {
          pieces.push({ word: place.text })
          j++
          while (tokens[j]?.kind === 'word' && tokens[j]?.cap && PLACE_TAILS.has(tokens[j]?.lower ?? '')) {
            pieces.push({ word: tokens[j]?.text ?? '' })
            j++
          }
        }
        expectPlace = false
        continue
      }
      if (!first && t.cap && isOrgWord(t, ctx)) {
        pieces.push({ word: t.text })
        expectPlace = true
        j++
        continue
      }
      if (!first && t.lower === 'dan' && tokens[j + 1]?.cap && (ORG_WORDS.has(tokens[j + 1]?.lower ?? '') || TITLE_WORDS.has(tokens[j + 1]?.lower ?? ''))) {
        pieces.push({ word: t.text })
        j++
        continue
      }
      break
    }
    // "(Sekjen)": an acronym in brackets right after a chain element.
    if (pieces.length > 0 && isPunct(t, '(') && tokens[j + 1]?.kind === 'word' && isPunct(tokens[j + 2], ')')) {
      pieces.push({ acronym: tokens[j + 1]?.text ?? '' })
      j += 3
      continue
    }
    // "Kementerian/Lembaga", "Kepala Dinas …-…": slashes and hyphens join office words.
    if (pieces.length > 0 && (isPunct(t, '/') || isPunct(t, '-')) && tokens[j + 1]?.cap && isOrgWord(tokens[j + 1] as Token, ctx)) {
      j++
      continue
    }
    break
  }
  return { pieces, end: j, expectPlace }
}

/** The longest place the article names that starts at token `from` and ends before `limit` (0 when none). */
function knownPlaceLength(tokens: readonly Token[], from: number, limit: number, ctx: MentionContext): number {
  let key = ''
  let best = 0
  for (let k = from; k < Math.min(limit, from + 3); k++) {
    const t = tokens[k]
    if (t === undefined || t.kind !== 'word') break
    key = key === '' ? t.lower : `${key} ${t.lower}`
    if (ctx.knownPlaces.has(key)) best = k - from + 1
  }
  return best
}

function readNameRun(tokens: readonly Token[], j: number, ctx: MentionContext): number {
  let k = j
  while (k - j < MAX_NAME && isNameWord(tokens[k], ctx)) k++
  return k
}

/**
 * Parse a mention starting at token `i`. `allowLower` accepts a lower-case title as the first word (cue targets:
 * "tegas bupati"). Returns null when no title, honorific or name starts there.
 */
export function parseMention(tokens: readonly Token[], i: number, ctx: MentionContext, allowLower = false): Mention | null {
  const chain = readChain(tokens, i, ctx, allowLower)
  const pieces = chain.pieces
  let j = chain.end
  const afterHonorific = skipHonorifics(tokens, j)
  const honorific = afterHonorific > j
  j = afterHonorific
  let nameFrom = j
  let nameTo = readNameRun(tokens, j, ctx)
  // "Direktur RSIA Permata Bunda dr. Laila Sari": words before an honorific belong to the office, not the name.
  if (pieces.length > 0 && !honorific && nameTo > nameFrom && nameTo - nameFrom <= 3) {
    const afterRun = skipHonorifics(tokens, nameTo)
    if (afterRun > nameTo && isNameWord(tokens[afterRun], ctx)) {
      for (let k = nameFrom; k < nameTo; k++) pieces.push({ word: tokens[k]?.text ?? '' })
      nameFrom = afterRun
      nameTo = readNameRun(tokens, afterRun, ctx)
      j = afterRun
    }
  }
  const titled = pieces.length > 0 || honorific

  if (pieces.length > 0 && chain.expectPlace && !honorific && nameTo > nameFrom) {
    // A place may sit between the title and the name; decide with the article's places and the run's length.
    const appositive = isPunct(tokens[nameTo], ',') && isNameWord(tokens[nameTo + 1], ctx)
    const known = knownPlaceLength(tokens, nameFrom, appositive ? nameTo + 1 : nameTo, ctx)
    let placeLen = known > 0 ? known : 1
    if (known === 0) while (nameFrom + placeLen < nameTo && PLACE_TAILS.has(tokens[nameFrom + placeLen]?.lower ?? '')) placeLen++
    const first = tokens[nameFrom]?.lower ?? ''
    const rest = nameTo - nameFrom - placeLen
    // Four or more words after a territorial title: a two-word place is likelier than a four-word name.
    if (known === 0 && nameTo - nameFrom >= 4) placeLen = Math.max(placeLen, Math.min(3, nameTo - nameFrom - 2))
    const isPlace = !NAME_STARTERS.has(first) &&
      ((known > 0 && (rest >= 1 || appositive)) || rest >= 2 || (appositive && rest === 0 && nameTo - nameFrom <= 2))
    if (isPlace) {
      for (let k = nameFrom; k < nameFrom + placeLen; k++) pieces.push({ word: tokens[k]?.text ?? '' })
      nameFrom += placeLen
      j = nameFrom
    }
  }

  // An office name longer than the lexicon knows, closed by an appositive name: "Plt Kepala Dinas Pengendalian
  // Penduduk dan Keluarga Berencana, Yuliana Tarigan, mengatakan". The words before the comma join the role.
  if (pieces.length > 0 && nameTo > nameFrom) {
    let k = nameFrom
    let officeLike = false
    while (k < nameFrom + 8) {
      const t = tokens[k]
      if (t === undefined || t.kind !== 'word') break
      if (t.lower === 'dan' || t.lower === 'serta') officeLike = true
      else if (!t.cap || HONORIFICS.has(t.lower)) break
      else if (isOrgWord(t, ctx) || PLACE_HEADS.has(t.lower)) officeLike = true
      k++
    }
    if (officeLike && isPunct(tokens[k], ',')) {
      const start = skipHonorifics(tokens, k + 1)
      const end = readNameRun(tokens, start, ctx)
      const after = tokens[end]
      const closes = after === undefined || isPunct(after, ',') || isPunct(after, '.') || (after.kind === 'word' && !after.cap)
      if (end > start && closes) {
        for (let w = nameFrom; w < k; w++) pieces.push({ word: tokens[w]?.text ?? '' })
        nameFrom = start
        nameTo = end
      }
    }
  }

  // Appositive name: "Kepala Dinas Kesehatan Rimbajaya, Nanda Oktaviani, mengatakan".
  if (pieces.length > 0 && nameTo === nameFrom && isPunct(tokens[nameFrom], ',')) {
    const start = skipHonorifics(tokens, nameFrom + 1)
    const end = readNameRun(tokens, start, ctx)
    const after = tokens[end]
    const closes = after === undefined || isPunct(after, ',') || isPunct(after, '.') || (after.kind === 'word' && !after.cap)
    if (end > start && closes) {
      nameFrom = start
      nameTo = end
    }
  }

  if (nameTo === nameFrom) {
    if (pieces.length === 0) return null
    const r = buildRole(pieces)
    return { from: i, to: nameFrom, name: [], role: r?.role ?? null, roleLong: r?.roleLong ?? null, titled: true }
  }

  const name = tokens.slice(nameFrom, nameTo).map((t) => t.text)
  let end = skipDegrees(tokens, nameTo)

  // Trailing appositive role: "Nanda Oktaviani, Kepala Dinas Kesehatan Rimbajaya, mengatakan".
  if (pieces.length === 0 && isPunct(tokens[end], ',') && tokens[end + 1]?.cap && TITLE_WORDS.has(tokens[end + 1]?.lower ?? '')) {
    const trailing = readChain(tokens, end + 1, ctx, false)
    const afterChain = tokens[trailing.end]
    if (trailing.pieces.length > 0 && !isNameWord(afterChain, ctx)) {
      // A place may close the trailing chain too ("…, Bupati Rimbajaya,").
      let k = trailing.end
      if (trailing.expectPlace && isNameWord(tokens[k], ctx) && isPunct(tokens[k + 1], ',')) {
        trailing.pieces.push({ word: tokens[k]?.text ?? '' })
        k++
      }
      pieces.push(...trailing.pieces)
      end = k
    }
  }
  const r = buildRole(pieces)
  return { from: i, to: end, name, role: r?.role ?? null, roleLong: r?.roleLong ?? null, titled: titled || r !== null }
}
