/**
 * The opening of an element's text, as a reader meets it: text nodes in document order, skipping scripts and
 * styles. Reads only as far as needed, so a huge element costs no more than a small one: detection reads openings
 * (an update's time, a notice's letter heading) on every page. A plain walk over child links, not a TreeWalker:
 * it is a few steps, and creating a walker per element costs more in some DOMs.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'])

/** The first text node under `el` (after `after`, when given) that holds more than whitespace, or null. */
export function nextTextNode(el: Element, after: Node | null = null): Text | null {
  let node: Node | null = after ? following(el, after) : el.firstChild
  while (node) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return node as Text
    if (node.nodeType === 1 && node.firstChild && !SKIP.has((node as Element).tagName.toUpperCase())) node = node.firstChild
    else node = following(el, node)
  }
  return null
}

/** The node after `node`'s subtree in document order, within `el`. */
function following(el: Element, node: Node): Node | null {
  let cur: Node | null = node
  while (cur && cur !== el && !cur.nextSibling) cur = cur.parentNode
  return cur && cur !== el ? cur.nextSibling : null
}

/**
 * About the first `maxChars` characters of `el`'s text: whitespace collapsed, text nodes joined by one space (so
 * block boundaries stay apart). Each node contributes at most `maxChars` characters.
 */
export function openingText(el: Element, maxChars: number): string {
  let text = ''
  for (let t = nextTextNode(el); t && text.length < maxChars; t = nextTextNode(el, t)) {
    const value = (t.nodeValue ?? '').slice(0, maxChars).replace(/[\s\u00a0\u200b]+/g, ' ').trim()
    text += text === '' ? value : ` ${value}`
  }
  return text
}
