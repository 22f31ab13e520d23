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
 * yields between text nodes whenever `shouldYield()` says the task has run long enough.
 *
 * Each text node that holds occurrences is rebuilt once, off the page: its text is cut at the occurrences into new
 * text nodes and `abbr` wrappers inside a DocumentFragment, which then replaces the node in one DOM change. A long
 * article has thousands of occurrences; splitting and wrapping each in the live page cost several DOM changes per
 * occurrence. The characters are the node's own, in order: the article's text is unchanged.
 */
export function* renderAcronymsInSlices(
  blocks: readonly TextBlock[],
  occurrences: readonly AcronymOccurrence[],
  mode: AcronymDisplayMode,
  shouldYield: () => boolean,
): Generator<void, AcronymSummary[], void> {
  const doc = blocks[0]?.element.ownerDocument
  if (!doc) return []
  // The occurrences of each text node, in text order. An acronym is one token: one the page splits across
  // elements ("K/<b>L</b>") spans two nodes and is left alone.
  const byNode = new Map<Text, Array<{ occurrence: AcronymOccurrence; start: number; end: number }>>()
  for (const occurrence of occurrences) {
    const block = blocks[occurrence.block]
    if (!block) continue
    const from = locate(block, occurrence.start)
    const to = locate(block, occurrence.end, true)
    if (from.node !== to.node) continue
    const list = byNode.get(from.node)
    if (list) list.push({ occurrence, start: from.offset, end: to.offset })
    else byNode.set(from.node, [{ occurrence, start: from.offset, end: to.offset }])
  }
  // One prepared wrapper per (sense, tab stop): each occurrence is a shallow clone (one native call copies the
  // attributes) instead of five attribute writes; likewise one prepared inline expansion per sense.
  const wrappers = new Map<string, Element>()
  const inlines = new Map<string, Element>()
  const wrapperFor = (occurrence: AcronymOccurrence): Element => {
    const key = `${occurrence.firstOfForm ? 1 : 0}${occurrence.source}\u0000${occurrence.expansion}`
    let abbr = wrappers.get(key)
    if (!abbr) {
      abbr = doc.createElement('abbr')
      abbr.className = ACRONYM_CLASS
      abbr.setAttribute(ATTR_EXPANSION, occurrence.expansion)
      abbr.setAttribute(ATTR_SOURCE, occurrence.source)
      abbr.setAttribute('title', occurrence.expansion)
      abbr.setAttribute(ATTR_DESCRIBE, 'acronym')
      // One keyboard stop per sense, on its first occurrence: focus shows the popover, Enter opens the dictionary.
      if (occurrence.firstOfForm) abbr.setAttribute('tabindex', '0')
      wrappers.set(key, abbr)
    }
    return abbr.cloneNode(false) as Element
  }
  const inlineFor = (expansion: string): Element => {
    let inline = inlines.get(expansion)
    if (!inline) {
      inline = doc.createElement('span')
      inline.className = INLINE_CLASS
      inline.setAttribute(ATTR_UI, '')
      inline.setAttribute(ATTR_INLINE_TEXT, ` (${expansion})`)
      inlines.set(expansion, inline)
    }
    return inline.cloneNode(false) as Element
  }
  // On a page with no acronym drawn yet (every first pass), no text node can be inside one: one query instead of
  // one ancestor walk per text node.
  const drawnBefore = doc.querySelector(`abbr.${ACRONYM_CLASS}`) !== null
  for (const [node, pieces] of byNode) {
    if (shouldYield()) yield
    const parent = node.parentNode
    // Already drawn (a second pass over the same page) or no longer in the page: nothing to do.
    if (!parent || (drawnBefore && node.parentElement?.closest(`abbr.${ACRONYM_CLASS}`))) continue
    if (pieces.length > 1) pieces.sort((a, b) => a.start - b.start)
    const text = node.data
    const fragment = doc.createDocumentFragment()
    let at = 0
    for (const { occurrence, start, end } of pieces) {
      if (start < at || end <= start) continue
      if (start > at) fragment.append(text.slice(at, start))
      const abbr = wrapperFor(occurrence)
      abbr.textContent = text.slice(start, end)
      fragment.append(abbr)
      if (showsInline(occurrence, mode)) fragment.append(inlineFor(occurrence.expansion))
      at = end
    }
    if (at < text.length) fragment.append(text.slice(at))
    parent.replaceChild(fragment, node)
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
