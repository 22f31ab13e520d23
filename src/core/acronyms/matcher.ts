/**
 * The compiled matcher: one linear scan over a block's tokens with a single hash lookup per token and layer
 * (`DictionaryLayer.probe`); only a token that starts some form costs more. No per-entry regex, and no regex at
 * all on the hot path.
 *
 * Rules (../shared/reference/acronyms.md §5):
 * - whole tokens only ("Pemkab-nya" → Pemkab, "se-Kalteng" → Kalteng, never "APBD" inside "APBDes");
 * - longest match first across all layers ("Satpol PP" before "PP", "APBD-P" before "APBD"); at equal length the
 *   article's definitions beat the user's entries, which beat the shipped dictionary;
 * - case-sensitive keys; the all-lowercase spelling only where the entry allows it; all-caps spellings of syllabic
 *   forms in all-caps (headline) blocks, and of long ones (seven letters or more) anywhere;
 * - dotted forms take their dot ("Prov."), except a block-final dot; "nodot" forms also match without it;
 * - nothing inside URLs, e-mail addresses, hashtags or @handles.
 */
import { isSpaceCode, isUpperCode, isWordChar, letterCase } from './tokenize.ts'
import type { DictionaryLayer, Entry, Sense } from './types.ts'

export interface RawMatch {
  block: number
  start: number
  end: number
  /** The senses of the form that matched (their `form` is the canonical key: 'rakor' in the text → 'Rakor'). */
  senses: readonly Sense[]
}

const MAX_TOKENS = 6

/** A maximal run of word characters: exactly isWordChar (tokenize.ts) as a character class. */
export const WORD_RUN = /[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u3040-\ufe2f\uff10-\uff19\uff21-\uff3a\uff41-\uffdc]+/g

/** URLs, e-mail addresses, hashtags, handles and bare domains. */
const UNLINKABLE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|[#@][\w\u00c0-\u024f]+|\b[\w-]+(?:\.[\w-]+)*\.(?:go\.id|co\.id|ac\.id|or\.id|com|id|net|org)\b\S*/gi

function unlinkableRanges(text: string): number[] | null {
  if (!(text.includes('://') || text.includes('www.') || text.includes('@') || text.includes('#') || text.includes('.id') || text.includes('.com'))) {
    return null
  }
  const ranges: number[] = []
  UNLINKABLE.lastIndex = 0
  for (let m = UNLINKABLE.exec(text); m; m = UNLINKABLE.exec(text)) ranges.push(m.index, m.index + m[0].length)
  return ranges.length ? ranges : null
}

function inRanges(ranges: number[] | null, start: number, end: number): boolean {
  if (!ranges) return false
  for (let i = 0; i < ranges.length; i += 2) if (start < ranges[i + 1]! && end > ranges[i]!) return true
  return false
}

/** The separator between two tokens as written in a form key, or null when no form spans it. */
function separator(text: string, from: number, to: number): string | null {
  const c = text.charCodeAt(from)
  if (to - from === 1) {
    if (c === 45 || c === 47) return text.charAt(from)
    if (c === 38) return '&'
    return isSpaceCode(c) ? ' ' : null
  }
  if (to - from === 3 && isSpaceCode(c) && isSpaceCode(text.charCodeAt(from + 2))) {
    const mid = text.charCodeAt(from + 1)
    if (mid === 38) return ' & '
    if (mid === 47) return '/' // "ATR / BPN"
  }
  if (to - from === 2 && isSpaceCode(c) && isSpaceCode(text.charCodeAt(from + 1))) return ' '
  return null
}

/** Letters from which an all-caps syllabic form matches outside a headline too. */
const SHOUTED_FORM = 7

function isCapsBlock(text: string): boolean {
  const { upper, lower } = letterCase(text)
  return upper >= 12 && upper > lower * 3
}

/** How far into a block a dateline in capitals reaches ("SUNGAI RAYA, KALBAR – …" → before the dash), or -1. */
function datelineEnd(text: string): number {
  const limit = Math.min(text.length, DATELINE_REACH)
  for (let i = 1; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return -1 // a lower-case letter before any dash: no dateline
    if ((c === 0x2013 || c === 0x2014 || c === 45) && isSpaceCode(text.charCodeAt(i - 1))) return i
  }
  return -1
}
const DATELINE_REACH = 60

/**
 * isWordChar with the ASCII cases inlined (lower case first: most characters of a news text). The scan calls this
 * for every character of the article on a cold engine, where a function call per character is the main cost.
 */
const wordChar = (c: number): boolean =>
  c >= 97 ? c <= 122 || (c >= 128 && isWordChar(c)) : c >= 65 ? c <= 90 : c >= 48 && c <= 57

/** The end of the word token starting at `i`. */
function tokenEnd(text: string, i: number): number {
  const len = text.length
  while (i < len) {
    const c = text.charCodeAt(i)
    if (c >= 97 ? c <= 122 || (c >= 128 && isWordChar(c)) : c >= 65 ? c <= 90 : c >= 48 && c <= 57) i++
    else break
  }
  return i
}

/**
 * Finds every dictionary form in one block; `layers` are in precedence order (article, user, dictionary).
 * Tokenises on the fly (no token arrays): the common case is one slice and one lookup per word.
 */
export function scanBlock(text: string, block: number, layers: readonly DictionaryLayer[], out: RawMatch[] = []): RawMatch[] {
  const nl = layers.length
  const len = text.length
  let skip: number[] | null | undefined
  let caps: boolean | undefined
  let dateline: number | undefined
  const entries: Array<Entry | undefined> = new Array(nl)
  // Tokens come from one native regex (the characters of isWordChar): on a cold engine a JavaScript loop over
  // every character costs far more than the regex engine's own loop.
  const words = WORD_RUN
  words.lastIndex = 0
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const s0 = m.index
    const e0 = s0 + m[0].length
    const first = m[0]
    let any = false
    let maxN = 1
    for (let l = 0; l < nl; l++) {
      const e = layers[l]!.lookup(first)
      entries[l] = e
      if (e !== undefined) {
        any = true
        if (typeof e !== 'number' && e[2] > maxN) maxN = e[2]
      }
    }
    if (!any) {
      // All-caps headline spelling of a syllabic form ("KEMENDAGRI"): rare, checked only for capital tokens. A long
      // one is shouted in running text too ("langsung ke PUSKESMAS terdekat"); a short one only in a headline.
      if (e0 - s0 < 4 || !isUpperCode(text.charCodeAt(s0)) || !isUpperCode(text.charCodeAt(e0 - 1))) continue
      caps ??= isCapsBlock(text)
      if (!caps && e0 - s0 < SHOUTED_FORM) {
        dateline ??= datelineEnd(text)
        if (e0 > dateline) continue
      }
      for (const layer of layers) {
        const row = layer.fromUpper(first)
        if (row < 0) continue
        skip ??= unlinkableRanges(text)
        if (!inRanges(skip, s0, e0)) out.push({ block, start: s0, end: e0, senses: layer.senses(row) })
        break
      }
      continue
    }
    let stopAt = -1
    // Multi-token forms, longest first: collect up to maxN tokens joined by separators a form can contain.
    if (maxN > 1) {
      if (maxN > MAX_TOKENS) maxN = MAX_TOKENS
      const keys: string[] = [first]
      const ends: number[] = [e0]
      let e = e0
      for (let k = 1; k < maxN; k++) {
        const s = nextWordStart(text, e)
        if (s >= len) break
        const sep = separator(text, e, s)
        if (sep === null) break
        const te = tokenEnd(text, s)
        keys.push(keys[k - 1] + sep + text.slice(s, te))
        ends.push(te)
        e = te
      }
      for (let k = keys.length - 1; k >= 1 && stopAt < 0; k--) {
        for (const layer of layers) {
          const en = layer.lookup(keys[k]!)
          const row = en === undefined ? -1 : typeof en === 'number' ? en : en[0]
          if (row < 0) continue
          skip ??= unlinkableRanges(text)
          if (!inRanges(skip, s0, ends[k]!)) {
            out.push({ block, start: s0, end: ends[k]!, senses: layer.senses(row) })
            stopAt = ends[k]!
          }
          break
        }
      }
    }
    if (stopAt >= 0) {
      words.lastIndex = stopAt
      continue
    }
    const next = text.charCodeAt(e0 + 1)
    const dot = text.charCodeAt(e0) === 46 && e0 + 1 < len && !(next >= 48 && next <= 57)
    for (let l = 0; l < nl; l++) {
      const e = entries[l]
      if (e === undefined) continue
      let row: number
      let stop = e0
      if (typeof e === 'number') row = e
      else if (e[1] >= 0 && dot) {
        row = e[1]
        stop = e0 + 1
      } else if (e[0] >= 0) row = e[0]
      else if (e[1] >= 0 && e[3]) row = e[1]
      else continue
      skip ??= unlinkableRanges(text)
      if (!inRanges(skip, s0, stop)) out.push({ block, start: s0, end: stop, senses: layers[l]!.senses(row) })
      break
    }
  }
  return out
}

function nextWordStart(text: string, i: number): number {
  while (i < text.length && !wordChar(text.charCodeAt(i))) i++
  return i
}
