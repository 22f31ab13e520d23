/**
 * Detaching a promo and bringing it back. The promo's nodes leave the DOM (so root.textContent no longer holds
 * them) and an empty hidden placeholder marks the spot; show() re-inserts the same nodes before it, hide()
 * detaches them again. Detached elements carry data-kliping-promo so a second stripPromos run skips them even
 * while they are shown.
 */
import { ATTR_UI } from '../contract.ts'
import type { PromoKind } from '../sites/site-rules.ts'
import { normalizeSpace } from '../text/normalize-space.ts'
import { visibleText } from '../text/visible-text.ts'

export const ATTR_PROMO_SLOT = 'data-kliping-promo-slot'
export const ATTR_PROMO = 'data-kliping-promo'

export interface PromoLink {
  title: string
  href: string | null
}

export interface StrippedPromo {
  id: string
  /** e.g. 'Baca juga', 'Berita terkait', 'SCROLL TO CONTINUE WITH CONTENT'. */
  label: string
  /** The (first) linked title, whitespace-normalised; '' for ads and share boxes. */
  title: string
  href: string | null
  kind: PromoKind
  /** Every link in the promo (a related box can hold several). */
  links: PromoLink[]
  /** The promo's text as it was on the page. */
  text: string
  /** Where it came from: 'rule:detik table.linksisip', 'inline-label', 'heading-label', … */
  source: string
  show(): void
  hide(): void
  readonly shown: boolean
}

/** A label at the start of a link's own text. */
const LINK_LABEL = /^(?:baca juga|berita terkait|artikel terkait|read also|also read)\s*[:»›>|-]*\s*/i

export function linkOf(a: Element, doc: Document): PromoLink {
  const raw = a.getAttribute('href')
  let href: string | null = null
  if (raw && !/^\s*javascript:/i.test(raw)) {
    try {
      href = new URL(raw, doc.baseURI).href
    } catch {
      href = raw
    }
  }
  // The visible words only (a related-posts plugin may put its style sheet inside the link), without a label the link
  // itself opens with ("Baca Juga  Judul …").
  return { title: visibleText(a).replace(LINK_LABEL, ''), href }
}

/** Links inside the detached nodes, in order. */
export function linksIn(nodes: readonly Node[], doc: Document): PromoLink[] {
  const out: PromoLink[] = []
  for (const n of nodes) {
    if (n.nodeType !== 1) continue
    const el = n as Element
    if (el.tagName.toUpperCase() === 'A' && el.hasAttribute('href')) out.push(linkOf(el, doc))
    for (const a of Array.from(el.querySelectorAll('a[href]'))) out.push(linkOf(a, doc))
  }
  return out.filter((l) => l.title !== '' || l.href !== null)
}

/**
 * Replaces `nodes` (consecutive siblings, or the contents of an extracted range) by a placeholder.
 * @param insertSlot - puts the placeholder where the promo was (before the nodes are detached)
 */
export function detachPromo(
  doc: Document,
  id: string,
  nodes: Node[],
  insertSlot: (slot: Element) => void,
  info: { label: string; kind: PromoKind; source: string; text: string },
): StrippedPromo {
  const slot = doc.createElement('span')
  slot.setAttribute(ATTR_UI, '')
  slot.setAttribute(ATTR_PROMO_SLOT, id)
  slot.setAttribute('hidden', '')
  insertSlot(slot)
  for (const n of nodes) {
    if (n.nodeType === 1) (n as Element).setAttribute(ATTR_PROMO, id)
    n.parentNode?.removeChild(n)
  }
  const links = linksIn(nodes, doc)
  let shown = false
  return {
    id,
    label: info.label,
    title: links[0]?.title ?? '',
    href: links[0]?.href ?? null,
    kind: info.kind,
    links,
    text: info.text,
    source: info.source,
    get shown() {
      return shown
    },
    show() {
      const parent = slot.parentNode
      if (shown || !parent) return
      for (const n of nodes) parent.insertBefore(n, slot)
      shown = true
    },
    hide() {
      if (!shown) return
      for (const n of nodes) n.parentNode?.removeChild(n)
      shown = false
    },
  }
}
