/**
 * The quote feature's entry point: finds the direct quotes of an article given as paragraphs and attributes each to
 * its speaker. Pipeline: spans (quote-spans) → tokens with quotes collapsed (tokenize) → alias table and attribution
 * (attribute-speaker) → non-speech and pull-quote filtering (non-speech) → merging the close-and-reopen
 * multi-paragraph variant → stable ids in document order. Pure and string-level; never changes the input.
 */

import { attributeSpeakers, type Attribution, type SpanPlacement } from './attribute-speaker.ts'
import { HONORIFICS, PLACE_HEADS, TITLE_WORDS } from './name-lexicon.ts'
import type { MentionContext } from './person-mentions.ts'
import { lacksSentenceEnd, nonSpeechReason, normaliseForMatch, type NonSpeechReason } from './non-speech.ts'
import { skipSpaces } from './normalize-quote-marks.ts'
import { findQuoteSpans, type QuoteSpan, type SpanKind } from './quote-spans.ts'
import { tokenizeParagraph, type QuoteRange, type Token } from './tokenize.ts'

/** [start,end) UTF-16 offsets into paragraphs[paragraph], INCLUDING the quote marks. */
export interface QuoteSegment {
  paragraph: number
  start: number
  end: number
}

export interface Quote {
  /** Stable within the article: 'q1', 'q2', … in document order. */
  id: string
  /** More than one when the quote spans paragraphs. */
  segments: QuoteSegment[]
  /** The quoted words without the outer marks, segments joined with ' '. */
  text: string
  /** Full name as first introduced in the article (e.g. 'Tomsi Tohir'); null when unsure. */
  speaker: string | null
  /** e.g. 'Sekjen Kemendagri'. */
  role: string | null
  /** 0..1, of the span itself: unclosed quotes and quotes without opener are low. */
  confidence: number
  /** The reporting verb or cue used, e.g. 'ujarnya'; ':' for "NAME: “…”"; null for follow-ups. */
  cue: string | null
  /** 0..1, of the speaker; 0 when speaker is null. */
  speakerConfidence: number
  /** Which sieve gave the speaker. */
  attribution: Attribution
  /** How the span was found. */
  kind: SpanKind
}

/** Why a quoted span was dropped; exposed for debugging and tests. */
export interface DroppedSpan {
  readonly text: string
  readonly paragraph: number
  readonly reason: NonSpeechReason
}

export interface QuoteAnalysis {
  readonly quotes: Quote[]
  readonly dropped: DroppedSpan[]
}

const MULTI_SPACE = /\s{2,}|[\t\n\r\u00a0]/

function innerText(paragraphs: readonly string[], span: QuoteSpan): string {
  const joined = span.segments.length === 1 && span.segments[0] !== undefined
    ? (paragraphs[span.segments[0].paragraph] ?? '').slice(span.segments[0].innerStart, span.segments[0].innerEnd)
    : span.segments.map((s) => (paragraphs[s.paragraph] ?? '').slice(s.innerStart, s.innerEnd)).join(' ')
  // Most quotes have single spaces already; only collapse when needed.
  return MULTI_SPACE.test(joined) ? joined.replace(/\s+/g, ' ').trim() : joined.trim()
}

const LETTER = /[\p{L}\p{N}]/u

/** The first and last letter of a paragraph, found once per paragraph. */
function letterBounds(text: string): readonly [number, number] {
  let first = 0
  while (first < text.length && !LETTER.test(text[first] ?? '')) first++
  let last = text.length - 1
  while (last >= first && !LETTER.test(text[last] ?? '')) last--
  return [first, last]
}

/** The span is all the paragraph holds apart from punctuation: a pull-quote or headline candidate. */
function wholeParagraph(bounds: readonly [number, number], start: number, end: number): boolean {
  return bounds[0] >= start && bounds[1] < end
}

/** A pull-quote repeats one of this many quotes before or after it. */
const PULL_QUOTE_REACH = 12
const MAX_PLACE_WORDS = 3
const PLACE_FOLLOWERS = new Set([
  'dan', 'di', 'yang', 'untuk', 'pada', 'serta', 'ke', 'dari', 'dengan', 'sebagai', 'sejak', 'hingga', 'itu', 'ini',
  'tersebut', 'agar', 'karena', 'bersama', 'sampai', 'menuju', 'atau',
])

/**
 * Places and office acronyms the article itself defines: the capitalised words after a place head ("Kecamatan
 * Batu Ampar,") when they end before punctuation or a lower-case word, and acronyms given in brackets.
 */
function mentionContext(tokens: readonly (readonly Token[])[]): MentionContext {
  const knownPlaces = new Set<string>()
  const orgAcronyms = new Set<string>()
  for (const para of tokens) {
    // A dateline ("TANJUNG HARAPAN – …") names a place in capitals before a dash.
    const dateline: string[] = []
    for (const t of para) {
      if (t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && dateline.length < MAX_PLACE_WORDS) dateline.push(t.lower)
      else {
        if ((t.text === '–' || t.text === '—' || t.text === '-') && dateline.length > 0) knownPlaces.add(dateline.join(' '))
        break
      }
    }
    for (let i = 0; i < para.length; i++) {
      const t = para[i]
      if (t === undefined || t.kind !== 'word') continue
      if ((t.cap && PLACE_HEADS.has(t.lower)) || t.lower === 'di') {
        const words: string[] = []
        let k = i + 1
        while (words.length <= MAX_PLACE_WORDS) {
          const w = para[k]
          if (w === undefined || w.kind !== 'word' || !w.cap || TITLE_WORDS.has(w.lower) || HONORIFICS.has(w.lower) || PLACE_HEADS.has(w.lower)) break
          words.push(w.lower)
          k++
        }
        const after = para[k]
        // Only a place that clearly ends ("Kecamatan Batu Ampar, …", "Desa Sungai Rengas yang …"): before a verb the
        // run may go on into a person's name ("Kabupaten Rimbajaya Irfan Maulana mengatakan").
        const closed = after === undefined || after.kind !== 'word' || PLACE_FOLLOWERS.has(after.lower)
        if (words.length > 0 && words.length <= MAX_PLACE_WORDS && closed) knownPlaces.add(words.join(' '))
      }
      const open = para[i - 1]
      const close = para[i + 1]
      if (t.cap && open?.text === '(' && close?.text === ')' && t.text.length <= 14 && /^\p{L}+$/u.test(t.text)) {
        // An acronym when some capitalised word shortly before starts with its initial: "Kementerian … (Kemendagri)".
        const initial = t.lower[0]
        for (let k = i - 2; k >= Math.max(0, i - 10); k--) {
          const w = para[k]
          if (w?.kind === 'word' && w.cap && w.lower[0] === initial) {
            orgAcronyms.add(t.lower)
            break
          }
        }
      }
    }
  }
  return { knownPlaces, orgAcronyms }
}

/** Find the quotes of an article, with the spans dropped as non-speech. */
export function analyseQuotes(paragraphs: readonly string[]): QuoteAnalysis {
  const spans = findQuoteSpans(paragraphs)
  const texts = spans.map((s) => innerText(paragraphs, s))

  const ranges: QuoteRange[][] = paragraphs.map(() => [])
  spans.forEach((span, q) => {
    for (const seg of span.segments) {
      const inner = (paragraphs[seg.paragraph] ?? '').slice(seg.innerStart, seg.innerEnd)
      ranges[seg.paragraph]?.push({ start: seg.start, end: seg.end, quote: q, endsSentence: !lacksSentenceEnd(inner) })
    }
  })
  const tokens = paragraphs.map((text, p) => {
    const r = ranges[p] ?? []
    r.sort((x, y) => x.start - y.start)
    return tokenizeParagraph(text, r)
  })
  const placements: SpanPlacement[] = spans.map((s) => ({
    firstParagraph: s.segments[0]?.paragraph ?? 0,
    lastParagraph: s.segments[s.segments.length - 1]?.paragraph ?? 0,
  }))
  const { attributions } = attributeSpeakers({ tokens, placements, ctx: mentionContext(tokens) })

  // The words right before each quote's opening mark, for the term check.
  const before: string[][] = spans.map(() => [])
  for (const para of tokens) {
    for (let i = 0; i < para.length; i++) {
      const t = para[i]
      if (t?.kind !== 'quote') continue
      const words: string[] = []
      for (let k = i - 1; k >= 0 && words.length < 3; k--) {
        const w = para[k]
        if (w === undefined || w.kind !== 'word') break
        words.unshift(w.lower)
      }
      if (before[t.quote]?.length === 0) before[t.quote] = words
    }
  }

  // Pull-quotes repeat body text nearby: compare with the quotes around them only, which keeps the check linear.
  const normalised: Array<string | undefined> = []
  const normal = (q: number): string => (normalised[q] ??= normaliseForMatch(texts[q] ?? ''))
  const repeatsBody = (q: number): boolean => {
    const n = normal(q)
    if (n.split(' ', 3).length < 3) return false
    for (let o = Math.max(0, q - PULL_QUOTE_REACH); o <= Math.min(spans.length - 1, q + PULL_QUOTE_REACH); o++) {
      if (o !== q && normal(o).includes(n)) return true
    }
    return false
  }

  const boundsCache = new Map<number, readonly [number, number]>()
  const bounds = (p: number): readonly [number, number] => {
    let b = boundsCache.get(p)
    if (b === undefined) boundsCache.set(p, (b = letterBounds(paragraphs[p] ?? '')))
    return b
  }

  const dropped: DroppedSpan[] = []
  const keep: boolean[] = spans.map((span, q) => {
    const attr = attributions[q]
    if (attr?.explicit) return true
    const text = texts[q] ?? ''
    const first = span.segments[0]
    const paragraph = first?.paragraph ?? 0
    let reason: NonSpeechReason | null = nonSpeechReason(text, before[q] ?? [])
    if (reason === null && span.segments.length === 1 && first !== undefined) {
      if (wholeParagraph(bounds(paragraph), first.start, first.end) && ((span.kind === 'closed' && lacksSentenceEnd(text)) || repeatsBody(q))) {
        reason = 'pull-quote'
      }
    }
    if (reason === null) return true
    dropped.push({ text, paragraph, reason })
    return false
  })

  // Close-and-reopen: a whole-paragraph quote with no cue, then a quote opening the next paragraph with a cue,
  // is one quote — unless the paragraph before already held a quote (then it is a follow-up in a chain).
  const kept = spans.map((_, q) => q).filter((q) => keep[q])
  const mergedInto = new Map<number, number>()
  const paragraphHasQuote = new Set<number>()
  for (const q of kept) for (const s of spans[q]?.segments ?? []) paragraphHasQuote.add(s.paragraph)
  for (let k = 0; k + 1 < kept.length; k++) {
    const qa = kept[k] as number
    const qb = kept[k + 1] as number
    const a = spans[qa]
    const b = spans[qb]
    const attrA = attributions[qa]
    const attrB = attributions[qb]
    const segA = a?.segments[0]
    const segB = b?.segments[0]
    if (a === undefined || b === undefined || segA === undefined || segB === undefined || attrA === undefined || attrB === undefined) continue
    if (a.segments.length !== 1 || a.kind !== 'closed' || attrA.explicit || attrB.via !== 'cue-after') continue
    if (segB.paragraph !== segA.paragraph + 1 || segB.start !== skipSpaces(paragraphs[segB.paragraph] ?? '', 0)) continue
    if (!wholeParagraph(bounds(segA.paragraph), segA.start, segA.end)) continue
    if (paragraphHasQuote.has(segA.paragraph - 1) || mergedInto.has(qa)) continue
    mergedInto.set(qa, qb)
  }

  const quotes: Quote[] = []
  let pendingHead: QuoteSpan[] = []
  for (const q of kept) {
    const span = spans[q]
    const attr = attributions[q]
    if (span === undefined || attr === undefined) continue
    if (mergedInto.has(q)) {
      pendingHead.push(span)
      continue
    }
    const all = [...pendingHead, span]
    pendingHead = []
    const segments = all.flatMap((s) => s.segments.map((g) => ({ paragraph: g.paragraph, start: g.start, end: g.end })))
    const text = all.length === 1 ? (texts[q] ?? '') : all.map((s) => innerText(paragraphs, s)).join(' ')
    const person = attr.person
    quotes.push({
      id: `q${quotes.length + 1}`,
      segments,
      text,
      speaker: person?.name ?? null,
      role: person?.role ?? null,
      confidence: all.length > 1 ? Math.min(span.confidence, 0.85) : span.confidence,
      cue: attr.cue,
      speakerConfidence: person === null ? 0 : attr.confidence,
      attribution: person === null ? 'none' : attr.via,
      kind: all.length > 1 ? 'multi-paragraph' : span.kind,
    })
  }
  return { quotes, dropped }
}

/** Find the direct quotes of an article given as paragraphs, in document order. */
export function findQuotes(paragraphs: readonly string[]): Quote[] {
  return analyseQuotes(paragraphs).quotes
}
