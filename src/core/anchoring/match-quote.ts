/**
 * Finds a stored quote in the canonical text, scoring every candidate the same way so that the decision between
 * "here", "somewhere else" and "nowhere" (an orphan) is explicit:
 *
 *   score = 0.8 · quote similarity + 0.2 · context similarity
 *
 * where quote similarity is 1 − edits / quote length and context similarity averages how well the 32 characters
 * before and after the candidate agree with the stored prefix and suffix. An exact quote therefore scores at least
 * 0.8 wherever it sits (a moved paragraph still anchors); an approximate one needs matching context to reach the
 * threshold, and a short approximate quote with foreign context cannot reach it (no wrong highlight).
 * Closeness to the old position only breaks ties.
 *
 * Two gaps in Hypothesis this closes (see reference/annotations.md §3): a minimum score, and exact duplicates whose
 * context cannot tell them apart are an orphan rather than a guess.
 */
import type { TextQuote } from '../annotation-model.ts'
import { searchApprox, similarity } from './approx-match.ts'

export const DEFAULT_MIN_SCORE = 0.75
const QUOTE_WEIGHT = 0.8
const CONTEXT_WEIGHT = 0.2
/** Exact duplicates whose context scores differ by less than this are told apart by position only. */
const CONTEXT_TIE = 0.05
/** …and are an orphan when even the best of them has context this poor. */
const POOR_CONTEXT = 0.5
/** Longer quotes are searched approximately only in windows seeded by exact pieces (see `fuzzyCandidates`). */
const LONG_QUOTE = 256
const PIECE = 32
const MAX_EXACT_HITS = 1000

export interface QuoteMatch {
  start: number
  end: number
  score: number
  /** 'quote' for an exact occurrence, 'fuzzy' for an approximate one. */
  method: 'quote' | 'fuzzy'
}

export interface MatchOptions {
  /** Where the quote was when it was saved (TextPositionSelector start), used to break ties. */
  hint?: number | null
  minScore?: number
}

/** How well the text around [start, end) agrees with the stored context, 0..1. */
export function contextScore(text: string, quote: TextQuote, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start)
  const after = text.slice(end, end + quote.suffix.length)
  return (similarity(quote.prefix, before) + similarity(quote.suffix, after)) / 2
}

export function combinedScore(quoteSimilarity: number, context: number): number {
  return QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * context
}

/**
 * The best place for `quote` in `text`, or null when none scores at least `minScore` or the exact occurrences are
 * ambiguous.
 */
export function matchQuote(text: string, quote: TextQuote, options: MatchOptions = {}): QuoteMatch | null {
  const exact = quote.exact
  if (!exact) return null
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const hint = options.hint ?? null
  const closeness = (start: number): number => (hint === null ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length)))

  // 1. Exact occurrences: O(n) per indexOf sweep.
  const exacts: { start: number; context: number }[] = []
  for (let at = text.indexOf(exact); at >= 0 && exacts.length < MAX_EXACT_HITS; at = text.indexOf(exact, at + 1)) {
    exacts.push({ start: at, context: contextScore(text, quote, at, at + exact.length) })
  }
  if (exacts.length > 0) {
    exacts.sort((a, b) => b.context - a.context || closeness(b.start) - closeness(a.start))
    const best = exacts[0]!
    const second = exacts[1]
    if (second && best.context - second.context < CONTEXT_TIE) {
      if (best.context < POOR_CONTEXT || hint === null) return null
      // Context cannot tell them apart: the one nearest the old place wins.
      const tied = exacts.filter((e) => best.context - e.context < CONTEXT_TIE)
      tied.sort((a, b) => closeness(b.start) - closeness(a.start))
      const pick = tied[0]!
      return { start: pick.start, end: pick.start + exact.length, score: combinedScore(1, pick.context), method: 'quote' }
    }
    const score = combinedScore(1, best.context)
    if (score >= minScore) return { start: best.start, end: best.start + exact.length, score, method: 'quote' }
  }

  // 2. Approximate occurrences, bounded by the errors that could still reach minScore with perfect context.
  const maxErrors = Math.floor(exact.length * (1 - (minScore - CONTEXT_WEIGHT) / QUOTE_WEIGHT))
  if (maxErrors < 1) return null
  let best: QuoteMatch | null = null
  let bestRank = -Infinity
  for (const candidate of fuzzyCandidates(text, exact, maxErrors, hint)) {
    const quoteSimilarity = 1 - candidate.errors / exact.length
    const score = combinedScore(quoteSimilarity, contextScore(text, quote, candidate.start, candidate.end))
    const rank = score + 0.001 * closeness(candidate.start)
    if (rank > bestRank) {
      bestRank = rank
      best = { start: candidate.start, end: candidate.end, score, method: 'fuzzy' }
    }
  }
  return best && best.score >= minScore && best.end > best.start ? best : null
}

/**
 * Approximate matches of `exact`. Short quotes are searched over the whole text. For long quotes a full search
 * costs n · m / 32 and buys nothing: a long passage with typo-level changes still contains exact 32-character
 * pieces, so only windows around where those pieces (and the old position) put the passage are searched.
 */
function fuzzyCandidates(text: string, exact: string, maxErrors: number, hint: number | null): { start: number; end: number; errors: number }[] {
  const m = exact.length
  if (m <= LONG_QUOTE) return searchApprox(text, exact, maxErrors, 100, 0, text.length, hint === null ? null : hint + m)
  const starts: number[] = []
  if (hint !== null) starts.push(hint)
  const pieces = Math.floor(m / PIECE)
  // At most 16 evenly spread pieces, at most 20 hits each: bounded work whatever the text.
  const stride = Math.max(1, Math.floor(pieces / 16))
  for (let p = 0; p < pieces; p += stride) {
    const offset = p * PIECE
    const piece = exact.slice(offset, offset + PIECE)
    let hits = 0
    for (let at = text.indexOf(piece); at >= 0 && hits < 20; at = text.indexOf(piece, at + 1), hits++) starts.push(at - offset)
  }
  starts.sort((a, b) => a - b)
  const windows: [number, number][] = []
  for (const start of starts) {
    const from = Math.max(0, start - maxErrors)
    const to = Math.min(text.length, start + m + maxErrors)
    const last = windows[windows.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else if (from < to) windows.push([from, to])
  }
  const out: { start: number; end: number; errors: number }[] = []
  for (const [from, to] of windows) out.push(...searchApprox(text, exact, maxErrors, 5, from, to, hint === null ? null : hint + m))
  return out
}
