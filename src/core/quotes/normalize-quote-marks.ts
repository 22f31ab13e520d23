/**
 * Finds the quote marks of one paragraph without changing it: every glyph that acts as a double quote (“ ” „ ‟ " ″,
 * the pairs '' ’’ ‘‘ ``, and mojibake such as â€œ / â€) or a single quote (‘ ’ '), with its UTF-16 range and
 * whether its position lets it open or close a quote. Glyph direction is not trusted (Kompas and regional sites
 * open with ”); position decides, and the span finder settles the ambiguous cases with its state.
 */

import { isLetterOrDigitCode, isMarkSpaceCode } from './char-class.ts'
import { codeAt } from '../text/code-at.ts'

export type MarkClass = 'double' | 'single'

export interface QuoteMark {
  /** [start, end) in the paragraph; mojibake and doubled marks span 2–3 code units. */
  readonly start: number
  readonly end: number
  readonly cls: MarkClass
  /** Position allows an opener: first in the paragraph, or preceded by a space, bracket or colon, with text after. */
  readonly canOpen: boolean
  /** Position allows a closer: after text, or before punctuation / the paragraph end. */
  readonly canClose: boolean
}

// Char codes, not strings: the scanner runs on every paragraph of every page, in a cold engine (see char-class.ts).
/** “ ” „ ‟ " ″ 〝 〞 ＂ */
function isDoubleGlyph(c: number): boolean {
  return (c >= 0x201c && c <= 0x201f) || c === 0x22 || c === 0x2033 || c === 0x301d || c === 0x301e || c === 0xff02
}
/** ‘ ’ ' ‛ ` ‚ */
function isSingleGlyph(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201b) || c === 0x27 || c === 0x60
}
/** Characters after which a mark opens: brackets, colons and dashes introduce quotes (quote glyphs too). */
function isOpeningBracket(c: number): boolean {
  // ( [ { : ; — – - /
  return c === 40 || c === 91 || c === 123 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47
}
function isOpeningContext(c: number): boolean {
  return isOpeningBracket(c) || isDoubleGlyph(c) || isSingleGlyph(c)
}
/** Punctuation that may follow a closer, also after a stray space ("… desa ”, kata …"): , . ; : ! ? ) ] … */
function isClosingFollow(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 0x2026
}

const DOUBLE = 0
const SINGLE = 1

/**
 * Recognise a mark starting at `i`: returns length * 2 + class (DOUBLE/SINGLE), or 0 for none (a number, so the
 * scanner allocates nothing per candidate). `â€` is UTF-8 “/” read as Windows-1252; the third byte tells which glyph
 * it was (œ → “, \u009d or a dropped byte → ”, ˜/™ → ‘/’). Dashes (â€“, â€”) and other punctuation read the same way
 * are not quotes.
 */
function markAt(text: string, i: number): number {
  const ch = text.charCodeAt(i)
  if (ch === 0xe2 && codeAt(text, i + 1) === 0x20ac) {
    const third = codeAt(text, i + 2)
    // œ, \u009d, U+FFFD, ž
    if (third === 0x153 || third === 0x9d || third === 0xfffd || third === 0x17e) return 3 * 2 + DOUBLE
    // ˜ or ™
    if (third === 0x2dc || third === 0x2122) {
      // â€™ between letters is a mis-decoded apostrophe (Ma’ruf), not a quote.
      if (third === 0x2122 && isLetterOrDigitCode(codeAt(text, i - 1)) && isLetterOrDigitCode(codeAt(text, i + 3))) return 0
      return 3 * 2 + SINGLE
    }
    // Anything else after â€ (a dash, a letter) is not a quote; a space, punctuation or the text end is a ”.
    if (!isMarkSpaceCode(third) && !isClosingFollow(third)) return 0
    return 2 * 2 + DOUBLE
  }
  // A dagger appears where a mis-decoded page lost the closing ” (design notes §3.1); only ever a closer.
  if (ch === 0x2020) return isMarkSpaceCode(codeAt(text, i - 1)) ? 0 : 1 * 2 + DOUBLE
  if (isDoubleGlyph(ch)) return 1 * 2 + DOUBLE
  if (isSingleGlyph(ch)) {
    const next = codeAt(text, i + 1)
    if (isSingleGlyph(next)) return 2 * 2 + DOUBLE
    // Apostrophes inside names (Ma'ruf, Musa’ad) are not quotes.
    if (isLetterOrDigitCode(codeAt(text, i - 1)) && isLetterOrDigitCode(next)) return 0
    return 1 * 2 + SINGLE
  }
  return 0
}

/**
 * Characters that can start a mark. The scanner jumps between them with this regex: a native scan for a small
 * character class is about twice as fast as a char-code loop over every character, and it compiles quickly (no
 * Unicode properties).
 */
const CANDIDATE = /[“”„‟"″〝〞＂‘’'‛`‚†â]/g

const NO_MARKS: QuoteMark[] = []

/**
 * All quote marks of a paragraph in order. Linear in its length. A paragraph without any mark (most of them)
 * returns a shared empty array: callers must not modify the result.
 */
export function scanQuoteMarks(text: string): QuoteMark[] {
  let marks = NO_MARKS
  const n = text.length
  let firstText = -1
  CANDIDATE.lastIndex = 0
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const i = m.index
    const c = text.charCodeAt(i)
    const found = markAt(text, i)
    if (found === 0) {
      // A mojibake dash or apostrophe (â€“, â€™): its third character (“ for a dash) is not a quote either.
      if (c === 0xe2 && codeAt(text, i + 1) === 0x20ac) CANDIDATE.lastIndex = i + 3
      continue
    }
    if (firstText < 0) firstText = skipSpaces(text, 0)
    const start = i
    const end = i + (found >> 1)
    const cls: MarkClass = (found & 1) === SINGLE ? 'single' : 'double'
    const prev = codeAt(text, start - 1)
    const next = codeAt(text, end)
    const atStart = start <= firstText
    let canOpen = atStart
      ? end < n
      : (isMarkSpaceCode(prev) || isOpeningContext(prev)) && !isMarkSpaceCode(next) && !isClosingFollow(next)
    let canClose = !atStart && (!isMarkSpaceCode(prev) || end >= n || isClosingFollow(next))
    if (isOpeningBracket(prev)) canClose = false
    // No space after a sentence's end: "… sebelum Lebaran.“Kalau sekarang …" may open a quote as well as close one;
    // the span finder decides from whether a quote is open.
    if (!canOpen && (prev === 46 || prev === 33 || prev === 63) && next >= 65 && next <= 90) canOpen = true
    if (c === 0x2020) canOpen = false
    // Spaces on both sides: position says nothing, so let the span finder decide from its state.
    if (!canOpen && !canClose) {
      canOpen = true
      canClose = true
    }
    if (marks === NO_MARKS) marks = []
    marks.push({ start, end, cls, canOpen, canClose })
    CANDIDATE.lastIndex = end
  }
  return marks
}

/** The index of the first non-space character at or after `from` (text.length when none). */
export function skipSpaces(text: string, from: number): number {
  let i = from
  while (i < text.length && isMarkSpaceCode(text.charCodeAt(i))) i++
  return i
}

/** The index just after the last non-space character before `to`. */
export function trimEnd(text: string, to: number, floor = 0): number {
  let i = to
  while (i > floor && isMarkSpaceCode(text.charCodeAt(i - 1))) i--
  return i
}
