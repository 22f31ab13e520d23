/**
 * Describes a selection as W3C selectors over the canonical article text: a TextQuoteSelector (the exact text
 * plus 32 characters of context either side, as Hypothesis stores it) and a TextPositionSelector (canonical
 * offsets). Both are computed from the same canonical text `anchor` uses, so Kliping's own page edits never
 * invalidate them.
 */
import type { TextPosition, TextQuote } from '../annotation-model.ts'
import { canonicalText, offsetAt, type CanonicalOptions, type CanonicalText } from './canonical-text.ts'

export const CONTEXT_LENGTH = 32

export interface DescribeOptions extends CanonicalOptions {
  /**
   * Leave out whitespace at either end of the selection (default true): a double-click or drag often takes the
   * space or line break after a word, which would only make the quote harder to match later.
   */
  trim?: boolean
}

export interface Selectors {
  quote: TextQuote
  position: TextPosition
}

/**
 * @param root - the article body
 * @param range - the user's selection; parts outside the root or in skipped subtrees contribute nothing
 * @returns the selectors; `quote.exact` is '' when the range holds no canonical text
 */
export function describeRange(root: Element, range: Range, options: DescribeOptions = {}): Selectors {
  return describeWith(canonicalText(root, options), range, options.trim ?? true)
}

/** The same, over a canonical text the caller already built (several selections on one unchanged page). */
export function describeWith(canon: CanonicalText, range: Range, trim = true): Selectors {
  const { text } = canon
  let start = offsetAt(canon, range.startContainer, range.startOffset)
  let end = Math.max(start, offsetAt(canon, range.endContainer, range.endOffset, 'end'))
  if (trim) {
    while (start < end && /\s/.test(text[start]!)) start++
    while (end > start && /\s/.test(text[end - 1]!)) end--
  }
  const prefixStart = keepPair(text, Math.max(0, start - CONTEXT_LENGTH), 1)
  const suffixEnd = keepPair(text, Math.min(text.length, end + CONTEXT_LENGTH), -1)
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { start, end },
  }
}

/** Moves a context cut off the middle of a surrogate pair (an emoji), so stored context is valid Unicode. */
function keepPair(text: string, index: number, direction: 1 | -1): number {
  const code = text.charCodeAt(index)
  const lowHalf = code >= 0xdc00 && code <= 0xdfff
  return lowHalf && index > 0 && index < text.length ? index + direction : index
}
