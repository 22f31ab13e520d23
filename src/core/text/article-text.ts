/**
 * The visible text of an article root as a reader would copy it: block elements and <br> become line breaks,
 * and subtrees matching `ignore` (captions, meta lines, Kliping's own UI) are left out, as are form controls and
 * their captions (a toolbar's buttons are interface, not article) and elements with the `hidden` attribute.
 * Why not textContent: it glues `<p>a</p><p>b</p>` into "ab", which breaks word comparisons. Why not innerText:
 * it forces layout, which the performance budget forbids.
 */
import { ATTR_UI } from '../contract.ts'
import { isFormControlText } from './form-controls.ts'

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT'])

/** True for elements that start a new line of text (used by the promo stripper and the body finder too). */
export function isBlockElement(el: Element): boolean {
  return BLOCK.has(el.tagName.toUpperCase())
}

/**
 * @param root - the article body
 * @param ignore - CSS selectors of subtrees to leave out (invalid selectors are skipped, never thrown)
 * @param end - a child of the root where the article ends: it and the children after it are left out
 */
export function articleText(root: Element, ignore: readonly string[] = [], end: Element | null = null): string {
  const ignoreSel = safeSelectorList([`[${ATTR_UI}]`, ...ignore], root.ownerDocument)
  const out: string[] = []
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && child !== end; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out.push(child.nodeValue ?? '')
      } else if (child.nodeType === 1) {
        const el = child as Element
        const tag = el.tagName.toUpperCase()
        // (`hidden` elements are never displayed: PaperMod's "#" heading anchors, collapsed widgets.)
        if (SKIP.has(tag) || isFormControlText(el) || el.hasAttribute('hidden')) continue
        if (ignoreSel && el.matches(ignoreSel)) continue
        const block = BLOCK.has(tag)
        if (block) out.push('\n')
        visit(el)
        if (block) out.push('\n')
      }
    }
  }
  visit(root)
  return out.join('')
}

/** Joins the selectors that parse; a bad selector in data must not break the page. */
export function safeSelectorList(selectors: readonly string[], doc?: Document): string | null {
  const ok = selectors.filter((s) => isValidSelector(s, doc))
  return ok.length ? ok.join(', ') : null
}

const validity = new Map<string, boolean>()
/** True when `selector` parses in `doc` (default: the global document). Results are cached per selector. */
export function isValidSelector(selector: string, doc: Document | undefined = globalThis.document): boolean {
  let ok = validity.get(selector)
  if (ok === undefined) {
    if (!doc) return false
    try {
      doc.createDocumentFragment().querySelector(selector)
      ok = true
    } catch {
      ok = false
    }
    validity.set(selector, ok)
  }
  return ok
}
