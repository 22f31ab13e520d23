/**
 * Draws a highlight by wrapping the text of a Range, and removes it without a trace. Text nodes are split at the
 * range's ends and each piece is moved into its own wrapper, so no character of the page changes and a range
 * across element boundaries (a link, a bold run, an acronym) gets one wrapper per piece. Whitespace-only pieces
 * are skipped (a wrapper between <tr>s or <li>s would break the page's content model), and so is anything inside
 * Kliping's UI or inside elements whose text is not rendered content (scripts, styles, form fields).
 */
import { ATTR_UI } from '../contract.ts'

const NOT_WRAPPABLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'TITLE', 'SELECT'])
const UI_SELECTOR = `[${ATTR_UI}]`

export interface HighlightOptions {
  /** Subtrees (captions, share boxes) that are not article text and get no wrapper even inside the range. */
  exclude?: string
}

/**
 * @param range - e.g. `anchor(...).range`; it is left collapsed or shrunk by the splits, so do not reuse it
 * @param make - creates one wrapper (the caller sets class, colour and annotation id)
 * @returns the wrappers in document order
 */
export function highlightRange(range: Range, make: () => Element, options: HighlightOptions = {}): Element[] {
  if (range.collapsed) return []
  const pieces = textPieces(range)
  const wrappers: Element[] = []
  for (let i = 0; i < pieces.length; i++) {
    const { from, to } = pieces[i]!
    let node = pieces[i]!.node
    if (to <= from) continue
    const parent = node.parentElement
    if (!parent || NOT_WRAPPABLE.has(parent.tagName.toUpperCase()) || parent.closest(UI_SELECTOR)) continue
    if (options.exclude && parent.closest(options.exclude)) continue
    if (!/\S/.test(node.data.slice(from, to))) continue
    if (to < node.data.length) node.splitText(to)
    if (from > 0) node = node.splitText(from)
    const wrapper = make()
    node.parentNode!.insertBefore(wrapper, node)
    wrapper.appendChild(node)
    wrappers.push(wrapper)
  }
  return wrappers
}

/** The text nodes the range touches, with the part of each inside it; collected before any split. */
function textPieces(range: Range): { node: Text; from: number; to: number }[] {
  const pieces: { node: Text; from: number; to: number }[] = []
  const start = range.startContainer
  const end = range.endContainer
  if (start === end && start.nodeType === 3) {
    pieces.push({ node: start as Text, from: range.startOffset, to: range.endOffset })
    return pieces
  }
  const common = range.commonAncestorContainer
  const doc = common.ownerDocument ?? (common as Document)
  const walker = doc.createTreeWalker(common, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text
    if (!range.intersectsNode(text)) {
      // Past the end: nothing later can intersect.
      if (pieces.length > 0) break
      continue
    }
    const from = text === start ? range.startOffset : 0
    const to = text === end ? range.endOffset : text.data.length
    pieces.push({ node: text, from, to })
  }
  return pieces
}

/**
 * Unwraps highlight wrappers and joins the text they held with its neighbouring text nodes, so the page's text
 * nodes are as they were before `highlightRange` split them (only the neighbours are joined: calling normalize()
 * on the parent would also merge text nodes the page itself keeps apart).
 */
export function removeHighlight(elements: readonly Element[]): void {
  for (let i = 0; i < elements.length; i++) {
    const wrapper = elements[i]!
    const parent = wrapper.parentNode
    if (!parent) continue
    const first = wrapper.firstChild
    const last = wrapper.lastChild
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper)
    parent.removeChild(wrapper)
    if (last) mergeWithNext(last)
    if (first) mergeWithPrevious(first)
  }
}

function mergeWithNext(node: Node): void {
  const next = node.nextSibling
  if (node.nodeType === 3 && next && next.nodeType === 3 && node.parentNode) {
    ;(node as Text).appendData((next as Text).data)
    next.parentNode!.removeChild(next)
  }
}

function mergeWithPrevious(node: Node): void {
  const previous = node.previousSibling
  if (node.nodeType === 3 && previous && previous.nodeType === 3 && node.parentNode) {
    ;(previous as Text).appendData((node as Text).data)
    node.parentNode.removeChild(node)
  }
}
