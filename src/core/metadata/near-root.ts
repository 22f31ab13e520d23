/**
 * The few elements just before an article body: its previous siblings and those of its first ancestors, nearest
 * first. On pages without a site rule or meta tags the title, byline and date line live there.
 * Bounded (3 levels × 6 siblings, short texts only) so it stays cheap on any page.
 */
export function nearRoot(root: Element, levels = 3, perLevel = 6): Element[] {
  const out: Element[] = []
  let cur: Element | null = root
  for (let level = 0; cur && level < levels; level++) {
    let sib = cur.previousElementSibling
    for (let i = 0; sib && i < perLevel; i++, sib = sib.previousElementSibling) {
      if ((sib.textContent ?? '').length <= 400) out.push(sib)
    }
    cur = cur.parentElement
    if (!cur || cur.tagName.toUpperCase() === 'BODY') break
  }
  return out
}
