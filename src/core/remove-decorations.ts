/**
 * Takes Kliping's drawing out of the article again (quote and acronym wrappers, inline expansions), leaving the
 * page's own nodes and text as they were, so a pass with other settings can start from the page itself. Saved
 * highlights and stripped promos have their own undo (PageAnnotations, promo handles).
 */
import { ACRONYM_CLASS, QUOTE_CLASS } from './contract.ts'
import { INLINE_CLASS } from './acronyms/render-acronyms.ts'

function unwrap(element: Element): void {
  const parent = element.parentNode
  if (!parent) return
  while (element.firstChild) parent.insertBefore(element.firstChild, element)
  parent.removeChild(element)
}

export function removeDecorations(root: Element): void {
  for (const inline of Array.from(root.querySelectorAll(`.${INLINE_CLASS}`))) inline.remove()
  // Inner wrappers first (acronyms sit inside quotes), so every unwrap sees a live parent.
  for (const abbr of Array.from(root.querySelectorAll(`abbr.${ACRONYM_CLASS}`))) unwrap(abbr)
  for (const quote of Array.from(root.querySelectorAll(`.${QUOTE_CLASS}`))) unwrap(quote)
  // Our wrapping split text nodes; joining them back gives the page its original node structure for text.
  root.normalize()
}
