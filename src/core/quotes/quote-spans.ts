/**
 * Finds direct-quote spans, paragraph by paragraph (design notes §3.2): pairs opening and closing marks with a small
 * state machine, continues a quote into the next paragraph when that paragraph opens with a quote mark, closes a
 * quote still open when a narrative paragraph follows (low confidence), recovers a closer + cue whose opener is missing,
 * keeps single quotes inside double quotes, and accepts single-quote spans outside them only before a cue.
 * Offsets always index into the original strings. Linear in the text length.
 */

import { scanQuoteMarks, skipSpaces, trimEnd, type QuoteMark } from './normalize-quote-marks.ts'
import { CUE_PRONOUNS, isNarrativeSpeechWord, postCue } from './reporting-verbs.ts'

/** One piece of a quote inside one paragraph; offsets are UTF-16 code units into paragraphs[paragraph]. */
export interface SpanSegment {
  readonly paragraph: number
  /** [start, end) including the quote marks (when present). */
  readonly start: number
  readonly end: number
  /** [innerStart, innerEnd) the quoted words, without marks and outer spaces. */
  readonly innerStart: number
  readonly innerEnd: number
}

export type SpanKind = 'closed' | 'multi-paragraph' | 'unclosed' | 'missing-opener' | 'single-quoted'

export interface QuoteSpan {
  readonly segments: SpanSegment[]
  kind: SpanKind
  /** Detection confidence: unclosed and missing-opener spans are low. */
  confidence: number
}

export const SPAN_CONFIDENCE: Readonly<Record<SpanKind, number>> = {
  closed: 0.95,
  'multi-paragraph': 0.9,
  'single-quoted': 0.85,
  'missing-opener': 0.5,
  unclosed: 0.4,
}

let wordAt: RegExp | null = null

/** True when a reporting cue ("ujarnya", "kata", ", ujar") starts after `pos`, skipping spaces and one comma. */
export function cueFollows(text: string, pos: number): boolean {
  let i = skipSpaces(text, pos)
  if (text.charCodeAt(i) === 44) i = skipSpaces(text, i + 1)
  // The word is the run of letters at i (/\p{L}+/uy). Cue words are ASCII: read them by char code, and leave any
  // word that touches a non-ASCII character to the regex (compiled only then: it is costly in a cold engine).
  let end = i
  for (;;) {
    const c = text.charCodeAt(end)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) end++
    else break
  }
  let lower: string
  if (text.charCodeAt(end) >= 128) {
    wordAt ??= /[\p{L}]+/uy
    wordAt.lastIndex = i
    const m = wordAt.exec(text)
    if (m === null) return false
    lower = m[0].toLowerCase()
  } else {
    if (end === i) return false
    lower = text.slice(i, end).toLowerCase()
  }
  if (lower === 'demikian') return true
  return postCue(lower) !== null && !CUE_PRONOUNS.has(lower)
}

interface PairedSpan {
  start: number
  end: number
  innerStart: number
  innerEnd: number
  kind: 'closed' | 'missing-opener' | 'unclosed-inner'
}

interface Pairing {
  spans: PairedSpan[]
  /** The opener still open at the paragraph end, if any. */
  open: QuoteMark | null
}

const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}“"”])/gu
const WORDS = /[\p{L}]+/gu

/**
 * Where a quote whose opener is missing starts: the paragraph start (or the end of the previous span), moved past
 * the last sentence that reads as narrative (it names a speech act: "Menurutnya, …", "X mengatakan …").
 */
function backtrackStart(text: string, floor: number, closeAt: number): number {
  const region = text.slice(floor, closeAt)
  let start = 0
  let sentenceStart = 0
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(region); m !== null; m = SENTENCE_END.exec(region)) {
    const sentence = region.slice(sentenceStart, m.index)
    let narrative = false
    WORDS.lastIndex = 0
    for (let w = WORDS.exec(sentence); w !== null; w = WORDS.exec(sentence)) {
      const lower = w[0].toLowerCase()
      if (isNarrativeSpeechWord(lower) || lower === 'ia' || lower === 'dia' || lower === 'beliau') {
        narrative = true
        break
      }
    }
    sentenceStart = m.index + m[0].length
    if (narrative) start = sentenceStart
  }
  return skipSpaces(text, floor + start)
}

/** The punctuation a quote's last word takes before its closer ("…sekali,’ katanya"). */
const PUNCTUATION_BEFORE_CLOSER = /[,.!?]/

function pairDoubleMarks(text: string, marks: readonly QuoteMark[], allowNested: boolean): Pairing & { nested: boolean } {
  const spans: PairedSpan[] = []
  let open: QuoteMark | null = null
  let depth = 0
  let nested = false
  let floor = 0
  for (const m of marks) {
    if (m.cls !== 'double') {
      // “…,’ katanya.": a single closer after the quote's last punctuation, a cue after it and no double closer later
      // in the paragraph closes the double quote written with the wrong mark.
      if (open !== null && depth === 0 && m.canClose && PUNCTUATION_BEFORE_CLOSER.test(text[m.start - 1] ?? '') && cueFollows(text, m.end) &&
        !marks.some((x) => x.cls === 'double' && x.start > m.start && x.canClose)) {
        spans.push({ start: open.start, end: m.end, innerStart: open.end, innerEnd: m.start, kind: 'closed' })
        floor = m.end
        open = null
      }
      continue
    }
    if (open === null) {
      if (m.canOpen) {
        open = m
      } else if (cueFollows(text, m.end)) {
        const start = backtrackStart(text, floor, m.start)
        if (start < m.start) {
          spans.push({ start, end: m.end, innerStart: start, innerEnd: m.start, kind: 'missing-opener' })
          floor = m.end
        }
      }
      // Any other lone closer is a stray glyph: ignore it.
      continue
    }
    if (m.canClose) {
      if (depth > 0) {
        depth--
        continue
      }
      spans.push({ start: open.start, end: m.end, innerStart: open.end, innerEnd: m.start, kind: 'closed' })
      floor = m.end
      open = null
    } else if (allowNested) {
      // An embedded quote with the same mark (“… “x” …”): stays inside the outer quote.
      depth++
      nested = true
    } else {
      // A new opener while open: the previous quote was never closed; end it before this opener.
      const end = trimEnd(text, m.start, open.end)
      spans.push({ start: open.start, end, innerStart: open.end, innerEnd: end, kind: 'unclosed-inner' })
      open = m
    }
  }
  return { spans, open, nested }
}

function pairParagraph(text: string, marks: readonly QuoteMark[]): Pairing {
  const first = pairDoubleMarks(text, marks, true)
  // Nesting that never closed means an opener was really an unclosed quote's successor: pair again flat.
  if (first.open !== null && first.nested) return pairDoubleMarks(text, marks, false)
  return first
}

/** Single-quote spans outside any double-quote span count only when a cue follows ('Kami siap,' kata Nanda). */
function singleQuoteSpans(text: string, marks: readonly QuoteMark[], taken: readonly PairedSpan[]): SinglePairing {
  const out: PairedSpan[] = []
  let open: QuoteMark | null = null
  let t = 0
  for (const m of marks) {
    if (m.cls !== 'single') continue
    const passed = t
    while (t < taken.length && (taken[t]?.end ?? 0) <= m.start) t++
    // A single-quote span never contains a double-quote span: an opener before one is stale. (Unless the opener
    // starts a sentence: a page that quotes in single marks nests its terms in double ones, ‘… “laut mengamuk” …,’.)
    if (open !== null && t > passed && (taken[t - 1]?.start ?? 0) > open.start && !opensSentence(text, open.start)) open = null
    const inside = t < taken.length && (taken[t]?.start ?? Infinity) <= m.start
    if (inside) {
      open = null
      continue
    }
    if (open === null) {
      if (m.canOpen) open = m
      continue
    }
    if (m.canClose) {
      // A cue after it, or the second half of a split quote (‘…,’ kata NAME, ‘…’): single marks hold titles and
      // terms as often as speech, so only these count.
      const last = out[out.length - 1]
      if (cueFollows(text, m.end) || (last !== undefined && cueFollows(text, last.end) && SPLIT_GAP.test(text.slice(last.end, open.start)))) {
        out.push({ start: open.start, end: m.end, innerStart: open.end, innerEnd: m.start, kind: 'closed' })
      }
      open = null
    } else {
      open = m
    }
  }
  // An opener that starts a sentence and is still open at the paragraph's end: a quote the next paragraph may go on.
  const trailing = open !== null && opensSentence(text, open.start) && !taken.some((span) => span.end > (open as QuoteMark).start) ? open : null
  return { spans: out, open: trailing }
}

interface SinglePairing {
  spans: PairedSpan[]
  /** A sentence-opening single mark left open at the paragraph's end. */
  open: QuoteMark | null
}

/** Between the two halves of a split quote: the cue and the speaker, ending with a comma (no sentence end). */
const SPLIT_GAP = /^[^.!?“”"‘’]*,\s*$/

/** Whether the mark at `at` starts the paragraph or a sentence (after ". ", "! ", "? " or ": "). */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--
  if (k < 0) return true
  const c = text.charCodeAt(k)
  return k < at - 1 && (c === 46 || c === 33 || c === 63 || c === 58)
}

/** The segment [start, end) with its inner range: the words without outer spaces and one trailing comma. */
function segment(paragraph: number, text: string, start: number, end: number, iS: number, iE: number): SpanSegment {
  const innerStart = skipSpaces(text, iS)
  let innerEnd = trimEnd(text, iE, innerStart)
  // One trailing comma belongs to the sentence, not to the words (“…,” ujarnya / “… desa ,” ujarnya).
  if (text.charCodeAt(innerEnd - 1) === 44) innerEnd = trimEnd(text, innerEnd - 1, innerStart)
  return { paragraph, start, end, innerStart, innerEnd }
}

/** Capitalised words a cue's name may take inside the marks ("kata Darmono", "ujar Kades Darmono Hadi"). */
const MAX_INSIDE_NAME_WORDS = 3

/**
 * A cue written inside a quote's marks ("„Dana desa …, kata Darmono, bukan uang kepala desa.”"): the comma before it
 * and the index where the quote resumes after the name's comma, or null. Only when no cue follows the marks (else the
 * inner "kata X" reports someone else's words inside the quote) and the cue names someone with a capital.
 */
function cueInside(text: string, span: PairedSpan): [number, number] | null {
  if (cueFollows(text, span.end)) return null
  for (let c = text.indexOf(',', span.innerStart); c >= 0 && c < span.innerEnd; c = text.indexOf(',', c + 1)) {
    if (c - span.innerStart < 12 || !cueFollows(text, c)) continue
    let i = skipSpaces(text, c + 1)
    while (isAsciiLetter(text.charCodeAt(i))) i++
    let words = 0
    for (;;) {
      const at = skipSpaces(text, i)
      const first = text.charCodeAt(at)
      if (words === MAX_INSIDE_NAME_WORDS || !(first >= 65 && first <= 90)) break
      i = at + 1
      while (isAsciiLetter(text.charCodeAt(i))) i++
      words++
    }
    if (words === 0 || text.charCodeAt(i) !== 44) continue
    const resume = skipSpaces(text, i + 1)
    if (resume >= span.innerEnd - 3) return null
    return [c, resume]
  }
  return null
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

/**
 * Finds the quote spans of an article one paragraph at a time, in document order (a quote left open at a
 * paragraph's end is settled by the next paragraph). Call `paragraph` for 0, 1, 2, …, then `finish`.
 */
export class QuoteSpanFinder {
  private readonly out: QuoteSpan[] = []
  private carry: QuoteSpan | null = null
  /** A quote in single marks left open at a paragraph's end: kept only if the next paragraph goes on with it. */
  private singleCarry: QuoteSpan | null = null

  paragraph(p: number, text: string): void {
    const marks = scanQuoteMarks(text)
    if (marks.length === 0) {
      // No mark (most paragraphs): no span; a quote still open ends where its paragraph ended.
      if (this.carry !== null) this.closeCarry()
      return
    }
    const { spans, open } = pairParagraph(text, marks)
    const firstText = skipSpaces(text, 0)
    let from = 0
    let openConsumed = false
    const carry = this.carry
    if (carry !== null) {
      const firstSpan = spans[0]
      if (firstSpan !== undefined && firstSpan.kind !== 'missing-opener' && firstSpan.start === firstText) {
        // Standard convention: the next paragraph re-opens with a mark and the quote goes on.
        carry.segments.push(segment(p, text, firstSpan.start, firstSpan.end, firstSpan.innerStart, firstSpan.innerEnd))
        carry.kind = 'multi-paragraph'
        carry.confidence = SPAN_CONFIDENCE['multi-paragraph'] * (firstSpan.kind === 'closed' ? 1 : 0.5)
        this.out.push(carry)
        this.carry = null
        from = 1
      } else if (firstSpan !== undefined && firstSpan.kind === 'missing-opener' && firstSpan.start === firstText) {
        // No re-opening mark, but the paragraph closes a quote with a cue ("… ¶ Kami terapung …,” tutur Rivaldo."):
        // it goes on with the quote left open, which ends here.
        carry.segments.push(segment(p, text, firstSpan.start, firstSpan.end, firstSpan.innerStart, firstSpan.innerEnd))
        carry.kind = 'multi-paragraph'
        carry.confidence = SPAN_CONFIDENCE['multi-paragraph'] * SPAN_CONFIDENCE['missing-opener']
        this.out.push(carry)
        this.carry = null
        from = 1
      } else if (spans.length === 0 && open !== null && open.start === firstText) {
        const end = trimEnd(text, text.length)
        carry.segments.push(segment(p, text, open.start, end, open.end, end))
        openConsumed = true
      } else {
        this.closeCarry()
      }
    }
    const doubles = from === 0 ? spans : spans.slice(from)
    const single = singleQuoteSpans(text, marks, spans)
    let singles = single.spans
    // A single-marked quote left open at the last paragraph's end, re-opened here and closed with a cue.
    const singleCarry = this.singleCarry
    this.singleCarry = null
    if (singleCarry !== null) {
      const first = singles[0]
      if (first !== undefined && first.start === firstText) {
        singleCarry.segments.push(segment(p, text, first.start, first.end, first.innerStart, first.innerEnd))
        this.out.push(singleCarry)
        singles = singles.slice(1)
      }
    }
    if (single.open !== null && open === null) {
      const end = trimEnd(text, text.length)
      if (end > single.open.end) {
        this.singleCarry = { segments: [segment(p, text, single.open.start, end, single.open.end, end)], kind: 'multi-paragraph', confidence: SPAN_CONFIDENCE['multi-paragraph'] * SPAN_CONFIDENCE['single-quoted'] }
      }
    }
    // A single-marked quote holds the double-marked terms inside it (‘… “laut mengamuk” …’): they are its words.
    const outer = singles.length === 0 ? doubles : doubles.filter((d) => !singles.some((q) => q.start < d.start && d.end <= q.end))
    const merged = singles.length === 0 ? doubles : [...outer, ...singles].sort((a, b) => a.start - b.start)
    for (const s of merged) {
      const kind: SpanKind = s.kind === 'unclosed-inner' ? 'unclosed' : singles.includes(s) ? 'single-quoted' : s.kind
      const inside = kind === 'closed' ? cueInside(text, s) : null
      if (inside !== null) {
        // "„A, kata Darmono, B”": two quotes around the cue, as if the writer had closed and reopened the marks.
        const [comma, resume] = inside
        this.out.push({ segments: [segment(p, text, s.start, comma + 1, s.innerStart, comma)], kind, confidence: SPAN_CONFIDENCE[kind] })
        this.out.push({ segments: [segment(p, text, resume, s.end, resume, s.innerEnd)], kind, confidence: SPAN_CONFIDENCE[kind] })
        continue
      }
      this.out.push({ segments: [segment(p, text, s.start, s.end, s.innerStart, s.innerEnd)], kind, confidence: SPAN_CONFIDENCE[kind] })
    }
    if (open !== null && !openConsumed) {
      const end = trimEnd(text, text.length)
      if (end > open.end) {
        this.carry = { segments: [segment(p, text, open.start, end, open.end, end)], kind: 'unclosed', confidence: SPAN_CONFIDENCE.unclosed }
      }
    }
  }

  /** All spans, once every paragraph was given. */
  finish(): QuoteSpan[] {
    if (this.carry !== null) this.out.push(this.carry)
    this.carry = null
    return this.out
  }

  /** Narrative follows: the open quote ends where its paragraph ends; flag it as uncertain. */
  private closeCarry(): void {
    const carry = this.carry
    if (carry === null) return
    carry.kind = 'unclosed'
    carry.confidence = SPAN_CONFIDENCE.unclosed
    this.out.push(carry)
    this.carry = null
  }
}

/** Find all quote spans of an article, in document order. */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const finder = new QuoteSpanFinder()
  for (let p = 0; p < paragraphs.length; p++) finder.paragraph(p, paragraphs[p] ?? '')
  return finder.finish()
}
