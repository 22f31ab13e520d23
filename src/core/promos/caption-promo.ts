/**
 * "Baca juga" written as an image figure: a thumbnail linked to another post, captioned with the label and that
 * post's title ("Baca juga: <a>{title}</a>", "<strong>BACA JUGA</strong> – {title}", linked or not). WordPress image
 * blocks and classic captions make such cards easy to insert. The figure is one promo; a photo of the article
 * (its image linked to the image file, a caption that describes it) is media and stays.
 * Captions are otherwise left alone (Detection.ignore: not article text), so this is the one place they are read.
 */
import { normalizeSpace } from '../text/normalize-space.ts'
import { LABEL_OPENING_CAPTION } from './promo-patterns.ts'

/** The caption elements of figures: HTML figures and WordPress's classic captions. */
export const CAPTION_SELECTOR = 'figcaption, .wp-caption-text'
const FIGURE_SELECTOR = 'figure, .wp-caption'
/** A link to an image file (a lightbox or the full-size photo), not to another page. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i

/** The figure `caption` turns into a related-article promo, with its label, or null. Never the root or above it. */
export function captionPromo(caption: Element, root: Element): { figure: Element; label: string } | null {
  const m = LABEL_OPENING_CAPTION.exec(normalizeSpace(caption.textContent ?? ''))
  if (!m) return null
  const figure = caption.parentElement?.closest(FIGURE_SELECTOR) ?? null
  if (!figure || figure === root || figure.contains(root) || !root.contains(figure)) return null
  return linksToPage(figure) ? { figure, label: m[1] ?? '' } : null
}

/** True when the figure links to a page (the other post), not only to its own image file. */
function linksToPage(figure: Element): boolean {
  for (const a of Array.from(figure.getElementsByTagName('a'))) {
    const href = (a.getAttribute('href') ?? '').trim()
    if (href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href) && !IMAGE_FILE.test(href)) return true
  }
  return false
}
