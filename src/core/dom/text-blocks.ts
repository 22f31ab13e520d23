/**
 * The article as features see it: a list of text blocks (paragraphs, list items, headings, quotes …), each with
 * its text and the text nodes it came from, so string-level findings (a quote's offsets, an acronym's offsets) can
 * be mapped back onto the DOM. Collected in one recursive walk over the article root only.
 *
 * Skipped: scripts, styles, form fields and their captions (a <label> of a checkbox), code, embedded media, our own
 * UI ([data-kliping-ui]) and whatever the caller excludes (captions, share boxes). A block's text is the
 * concatenation of its text nodes, exactly as in the page, so offsets index into the page's own characters.
 *
 * A <br> ends a block: the text after it is a new block of the same element. Many portals (ANTARA, Blogger, older
 * CMSs) write a whole body as one element with <br><br> between paragraphs; read as one block, its paragraphs ran
 * together ("…katanya.Kepala Dinas …") and a quote's speaker was looked for in the wrong paragraph.
 */
import { isFormControlText } from '../text/form-controls.ts'

export interface TextBlock {
  element: Element
  text: string
  nodes: Text[]
  /** `starts[i]` is the offset of `nodes[i]` within `text`. */
  starts: number[]
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'CANVAS', 'IMG', 'PICTURE',
])

const BLOCK_TAGS = new Set([
  'P', 'LI', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD', 'TH', 'FIGCAPTION', 'CAPTION',
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TBODY',
  'FIGURE', 'FORM', 'NAV', 'ADDRESS', 'CENTER', 'DETAILS', 'SUMMARY',
])

export interface CollectOptions {
  /** Elements matching this selector (and their subtrees) are not article text. */
  exclude?: string
  /** A child of the root where the article ends: it and the children after it are not article text. */
  end?: Element | null
}

function isSkipped(element: Element, exclude: string | undefined): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true
  if (element.hasAttribute('data-kliping-ui')) return true
  if (isFormControlText(element)) return true
  if (exclude && element.matches(exclude)) return true
  return false
}

/** Appends a text node to a block: its offset is the block's text so far. */
function append(block: TextBlock, node: Text): void {
  block.starts.push(block.text.length)
  block.nodes.push(node)
  block.text += node.data
}

/**
 * The one walk over article text: every text node under `parent`, with the block it belongs to (`blockElement`,
 * or a nested block element), skipping what is not article text and stopping at `options.end`. With `nested` false
 * the walk stays in `blockElement`'s own block and does not enter nested blocks.
 */
function walk(
  parent: Node,
  blockElement: Element,
  options: CollectOptions,
  nested: boolean,
  onText: (block: Element, node: Text) => void,
  onBreak: (block: Element) => void,
): void {
  const end = options.end ?? null
  for (let child = parent.firstChild; child && child !== end; child = child.nextSibling) {
    if (child.nodeType === 3) {
      onText(blockElement, child as Text)
    } else if (child.nodeType === 1) {
      const element = child as Element
      const tag = element.tagName.toUpperCase()
      if (tag === 'BR') {
        onBreak(blockElement)
        continue
      }
      if (isSkipped(element, options.exclude)) continue
      // A nested block starts a new paragraph; text after it in the parent continues the parent's block.
      const isBlock = BLOCK_TAGS.has(tag)
      if (isBlock && !nested) continue
      walk(element, isBlock ? element : blockElement, options, nested, onText, onBreak)
    }
  }
}

/** The blocks of the walk from `from` (nested blocks too when `nested`), in document order of their first text. */
function readBlocks(from: Element, options: CollectOptions, nested: boolean): TextBlock[] {
  const blocks: TextBlock[] = []
  const open = new Map<Element, TextBlock>()
  walk(from, from, options, nested, (blockElement, node) => {
    let block = open.get(blockElement)
    if (!block) {
      block = { element: blockElement, text: '', nodes: [], starts: [] }
      open.set(blockElement, block)
      blocks.push(block)
    }
    append(block, node)
  }, (blockElement) => open.delete(blockElement))
  // Blocks made only of whitespace (indentation between elements, the line between two <br>) carry no article text.
  return blocks.filter((block) => /\S/.test(block.text))
}

export function collectTextBlocks(root: Element, options: CollectOptions = {}): TextBlock[] {
  return readBlocks(root, options, true)
}

/**
 * The blocks as they read now, after a renderer split some of their text nodes (quote wrappers): the blocks of an
 * element whose nodes are all still in place, whole, are kept; an element with any other block is read again alone,
 * by the same walk as collectTextBlocks, and its fresh blocks take the place of its old ones. Much cheaper than
 * collecting the whole article again when only the paragraphs with quotes changed.
 */
export function refreshTextBlocks(blocks: readonly TextBlock[], options: CollectOptions = {}): TextBlock[] {
  const stale = new Set<Element>()
  for (const block of blocks) if (!intact(block)) stale.add(block.element)
  if (stale.size === 0) return [...blocks]
  const out: TextBlock[] = []
  const done = new Set<Element>()
  for (const block of blocks) {
    if (!stale.has(block.element)) out.push(block)
    else if (!done.has(block.element)) {
      done.add(block.element)
      out.push(...readBlocks(block.element, options, false))
    }
  }
  return out
}

/** Whether the block's text nodes are all still in the page and still hold exactly the block's text. */
export function intact(block: TextBlock): boolean {
  let length = 0
  for (let i = 0; i < block.nodes.length; i++) {
    const node = block.nodes[i]!
    if (node.parentNode === null || block.starts[i] !== length) return false
    length += node.data.length
  }
  return length === block.text.length
}

/** Finds which text node holds `offset` of the block (the first node when the offset is at a boundary). */
export function locate(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number } {
  let low = 0
  let high = block.starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    const start = block.starts[mid]!
    if (start < offset || (!preferEnd && start === offset)) low = mid
    else high = mid - 1
  }
  const node = block.nodes[low]!
  return { node, offset: offset - block.starts[low]! }
}
