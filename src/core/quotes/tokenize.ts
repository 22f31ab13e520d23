/**
 * Turns the narrative text of one paragraph into tokens (words, punctuation) with each quote span collapsed into a
 * single 'quote' token, then splits the tokens into sentences. Attribution reads these tokens, so names and
 * pronouns inside quotes are never candidates for the speaker. Linear in the paragraph length.
 */

import { ABBREVIATIONS } from './name-lexicon.ts'

export type TokenKind = 'word' | 'punct' | 'quote'

export interface Token {
  readonly kind: TokenKind
  readonly text: string
  readonly lower: string
  /** UTF-16 offsets into the paragraph. */
  readonly start: number
  readonly end: number
  /** Starts with an upper-case letter. */
  readonly cap: boolean
  /** For 'quote' tokens: the index of the quote span; -1 otherwise. */
  readonly quote: number
  /** For 'quote' tokens: the quoted words end with . ! ? (a sentence may end with the quote). */
  readonly endsSentence: boolean
}

/** A quote span inside this paragraph, by span index. */
export interface QuoteRange {
  readonly start: number
  readonly end: number
  readonly quote: number
  readonly endsSentence: boolean
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u

/** Letter or digit, with an ASCII fast path: most Indonesian news text is ASCII. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  if (c === 0x20ac || c === 0x2122) return false // € ™ of mojibake, never letters
  return NON_ASCII_WORD.test(text[i] ?? '')
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff
}

/** Joiners inside a word: apostrophes (Ma'ruf, Musa’ad), hyphens (sia-sia), dots (M.Si) — when a letter follows. */
function joinLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c === 39 || c === 0x2019 || c === 0x2018 || c === 45 || c === 46) return isWordChar(text, i + 1) ? 1 : 0
  // â€™ is a mis-decoded apostrophe: it joins a name (Maâ€™ruf) like ’ does.
  if (c === 0xe2 && text.charCodeAt(i + 1) === 0x20ac && text.charCodeAt(i + 2) === 0x2122) return isWordChar(text, i + 3) ? 3 : 0
  return 0
}

function pushWords(out: Token[], text: string, from: number, to: number): void {
  let i = from
  while (i < to) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) {
      i++
      continue
    }
    let end = i + 1
    const word = isWordChar(text, i) && joinLength(text, i) === 0
    if (word) {
      for (;;) {
        if (end >= to) break
        if (joinLength(text, end) > 0 && end + joinLength(text, end) < to) {
          end += joinLength(text, end)
          continue
        }
        if (!isWordChar(text, end)) break
        end++
      }
    } else if (c >= 0xd800 && c <= 0xdbff && end < to) {
      end++ // keep surrogate pairs (emoji) whole
    }
    const raw = text.slice(i, end)
    // 'Â' is a mis-decoded no-break space, not a word.
    if (raw !== 'Â') {
      const lower = raw.toLowerCase()
      out.push({
        kind: word ? 'word' : 'punct',
        text: raw,
        lower,
        start: i,
        end,
        cap: word && lower.charCodeAt(0) !== c,
        quote: -1,
        endsSentence: false,
      })
    }
    i = end
  }
}

/** Tokens of a paragraph with every range in `quotes` (sorted, disjoint) collapsed into one quote token. */
export function tokenizeParagraph(text: string, quotes: readonly QuoteRange[]): Token[] {
  const out: Token[] = []
  let pos = 0
  for (const q of quotes) {
    pushWords(out, text, pos, q.start)
    out.push({
      kind: 'quote',
      text: text.slice(q.start, q.end),
      lower: '',
      start: q.start,
      end: q.end,
      cap: false,
      quote: q.quote,
      endsSentence: q.endsSentence,
    })
    pos = q.end
  }
  pushWords(out, text, pos, text.length)
  return out
}

/** [from, to) token ranges of the sentences of a paragraph. */
export function splitSentences(tokens: readonly Token[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = []
  let from = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined) continue
    const next = tokens[i + 1]
    // A sentence ends only before a capital, a quote or the paragraph end: "…, ujarnya. Ia …" but not "M.Si., kata".
    const nextStarts = next === undefined || next.kind === 'quote' || next.cap
    let ends = false
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) {
      const prev = tokens[i - 1]
      const abbrev = t.text === '.' && prev !== undefined && prev.kind === 'word' && prev.end === t.start &&
        (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap))
      ends = nextStarts && !abbrev
    } else if (t.kind === 'quote' && t.endsSentence) {
      // “… hasilnya.” Tomsi … — but not “…!” tegasnya, where a lower-case cue continues the sentence.
      ends = next === undefined || next.kind === 'quote' || next.cap
    }
    if (ends) {
      out.push([from, i + 1])
      from = i + 1
    }
  }
  if (from < tokens.length) out.push([from, tokens.length])
  return out
}
