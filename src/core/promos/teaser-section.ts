/**
 * A block of teasers for other stories written into the article body: a container that opens with a
 * related-articles heading ("Berita Lainnya", "Berita Terkait", "Baca Juga" …) and whose every other child opens
 * with a linked title (a teaser card: the title, perhaps a date and an excerpt; or a list of titles). Its excerpts
 * are other stories' prose, however long they are, so the block is one promo, and for detection neither article
 * prose nor the headline links of a listing. Shared by the body's prose statistics and the promo stripper.
 */
import { normalizeSpace } from '../text/normalize-space.ts'
import { HEADING_LABEL_BLOCK } from './promo-patterns.ts'

/** Longest text (as written, spaces included) read as a related-articles heading: the labels are a few words. */
const MAX_HEADING_CHARS = 80

/** True for a short text that is only a related-articles heading ("Berita Lainnya", "Baca Juga:"). */
export function isRelatedHeading(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && HEADING_LABEL_BLOCK.test(normalizeSpace(text))
}

/**
 * The teaser block that `heading` opens, or null: its parent, when that parent lies inside `root` (never the root
 * itself), the heading is its first content, and every other child with text opens with a linked title of three
 * words or more. A container that also holds a paragraph of prose, or text before the heading, fails the test.
 */
export function teaserSection(heading: Element, root: Element): Element | null {
  const section = heading.parentElement
  if (!section || section === root || !root.contains(section)) return null
  let seenHeading = false
  let teasers = 0
  for (let child = section.firstChild; child; child = child.nextSibling) {
    if (child === heading) {
      seenHeading = true
      continue
    }
    if (child.nodeType === 3) {
      if ((child.nodeValue ?? '').trim() !== '') return null
      continue
    }
    if (child.nodeType !== 1) continue
    const text = normalizeSpace(child.textContent ?? '')
    if (text === '') continue
    if (!seenHeading || !opensWithTitle(child as Element, text)) return null
    teasers++
  }
  return teasers > 0 ? section : null
}

/** The element's text starts with its first linked text, a title of three words or more (thumbnail links have none). */
function opensWithTitle(el: Element, text: string): boolean {
  const links = el.tagName.toUpperCase() === 'A' ? [el] : Array.from(el.getElementsByTagName('a'))
  for (const a of links) {
    const title = normalizeSpace(a.textContent ?? '')
    if (title === '') continue
    return title.split(' ').length >= 3 && text.startsWith(title)
  }
  return false
}
