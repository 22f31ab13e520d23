/**
 * Draws the quotes found by findQuotes into the article per the page contract: every piece of a quote is wrapped in
 * `span.kliping-quote[data-kliping-quote-id][data-kliping-speaker]` (several wrappers share one id when a quote
 * crosses elements or paragraphs). Each speaker gets one palette slot, in order of first appearance, so a speaker
 * keeps the same colour and underline pattern across the page. The article's characters never change.
 */
import { ATTR_DESCRIBE, ATTR_QUOTE_ID, ATTR_SPEAKER, QUOTE_CLASS } from '../contract.ts'
import type { TextBlock } from '../dom/text-blocks.ts'
import { wrapRange } from '../dom/wrap-range.ts'
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
 * Draws the quotes and returns their summaries; resumable: yields between quote segments whenever `shouldYield()`
 * says the task has run long enough.
 */
export function* renderQuotesInSlices(blocks: readonly TextBlock[], quotes: readonly Quote[], shouldYield: () => boolean): Generator<void, QuoteSummary[], void> {
  const slots = speakerSlots(quotes)
  const doc = blocks[0]?.element.ownerDocument
  if (!doc) return []
  // Right to left within each block keeps the offsets of earlier segments valid while text nodes are split.
  const firstWrapper = new Map<string, Element>()
  const segments = quotes
    .flatMap((quote) => quote.segments.map((segment) => ({ quote, segment })))
    .sort((a, b) => a.segment.paragraph - b.segment.paragraph || b.segment.start - a.segment.start)
  for (const { quote, segment } of segments) {
    if (shouldYield()) yield
    const block = blocks[segment.paragraph]
    if (!block) continue
    const slot = quote.speaker ? (slots.get(quote.speaker) ?? 0) : 0
    const wrappers = wrapRange(
      block,
      segment.start,
      segment.end,
      () => {
        const span = doc.createElement('span')
        span.className = QUOTE_CLASS
        span.setAttribute(ATTR_QUOTE_ID, quote.id)
        span.setAttribute(ATTR_SPEAKER, quote.speaker ?? '')
        span.setAttribute(ATTR_SPEAKER_SLOT, String(slot))
        if (quote.role) span.setAttribute(ATTR_ROLE, quote.role)
        span.setAttribute(ATTR_DESCRIBE, 'quote')
        return span
      },
      `.${QUOTE_CLASS}`,
    )
    // Segments come right to left, so the last one seen for a quote is its first on the page.
    if (wrappers[0]) firstWrapper.set(quote.id, wrappers[0])
  }
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
