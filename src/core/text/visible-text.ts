/**
 * An element's text without what a reader never sees: scripts, styles, templates and <noscript> fallbacks. An ad
 * unit that carries its own loader ("- Advertisement -", <ins class="adsbygoogle">, <script>(adsbygoogle = …)
 * </script>) reads as its label alone, and a lazy image's <noscript> markup (raw text while scripts run) is no text.
 * Why not articleText: this reads small blocks for label tests, and the common case, a block without any of these
 * elements, stays one textContent read.
 */
import { normalizeSpace } from './normalize-space.ts'

const INVISIBLE = 'script, style, template, noscript'

/** The whitespace-normalised visible text of `el` (see the module comment for what is left out). */
export function visibleText(el: Element): string {
  if (el.querySelector(INVISIBLE) === null) return normalizeSpace(el.textContent ?? '')
  return normalizeSpace(visibleTextPieces(el).join(''))
}

/** The visible text nodes' texts under `el`, in document order (for telling where one piece of text ends). */
export function visibleTextPieces(el: Element, out: string[] = []): string[] {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '')
    else if (child.nodeType === 1 && !(child as Element).matches(INVISIBLE)) visibleTextPieces(child as Element, out)
  }
  return out
}
