/**
 * A live report ("Laporan Langsung", schema.org LiveBlogPosting) is written as a feed of update cards: each opens
 * with its time ("16.45 WIB", often a <time>), then a heading and a paragraph or two of its own. The cards repeat
 * like the teasers of a listing, but they are the article: an update carries its own text, while a teaser carries a
 * linked title that leads to another page. So a run of cards that open with a time and hold no linked title is one
 * article's feed, and the body is the feed together with the introduction around it.
 * Reads only the openings of the children of the body candidate and of its two nearest ancestors.
 */
import { isBlockElement } from '../text/article-text.ts'
import { normalizeSpace } from '../text/normalize-space.ts'
import { nextTextNode } from '../text/opening-text.ts'

/** Updates that make a feed: more than a pair of dated paragraphs. */
const MIN_UPDATES = 4
/** Longest opening text read as the card's time ("Jumat, 29 Agustus 2025 | 16.45 WIB" fits). */
const MAX_TIME_CHARS = 40
/** The opening ends with a time of day, with or without the zone: "16.45 WIB", "09:15", "29/8 pukul 07.20". */
const ENDS_WITH_TIME = /(?:^|\s)(?:pukul\s+)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:WIB|WITA|WIT))?$/i
/** Words that make a link a title rather than a word or two linked inside a sentence. */
const TITLE_WORDS = 3
/** Inline wrappers a linked title may sit in (<h3><a>, <strong><a>). */
const INLINE_WRAPPER = /^(A|SPAN|B|STRONG|EM|I|SMALL|FONT|TIME|MARK|U)$/
/** An update is a card with text blocks of its own, not a paragraph that opens with a bold time. */
const CARD_TEXT = 'p, h2, h3, h4, h5, h6'

/**
 * True when `feed` holds at least MIN_UPDATES children of one tag and class that are timestamped updates (children
 * that are not, such as a promo between two updates, are passed over). Reads the children's openings only.
 */
export function isUpdateFeed(feed: Element): boolean {
  let key: string | null = null
  let updates = 0
  for (let c = feed.firstElementChild; c && updates < MIN_UPDATES; c = c.nextElementSibling) {
    if (key !== null && cardKey(c) !== key) continue
    if (!isUpdate(c)) continue
    key ??= cardKey(c)
    updates++
  }
  return updates >= MIN_UPDATES
}

function cardKey(el: Element): string {
  return `${el.tagName}.${el.getAttribute('class') ?? ''}`
}

/** A card that opens with a time of day and holds no linked title. */
export function isUpdate(card: Element): boolean {
  // (Cheapest tests first: most children of a body candidate are paragraphs of plain text.)
  if (card.firstElementChild === null) return false
  // (The time is the card's first text node: "16.45 WIB" before the heading.)
  const opening = normalizeSpace((nextTextNode(card)?.nodeValue ?? '').slice(0, 2 * MAX_TIME_CHARS))
  if (opening.length > MAX_TIME_CHARS || !ENDS_WITH_TIME.test(opening)) return false
  if (card.querySelector(CARD_TEXT) === null) return false
  for (const a of Array.from(card.getElementsByTagName('a'))) if (linkedTitle(a, card)) return false
  return true
}


/**
 * A link of three words or more that is most of its line (the text around it up to the nearest block boundaries,
 * beside the card's time): a teaser's title, "<h3><a>…</a></h3>" or "<li><time>07.45</time> <a>…</a></li>". A link
 * inside a sentence of the update's text is not one.
 */
function linkedTitle(a: Element, card: Element): boolean {
  const title = normalizeSpace(a.textContent ?? '')
  if (title.split(' ').length < TITLE_WORDS) return false
  let block: Element = a
  while (block !== card && block.parentElement && INLINE_WRAPPER.test(block.tagName.toUpperCase())) block = block.parentElement
  let line = ''
  for (let n = block.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) line += n.nodeValue ?? ''
    else if (n.nodeType === 1 && (!isBlockElement(n as Element) || (n as Element).contains(a))) line += n.textContent ?? ''
  }
  const rest = normalizeSpace(line).replace(title, '').replace(ENDS_WITH_TIME, '').trim()
  return title.length >= 0.6 * (title.length + rest.length)
}
