/**
 * Approximate string search: where does `pattern` occur in `text` with at most `maxErrors` edits (insertions,
 * deletions, substitutions)? Written for Kliping from the published algorithms:
 *  - G. Myers, "A fast bit-vector algorithm for approximate string matching based on dynamic programming"
 *    (J. ACM 1999), in the block-based form of H. Hyyrö (2003) so patterns of any length work on 32-bit words;
 *  - a second, backward pass of the same scan from each match end finds where that match starts.
 *
 * Cost: O(n · ⌈m / 32⌉) word operations for a text of n and a pattern of m characters, plus O((m + k) · ⌈m / 32⌉)
 * per reported match for its start. Memory O(σ · ⌈m / 32⌉) for the pattern's character masks.
 */

export interface ApproxMatch {
  start: number
  end: number
  errors: number
}

type CharMasks = Map<number, Uint32Array>

function charMasks(pattern: string, blocks: number): CharMasks {
  const masks: CharMasks = new Map()
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i)
    let mask = masks.get(code)
    if (!mask) {
      mask = new Uint32Array(blocks)
      masks.set(code, mask)
    }
    mask[i >> 5]! |= 1 << (i & 31)
  }
  return masks
}

/**
 * Scans `text[from..to)` (forwards, or backwards when `step` is -1) and calls `onColumn(index, score)` with the
 * edit distance of the best alignment of the whole pattern ending at each character.
 * @param anchored - when true the alignment must start at the first scanned character (global on the text
 *   side), otherwise it may start anywhere (search)
 */
function scan(
  pattern: string, text: string, from: number, to: number, step: 1 | -1, anchored: boolean,
  onColumn: (index: number, score: number) => void,
): void {
  const m = pattern.length
  const blocks = Math.ceil(m / 32)
  const masks = charMasks(pattern, blocks)
  const zero = new Uint32Array(blocks)
  const pv = new Uint32Array(blocks).fill(0xffffffff)
  const mv = new Uint32Array(blocks)
  const lastBit = 1 << ((m - 1) & 31)
  let score = m
  for (let j = from; j !== to; j += step) {
    const eqs = masks.get(text.charCodeAt(j)) ?? zero
    // The top row is 0 everywhere for a search (a match may start anywhere), +1 per column when anchored.
    let carry = anchored ? 1 : 0
    for (let b = 0; b < blocks; b++) {
      let eq = eqs[b]!
      const p = pv[b]!
      const n = mv[b]!
      if (carry < 0) eq |= 1
      const xv = eq | n
      const xh = ((((eq & p) + p) >>> 0) ^ p) | eq
      let ph = n | ~(xh | p)
      let mh = p & xh
      const high = b === blocks - 1 ? lastBit : 0x80000000
      const out = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0
      ph <<= 1
      mh <<= 1
      if (carry < 0) mh |= 1
      else if (carry > 0) ph |= 1
      pv[b] = (mh | ~(xv | ph)) >>> 0
      mv[b] = (ph & xv) >>> 0
      carry = out
    }
    score += carry
    onColumn(j, score)
  }
}

/**
 * Every place where `pattern` matches `text` with at most `maxErrors` edits, best first. Matches whose ends are
 * closer than the pattern length keep only the best of them (they are the same occurrence, shifted).
 * @param limit - at most this many matches are returned (the rest are worse, or equal and further from `near`)
 * @param near - among equally good matches, prefer those ending nearest this offset (default: earliest first)
 */
export function searchApprox(
  text: string, pattern: string, maxErrors: number, limit = 50, from = 0, to = text.length, near: number | null = null,
): ApproxMatch[] {
  const m = pattern.length
  if (m === 0 || to <= from) return []
  const k = Math.max(0, Math.min(maxErrors, m))
  // Local minima of the score along the text, within a distance of m.
  const ends: { end: number; errors: number }[] = []
  scan(pattern, text, from, to, 1, false, (j, score) => {
    if (score > k) return
    const last = ends[ends.length - 1]
    if (last && j + 1 - last.end < m) {
      if (score < last.errors) {
        last.end = j + 1
        last.errors = score
      }
      return
    }
    ends.push({ end: j + 1, errors: score })
  })
  const distance = (end: number) => (near === null ? end : Math.abs(end - near))
  ends.sort((a, b) => a.errors - b.errors || distance(a.end) - distance(b.end))
  const matches: ApproxMatch[] = []
  for (let i = 0; i < ends.length && matches.length < limit; i++) {
    const { end, errors } = ends[i]!
    matches.push({ start: matchStart(text, pattern, end, errors, k, from), end, errors })
  }
  return matches
}

/** Where a match ending at `end` with `errors` edits starts: the reversed pattern, anchored at `end`, scanned back. */
function matchStart(text: string, pattern: string, end: number, errors: number, k: number, floor: number): number {
  const reversed = pattern.split('').reverse().join('')
  const limit = Math.max(floor, end - pattern.length - k)
  let best = end - pattern.length
  let bestScore = Infinity
  scan(reversed, text, end - 1, limit - 1, -1, true, (j, score) => {
    // Prefer the smallest distance, then the length nearest the pattern's.
    const length = end - j
    if (score < bestScore || (score === bestScore && Math.abs(length - pattern.length) < Math.abs(end - best - pattern.length))) {
      bestScore = score
      best = j
    }
  })
  return bestScore <= errors ? best : Math.max(floor, end - pattern.length)
}

/** Levenshtein distance, O(a · b); for short strings (quote context). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (!a.length) return b.length
  if (!b.length) return a.length
  let previous = new Array<number>(b.length + 1)
  let current = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length]!
}

/** 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest
}
