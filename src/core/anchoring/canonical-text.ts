/**
 * The canonical article text that anchors are computed on: the article root's text nodes, concatenated in
 * document order, with the same skip rules as `collectTextBlocks` (scripts, form fields, media, Kliping's own UI
 * `[data-kliping-ui]`, the caller's excluded subtrees, everything from the end marker on) plus promos Kliping shows
 * again (`[data-kliping-promo]`). Kliping's inline wrappers (acronyms, quotes, highlights) only wrap page text, and
 * a detached promo leaves only an empty `[data-kliping-ui]` placeholder, so the text is the same with or without
 * them — which is what lets selectors saved on one visit anchor on the next.
 *
 * Between blocks (and at <br>) the text holds one SEPARATOR character that belongs to no node. The node/offset map
 * turns canonical offsets into DOM boundary points and back.
 */
import { collectTextBlocks, type CollectOptions } from '../dom/text-blocks.ts'
import { ATTR_UI } from '../contract.ts'
import { ATTR_PROMO } from '../promos/promo-handle.ts'
import { isBlockElement } from '../text/article-text.ts'

export interface CanonicalOptions extends CollectOptions {
  /**
   * Extra text nodes to leave out (for example the bare text nodes of an inline promo the user chose to show
   * again: unlike elements, they cannot carry `data-kliping-promo`).
   */
  ignoreNode?: (node: Text) => boolean
}

export interface CanonicalText {
  text: string
  /** Text nodes in document order; `starts[i]` is the offset of `nodes[i]` within `text`. */
  nodes: Text[]
  starts: number[]
}

const PROMO_SELECTOR = `[${ATTR_PROMO}]`
/**
 * Stands between the text of two blocks (paragraphs, list items, headings, <br>-separated lines). It belongs to no
 * text node: without it `<p>satu.</p><p>Dua</p>` would read "satu.Dua" and a quote over both would be exported
 * glued together. Several boundaries in a row make one separator.
 */
export const SEPARATOR = '\n'

/**
 * Builds the canonical text of `root`. O(number of nodes under root).
 * @param root - the article body
 * @param options - the same `exclude` / `end` the page pass uses for the article (Detection.ignore / Detection.end)
 */
export function canonicalText(root: Element, options: CanonicalOptions = {}): CanonicalText {
  const exclude = options.exclude ? `${options.exclude}, ${PROMO_SELECTOR}` : PROMO_SELECTOR
  const skipSelector = `[${ATTR_UI}], ${exclude}`
  // The skip rules live in collectTextBlocks; reusing it keeps the two views of the article in step.
  const kept = new Set<Text>()
  const blocks = collectTextBlocks(root, { exclude, end: options.end ?? null })
  for (let b = 0; b < blocks.length; b++) {
    const nodes = blocks[b]!.nodes
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!
      if (!options.ignoreNode || !options.ignoreNode(node)) kept.add(node)
    }
  }
  // Blocks interleave (a parent's text continues after a nested block), so walk once more for document order,
  // noting block boundaries and <br>s on the way.
  const result: CanonicalText = { text: '', nodes: [], starts: [] }
  const parts: string[] = []
  let length = 0
  let boundary = false
  const end = options.end ?? null
  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child && child !== end; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text
        if (!kept.has(text) || text.data.length === 0) continue
        if (boundary && length > 0) {
          parts.push(SEPARATOR)
          length += SEPARATOR.length
        }
        boundary = false
        result.nodes.push(text)
        result.starts.push(length)
        parts.push(text.data)
        length += text.data.length
      } else if (child.nodeType === 1) {
        const element = child as Element
        // Subtrees Kliping adds or hides must not add a boundary either, or toggling them would move offsets.
        if (element.matches(skipSelector)) continue
        const block = isBlockElement(element)
        if (block) boundary = true
        visit(element)
        if (block) boundary = true
      }
    }
  }
  visit(root)
  result.text = parts.join('')
  return result
}

/**
 * The canonical offset of a DOM boundary point: inside a kept text node, that node's offset plus its own
 * characters; elsewhere (an element, a skipped node), the kept text before the point — taken after a separator
 * for a range start and before it for a range end, so a selection never begins or ends with a block break.
 * O(log n) node comparisons.
 */
export function offsetAt(canon: CanonicalText, container: Node, offset: number, side: 'start' | 'end' = 'start'): number {
  const { nodes, starts } = canon
  if (container.nodeType === 3) {
    const index = indexOfNode(canon, container as Text)
    if (index >= 0) return starts[index]! + Math.min(offset, nodes[index]!.data.length)
  }
  // Binary search for the first kept node that is not before the boundary point.
  let low = 0
  let high = nodes.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (isBeforePoint(nodes[mid]!, container, offset)) low = mid + 1
    else high = mid
  }
  if (side === 'end' && low > 0) return starts[low - 1]! + nodes[low - 1]!.data.length
  if (side === 'end') return 0
  return low < nodes.length ? starts[low]! : canon.text.length
}

function indexOfNode(canon: CanonicalText, node: Text): number {
  // Callers pass range boundaries; a linear scan would make describe O(n) in nodes, so search by position.
  let low = 0
  let high = canon.nodes.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const candidate = canon.nodes[mid]!
    if (candidate === node) return mid
    const relation = candidate.compareDocumentPosition(node)
    if (relation & 4 /* FOLLOWING */) low = mid + 1
    else if (relation & 2 /* PRECEDING */) high = mid - 1
    else return -1
  }
  return -1
}

/** True when `node` (a text node) lies entirely before the boundary point (container, offset). */
function isBeforePoint(node: Text, container: Node, offset: number): boolean {
  if (node === container) return false
  if (container.nodeType === 3 || container.nodeType === 4 || container.nodeType === 8) {
    // Character data: the boundary sits inside `container`; nothing inside it can be `node`.
    return (container.compareDocumentPosition(node) & 2) !== 0 /* node PRECEDES container */
  }
  const child = offset < container.childNodes.length ? container.childNodes[offset]! : null
  if (child) {
    // The point is just before `child`: node is before it when it precedes child and is not inside it.
    const relation = child.compareDocumentPosition(node)
    return (relation & 2) !== 0 && (relation & 8 /* CONTAINS */) === 0
  }
  // The point is at the end of `container`: everything inside it, and everything preceding it, is before.
  const relation = container.compareDocumentPosition(node)
  return (relation & 16 /* CONTAINED_BY */) !== 0 || ((relation & 2) !== 0 && (relation & 8) === 0)
}

/**
 * A DOM Range over canonical characters [start, end). Ends that fall on a separator move onto text (the start to
 * the next node, the end to the end of the previous one), so a range never begins or ends outside article text.
 */
export function rangeFromOffsets(canon: CanonicalText, start: number, end: number): Range | null {
  const { nodes, starts, text } = canon
  if (start < 0 || end > text.length || end <= start || nodes.length === 0) return null
  let first = locate(starts, start)
  if (start >= starts[first]! + nodes[first]!.data.length && first + 1 < nodes.length) first++
  let last = locate(starts, end)
  // `end` exactly at a node's start belongs to the node before (the range ends there).
  if (last > 0 && starts[last]! >= end) last--
  if (last < first) return null
  const startNode = nodes[first]!
  const endNode = nodes[last]!
  const range = startNode.ownerDocument.createRange()
  range.setStart(startNode, Math.max(0, start - starts[first]!))
  range.setEnd(endNode, Math.min(endNode.data.length, end - starts[last]!))
  return range
}

/** Index of the last node starting at or before `offset`. */
function locate(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return low
}
