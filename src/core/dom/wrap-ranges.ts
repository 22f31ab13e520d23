/**
 * Wraps character ranges of text blocks in elements without changing a single character of the page. Each text
 * node that holds part of a range is rebuilt once, off the page: its text is cut at the ranges' ends into new text
 * nodes and wrappers inside a DocumentFragment, which then replaces the node in one DOM change. A range that
 * crosses element boundaries (a link or bold run inside a quote) gets one wrapper per piece; the caller gives them
 * a shared id. Pieces that are only whitespace are not wrapped, and pieces already inside an element matching
 * `skipInside` are left alone, so running a feature twice never double-wraps.
 *
 * Why not split the live text nodes in place: on a long article each range cost four live DOM changes (two
 * splits, an insertion and a move), each paying the page's bookkeeping (mutation records, layout invalidation).
 *
 * The blocks' text nodes are replaced: read the blocks again (refreshTextBlocks) before mapping more offsets.
 * A block the page itself changed since it was read (a script rewrote a paragraph while the pass yielded) is left
 * alone: its offsets no longer point at the characters they were found on.
 */
import { intact, type TextBlock } from './text-blocks.ts'

export interface RangeToWrap {
  /** Index into the blocks. */
  block: number
  /** [start, end) offsets into the block's text. */
  start: number
  end: number
  /** A new wrapper for one piece of this range. */
  make: () => Element
}

interface Piece {
  range: number
  from: number
  to: number
}

const NON_SPACE = /\S/

/**
 * Resumable: yields between text nodes whenever `shouldYield()` says the task has run long enough. Returns, per
 * range, its wrappers in document order (empty when nothing of it could be wrapped).
 */
export function* wrapRangesInSlices(
  blocks: readonly TextBlock[],
  ranges: readonly RangeToWrap[],
  skipInside: string | null,
  shouldYield: () => boolean,
): Generator<void, Element[][], void> {
  const wrappers: Element[][] = ranges.map(() => [])
  const byNode = new Map<Text, Piece[]>()
  const checked = new Map<number, boolean>()
  for (let r = 0; r < ranges.length; r++) {
    const { block: b, start, end } = ranges[r]!
    const block = blocks[b]
    if (!block || end <= start) continue
    let ok = checked.get(b)
    if (ok === undefined) checked.set(b, (ok = intact(block)))
    if (!ok) continue
    for (let index = 0; index < block.nodes.length; index++) {
      const nodeStart = block.starts[index]!
      const node = block.nodes[index]!
      const nodeEnd = nodeStart + node.data.length
      if (nodeStart >= end) break
      if (nodeEnd <= start) continue
      const piece = { range: r, from: Math.max(start, nodeStart) - nodeStart, to: Math.min(end, nodeEnd) - nodeStart }
      const list = byNode.get(node)
      if (list) list.push(piece)
      else byNode.set(node, [piece])
    }
  }
  for (const [node, pieces] of byNode) {
    if (shouldYield()) yield
    const parent = node.parentNode
    if (!parent || (skipInside && node.parentElement?.closest(skipInside))) continue
    if (pieces.length > 1) pieces.sort((a, b) => a.from - b.from)
    const text = node.data
    const fragment = (node.ownerDocument as Document).createDocumentFragment()
    let at = 0
    for (const { range, from, to } of pieces) {
      if (from < at || to <= from) continue
      const inner = text.slice(from, to)
      if (!NON_SPACE.test(inner)) continue
      if (from > at) fragment.append(text.slice(at, from))
      const wrapper = ranges[range]!.make()
      wrapper.textContent = inner
      fragment.append(wrapper)
      wrappers[range]!.push(wrapper)
      at = to
    }
    if (at === 0) continue
    if (at < text.length) fragment.append(text.slice(at))
    parent.replaceChild(fragment, node)
  }
  // Nodes were visited in range order, not page order: a range's pieces are put in page order here.
  for (const list of wrappers) {
    if (list.length > 1) list.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1))
  }
  return wrappers
}
