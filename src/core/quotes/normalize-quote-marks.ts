/**
 * Finds the quote marks of one paragraph without changing it: every glyph that acts as a double quote (“ ” „ ‟ " ″,
 * the pairs '' ’’ ‘‘ ``, and mojibake such as â€œ / â€) or a single quote (‘ ’ '), with its UTF-16 range and
 * whether its position lets it open or close a quote. Glyph direction is not trusted (Kompas and regional sites
 * open with ”); position decides, and the span finder settles the ambiguous cases with its state.
 */

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

const DOUBLE_GLYPHS = new Set(['“', '”', '„', '‟', '"', '″', '〝', '〞', '＂'])
const SINGLE_GLYPHS = new Set(['‘', '’', "'", '‛', '`', '‚'])
/** Characters after which a mark opens: brackets, colons and dashes introduce quotes. */
const OPENING_CONTEXT = new Set(['(', '[', '{', ':', ';', '—', '–', '-', '/', ...DOUBLE_GLYPHS, ...SINGLE_GLYPHS])
/** Punctuation that may follow a closer, also after a stray space ("… desa ”, kata …"). */
const CLOSING_FOLLOW = new Set([',', '.', ';', ':', '!', '?', ')', ']', '…'])

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f'
}

const LETTER = /[\p{L}\p{N}]/u
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch)
}

/**
 * Recognise a mark starting at `i`: returns [length, class], or null. `â€` is UTF-8 “/” read as Windows-1252; the
 * third byte tells which glyph it was (œ → “, \u009d or a dropped byte → ”, ˜/™ → ‘/’). Dashes (â€“, â€”) and
 * other punctuation read the same way are not quotes.
 */
function markAt(text: string, i: number): readonly [number, MarkClass] | null {
  const ch = text[i]
  if (ch === undefined) return null
  if (ch === 'â' && text[i + 1] === '€') {
    const third = text[i + 2]
    if (third === 'œ' || third === '\u009d' || third === '\ufffd' || third === 'ž') return [3, 'double']
    if (third === '˜' || third === '™') {
      // â€™ between letters is a mis-decoded apostrophe (Ma’ruf), not a quote.
      if (third === '™' && isLetter(text[i - 1]) && isLetter(text[i + 3])) return null
      return [3, 'single']
    }
    if (third !== undefined && !isSpace(third) && !CLOSING_FOLLOW.has(third)) return null
    return [2, 'double']
  }
  // A dagger appears where a mis-decoded page lost the closing ” (design notes §3.1); only ever a closer.
  if (ch === '†') return isSpace(text[i - 1]) ? null : [1, 'double']
  if (DOUBLE_GLYPHS.has(ch)) return [1, 'double']
  if (SINGLE_GLYPHS.has(ch)) {
    const next = text[i + 1]
    if (next !== undefined && SINGLE_GLYPHS.has(next)) return [2, 'double']
    // Apostrophes inside names (Ma'ruf, Musa’ad) are not quotes.
    if (isLetter(text[i - 1]) && isLetter(next)) return null
    return [1, 'single']
  }
  return null
}

/** Characters that can start a mark; the scanner jumps between them instead of testing every character. */
const CANDIDATE = /[“”„‟"″〝〞＂‘’'‛`‚†â]/g

/** All quote marks of a paragraph in order. Linear in its length. */
export function scanQuoteMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = []
  let firstText = 0
  while (firstText < text.length && isSpace(text[firstText])) firstText++
  CANDIDATE.lastIndex = 0
  for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text)) {
    const i = c.index
    const found = markAt(text, i)
    if (found === null) {
      // A mojibake dash or apostrophe (â€“, â€™): its third character (“ for a dash) is not a quote either.
      if (text[i] === 'â' && text[i + 1] === '€') CANDIDATE.lastIndex = i + 3
      continue
    }
    const [length, cls] = found
    const start = i
    const end = i + length
    const prev = start > 0 ? text[start - 1] : undefined
    const next = text[end]
    const atStart = start <= firstText
    let canOpen = atStart
      ? end < text.length
      : (isSpace(prev) || OPENING_CONTEXT.has(prev ?? '')) && !isSpace(next) && !CLOSING_FOLLOW.has(next ?? '')
    let canClose = !atStart && (!isSpace(prev) || next === undefined || CLOSING_FOLLOW.has(next))
    if (prev !== undefined && OPENING_CONTEXT.has(prev) && !DOUBLE_GLYPHS.has(prev) && !SINGLE_GLYPHS.has(prev)) {
      canClose = false
    }
    if (text[i] === '†') canOpen = false
    // Spaces on both sides: position says nothing, so let the span finder decide from its state.
    if (!canOpen && !canClose) {
      canOpen = true
      canClose = true
    }
    marks.push({ start, end, cls, canOpen, canClose })
    CANDIDATE.lastIndex = end
  }
  return marks
}

/** The index of the first non-space character at or after `from` (text.length when none). */
export function skipSpaces(text: string, from: number): number {
  let i = from
  while (i < text.length && isSpace(text[i])) i++
  return i
}

/** The index just after the last non-space character before `to`. */
export function trimEnd(text: string, to: number, floor = 0): number {
  let i = to
  while (i > floor && isSpace(text[i - 1])) i--
  return i
}
