/**
 * The few elements just before an article body: its previous siblings and those of its first ancestors, nearest
 * first. On pages without a site rule or meta tags the title, byline and date line live there.
 * Bounded (3 levels × 6 siblings, short texts only) so it stays cheap on any page.
 * A body with nothing before it (the page's <body> itself, as a print view with its paragraphs straight in <body>)
 * holds its title, byline and date line itself: then they are its own first children, before its first prose.
 */
export function nearRoot(root: Element, levels = 3, perLevel = 6): Element[] {
  const out: Element[] = []
  let cur: Element | null = root
  // (Never above <body>: the <head> is no byline.)
  for (let level = 0; cur && level < levels && !/^(BODY|HTML)$/.test(cur.tagName.toUpperCase()); level++) {
    let sib = cur.previousElementSibling
    for (let i = 0; sib && i < perLevel; i++, sib = sib.previousElementSibling) {
      if ((sib.textContent ?? '').length <= 400) out.push(sib)
    }
    cur = cur.parentElement
  }
  return out.length ? out : leadingChildren(root).reverse().slice(0, perLevel)
}

/** Non-link text of a paragraph that makes it prose (as the body finder counts a prose paragraph). */
const PROSE_CHARS = 80
/** How many first children are looked at; a header is a few blocks. */
const MAX_LEADING = 12

/**
 * The root's children before its first paragraph of prose (a <p>, or a child holding one, with 80 characters of
 * non-link text), in document order: a header inside the body (letterhead, title, byline, date line, photo). Empty
 * when a child before it is long (over 400 characters: not a header) or no prose follows within the first children.
 */
export function leadingChildren(root: Element): Element[] {
  const out: Element[] = []
  for (let child = root.firstElementChild; child && out.length <= MAX_LEADING; child = child.nextElementSibling) {
    if (holdsProse(child)) return out
    if ((child.textContent ?? '').length > 400) return []
    out.push(child)
  }
  return []
}

function holdsProse(el: Element): boolean {
  const paragraphs = el.tagName.toUpperCase() === 'P' ? [el] : Array.from(el.getElementsByTagName('p'))
  for (const p of paragraphs) {
    let chars = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length
    for (const a of Array.from(p.getElementsByTagName('a'))) chars -= (a.textContent ?? '').replace(/\s+/g, ' ').trim().length
    if (chars >= PROSE_CHARS) return true
  }
  return false
}
