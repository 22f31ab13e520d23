/**
 * Wraps a character range of a text block in elements, without changing a single character of the page: text
 * nodes are split at the range's ends and each piece inside the range is moved into its own wrapper. A range that
 * crosses element boundaries (a link or bold run inside a quote) gets one wrapper per piece; the caller gives
 * them a shared id.
 *
 * Ranges of one block must be applied right to left (descending start): splitting never moves text to the left
 * of the split, so offsets of ranges further left stay valid.
 */
import type { TextBlock } from './text-blocks.ts'

/**
 * @param skipInside - pieces already inside an element matching this selector are left alone, so running a
 *   feature twice never double-wraps
 */
export function wrapRange(block: TextBlock, start: number, end: number, make: () => Element, skipInside?: string): Element[] {
  const wrappers: Element[] = []
  if (end <= start) return wrappers
  for (let index = block.nodes.length - 1; index >= 0; index--) {
    const nodeStart = block.starts[index]!
    let node = block.nodes[index]!
    const nodeEnd = nodeStart + node.data.length
    if (nodeStart >= end) continue
    if (nodeEnd <= start) break
    const from = Math.max(start, nodeStart) - nodeStart
    const to = Math.min(end, nodeEnd) - nodeStart
    if (to < node.data.length) node.splitText(to)
    if (from > 0) node = node.splitText(from)
    const parent = node.parentNode
    if (!parent || !/\S/.test(node.data)) continue
    if (skipInside && node.parentElement?.closest(skipInside)) continue
    const wrapper = make()
    parent.insertBefore(wrapper, node)
    wrapper.appendChild(node)
    wrappers.unshift(wrapper)
  }
  return wrappers
}
