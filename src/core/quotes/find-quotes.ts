/**
 * The quote feature's entry point: finds the direct quotes of an article given as paragraphs and attributes each to
 * its speaker. Pipeline: spans (quote-spans) → tokens with quotes collapsed (tokenize), the article's places and
 * acronyms (mention-context) and headline lines → alias table and attribution (attribute-speaker) → non-speech and
 * pull-quote filtering (non-speech) → merging the close-and-reopen multi-paragraph variant → stable ids in document
 * order. Pure and string-level; never changes the input.
 *
 * The work is a generator (findQuotesInSlices) that can pause after any paragraph of any stage, so the page can
 * run it in slices between other tasks; findQuotes runs the same generator to the end in one go.
 */

import { isHeadlineLike, SpeakerAttributor, type Attribution, type QuoteAttribution, type SpanPlacement } from './attribute-speaker.ts'
import { isLetterOrDigitAt, isLetterOrDigitCode } from './char-class.ts'
import { collectMentionContext, MentionContext } from './mention-context.ts'
import { endsSentence, lacksSentenceEnd, nonSpeechReason, normaliseForMatch, quoteWords, type NonSpeechReason } from './non-speech.ts'
import { skipSpaces } from './normalize-quote-marks.ts'
import { QuoteSpanFinder, type QuoteSpan, type SpanKind } from './quote-spans.ts'
import { TokenStore, type QuoteRangeTable } from './tokenize.ts'
import { runToCompletion } from '../run-to-completion.ts'
import { isJsSpaceCode } from '../text/js-space.ts'

/** [start,end) UTF-16 offsets into paragraphs[paragraph], INCLUDING the quote marks. */
/** Most words of a quoted phrase that ends a narrative sentence ("… menyebutnya “sudah seperti masakan rumah”."). */
const PHRASE_WORDS = 6

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

const ANY_SPACE = /\s+/g

/**
 * Two whitespace characters in a row, or a tab, line break or no-break space. A native regex rather than a loop
 * over the characters: on a cold page a JavaScript loop costs about 0.1–0.2 µs per character, the regex far less.
 */
const ODD_SPACE = /\s\s|[\t\n\r\u00a0]/

function innerText(paragraphs: readonly string[], span: QuoteSpan): string {
  const joined = span.segments.length === 1 && span.segments[0] !== undefined
    ? (paragraphs[span.segments[0].paragraph] ?? '').slice(span.segments[0].innerStart, span.segments[0].innerEnd)
    : span.segments.map((s) => (paragraphs[s.paragraph] ?? '').slice(s.innerStart, s.innerEnd)).join(' ')
  // Most quotes have single spaces already; only collapse when needed.
  return ODD_SPACE.test(joined) ? joined.replace(ANY_SPACE, ' ').trim() : joined.trim()
}

/** A pull-quote repeats one of this many quotes before or after it. */
const PULL_QUOTE_REACH = 12

/**
 * The quote spans' segments grouped by paragraph (sorted by start within one), as the tokenizer reads them, and
 * each span's segments in order, as the term check reads them. Flat integer arrays: one entry per segment.
 */
class QuoteRanges implements QuoteRangeTable {
  readonly first: Int32Array
  readonly start: Int32Array
  readonly end: Int32Array
  readonly quote: Int32Array
  readonly endsSentence: Uint8Array
  readonly token: Int32Array
  /** Segments of span q: ranges bySpan[spanFirst[q] .. spanFirst[q + 1]). */
  readonly spanFirst: Int32Array
  readonly bySpan: Int32Array

  constructor(paragraphs: readonly string[], spans: readonly QuoteSpan[]) {
    const n = paragraphs.length
    let total = 0
    const first = new Int32Array(n + 1)
    for (const span of spans) {
      for (const seg of span.segments) {
        first[seg.paragraph + 1]!++
        total++
      }
    }
    for (let p = 0; p < n; p++) first[p + 1]! += first[p]!
    this.first = first
    this.start = new Int32Array(total)
    this.end = new Int32Array(total)
    this.quote = new Int32Array(total)
    this.endsSentence = new Uint8Array(total)
    this.token = new Int32Array(total)
    this.spanFirst = new Int32Array(spans.length + 1)
    this.bySpan = new Int32Array(total)
    const ordinal = new Int32Array(total)
    const cursor = first.slice(0, n)
    let k = 0
    for (let q = 0; q < spans.length; q++) {
      this.spanFirst[q] = k
      const segments = (spans[q] as QuoteSpan).segments
      for (let g = 0; g < segments.length; g++) {
        const seg = segments[g]!
        const r = cursor[seg.paragraph]!++
        this.start[r] = seg.start
        this.end[r] = seg.end
        this.quote[r] = q
        this.endsSentence[r] = endsSentence(paragraphs[seg.paragraph] ?? '', seg.innerStart, seg.innerEnd) ? 1 : 0
        ordinal[r] = g
        k++
      }
    }
    this.spanFirst[spans.length] = k
    // Within a paragraph, segments come in span order, which is nearly always start order; a stable insertion sort
    // fixes the rare exception (as the stable Array sort did).
    for (let p = 0; p < n; p++) {
      for (let r = first[p]! + 1; r < first[p + 1]!; r++) {
        let t = r
        while (t > first[p]! && this.start[t - 1]! > this.start[t]!) {
          this.swap(t - 1, t, ordinal)
          t--
        }
      }
    }
    for (let r = 0; r < total; r++) this.bySpan[this.spanFirst[this.quote[r]!]! + ordinal[r]!] = r
  }

  private swap(a: number, b: number, ordinal: Int32Array): void {
    for (const arr of [this.start, this.end, this.quote, ordinal]) {
      const t = arr[a]!
      arr[a] = arr[b]!
      arr[b] = t
    }
    const e = this.endsSentence[a]!
    this.endsSentence[a] = this.endsSentence[b]!
    this.endsSentence[b] = e
  }
}

/** The first and last letter of a paragraph. */
function letterBounds(text: string): readonly [number, number] {
  let first = 0
  while (first < text.length && !isLetterOrDigitAt(text, first)) first++
  let last = text.length - 1
  while (last >= first && !isLetterOrDigitAt(text, last)) last--
  return [first, last]
}

/** The span is all the paragraph holds apart from punctuation: a pull-quote or headline candidate. */
function wholeParagraph(bounds: readonly [number, number], start: number, end: number): boolean {
  return bounds[0] >= start && bounds[1] < end
}

/** Cues of a reply, whose quote answers the one before it. */
const REPLY_CUES: ReadonlySet<string> = new Set(['jawab', 'balas', 'timpal', 'sahut', 'tanya', 'jawabnya', 'balasnya', 'timpalnya', 'sahutnya'])

/** Whether `text` holds one of a person's name words (lower-case tokens) as a whole word. */
function namesPerson(text: string, tokens: readonly string[] | undefined): boolean {
  if (tokens === undefined || tokens.length === 0) return false
  const lower = text.toLowerCase()
  for (const token of tokens) {
    for (let at = lower.indexOf(token); at >= 0; at = lower.indexOf(token, at + 1)) {
      const before = at === 0 ? 32 : lower.charCodeAt(at - 1)
      const after = at + token.length >= lower.length ? 32 : lower.charCodeAt(at + token.length)
      if (!isLetter(before) && !isLetter(after)) return true
    }
  }
  return false
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 191
}

function endsParagraph(bounds: readonly [number, number], end: number): boolean {
  return bounds[1] < end
}

/**
 * Whether the quote starting at `start` opens its paragraph or follows a finished sentence ("… sebelum Hawear
 * dicabut. “…”"), not a cue that introduces it ("… disampaikan: “…”", "katanya, “…”").
 */
function afterSentence(text: string, bounds: readonly [number, number], start: number): boolean {
  if (bounds[0] >= start) return true
  let k = start - 1
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 160)) k--
  const c = text.charCodeAt(k)
  return c === 46 || c === 33 || c === 63 // . ! ?
}

const EMPTY_WORDS: readonly string[] = []

/**
 * The lower-cased words right before span q's opening mark, for the term check: up to three words before its
 * quote token, from the first of its segments that has any.
 */
function wordsBefore(store: TokenStore, ranges: QuoteRanges, spans: readonly QuoteSpan[], q: number): readonly string[] {
  const segments = (spans[q] as QuoteSpan).segments
  for (let g = 0; g < segments.length; g++) {
    const r = ranges.bySpan[ranges.spanFirst[q]! + g]!
    store.open(segments[g]!.paragraph)
    const at = ranges.token[r]!
    let k = at - 1
    while (k >= store.lo && at - 1 - k < 3 && store.isWord(k)) k--
    if (k < at - 1) {
      const words: string[] = []
      for (let w = k + 1; w < at; w++) words.push(store.lower(w))
      return words
    }
  }
  return EMPTY_WORDS
}

/** Never pause: findQuotes runs the generator in one go. */
const NEVER = (): boolean => false

/**
 * The state of one article's quote pass, advanced one unit of work (a paragraph of a stage, or a quote) per call.
 * The generator below only loops over these calls and yields: it stays small on purpose, because an engine that
 * optimizes a long-running loop inside a big function (on-stack replacement) compiles the whole function on the
 * main thread at once — several milliseconds when the stages' code lived in the generator itself.
 */
class QuoteRun {
  readonly n: number
  private readonly finder = new QuoteSpanFinder()
  spans: QuoteSpan[] = []
  private ranges: QuoteRanges | null = null
  private store: TokenStore | null = null
  private ctx: MentionContext | null = null
  private headline: Uint8Array
  private attributor: SpeakerAttributor | null = null
  private attributions: QuoteAttribution[] = []
  private readonly texts: Array<string | undefined> = []
  private readonly normalised: Array<string | undefined> = []
  private readonly boundsCache = new Map<number, readonly [number, number]>()
  private readonly dropped: DroppedSpan[] = []
  readonly kept: number[] = []
  private readonly mergedInto = new Map<number, number>()
  private readonly quotes: Quote[] = []
  private pendingHead: QuoteSpan[] = []

  constructor(private readonly paragraphs: readonly string[]) {
    this.n = paragraphs.length
    this.headline = new Uint8Array(this.n)
  }

  /** Stage 1, per paragraph: quote spans. */
  findSpans(p: number): void {
    this.finder.paragraph(p, this.paragraphs[p] ?? '')
  }

  /** Between stages 1 and 2 (a unit of its own): the spans' ranges by paragraph, an empty token store. */
  prepareTokens(): void {
    this.spans = this.finder.finish()
    if (this.spans.length === 0) return
    this.ranges = new QuoteRanges(this.paragraphs, this.spans)
    this.store = new TokenStore(this.paragraphs)
    this.ctx = new MentionContext(this.store.vocab)
  }

  /** Stage 2, per paragraph: tokens, the article's places and acronyms, headline lines. */
  tokenize(p: number): void {
    const store = this.store as TokenStore
    store.tokenize(p, this.ranges as QuoteRanges)
    collectMentionContext(store, p, this.ctx as MentionContext)
    this.headline[p] = isHeadlineLike(store, p) ? 1 : 0
  }

  /** Between stages 2 and 3 (a unit of its own): the attributor, once every paragraph is tokenized. */
  prepareAttribution(): void {
    const placements: SpanPlacement[] = this.spans.map((s) => ({
      firstParagraph: s.segments[0]?.paragraph ?? 0,
      lastParagraph: s.segments[s.segments.length - 1]?.paragraph ?? 0,
    }))
    this.attributor = new SpeakerAttributor(this.store as TokenStore, placements, this.ctx as MentionContext, this.headline)
  }

  /** Stage 3a, per paragraph: persons (pass 1). */
  collectPersons(p: number): void {
    ;(this.attributor as SpeakerAttributor).collectPersons(p)
  }

  /** Stage 3b, per paragraph: attribution (pass 2); pass 2 needs every person pass 1 finds. */
  attribute(p: number): void {
    ;(this.attributor as SpeakerAttributor).attributeParagraph(p)
  }

  /** After stage 3: the attributions. */
  finishAttribution(): void {
    this.attributions = (this.attributor as SpeakerAttributor).finish()
  }

  /** Stage 4, per quote: keep speech, drop non-speech (terms, scare quotes, titles, pull-quotes). */
  filter(q: number): void {
    const span = this.spans[q] as QuoteSpan
    const first = span.segments[0]
    const attribution = this.attributions[q]
    if (attribution?.explicit) {
      // A verb right before a few words the sentence runs through ("kliennya menyatakan “pikir-pikir” selama tujuh
      // hari") names a stance, not a quote: no comma or colon opens speech there.
      const term = attribution.via === 'cue-before' && span.segments.length === 1 && first !== undefined &&
        this.termInSentence(first.paragraph, first.start, first.end, this.text(q))
      if (!term) {
        this.kept.push(q)
        return
      }
    }
    const quoteText = this.text(q)
    const paragraph = first?.paragraph ?? 0
    let reason: NonSpeechReason | null = nonSpeechReason(quoteText, wordsBefore(this.store as TokenStore, this.ranges as QuoteRanges, this.spans, q))
    // A few words quoted inside a running sentence ("Kobaran “si jago merah” baru bisa dijinakkan"): a term.
    if (reason === null && span.segments.length === 1 && first !== undefined && this.termInSentence(paragraph, first.start, first.end, quoteText)) {
      reason = 'short'
    }
    if (reason === null && span.segments.length === 1 && first !== undefined) {
      if (wholeParagraph(this.bounds(paragraph), first.start, first.end) &&
        ((span.kind === 'closed' && lacksSentenceEnd(quoteText)) || this.repeatsBody(q))) {
        reason = 'pull-quote'
      }
    }
    if (reason === null) this.kept.push(q)
    else this.dropped.push({ text: quoteText, paragraph, reason })
  }

  /**
   * Up to three words in quote marks that a sentence runs through: a word (no comma or colon) right before the opening
   * mark, a lower-case word right after the closing one, and no sentence punctuation or comma inside; or up to
   * PHRASE_WORDS words after such a word, with the sentence's full stop right after the closing mark.
   */
  private termInSentence(p: number, start: number, end: number, text: string): boolean {
    const words = quoteWords(text).length
    if (words > PHRASE_WORDS || endsSentence(text, 0, text.length)) return false
    const paragraph = this.paragraphs[p] ?? ''
    let a = start - 1
    while (a >= 0 && isJsSpaceCode(paragraph.charCodeAt(a))) a--
    let b = end
    while (b < paragraph.length && isJsSpaceCode(paragraph.charCodeAt(b))) b++
    const before = paragraph.charCodeAt(a)
    const after = paragraph.charCodeAt(b)
    if (a < 0 || a >= start - 1 || !isLetterOrDigitCode(before)) return false
    // Up to three words the sentence runs on through; or a phrase the sentence ends with, its full stop outside the
    // marks ("Rasyid menyebut rasa masakannya “sudah seperti masakan rumah”."): a quoted phrase, not a quote.
    if (b > end && after >= 97 && after <= 122) return words <= 3 && !text.includes(',')
    // (A list may sit inside such a phrase: violations that were “structured, systematic and massive”.)
    return b === end && (after === 46 || after === 33) && (b + 1 >= paragraph.length || isJsSpaceCode(paragraph.charCodeAt(b + 1)))
  }

  /**
   * Close-and-reopen: a whole-paragraph quote with no cue, then a quote opening the next paragraph with a cue,
   * is one quote — unless the paragraph before already held a quote (then it is a follow-up in a chain).
   */
  findMerges(): void {
    const { spans, kept, attributions, paragraphs, mergedInto } = this
    if (spans.length === 0) return
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
      // The closed quote runs to its paragraph's end; it may follow the sentence that introduces its speaker ("Upacara
      // dipimpin Raja NAME, yang … “…”" then "“…,” kata Rat NAME"), but then only when it is the same speaker's: the
      // person the closed quote went to, or one that sentence names, is the one the next quote's cue names (a change of
      // speaker is the usual reading otherwise).
      const textA = paragraphs[segA.paragraph] ?? ''
      const bounds = this.bounds(segA.paragraph)
      if (!endsParagraph(bounds, segA.end) || !afterSentence(textA, bounds, segA.start)) continue
      if (!wholeParagraph(bounds, segA.start, segA.end) && !(attrA.person !== null && attrA.person === attrB.person) &&
        !namesPerson(textA.slice(0, segA.start), attrB.person?.tokens)) continue
      // Not a question and its answer ("“…?”" then "“…,” jawab NAME").
      if (/\?\s*$/.test(this.text(qa)) || REPLY_CUES.has((attrB.cue ?? '').split(' ')[0]?.toLowerCase() ?? '')) continue
      // (A paragraph that first makes the next cue's speaker its subject, then quotes them, starts a new chain: "Anggota
      // Komisi IV …, Deden Mulyana, meminta … “…”" ¶ "“…,” tegas Deden"; a companion it names does not.)
      if ((paragraphHasQuote.has(segA.paragraph - 1) && !(attrA.person !== null && attrA.person === attrB.person)) || mergedInto.has(qa)) continue
      // A follow-up of the person the paragraph before was about ("Ia juga mengingatkan …" ¶ “…” ¶ “…,” kata NAME
      // (46), warga …): another person's cue names a change of speaker, not the end of this quote.
      if (attrA.person !== null && attrB.person !== null && attrA.person !== attrB.person && this.newPersonAt(qb)) continue
      mergedInto.set(qa, qb)
    }
  }

  /** Stage 5, per kept quote: the output quote (merged heads wait for the quote they join), numbered in order. */
  assemble(k: number): void {
    const q = this.kept[k] as number
    const span = this.spans[q]
    const attr: QuoteAttribution | undefined = this.attributions[q]
    if (span === undefined || attr === undefined) return
    if (this.mergedInto.has(q)) {
      this.pendingHead.push(span)
      return
    }
    const all = this.pendingHead.length === 0 ? [span] : [...this.pendingHead, span]
    this.pendingHead = []
    const segments: QuoteSegment[] = []
    for (const s of all) for (const g of s.segments) segments.push({ paragraph: g.paragraph, start: g.start, end: g.end })
    const quoteText = all.length === 1 ? this.text(q) : all.map((s) => innerText(this.paragraphs, s)).join(' ')
    const person = attr.person
    this.quotes.push({
      id: `q${this.quotes.length + 1}`,
      segments,
      text: quoteText,
      speaker: person?.name ?? null,
      role: person?.role ?? null,
      confidence: all.length > 1 ? Math.min(span.confidence, 0.85) : span.confidence,
      cue: attr.cue,
      speakerConfidence: person === null ? 0 : attr.confidence,
      attribution: person === null ? 'none' : attr.via,
      kind: all.length > 1 ? 'multi-paragraph' : span.kind,
    })
  }

  result(): QuoteAnalysis {
    return { quotes: this.quotes, dropped: this.dropped }
  }

  private text(q: number): string {
    return (this.texts[q] ??= innerText(this.paragraphs, this.spans[q] as QuoteSpan))
  }

  private normal(q: number): string {
    return (this.normalised[q] ??= normaliseForMatch(this.text(q)))
  }

  /** Pull-quotes repeat body text nearby: compare with the quotes around them only, which keeps the check linear. */
  private repeatsBody(q: number): boolean {
    const norm = this.normal(q)
    if (norm.split(' ', 3).length < 3) return false
    for (let o = Math.max(0, q - PULL_QUOTE_REACH); o <= Math.min(this.spans.length - 1, q + PULL_QUOTE_REACH); o++) {
      if (o !== q && this.normal(o).includes(norm)) return true
    }
    return false
  }

  /** Whether the speaker of quote q is named for the first time in q's own paragraph (a cue that introduces them). */
  private newPersonAt(q: number): boolean {
    const tokens = this.attributions[q]?.person?.tokens
    const p = this.spans[q]?.segments[0]?.paragraph
    if (tokens === undefined || p === undefined) return false
    for (let o = 0; o < p; o++) if (namesPerson(this.paragraphs[o] ?? '', tokens)) return false
    return true
  }

  private bounds(p: number): readonly [number, number] {
    let b = this.boundsCache.get(p)
    if (b === undefined) this.boundsCache.set(p, (b = letterBounds(this.paragraphs[p] ?? '')))
    return b
  }
}

/**
 * Find the quotes of an article, with the spans dropped as non-speech, in slices: yields after a unit of work (a
 * paragraph of one stage, or one quote) whenever `shouldYield()` says so; the return value is the analysis.
 */
export function* analyseQuotesInSlices(paragraphs: readonly string[], shouldYield: () => boolean): Generator<void, QuoteAnalysis, void> {
  const run = new QuoteRun(paragraphs)
  const n = run.n
  for (let p = 0; p < n; p++) {
    run.findSpans(p)
    if (shouldYield()) yield
  }
  run.prepareTokens()
  // No quote marks anywhere (many notices and reports): nothing to attribute, so nothing else to read.
  if (run.spans.length === 0) return run.result()
  if (shouldYield()) yield
  for (let p = 0; p < n; p++) {
    run.tokenize(p)
    if (shouldYield()) yield
  }
  run.prepareAttribution()
  if (shouldYield()) yield
  for (let p = 0; p < n; p++) {
    run.collectPersons(p)
    if (shouldYield()) yield
  }
  for (let p = 0; p < n; p++) {
    run.attribute(p)
    if (shouldYield()) yield
  }
  run.finishAttribution()
  for (let q = 0; q < run.spans.length; q++) {
    run.filter(q)
    if (shouldYield()) yield
  }
  run.findMerges()
  for (let k = 0; k < run.kept.length; k++) {
    run.assemble(k)
    if (shouldYield()) yield
  }
  return run.result()
}

/**
 * Find the direct quotes of an article given as paragraphs, in document order, in slices: the generator yields
 * between units of work (a paragraph of one stage, or one quote) whenever `shouldYield()` returns true, so the
 * caller can resume it in a later task; it returns the quotes. The same work as findQuotes, which runs it in one go.
 */
export function* findQuotesInSlices(paragraphs: readonly string[], shouldYield: () => boolean): Generator<void, Quote[], void> {
  return (yield* analyseQuotesInSlices(paragraphs, shouldYield)).quotes
}



/** Find the quotes of an article, with the spans dropped as non-speech. */
export function analyseQuotes(paragraphs: readonly string[]): QuoteAnalysis {
  return runToCompletion(analyseQuotesInSlices(paragraphs, NEVER))
}

/** Find the direct quotes of an article given as paragraphs, in document order. */
export function findQuotes(paragraphs: readonly string[]): Quote[] {
  return runToCompletion(findQuotesInSlices(paragraphs, NEVER))
}
