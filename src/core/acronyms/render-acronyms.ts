/**
 * Draws acronym occurrences into the article per the page contract: each occurrence becomes
 * `abbr.kliping-acronym[data-kliping-expansion][data-kliping-source][title]`, and, depending on the display mode,
 * an inline expansion follows it as a `span[data-kliping-ui]` whose visible words are CSS generated content
 * (`content: attr(data-kliping-text)`): it shows on screen and reaches screen readers, yet the article's
 * textContent and anything the reader copies stay exactly the page's own text.
 *
 * Modes: 'first' — inline after the first occurrence of each sense the article does not define in place; 'every'
 * — after every occurrence not defined in place; 'tooltip' — no inline text, only the popover.
 */
import { ACRONYM_CLASS, ATTR_DESCRIBE, ATTR_EXPANSION, ATTR_SOURCE, ATTR_UI } from '../contract.ts'
import { locate, type TextBlock } from '../dom/text-blocks.ts'
import { wrapRange } from '../dom/wrap-range.ts'
import type { AcronymOccurrence } from './find-acronyms.ts'

export type AcronymDisplayMode = 'first' | 'every' | 'tooltip'
export const ATTR_INLINE_TEXT = 'data-kliping-text'
export const INLINE_CLASS = 'kliping-expansion'

export interface AcronymSummary {
  form: string
  expansion: string
  source: AcronymOccurrence['source']
  category: AcronymOccurrence['category']
  count: number
}

function showsInline(occurrence: AcronymOccurrence, mode: AcronymDisplayMode): boolean {
  if (mode === 'tooltip' || occurrence.definedInPlace) return false
  return mode === 'every' || occurrence.firstOfForm
}

/**
 * Draws the occurrences (offsets from findAcronyms over the same blocks) and returns the page's glossary; resumable:
 * yields between occurrences whenever `shouldYield()` says the task has run long enough.
 */
export function* renderAcronymsInSlices(
  blocks: readonly TextBlock[],
  occurrences: readonly AcronymOccurrence[],
  mode: AcronymDisplayMode,
  shouldYield: () => boolean,
): Generator<void, AcronymSummary[], void> {
  const doc = blocks[0]?.element.ownerDocument
  if (!doc) return []
  // Right to left within each block keeps the offsets of earlier occurrences valid while text nodes are split.
  const ordered = [...occurrences].sort((a, b) => a.block - b.block || b.start - a.start)
  for (const occurrence of ordered) {
    if (shouldYield()) yield
    const block = blocks[occurrence.block]
    if (!block) continue
    // An acronym is one token: if the page splits it across elements ("K/<b>L</b>"), leave it alone.
    if (locate(block, occurrence.start).node !== locate(block, occurrence.end, true).node) continue
    const [abbr] = wrapRange(
      block,
      occurrence.start,
      occurrence.end,
      () => {
        const element = doc.createElement('abbr')
        element.className = ACRONYM_CLASS
        element.setAttribute(ATTR_EXPANSION, occurrence.expansion)
        element.setAttribute(ATTR_SOURCE, occurrence.source)
        element.setAttribute('title', occurrence.expansion)
        element.setAttribute(ATTR_DESCRIBE, 'acronym')
        return element
      },
      `abbr.${ACRONYM_CLASS}`,
    )
    // One keyboard stop per sense, on its first occurrence: focus shows the popover, Enter opens the dictionary.
    if (abbr && occurrence.firstOfForm) abbr.setAttribute('tabindex', '0')
    if (abbr && showsInline(occurrence, mode)) {
      const inline = doc.createElement('span')
      inline.className = INLINE_CLASS
      inline.setAttribute(ATTR_UI, '')
      inline.setAttribute(ATTR_INLINE_TEXT, ` (${occurrence.expansion})`)
      abbr.after(inline)
    }
  }
  return glossary(occurrences)
}

/** One entry per (form, expansion), in order of first appearance, with its count. */
export function glossary(occurrences: readonly AcronymOccurrence[]): AcronymSummary[] {
  const entries = new Map<string, AcronymSummary>()
  for (const o of [...occurrences].sort((a, b) => a.block - b.block || a.start - b.start)) {
    const key = `${o.form}\u0000${o.expansion}`
    const entry = entries.get(key)
    if (entry) entry.count += 1
    else entries.set(key, { form: o.form, expansion: o.expansion, source: o.source, category: o.category, count: 1 })
  }
  return [...entries.values()]
}
