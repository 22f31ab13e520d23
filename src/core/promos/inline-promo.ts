/**
 * Finds the exact extent of a "label + link" promo around one link: the label text before it (which may sit in a
 * text node shared with prose, in a <b>/<strong>, or behind an opening bracket), the link (with inline wrappers
 * that hold only it), and a closing bracket after it. Sources: mmc-kalteng.md (the 2023 and the live form),
 * portals-and-promos.md §4.
 * Why no Range in the common path: some DOMs (happy-dom) make every Range operation cost a tree walk, and live
 * ranges are updated on every later mutation; splitting one or two text nodes is cheaper everywhere.
 */
import { isBlockElement } from '../text/article-text.ts'
import { visibleTextPieces } from '../text/visible-text.ts'
import { isTitlePart, LABEL_BEFORE_LINK, LABEL_BEFORE_TITLE_HEAD, LABEL_IN_LINK, LABEL_ONLY, SENTENCE_END } from './promo-patterns.ts'

export interface InlineMatch {
  label: string
  /** The block element the promo sits in (may be the root itself for <br>-separated bodies). */
  block: Element
  /** True when nothing but brackets and separators is left in the block besides the promo. */
  wholeBlock: boolean
  /** Detaches nothing; splits text nodes as needed and returns the promo's nodes, in order, still in the DOM. */
  isolate(): Node[]
}

const INLINE_WRAPPER = /^(B|STRONG|EM|I|SPAN|FONT|U|SMALL|MARK)$/
const MAX_PREFIX = 120
/** Only punctuation and brackets: what may be left in a block that the promo then takes whole. */
// (And the arrows and emoji some portals put before a label: "👉 Baca Juga:", "► Baca juga:", ">> Baca Juga:".)
export const EMPTY_REST = /^[\s()[\]|:;,.\-–—•·►▶▷→»›>*\u2190-\u21ff\u2600-\u27bf\ufe0f\u200d\p{Extended_Pictographic}]*$/u

interface Piece {
  node: Node
  text: string
}

/**
 * Text pieces before `el` within its line, nearest first, until a block boundary or <br>. `atBlockStart` is true
 * only at a real block boundary: a <br> starts a line, not a block (editors paste whole articles into one <p> with
 * <br><br> between paragraphs), so a promo on such a line never takes its block with it. <br>s right before the
 * link are looked through once, for the label on the line above ("Baca juga:<br><a>…</a>").
 */
function piecesBefore(el: Node, root: Element): { pieces: Piece[]; atBlockStart: boolean } {
  const pieces: Piece[] = []
  let total = 0
  let cur: Node = el
  let crossed = false
  for (;;) {
    for (let prev = cur.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === 1) {
        const pe = prev as Element
        if (pe.tagName.toUpperCase() === 'BR') {
          // (A bullet before the link, "Berita Terkait :<br>» <a>…</a>", is no text of the line.)
          if (crossed || total > 0 && pieces.some((p) => !LINE_FILLER.test(p.text))) return { pieces, atBlockStart: false }
          crossed = true
          continue
        }
        if (isBlockElement(pe)) return { pieces, atBlockStart: true }
      }
      const text = prev.nodeType === 3 || prev.nodeType === 1 ? (prev.textContent ?? '') : ''
      pieces.push({ node: prev, text })
      total += text.length
      if (total >= MAX_PREFIX) return { pieces, atBlockStart: false }
    }
    const parent: Node | null = cur.parentNode
    if (!parent || parent === root || parent.nodeType !== 1 || isBlockElement(parent as Element)) return { pieces, atBlockStart: true }
    cur = parent
  }
}

/** Longest rest of a block read after a promo's link: more than this is never a promo's leftover. */
const MAX_REST = 200

/**
 * The text after `end` up to the end of its block, a <br> read as a line break, or null when it runs longer than
 * MAX_REST. Text after a <br> still belongs to the block: "Baca juga: <a>…</a><br>Paragraf berikutnya" is not a
 * promo-only block.
 */
function restOfBlock(end: Node, root: Element): string | null {
  let cur: Node = end
  let rest = ''
  for (;;) {
    for (let next = cur.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 1) {
        const ne = next as Element
        if (ne.tagName.toUpperCase() === 'BR') {
          rest += '\n'
          continue
        }
        if (isBlockElement(ne)) return rest
      }
      rest += next.nodeType === 3 || next.nodeType === 1 ? (next.textContent ?? '') : ''
      if (rest.length > MAX_REST) return null
    }
    const parent: Node | null = cur.parentNode
    if (!parent || parent === root || parent.nodeType !== 1 || isBlockElement(parent as Element)) return rest
    cur = parent
  }
}

/**
 * True when the block holds nothing after the promo's link but brackets and separators, or the unlinked tail of
 * the promo's title on the same line ("Baca juga: <a>Perumda … Raih Predikat Sehat</a> dari BPKP Jawa Timur"): the
 * promo then takes its block whole. A tail glued to the link ("</a>Ia menekankan …") is the next paragraph's
 * start, as MMC's CMS inserts its promo, never a title's end.
 */
function restIsPromo(end: Node, root: Element): boolean {
  const rest = restOfBlock(end, root)
  return rest !== null && (EMPTY_REST.test(rest) || (/^\s/.test(rest) && isTitlePart(rest)))
}

/** The text node and offset where character `index` of `piece` lies (descending into elements), or null = before the piece. */
function locate(piece: Piece, index: number): { node: Node; offset: number } | null {
  if (index === 0) return null
  if (piece.node.nodeType === 3) return { node: piece.node, offset: index }
  const doc = piece.node.ownerDocument as Document
  const walker = doc.createTreeWalker(piece.node, 4 /* SHOW_TEXT */)
  let seen = 0
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const len = (t.nodeValue ?? '').length
    if (seen + len > index) return { node: t, offset: index - seen }
    seen += len
  }
  return null
}

export function matchInlinePromo(a: Element, root: Element): InlineMatch | null {
  // The link plus inline wrappers that contain nothing else: <strong><a>…</a></strong>.
  let end: Element = a
  while (end.parentElement && end.parentElement !== root && INLINE_WRAPPER.test(end.parentElement.tagName.toUpperCase()) && onlyChild(end.parentElement, end)) {
    end = end.parentElement
  }
  const { pieces, atBlockStart } = piecesBefore(end, root)
  const ordered = pieces.slice().reverse()
  const prefix = ordered.map((p) => p.text).join('')
  const m = LABEL_BEFORE_LINK.exec(prefix)
  if (!m) return labelledLink(a, end, prefix, atBlockStart, root) ?? labelBeforeTitleHead(end, prefix, atBlockStart, root)
  const before = prefix.slice(0, m.index)
  // Mid-block labels must start a sentence (or follow a bracket/separator) and be capitalised: "… kata dia. Baca
  // juga: <a>". A lower-case "baca juga" inside a sentence is prose that happens to precede a link.
  if (!EMPTY_REST.test(before) && (!SENTENCE_END.test(before) || !/^[A-Z]/.test(m[2] ?? ''))) return null

  // Where the label starts: a piece, and an offset inside it.
  let startPiece: Piece | null = null
  let startIndex = m.index
  for (const p of ordered) {
    if (startIndex < p.text.length) {
      startPiece = p
      break
    }
    startIndex -= p.text.length
  }
  // "BACA JUGA:<br><a>…</a><br><a>…</a><br><a>…</a>": the titles on the following lines belong to the promo.
  const stop = linkLines(end) ?? end
  const closeBracket = m[1] ? /^\s*[)\]]/.exec(stop.nextSibling?.nodeType === 3 ? (stop.nextSibling.nodeValue ?? '') : '') : null
  let block: Element = end.parentElement ?? root
  while (block !== root && !isBlockElement(block) && block.parentElement) block = block.parentElement
  // The closing bracket is one of the EMPTY_REST characters, so the text after the link covers both cases.
  const wholeBlock = atBlockStart && EMPTY_REST.test(before) && restIsPromo(stop, root)

  return {
    label: m[2] ?? '',
    block,
    wholeBlock,
    isolate(): Node[] {
      // Start: split the label's text node (or a text node inside a wrapper element) at the label.
      let first: Node = startPiece ? startPiece.node : end
      const at = startPiece ? locate(startPiece, startIndex) : null
      if (at) first = (at.node as Text).splitText(at.offset)
      // End: take the closing bracket off the next text node.
      let last: Node = stop
      if (closeBracket && stop.nextSibling?.nodeType === 3) {
        const next = stop.nextSibling as Text
        if ((next.nodeValue ?? '').length > closeBracket[0].length) next.splitText(closeBracket[0].length)
        last = next
      }
      const common = last.parentNode
      if (!common || !common.contains(first)) return viaRange(first, last)
      // Climb `first` to a sibling of `last` (the label can sit in a wrapper that also holds prose before it).
      let startNode: Node = first
      while (startNode.parentNode && startNode.parentNode !== last.parentNode) {
        const parent: Node = startNode.parentNode
        if (parent.firstChild !== startNode) {
          // The wrapper holds text before the label: move the label part out right after the wrapper.
          const moved: Node[] = []
          for (let n: Node | null = startNode; n; n = n.nextSibling) moved.push(n)
          const ref = parent.nextSibling
          for (const n of moved) parent.parentNode?.insertBefore(n, ref)
          startNode = moved[0] as Node
        } else {
          startNode = parent
        }
      }
      const nodes: Node[] = []
      for (let n: Node | null = startNode; n; n = n.nextSibling) {
        nodes.push(n)
        if (n === last) break
      }
      return nodes
    },
  }
}

/** Separators and bullets that may sit around the <br>s of a list of linked titles ("» <a>…</a><br>"). */
const LINE_FILLER = /^[\s|•·,;\-–—»›>*]*$/

/**
 * The last of the linked titles that follow `end` one per line (each after a <br>, alone on its line, three words
 * or more), or null when the next line is not such a title. Siblings of `end` only: the list never leaves its block.
 */
function linkLines(end: Node): Node | null {
  let last: Node | null = null
  let newLine = false
  for (let n = end.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (LINE_FILLER.test(n.nodeValue ?? '')) continue
      break
    }
    if (n.nodeType !== 1) continue
    const el = n as Element
    const tag = el.tagName.toUpperCase()
    if (tag === 'BR') {
      newLine = true
      continue
    }
    if (!newLine || !titleLink(el) || !aloneOnLine(el)) break
    last = el
    newLine = false
  }
  return last
}

/** A link of three or more words, or an inline wrapper holding only such a link. */
function titleLink(el: Element): boolean {
  let cur: Element = el
  while (cur.tagName.toUpperCase() !== 'A') {
    const only = cur.firstElementChild
    if (!INLINE_WRAPPER.test(cur.tagName.toUpperCase()) || !only || !onlyChild(cur, only)) return false
    cur = only
  }
  return (cur.textContent ?? '').trim().split(/\s+/).length >= 3
}

/** Nothing but separators between `el` and the next <br> (or the end of its parent). */
function aloneOnLine(el: Element): boolean {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (LINE_FILLER.test(n.nodeValue ?? '')) continue
      return false
    }
    if (n.nodeType === 1) return (n as Element).tagName.toUpperCase() === 'BR'
  }
  return true
}

/**
 * The label inside the link, at the start of its line: "<a>Baca juga: {title}</a>", or the Inline Related Posts
 * shape "<a><span>Baca Juga</span> <span>{title}</span></a>". The promo is the link (with its inline wrappers).
 */
function labelledLink(a: Element, end: Element, prefix: string, atBlockStart: boolean, root: Element): InlineMatch | null {
  if (!EMPTY_REST.test(prefix)) return null
  // (The visible text: a related-posts plugin may put its <style> inside the link, before the label.)
  const pieces = visibleTextPieces(a)
  const text = pieces.join('')
  let label = LABEL_IN_LINK.exec(text.trimStart())?.[1]
  if (!label) {
    // The label must come first, as a piece of its own, and a title must follow it.
    const own = pieces.find((piece) => piece.trim() !== '') ?? ''
    if (own.trim().length >= text.trim().length) return null
    label = LABEL_ONLY.exec(own.trim())?.[1]
  }
  if (!label) return null
  let block: Element = end.parentElement ?? root
  while (block !== root && !isBlockElement(block) && block.parentElement) block = block.parentElement
  return {
    label,
    block,
    wholeBlock: atBlockStart && restIsPromo(end, root),
    isolate: () => [end],
  }
}

/**
 * A link that covers only the end of the promo's title: "<em>Baca juga: Wali Kota Madiun Tinjau <a>Revitalisasi
 * Pasar Besar</a></em>". The label opens the block and a few unlinked title words (no sentence) stand between it
 * and the link; the promo is then the whole block, and only when nothing but a title tail follows the link. A
 * block that goes on with prose is left alone (the label is reported as unsure).
 */
function labelBeforeTitleHead(end: Element, prefix: string, atBlockStart: boolean, root: Element): InlineMatch | null {
  if (!atBlockStart) return null
  const m = LABEL_BEFORE_TITLE_HEAD.exec(prefix)
  if (!m || !isTitlePart(m[2] ?? '')) return null
  let block: Element = end.parentElement ?? root
  while (block !== root && !isBlockElement(block) && block.parentElement) block = block.parentElement
  // (<br>-separated bodies, whose block is the root, would need the line cut out: left alone.)
  if (block === root || !restIsPromo(end, root)) return null
  return {
    label: m[1] ?? '',
    block,
    wholeBlock: true,
    isolate: () => [],
  }
}

/** Rare shapes (label outside the wrapper that holds the link): let a Range cut the partial wrappers. */
function viaRange(first: Node, last: Node): Node[] {
  const doc = first.ownerDocument as Document
  const range = doc.createRange()
  range.setStartBefore(first)
  range.setEndAfter(last)
  const frag = range.extractContents()
  const nodes = Array.from(frag.childNodes)
  const marker = doc.createComment('')
  range.insertNode(marker)
  for (const n of nodes) marker.parentNode?.insertBefore(n, marker)
  marker.remove()
  return nodes
}

function onlyChild(parent: Element, child: Element): boolean {
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c === child) continue
    if (c.nodeType === 3 && (c.nodeValue ?? '').trim() === '') continue
    return false
  }
  return true
}
