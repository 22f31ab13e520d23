/**
 * Draws the quotes found by findQuotes into the article per the page contract: every piece of a quote is wrapped in
 * `span.kliping-quote[data-kliping-quote-id][data-kliping-speaker]` (several wrappers share one id when a quote
 * crosses elements or paragraphs). Each speaker gets one palette slot, in order of first appearance, so a speaker
 * keeps the same colour and underline pattern across the page. The article's characters never change.
 */
import { ATTR_DESCRIBE, ATTR_QUOTE_ID, ATTR_SPEAKER, QUOTE_CLASS } from '../contract.ts'
import type { TextBlock } from '../dom/text-blocks.ts'
import { wrapRangesInSlices, type RangeToWrap } from '../dom/wrap-ranges.ts'
import type { Quote } from './find-quotes.ts'

/** Palette slots (colour + underline pattern, so colour is never the only cue); styles live in the content CSS. */
export const SPEAKER_SLOTS = 6
export const ATTR_SPEAKER_SLOT = 'data-kliping-speaker-slot'
export const ATTR_ROLE = 'data-kliping-role'

export interface QuoteSummary {
  id: string
  text: string
  speaker: string | null
  role: string | null
  cue: string | null
  confidence: number
  /** Palette slot of the speaker (0 for quotes without a speaker). */
  slot: number
}

/** Speaker → palette slot, in order of first appearance; quotes without a speaker share slot 0. */
export function speakerSlots(quotes: readonly Quote[]): Map<string, number> {
  const slots = new Map<string, number>()
  for (const quote of quotes) {
    if (quote.speaker && !slots.has(quote.speaker)) slots.set(quote.speaker, (slots.size % (SPEAKER_SLOTS - 1)) + 1)
  }
  return slots
}

/**
 * Draws the quotes and returns their summaries; resumable: yields between text nodes whenever `shouldYield()`
 * says the task has run long enough.
 */
export function* renderQuotesInSlices(blocks: readonly TextBlock[], quotes: readonly Quote[], shouldYield: () => boolean): Generator<void, QuoteSummary[], void> {
  const slots = speakerSlots(quotes)
  const doc = blocks[0]?.element.ownerDocument
  if (!doc) return []
  const ranges: RangeToWrap[] = []
  const rangeQuote: number[] = []
  quotes.forEach((quote, q) => {
    const slot = quote.speaker ? (slots.get(quote.speaker) ?? 0) : 0
    // One prepared wrapper per quote; each piece is a shallow clone (the attributes copied in one native call).
    let prepared: Element | null = null
    const make = (): Element => {
      if (!prepared) {
        prepared = doc.createElement('span')
        prepared.className = QUOTE_CLASS
        prepared.setAttribute(ATTR_QUOTE_ID, quote.id)
        prepared.setAttribute(ATTR_SPEAKER, quote.speaker ?? '')
        prepared.setAttribute(ATTR_SPEAKER_SLOT, String(slot))
        if (quote.role) prepared.setAttribute(ATTR_ROLE, quote.role)
        prepared.setAttribute(ATTR_DESCRIBE, 'quote')
      }
      return prepared.cloneNode(false) as Element
    }
    for (const segment of quote.segments) {
      ranges.push({ block: segment.paragraph, start: segment.start, end: segment.end, make })
      rangeQuote.push(q)
    }
  })
  const wrappers = yield* wrapRangesInSlices(blocks, ranges, `.${QUOTE_CLASS}`, shouldYield)
  // A quote's segments come in page order: the first wrapper of its first drawn segment is its first on the page.
  const firstWrapper = new Map<number, Element>()
  wrappers.forEach((list, r) => {
    const q = rangeQuote[r]!
    if (list[0] && !firstWrapper.has(q)) firstWrapper.set(q, list[0])
  })
  // One keyboard stop per quote, on its first piece: focus shows the speaker like hover does.
  for (const wrapper of firstWrapper.values()) wrapper.setAttribute('tabindex', '0')
  return quotes.map((quote) => ({
    id: quote.id,
    text: quote.text,
    speaker: quote.speaker,
    role: quote.role,
    cue: quote.cue,
    confidence: quote.confidence,
    slot: quote.speaker ? (slots.get(quote.speaker) ?? 0) : 0,
  }))
}
