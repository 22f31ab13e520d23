/**
 * Re-anchors saved selectors in the page: by position when the canonical text there still reads `exact` (and its
 * context still roughly agrees), else by exact quote, else by approximate quote, else not at all. A missing anchor
 * is an orphan the UI lists; a wrong anchor would mark the wrong words, so every path has a minimum score.
 *
 * Cost: building the canonical text is O(nodes); the position check O(1) plus O(32²) for context; the exact search
 * O(n) per occurrence sweep; the approximate search O(n · ⌈m/32⌉) for quotes up to 256 characters and O(w · ⌈m/32⌉)
 * over seeded windows w for longer ones (see match-quote.ts), n being the article's length in characters.
 */
import type { TextPosition, TextQuote } from '../annotation-model.ts'
import { canonicalText, rangeFromOffsets, type CanonicalOptions, type CanonicalText } from './canonical-text.ts'
import { combinedScore, contextScore, DEFAULT_MIN_SCORE, matchQuote } from './match-quote.ts'

export interface AnchorSelectors {
  quote: TextQuote | null
  position: TextPosition | null
}

export interface AnchorOptions extends CanonicalOptions {
  /** Minimum score (0..1) of a quote or fuzzy match; below it the annotation is an orphan. Default 0.75. */
  minScore?: number
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

export interface Anchored {
  range: Range
  method: AnchorMethod
  /** 0..1: 0.8 × quote similarity + 0.2 × context similarity. */
  score: number
  /** The canonical offsets the range covers (store them if the position moved). */
  start: number
  end: number
}

/** Position matches with context worse than this are re-checked against every occurrence of the quote. */
const POSITION_CONTEXT = 0.5

/**
 * @param root - the article body
 * @param selectors - what `describeRange` produced (from the database)
 * @returns the range and how it was found, or null for an orphan (no quote, or nothing good enough)
 */
export function anchor(root: Element, selectors: AnchorSelectors, options: AnchorOptions = {}): Anchored | null {
  return anchorIn(canonicalText(root, options), selectors, options)
}

/**
 * The same, over a canonical text the caller built once for all of a page's annotations. Drawing a highlight
 * splits text nodes, which leaves `canon` and earlier ranges stale: anchor everything first, then draw each from
 * its `start`/`end` with `rangeFromOffsets(canonicalText(root), start, end)` (offsets never go stale).
 */
export function anchorIn(canon: CanonicalText, selectors: AnchorSelectors, options: { minScore?: number } = {}): Anchored | null {
  const { quote, position } = selectors
  if (!quote || !quote.exact) return null
  const text = canon.text
  if (position && position.end - position.start === quote.exact.length && text.slice(position.start, position.end) === quote.exact) {
    const context = contextScore(text, quote, position.start, position.end)
    // A short quote ("Kalteng") can land on a different occurrence after an edit; only agreeing context proves it.
    if (context >= POSITION_CONTEXT) return build(canon, position.start, position.end, 'position', combinedScore(1, context))
  }
  const match = matchQuote(text, quote, { hint: position?.start ?? null, minScore: options.minScore ?? DEFAULT_MIN_SCORE })
  return match ? build(canon, match.start, match.end, match.method, match.score) : null
}

function build(canon: CanonicalText, start: number, end: number, method: AnchorMethod, score: number): Anchored | null {
  const range = rangeFromOffsets(canon, start, end)
  return range ? { range, method, score, start, end } : null
}
