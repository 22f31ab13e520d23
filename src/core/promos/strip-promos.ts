/**
 * Strips promos from an article body: related-article plugs ("Baca juga", "Berita terkait", detik's
 * table.linksisip, Kompas's inner-link-baca-juga, MMC's "(Baca Juga : …)"), video plugs, in-body ad labels and
 * share boxes. Removes exactly the promo (label + linked title + its brackets), never the prose around it; every
 * stripped promo can be shown again. When something only looks like a promo, or a selector would take real prose
 * with it, nothing is stripped and the reason goes into `unsure`.
 * Order: known containers (site rule + generic), sign-up and poll boxes, image figures captioned "Baca juga",
 * unlabelled teasers of another story closing with "Baca selengkapnya", then label + link around every remaining
 * link, then one walk over the remaining text for label-only blocks (ad labels, "Baca Juga" headings + their link
 * list, table or teaser block, label boxes over a link list, rule text patterns, channel and social plugs).
 */
import { ATTR_UI } from '../contract.ts'
import { classifyUrl } from '../detect/url-shape.ts'
import type { PromoKind, PromoSelector, SiteRule } from '../sites/site-rules.ts'
import { testRegex } from '../sites/site-rules.ts'
import { isBlockElement, isValidSelector, safeSelectorList } from '../text/article-text.ts'
import { normalizeSpace } from '../text/normalize-space.ts'
import { articleKey, pageAddresses } from '../text/page-address.ts'
import { visibleText } from '../text/visible-text.ts'
import { CAPTION_SELECTOR, captionPromo } from './caption-promo.ts'
import { formBox, formBoxKind } from './form-box.ts'
import { matchInlinePromo } from './inline-promo.ts'
import { isRelatedHeading, teaserSection } from './teaser-section.ts'
import { ATTR_PROMO, ATTR_PROMO_SLOT, detachPromo, type StrippedPromo } from './promo-handle.ts'
import {
  AD_LABEL_BLOCK, BARE_PROMO_LABEL, canonicalLabel, PROMO_CONTAINER_CLASS, CHANNEL_HOSTS, CHANNEL_PLUG_BLOCK, CHANNEL_PLUG_WITH_STEPS, GENERIC_PROMO_SELECTORS, HEADING_LABEL_BLOCK, INTERESTING_START, PROGRAM_PLUG_BLOCK, READ_MORE_LINK, SELF_LABELLED_LINK, SHARE_BAR_BLOCK,
  NEWSLETTER_PLUG_BLOCK, SIGN_UP_LINK, SOCIAL_NETWORKS, SOCIAL_PLUG_BLOCK, SPEECH_ATTRIBUTION, UNLINKED_LABEL, VIDEO_LABEL_BLOCK, VIDEO_PLACEHOLDER, VIDEO_PLUG_LINE,
} from './promo-patterns.ts'

export type { StrippedPromo, PromoLink } from './promo-handle.ts'
export { ATTR_PROMO, ATTR_PROMO_SLOT } from './promo-handle.ts'

export interface PromoReport {
  promos: StrippedPromo[]
  /** Things that looked like promos but were left alone, with why. */
  unsure: string[]
}

const SKIP_MARKED = `[${ATTR_PROMO}], [${ATTR_UI}]`

interface Ctx {
  root: Element
  /** Subtrees inside the body that are not article (sliders, captions): never stripped. */
  ignore: string | null
  /** The body's child where the article ends: it and everything after it are never stripped. */
  end: Element | null
  doc: Document
  rule: SiteRule | null
  /** The body's normalised text length, computed on first use (a long body's text is large). */
  rootChars: () => number
  report: PromoReport
  next: number
}

/**
 * @param root - the article body (Detection.root)
 * @param rule - the page's site rule, or null for the generic patterns only
 * @param ignore - selectors of subtrees that are not article text (Detection.ignore); left exactly as they are
 * @param end - the body's child where the article ends (Detection.end); it and what follows are left alone
 */
export function stripPromos(root: Element, rule: SiteRule | null, ignore: readonly string[] = [], end: Element | null = null): PromoReport {
  const report: PromoReport = { promos: [], unsure: [] }
  if (!root || root.nodeType !== 1 || !root.ownerDocument) return report
  const doc = root.ownerDocument
  let rootChars: number | undefined
  const ctx: Ctx = {
    root, doc, rule, report,
    ignore: safeSelectorList(ignore, doc),
    end,
    rootChars: () => (rootChars ??= normalizeSpace(root.textContent ?? '').length),
    // Ids continue after any earlier run's placeholders, so a second run cannot reuse an id.
    next: doc.querySelectorAll(`[${ATTR_PROMO_SLOT}]`).length,
  }
  try {
    stripContainers(ctx)
    stripFormBoxes(ctx)
    stripCaptionPromos(ctx)
    stripTeasers(ctx)
    stripLinked(ctx)
    stripLabelBlocks(ctx)
    stripLinkedBanners(ctx)
    stripAboutBox(ctx)
  } catch (e) {
    report.unsure.push(`stripping stopped early: ${e instanceof Error ? e.message : String(e)}`)
  }
  return report
}

/** Words in a banner image's address, class or description that say what it is (whole words: not "promosi"). */
const BANNER_WORDS = /(?:^|[^a-z])(?:banner|iklan|ads?|advert(?:isement)?|promo|sponsor)(?:[^a-z]|$)/i
/** Image files: a link to one is a photo's full size, not a banner's destination. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i
/** How much wider than high an image is to be banner-shaped (728×120, 970×250; a 3:1 panorama is a photo). */
const BANNER_RATIO = 3.5

// 5. Unlabelled banners: a block that holds only a linked image, with no caption, pointing at a page (not an image
// file, not this page): banner-shaped and named a banner, or either of them and pointing at another host (a
// service's subdomain, a campaign's site). An article's photo linking to its gallery page on the same host stays.
function stripLinkedBanners(ctx: Ctx): void {
  let here: URL | null = null
  try {
    here = new URL(ctx.doc.baseURI)
  } catch {
    // A document without an address: every link is another host's.
  }
  for (const img of Array.from(ctx.root.getElementsByTagName('img'))) {
    const link = img.closest('a[href]')
    if (!link || !ctx.root.contains(link) || skipped(link, ctx) || link.querySelectorAll('img').length !== 1) continue
    if (normalizeSpace(link.textContent ?? '') !== '') continue
    let target: URL
    try {
      target = new URL(link.getAttribute('href') ?? '', ctx.doc.baseURI)
    } catch {
      continue
    }
    if (!/^https?:$/.test(target.protocol) || IMAGE_FILE.test(target.pathname) || (here !== null && target.href.split('#')[0] === here.href.split('#')[0])) continue
    const width = Number(img.getAttribute('width'))
    const height = Number(img.getAttribute('height'))
    const wide = width > 0 && height > 0 && width >= height * BANNER_RATIO
    const named = BANNER_WORDS.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''} ${link.getAttribute('class') ?? ''}`)
    const elsewhere = here === null || target.hostname.toLowerCase() !== here.hostname.toLowerCase()
    if (!((wide && named) || ((wide || named) && elsewhere))) continue
    // The block that holds it must hold nothing else: no text, no caption, no other element.
    let block: Element = link
    while (block.parentElement && block.parentElement !== ctx.root && !isBlockElement(block)) block = block.parentElement
    if (block === ctx.root || !isBlockElement(block) || block.querySelector('figcaption') || normalizeSpace(block.textContent ?? '') !== '') continue
    if (block.querySelectorAll('img, iframe, video').length !== 1) continue
    stripWhole(ctx, outermostWrapper(block, ctx.root), 'Banner', 'ad', 'linked-banner')
  }
}

function newId(ctx: Ctx): string {
  return `kp${ctx.next++}`
}

function skipped(el: Element, ctx: Ctx): boolean {
  return (
    !ctx.root.contains(el) ||
    el.closest(SKIP_MARKED) !== null ||
    (ctx.ignore !== null && el.closest(ctx.ignore) !== null) ||
    (ctx.end !== null && afterEnd(el, ctx.end))
  )
}

/** True for the end marker, its insides and everything after it in document order. */
function afterEnd(el: Element, end: Element): boolean {
  return el === end || (end.compareDocumentPosition(el) & (4 /* FOLLOWING */ | 16 /* CONTAINED_BY */)) !== 0
}

/** Whether `text` matches the rule's regex source (case-insensitive); a source that does not compile matches nothing. */
function textMatches(source: string, text: string): boolean {
  try {
    return new RegExp(source, 'i').test(text)
  } catch {
    return false
  }
}

function stripWhole(ctx: Ctx, el: Element, label: string, kind: PromoKind, source: string): void {
  const text = visibleText(el)
  ctx.report.promos.push(detachPromo(ctx.doc, newId(ctx), [el], (slot) => el.parentNode?.insertBefore(slot, el), { label, kind, source, text }))
}

// 1. Containers named by the site rule and the generic list.
function stripContainers(ctx: Ctx): void {
  const declared: (PromoSelector & { origin: string })[] = [
    ...(ctx.rule?.promos ?? []).map((p) => ({ ...p, origin: `rule:${ctx.rule?.id}` })),
    ...(ctx.rule?.clutter ?? []).map((p) => ({ ...p, origin: `rule:${ctx.rule?.id}` })),
    ...GENERIC_PROMO_SELECTORS.map((p) => ({ ...p, origin: 'generic' })),
  ].filter((s) => s.closest === undefined || isValidSelector(s.closest, ctx.doc))
  // One query for all selectors returns matches in document order, so an outer promo is seen before its insides.
  // A list with one selector the browser rejects is rejected whole: only then is each selector checked alone.
  let specs = declared
  let found: NodeListOf<Element> | null = null
  try {
    found = specs.length ? ctx.root.querySelectorAll(specs.map((s) => s.selector).join(', ')) : null
  } catch {
    specs = declared.filter((s) => isValidSelector(s.selector, ctx.doc))
    found = specs.length ? ctx.root.querySelectorAll(specs.map((s) => s.selector).join(', ')) : null
  }
  if (!found) return
  const all = Array.from(found)
  for (const match of all) {
    if (skipped(match, ctx)) continue
    const spec = specs.find((s) => match.matches(s.selector))
    if (!spec) continue
    const named = spec.closest ? safeClosest(match, spec.closest) : match
    // A box inside a link is a part of a card that is one link (label, thumbnail and title in one <a>): the card is
    // the promo, not the part the selector named.
    const el = named ? cardAround(named, ctx.root) : null
    if (!el || skipped(el, ctx)) continue
    if (el === ctx.root || el.contains(ctx.root)) {
      ctx.report.unsure.push(`${spec.origin} ${spec.selector}: matches the whole body; left in place`)
      continue
    }
    const where = `${spec.origin} ${spec.selector}`
    const text = normalizeSpace(el.textContent ?? '')
    // (A declared box that must say only certain words: detik's page navigation, not its share box.)
    if (spec.text !== undefined && !textMatches(spec.text, visibleText(el))) continue
    // An empty box (a share toolbar or comment thread that scripts fill later) is nothing to strip or list.
    if (text === '' && !el.querySelector('img, iframe, video, a[href]')) continue
    if (text.length > 100 && ctx.rootChars() > 200 && text.length > ctx.rootChars() * 0.5) {
      ctx.report.unsure.push(`${where}: would remove ${Math.round((100 * text.length) / ctx.rootChars())}% of the body; left in place`)
      continue
    }
    // A declared related box of cards with short excerpts ("#jp-relatedposts": title, one-line excerpt, date, "Dalam
    // Berita") holds other stories' teasers, not this article's prose.
    // (Nor is a sign-up form's blurb: "Berlangganan buletin kami untuk menerima …" above an e-mail field.)
    if (hasProse(el) && !(spec.kind === 'related' && onlyShortExcerpts(el)) && !el.querySelector('input[type="email"], input[name*="email"]')) {
      // A paragraph of prose with a promo link inside: the inline pass removes just the label and link.
      if (isBlockElement(el) && el.querySelector('a')) continue
      ctx.report.unsure.push(`${where}: contains article prose; left in place`)
      continue
    }
    // A "Berita Terkait" heading right before the box belongs to it (Lokomedia: p.sidebar-title + table), and so
    // does a video plug line right before a player box ("Lihat juga Video: {title}" over detik's div.aevp >
    // div.sisip_video_ds): label and player are one promo. Read before the box's wrappers that hold nothing else.
    const box = outermostWrapper(el, ctx.root)
    const heading = box.previousElementSibling
    if (heading && !heading.closest(SKIP_MARKED) && !skipped(heading, ctx) && labelsBox(heading, box, spec.kind)) {
      const nodes: Node[] = []
      for (let n: Node | null = heading; n; n = n.nextSibling) {
        nodes.push(n)
        if (n === box) break
      }
      ctx.report.promos.push(
        detachPromo(ctx.doc, newId(ctx), nodes, (slot) => heading.parentNode?.insertBefore(slot, heading), {
          label: spec.label, kind: spec.kind, source: `${where} (with heading)`, text: normalizeSpace(`${heading.textContent ?? ''} ${text}`),
        }),
      )
      continue
    }
    stripWhole(ctx, el, spec.label, spec.kind, where)
  }
}

/**
 * True when `heading`, the block right before a promo box, labels it: a related heading, or for a player a video
 * plug line. (Not when the video's placeholder line follows the player, detik's text form "Simak juga Video: …" /
 * "[Gambas:Video 20detik]": the line then labels the placeholder, and line, player and placeholder stay the three
 * units the site prints.)
 */
function labelsBox(heading: Element, box: Element, kind: PromoKind): boolean {
  const text = normalizeSpace(heading.textContent ?? '')
  if (HEADING_LABEL_BLOCK.test(text)) return true
  if (kind !== 'video' || text.length > 200 || !VIDEO_PLUG_LINE.test(text)) return false
  return !VIDEO_PLACEHOLDER.test(normalizeSpace(box.nextElementSibling?.textContent ?? ''))
}

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector)
  } catch {
    return null
  }
}

/** Longest text of a teaser's excerpt: a line or two; an article's paragraph is longer. */
const MAX_EXCERPT_CHARS = 150

/** Every paragraph in `el` is short once its links are left out (teaser excerpts, dates, category lines). */
function onlyShortExcerpts(el: Element): boolean {
  const paragraphs = el.getElementsByTagName('p')
  if (paragraphs.length === 0) return false
  for (const p of Array.from(paragraphs)) {
    let linkChars = 0
    for (const a of Array.from(p.getElementsByTagName('a'))) linkChars += normalizeSpace(a.textContent ?? '').length
    if (normalizeSpace(p.textContent ?? '').length - linkChars > MAX_EXCERPT_CHARS) return false
  }
  return true
}

/** The link around `el` below the root, when `el` is a part of one (a card written as one <a>), else `el`. */
function cardAround(el: Element, root: Element): Element {
  const link = el.parentElement?.closest('a[href]') ?? null
  return link && link !== root && root.contains(link) ? link : el
}

/**
 * Paragraph text outside links and labels: long enough to be article prose rather than a promo. Text under a link is
 * link text wherever the link is (inside the box, the box itself, or around it): a label and one linked headline are
 * a promo however long the headline.
 */
function hasProse(el: Element): boolean {
  if (el.closest('a[href]') !== null) return false
  let linkChars = 0
  for (const a of Array.from(el.getElementsByTagName('a'))) linkChars += normalizeSpace(a.textContent ?? '').length
  // (Visible text: an ad unit's own loader script is no prose.)
  const text = visibleText(el)
  const label = /^\(?\s*(baca juga|berita terkait|artikel terkait|simak juga video|lihat juga|pilihan editor|read also)\s*:?/i.exec(text)?.[0].length ?? 0
  return text.length - linkChars - label >= 60
}

/** A heading that introduces the outlet or its desk: "Tentang Cek Fakta Liputan6.com", "About …". */
const ABOUT_HEADING = /^(?:tentang|about)\s+\S.{0,70}$/i
/** Longest text of an about box: a heading and a few short paragraphs. */
const MAX_ABOUT_CHARS = 1200

// 5. The outlet's "about this desk" box that closes the body: a heading "Tentang …", a few lines of boilerplate and
// the desk's contacts (an e-mail or WhatsApp link). Only as the last thing in the body, and only with such a contact.
function stripAboutBox(ctx: Ctx): void {
  for (const heading of Array.from(ctx.root.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (skipped(heading, ctx) || !ABOUT_HEADING.test(normalizeSpace(heading.textContent ?? ''))) continue
    // The box: the largest element under the root that starts with the heading and ends the body.
    let box: Element = heading
    for (let up = heading.parentElement; up && up !== ctx.root && up.firstElementChild === box; up = up.parentElement) box = up
    if (box === heading || !endsRoot(box, ctx.root)) continue
    if (normalizeSpace(box.textContent ?? '').length > MAX_ABOUT_CHARS || !hasContactLink(box)) continue
    stripWhole(ctx, box, normalizeSpace(heading.textContent ?? ''), 'share', 'about-box')
    return
  }
}

/** True when nothing but whitespace follows `el` up to the end of `root`. */
function endsRoot(el: Element, root: Element): boolean {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    for (let n = at.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 1 || (n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))) return false
    }
  }
  return true
}

/** A mailto: link or a link to WhatsApp: how a desk asks readers to write in. */
function hasContactLink(el: Element): boolean {
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = (a.getAttribute('href') ?? '').toLowerCase()
    if (href.startsWith('mailto:') || href.includes('wa.me/') || href.includes('whatsapp.com/') || href.includes('api.whatsapp')) return true
  }
  return false
}

// 1b. Newsletter sign-up and poll boxes (a form with their fields, and the few lines around it).
function stripFormBoxes(ctx: Ctx): void {
  const forms = ctx.root.getElementsByTagName('form')
  if (forms.length === 0) return
  for (const form of Array.from(forms)) {
    if (skipped(form, ctx)) continue
    const kind = formBoxKind(form)
    if (!kind) continue
    const box = formBox(form, ctx.root)
    if (skipped(box, ctx)) continue
    // Both are the publisher's channels to the reader, like the channel plugs: kind "share".
    stripWhole(ctx, box, kind === 'newsletter' ? 'Langganan' : 'Jajak pendapat', 'share', `form-box:${kind}`)
  }
}

// 1c. Image figures captioned "Baca juga" + another post's title (the captions themselves are ignored text).
function stripCaptionPromos(ctx: Ctx): void {
  for (const caption of Array.from(ctx.root.querySelectorAll(CAPTION_SELECTOR))) {
    const promo = captionPromo(caption, ctx.root)
    if (!promo || skipped(promo.figure, ctx)) continue
    stripWhole(ctx, promo.figure, canonicalLabel(promo.label), 'related', 'caption-label')
  }
}

/** Longest teaser of another story: a title and a sentence or two. */
const MAX_TEASER_CHARS = 600
/** Longest text of a teaser outside its links (its lead): one or two sentences, never an article's paragraphs. */
const MAX_LEAD_CHARS = 320

// 1d. Unlabelled teasers of another story: a block that closes with a "Baca selengkapnya »" / "Selengkapnya" /
// "Read more" link to another article (not this page, nor a page of it, nor a document or a listing), together with
// that story's linked title or thumbnail and its lead, everything pointing at that one story: the teaser goes whole.
// Without a second link to the story (a title, a thumbnail) the block may be the article's own sentence ending in a
// link, and stays; so does a block whose other link sits inside a sentence ("Sebelumnya, <a>DPRD mengesahkan …</a>
// dalam rapat paripurna …", "Siaran pers ini juga dimuat di <a>laman Kementerian Kesehatan</a>."): a teaser's title is
// a block of its own or opens its block. A "Baca selengkapnya" that expands this article links to this page and stays.
function stripTeasers(ctx: Ctx): void {
  const page = pageAddresses(ctx.doc)
  for (const a of Array.from(ctx.root.querySelectorAll('a[href]'))) {
    if (skipped(a, ctx) || !READ_MORE_LINK.test(normalizeSpace(a.textContent ?? ''))) continue
    const target = otherArticle(a, page, ctx.rule)
    if (target === null) continue
    let block: Element = a
    while (block.parentElement && block.parentElement !== ctx.root && !isBlockElement(block)) block = block.parentElement
    if (!isBlockElement(block) || block === ctx.root || lastLink(block) !== a || !closesWith(block, a) || !onlyLinksTo(block, target)) continue
    // Up to the widest box that holds only this teaser (the card around the lead: thumbnail, title, lead).
    let unit = block
    for (let up = unit.parentElement; up && up !== ctx.root && !skipped(up, ctx) && onlyLinksTo(up, target) &&
      visibleText(up).length <= MAX_TEASER_CHARS; up = up.parentElement) unit = up
    // And a title or thumbnail written as the block before it ("<h3><a>…</a></h3><p>… <a>Baca selengkapnya</a></p>").
    let first = unit
    for (let prev = first.previousElementSibling; prev && !skipped(prev, ctx) && !prev.closest(SKIP_MARKED) && onlyLinksTo(prev, target) &&
      linksOf(prev).length > 0 && normalizeSpace(prev.textContent ?? '') === linkText(prev); prev = prev.previousElementSibling) first = prev
    const nodes: Element[] = []
    for (let n: Element | null = first; n; n = n.nextElementSibling) {
      nodes.push(n)
      if (n === unit) break
    }
    const links = nodes.flatMap(linksOf)
    const text = normalizeSpace(nodes.map((n) => visibleText(n)).join(' '))
    const lead = text.length - nodes.reduce((sum, n) => sum + linkText(n).length, 0)
    if (links.length < 2 || text.length > MAX_TEASER_CHARS || lead > MAX_LEAD_CHARS || (ctx.rootChars() > 200 && text.length > ctx.rootChars() * 0.5) ||
      (first === unit && !opensWithLink(unit, a))) {
      ctx.report.unsure.push(`"${normalizeSpace(a.textContent ?? '')}" link to another article without a teaser's title around it: left in place`)
      continue
    }
    const info = { label: 'Baca selengkapnya', kind: 'related' as PromoKind, source: 'teaser-read-more', text }
    if (first === unit) stripWhole(ctx, unit, info.label, info.kind, info.source)
    else stripRun(ctx, first, unit, info)
  }
}

/**
 * Whether a link other than `readMore` opens `block`: nothing but punctuation or a bullet before it (a teaser's
 * title or thumbnail, "<p><a>Judul</a> Lead … <a>Baca selengkapnya</a></p>"), not a link inside a sentence.
 */
function opensWithLink(block: Element, readMore: Element): boolean {
  const link = linksOf(block)[0]
  if (!link || link === readMore) return false
  const before: string[] = []
  const walk = (el: Element): boolean => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child === link) return true
      if (child.nodeType === 3) before.push(child.nodeValue ?? '')
      // A card's date, category or label before its title ("<span class="date">12 Maret 2026</span> <a>…</a>",
      // "<span>Pemerintahan</span><h3><a>…</a></h3>", "Baca juga:"): no sentence, so no prose before the link.
      else if (child.nodeType === 1 && !(child as Element).contains(link) && isCardLabel(child as Element)) continue
      else if (child.nodeType === 1 && !(child as Element).matches('script, style, template, noscript') && walk(child as Element)) return true
    }
    return false
  }
  walk(block)
  // (A promo's own label before the title, "Baca juga: <a>…</a> lead … <a>Selengkapnya</a>", is no prose either.)
  const lead = before.join('')
  return !/[\p{L}\p{N}]/u.test(lead) || /^\s*(?:baca|lihat|simak)\s+juga\s*[:：]?\s*$/i.test(lead)
}

/** A short label element with no sentence in it: a date, a category, a time, "Baca juga:". */
function isCardLabel(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'TIME') return true
  const text = normalizeSpace(el.textContent ?? '')
  return text.length > 0 && text.length <= 40 && !/[.!?]\s|[.!?]$/.test(text) && el.getElementsByTagName('a').length === 0
}

/** The text of the links in `el` (el itself when it is one), joined. */
function linkText(el: Element): string {
  const anchors = el.tagName.toUpperCase() === 'A' ? [el] : Array.from(el.getElementsByTagName('a'))
  return normalizeSpace(anchors.map((x) => x.textContent ?? '').join(' '))
}

/** Whether the block's visible text ends with link `a` (a closing bracket, arrow or stop after it aside). */
function closesWith(block: Element, a: Element): boolean {
  const strip = (s: string): string => s.replace(/[\s.»›→>)\]]+$/, '')
  const said = strip(normalizeSpace(a.textContent ?? ''))
  return said !== '' && strip(visibleText(block)).endsWith(said)
}

/** The links in `el`, or `el` itself when it is one (a thumbnail written as a bare <a>). */
function linksOf(el: Element): Element[] {
  return el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]'))
}

/** Whether every link in `el` (el itself when it is one) goes to `target` (an article key, see articleKey). */
function onlyLinksTo(el: Element, target: string): boolean {
  return linksOf(el).every((x) => {
    try {
      return articleKey(new URL(x.getAttribute('href') ?? '', x.ownerDocument.baseURI)) === target
    } catch {
      return false
    }
  })
}

/**
 * The key of the article a link goes to, or null when it goes to no other article: not http(s), a document or an
 * image, this page or a page of it ("/{slug}/2/"), or an address that is no article's (a listing, a home page).
 */
function otherArticle(a: Element, page: readonly URL[], rule: SiteRule | null): string | null {
  let url: URL
  try {
    url = new URL(a.getAttribute('href') ?? '', a.ownerDocument.baseURI)
  } catch {
    return null
  }
  if (!/^https?:$/.test(url.protocol) || DOCUMENT_FILE.test(url.pathname) || IMAGE_FILE.test(url.pathname)) return null
  const key = articleKey(url)
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  for (const own of page) {
    const ownKey = articleKey(own)
    // (A page of it only below an article's own path: below a home page lies the whole site.)
    const below = own.pathname.replace(/\/+$/, '') !== '' && key.startsWith(`${ownKey}/`)
    if (key === ownKey || below) return null
  }
  const sameHost = page.some((own) => own.hostname.toLowerCase().replace(/^www\./, '') === host)
  return classifyUrl(url, sameHost ? rule : null).kind === 'article' ? key : null
}

// 2. Label + link, wherever the label sits: own block, start of a prose block, or mid-paragraph after a sentence.
function stripLinked(ctx: Ctx): void {
  for (const a of Array.from(ctx.root.getElementsByTagName('a'))) {
    if (skipped(a, ctx)) continue
    const linkText = normalizeSpace(a.textContent ?? '')
    if (linkText === '') continue
    if (SELF_LABELLED_LINK.test(linkText)) {
      stripSelfLabelled(ctx, a, linkText)
      continue
    }
    const m = matchInlinePromo(a, ctx.root)
    if (!m) continue
    const label = canonicalLabel(m.label)
    const kind: PromoKind = /video|tonton/i.test(m.label) ? 'video' : 'related'
    // Whole block when nothing but brackets and separators would be left in it.
    if (m.wholeBlock && m.block !== ctx.root) {
      stripWhole(ctx, climb(m.block, ctx.root), label, kind, 'inline-label:block')
      continue
    }
    const nodes = m.isolate()
    const first = nodes[0]
    if (!first) continue
    const promoText = normalizeSpace(nodes.map((n) => n.textContent ?? '').join(''))
    ctx.report.promos.push(detachPromo(ctx.doc, newId(ctx), nodes, (slot) => first.parentNode?.insertBefore(slot, first), { label, kind, source: 'inline-label', text: promoText }))
  }
}

/** "(<a>Berita selengkapnya</a>)." → remove the link and its brackets, keep the full stop. */
function stripSelfLabelled(ctx: Ctx, a: Element, linkText: string): void {
  const nodes: Node[] = [a]
  const prev = a.previousSibling
  const next = a.nextSibling
  if (prev?.nodeType === 3 && next?.nodeType === 3 && /\(\s*$/.test(prev.nodeValue ?? '') && /^\s*\)/.test(next.nodeValue ?? '')) {
    const p = prev as Text
    const n = next as Text
    nodes.unshift(p.splitText((p.nodeValue ?? '').lastIndexOf('(')))
    const close = (n.nodeValue ?? '').indexOf(')') + 1
    if (close < (n.nodeValue ?? '').length) n.splitText(close)
    nodes.push(n)
  }
  const first = nodes[0] as Node
  ctx.report.promos.push(
    detachPromo(ctx.doc, newId(ctx), nodes, (slot) => first.parentNode?.insertBefore(slot, first), {
      label: canonicalLabel(linkText), kind: 'related', source: 'self-labelled-link', text: normalizeSpace(nodes.map((x) => x.textContent ?? '').join('')),
    }),
  )
}

/**
 * The outermost ancestor below root that holds nothing but `el` (no other element, no text): the unit a CMS
 * inserted around a box ("div.aevp > div.sisip_video_ds"). Reads child lists only, never a subtree's text.
 */
function outermostWrapper(el: Element, root: Element): Element {
  let cur = el
  for (let up = cur.parentElement; up && up !== root && up.childElementCount === 1 && !ownText(up); up = up.parentElement) cur = up
  return cur
}

function ownText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true
  return false
}

/** The outermost ancestor below root whose text is the block's text (a table or div that only wraps the promo). */
function climb(block: Element, root: Element): Element {
  const text = normalizeSpace(block.textContent ?? '')
  let cur = block
  while (cur.parentElement && cur.parentElement !== root && normalizeSpace(cur.parentElement.textContent ?? '') === text) cur = cur.parentElement
  return cur
}

// 3. Label-only blocks: ad labels, related headings with their link list, rule text patterns; unlinked labels are reported.
function stripLabelBlocks(ctx: Ctx): void {
  const candidates: Text[] = []
  const walker = ctx.doc.createTreeWalker(ctx.root, 4 /* SHOW_TEXT */)
  const ruleText = ctx.rule?.promoText ?? []
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const v = t.nodeValue ?? ''
    if (v.length < 3) continue
    if (INTERESTING_START.test(v) || (ruleText.length && /\S/.test(v)) || UNLINKED_LABEL.test(v)) candidates.push(t as Text)
  }
  const seen = new Set<Element>()
  for (const t of candidates) {
    const parent = t.parentElement
    if (!parent || skipped(parent, ctx)) continue
    let block: Element = parent
    while (block !== ctx.root && !labelBlock(block) && block.parentElement) block = block.parentElement
    // A block of <br>-separated lines (the body itself, or a wrapper holding a short body): a plug on a line of its
    // own is cut out alone, whatever else the block holds; each line is looked at.
    if ((block === ctx.root || block.querySelector(':scope > br') !== null) && stripPlugLine(ctx, t, block)) continue
    if (seen.has(block)) continue
    seen.add(block)
    // (Visible text: an ad unit's own <script> and a lazy image's <noscript> are not part of what it says.)
    const blockText = block === ctx.root || (block.textContent ?? '').length > 1000 ? '' : visibleText(block)
    const startsBlock = blockText !== '' && blockText.startsWith(normalizeSpace(t.nodeValue ?? '').slice(0, 20))
    if (block !== ctx.root && startsBlock) {
      if (AD_LABEL_BLOCK.test(blockText)) {
        // The ad unit: up to the widest container whose whole text is still only ad labels ("ADVERTISEMENT", the
        // banner, "SCROLL TO CONTINUE WITH CONTENT" in one detik unit).
        let unit = climb(block, ctx.root)
        for (let up = unit.parentElement; up && up !== ctx.root && !skipped(up, ctx) && AD_LABEL_BLOCK.test(visibleText(up)); up = up.parentElement) unit = up
        stripWhole(ctx, unit, blockText.toUpperCase() === blockText ? blockText : canonicalLabel(blockText), 'ad', 'ad-label')
        continue
      }
      const textRule = ruleText.find((r) => testRegex(r.pattern, blockText, ''))
      if (textRule) {
        if (blockText.length > 400) ctx.report.unsure.push(`rule text "${textRule.label}" matched a long block (${blockText.length} chars); left in place`)
        else stripWhole(ctx, block, textRule.label, textRule.kind, `rule:${ctx.rule?.id} text`)
        continue
      }
      if (HEADING_LABEL_BLOCK.test(blockText) ||
        (BARE_PROMO_LABEL.test(blockText) && (inPromoContainer(block, ctx.root) || (block.nextElementSibling !== null && promotedLinks(block.nextElementSibling))))) {
        stripHeading(ctx, block, blockText)
        continue
      }
      const label = normalizeSpace(t.nodeValue ?? '')
      if ((isRelatedHeading(label) || (BARE_PROMO_LABEL.test(label) && (inPromoContainer(block, ctx.root) || promotedLinks(block)))) &&
        onlyLinksAfterLabel(block, blockText, label)) {
        stripWhole(ctx, climb(block, ctx.root), labelOf(label), 'related', 'label-box')
        continue
      }
      // "TONTON JUGA:", and "Tonton juga: {title}" when the player of that video comes right after it.
      if (VIDEO_LABEL_BLOCK.test(blockText) ||
        (blockText.length <= 200 && VIDEO_PLUG_LINE.test(blockText) && block.nextElementSibling !== null && embedOnly(block.nextElementSibling))) {
        stripVideoLabel(ctx, block, blockText)
        continue
      }
      if (blockText.length <= 200 && SHARE_BAR_BLOCK.test(blockText) && block.querySelector('a[href], button, amp-social-share')) {
        stripWhole(ctx, block, 'Bagikan', 'share', 'share-bar')
        continue
      }
      const channelPlug = plugOf(blockText, [block], 'channel')
      if (channelPlug) {
        stripWhole(ctx, climb(block, ctx.root), channelPlug.label, 'share', channelPlug.source)
        continue
      }
      // "Simak juga video kegiatan …: <a>{title}</a>": a plug for a video elsewhere, the link closing the line after
      // a "… juga" label, or after a colon when it points at a video site. (A sentence that sends the reader to a
      // video, "Lihat video tutorial pendaftaran di <a>…</a>", is the article's.)
      if (blockText.length <= 200 && VIDEO_PLUG_LINE.test(blockText) && endsWithLink(block, blockText) &&
        (/^\S+\s+juga\b/i.test(blockText) || (linksToHost(block, VIDEO_HOSTS) && colonBeforeLastLink(block)))) {
        stripWhole(ctx, climb(block, ctx.root), canonicalLabel(/^\S+(?:\s+juga)?(?:\s+video)?/i.exec(blockText)?.[0] ?? 'Video'), 'video', 'video-link')
        continue
      }
      if (blockText.length <= 240 && PROGRAM_PLUG_BLOCK.test(blockText) && linksElsewhere(block)) {
        stripWhole(ctx, climb(block, ctx.root), 'Program TV', 'ad', 'program-plug')
        continue
      }
      // "Ikuti media sosial kami …:" over a list of the publisher's accounts: one plug, the label and its list.
      const accounts = block.nextElementSibling
      if (blockText.length <= 160 && SOCIAL_LIST_LABEL.test(blockText) && accounts !== null && /^(UL|OL)$/.test(accounts.tagName.toUpperCase()) &&
        !skipped(accounts, ctx) && onlySocialLinks(accounts)) {
        stripRun(ctx, block, accounts, { label: 'Media sosial', kind: 'share', source: 'social-list', text: blockText })
        continue
      }
      const accountPlug = plugOf(blockText, [block], 'account')
      if (accountPlug) {
        stripWhole(ctx, climb(block, ctx.root), accountPlug.label, 'share', accountPlug.source)
        continue
      }
    }
    const m = UNLINKED_LABEL.exec(t.nodeValue ?? '')
    if (m && !(t.nextSibling && t.nextSibling.nodeType === 1 && (t.nextSibling as Element).closest(SKIP_MARKED))) {
      const at = normalizeSpace((t.nodeValue ?? '').slice(m.index)).slice(0, 80)
      ctx.report.unsure.push(`"${canonicalLabel(m[2] ?? '')}" label without a link: left in place ("${at}…")`)
    }
  }
}

/**
 * A block a label may fill: a block element, or an accordion's <details> or <summary> (a "Berita Terkait" accordion,
 * "<details><summary>Berita Terkait</summary><ul>…</ul></details>", whose summary is the heading of the teaser block
 * the <details> is). Kept here: the article text's own line breaks, which anchoring reads, are left as they are.
 */
function labelBlock(el: Element): boolean {
  return isBlockElement(el) || /^(?:DETAILS|SUMMARY)$/.test(el.tagName.toUpperCase())
}

/** A label block's label: its text without the separator after it ("Baca Juga :" → "Baca juga"). */
function labelOf(blockText: string): string {
  return canonicalLabel(blockText.replace(/\s*[:»›>]+$/, ''))
}

/** The longest plug of one or two sentences, and the longest one with its steps (CHANNEL_PLUG_WITH_STEPS). */
const MAX_PLUG = 240
const MAX_PLUG_WITH_STEPS = 420

/** Which plugs a block may be (channel plugs are checked before the video and programme plugs, accounts after). */
type PlugSet = 'channel' | 'account'

/**
 * The plug a short text is, given the nodes that hold it: a news channel (Google News, WhatsApp, Telegram, a YouTube
 * channel) with any link, or with its steps when it links to the channel's host; the publisher's newsletter with a
 * link that signs up; an account on a social network, with a link to that network. Null when it is none, or longer
 * than MAX_PLUG (MAX_PLUG_WITH_STEPS for a channel plug with its steps).
 */
function plugOf(text: string, nodes: readonly Node[], set: PlugSet): { label: string; source: string } | null {
  if (text.length > MAX_PLUG_WITH_STEPS) return null
  const anchors = anchorsIn(nodes)
  if (anchors.length === 0) return null
  if (set === 'channel') {
    const plug = text.length <= MAX_PLUG ? CHANNEL_PLUG_BLOCK.exec(text) : null
    const withSteps = plug === null ? CHANNEL_PLUG_WITH_STEPS.exec(text) : null
    if (withSteps && hostsOf(anchors).some((host) => hostIn(host, CHANNEL_HOSTS))) {
      return { label: channelLabel(withSteps[2] ?? ''), source: 'channel-plug' }
    }
    if (text.length > MAX_PLUG) return null
    if (plug) {
      return { label: channelLabel(plug[2] ?? ''), source: 'channel-plug' }
    }
    if (NEWSLETTER_PLUG_BLOCK.test(text) && anchors.some((a) => SIGN_UP_LINK.test(`${a.textContent ?? ''} ${a.getAttribute('href') ?? ''}`))) {
      return { label: 'Buletin', source: 'newsletter-plug' }
    }
    return null
  }
  // (An account's linked name or handle counts as one word: "Follow Instagram <a>@diskominfo.garutkab</a> dan YouTube
  // <a>Diskominfo Garut</a> untuk informasi terbaru …" is as short a plug as "… <a>@pemkab</a> …". A sentence that
  // reports speech is a quote, however it opens.)
  if (text.length > MAX_PLUG || SPEECH_ATTRIBUTION.test(text)) return null
  const social = SOCIAL_PLUG_BLOCK.exec(text) ?? SOCIAL_PLUG_BLOCK.exec(accountsAsWords(text, anchors))
  const network = social ? SOCIAL_NETWORKS[(social[1] ?? '').toLowerCase()] : undefined
  if (!network) return null
  return hostsOf(anchors).some((host) => hostIn(host, network.hosts)) ? { label: network.label, source: 'social-plug' } : null
}

/** `text` with each link's text, unless it names a network ("Instagram"), written as one word ("@akun"). */
function accountsAsWords(text: string, anchors: readonly Element[]): string {
  let out = text
  for (const a of anchors) {
    const name = normalizeSpace(a.textContent ?? '')
    if (name === '' || /^(?:instagram|facebook|tiktok|youtube|twitter|threads|x)$/i.test(name)) continue
    out = out.replace(name, '@akun')
  }
  return out
}

/** The label a channel plug gets from the channel it names. */
function channelLabel(named: string): string {
  const channel = named.toLowerCase()
  return channel === 'google news' ? 'Google News' : channel === 'telegram' ? 'Telegram' : channel.endsWith('youtube') ? 'YouTube' : 'WhatsApp'
}

/** The links among `nodes` and inside them. */
function anchorsIn(nodes: readonly Node[]): Element[] {
  const out: Element[] = []
  for (const n of nodes) {
    if (n.nodeType !== 1) continue
    const el = n as Element
    if (el.tagName.toUpperCase() === 'A' && el.hasAttribute('href')) out.push(el)
    else out.push(...Array.from(el.querySelectorAll('a[href]')))
  }
  return out
}

/**
 * In a body of <br>-separated lines: the line that holds text node `t`, when it is a channel, newsletter or account
 * plug, is cut out alone (its nodes between the <br>s; the <br>s stay). True when it was.
 */
function stripPlugLine(ctx: Ctx, t: Text, block: Element): boolean {
  let top: Node = t
  while (top.parentNode && top.parentNode !== block) top = top.parentNode
  if (top.parentNode !== block) return false
  const isBreak = (n: Node): boolean => n.nodeType === 1 && ((n as Element).tagName.toUpperCase() === 'BR' || isBlockElement(n as Element))
  let first: Node = top
  while (first.previousSibling && !isBreak(first.previousSibling)) first = first.previousSibling
  const nodes: Node[] = []
  for (let n: Node | null = first; n && !isBreak(n); n = n.nextSibling) nodes.push(n)
  if (nodes.some((n) => n.nodeType === 1 && skipped(n as Element, ctx))) return false
  const text = normalizeSpace(nodes.map((n) => n.textContent ?? '').join(''))
  if (!text.startsWith(normalizeSpace(t.nodeValue ?? '').slice(0, 20))) return false
  // (A block that is the plug alone goes whole, with the block rules.)
  if (block !== ctx.root && text === normalizeSpace(block.textContent ?? '')) return false
  const plug = plugOf(text, nodes, 'channel') ?? plugOf(text, nodes, 'account')
  if (!plug) return false
  ctx.report.promos.push(detachPromo(ctx.doc, newId(ctx), nodes, (slot) => block.insertBefore(slot, first), { label: plug.label, kind: 'share', source: plug.source, text }))
  return true
}

/** The lower-case hosts the links in `el` point at (links whose address does not parse are left out). */
function linkHosts(el: Element): string[] {
  return hostsOf(Array.from(el.querySelectorAll('a[href]')))
}

/** The lower-case hosts these links point at (links whose address does not parse are left out). */
function hostsOf(anchors: readonly Element[]): string[] {
  const hosts: string[] = []
  for (const a of anchors) {
    try {
      hosts.push(new URL(a.getAttribute('href') ?? '', a.ownerDocument.baseURI).hostname.toLowerCase())
    } catch {
      // An address that does not parse links nowhere.
    }
  }
  return hosts
}

/** The site of a host: its last two labels ("www.inews.id" → "inews.id"). */
const siteOf = (host: string): string => host.split('.').slice(-2).join('.')

/** True when a link in `el` points at another site than the page's. */
function linksElsewhere(el: Element): boolean {
  let own: string
  try {
    own = siteOf(new URL(el.ownerDocument.baseURI).hostname.toLowerCase())
  } catch {
    return false
  }
  return linkHosts(el).some((host) => siteOf(host) !== own)
}

/** True when a link in `el` points at one of `hosts` or a subdomain of one (www.instagram.com for instagram.com). */
/** "Ikuti media sosial kami untuk informasi …:", "Follow our social media accounts:": a label over a list of accounts. */
const SOCIAL_LIST_LABEL = /^(?:ikuti|follow)\b.{0,60}\b(?:media sosial|akun|social media|accounts?)\b[^.!?]{0,80}:\s*$/i

/** Whether every link of a list goes to a social network, and it has one at least. */
function onlySocialLinks(list: Element): boolean {
  const hosts = linkHosts(list)
  return hosts.length > 0 && hosts.every((host) => hostIn(host, SOCIAL_HOSTS))
}

/** Every social network's hosts. */
const SOCIAL_HOSTS: readonly string[] = Object.values(SOCIAL_NETWORKS).flatMap((network) => network.hosts)

/** Sites a "Simak video …" line may send the reader to. */
const VIDEO_HOSTS: readonly string[] = ['youtube.com', 'youtu.be', 'vidio.com', 'tiktok.com']

/** Whether the block's visible text ends with the text of its last link (the link closes the line). */
function endsWithLink(block: Element, blockText: string): boolean {
  const last = lastLink(block)
  const linkText = last ? normalizeSpace(last.textContent ?? '') : ''
  return linkText.length >= 8 && blockText.replace(/[\s.!]+$/, '').endsWith(linkText.replace(/[\s.!]+$/, ''))
}

/**
 * The items of a list of titles: a list's <li>s, a table's rows (Lokomedia's "Berita Terkait" table), or the child
 * blocks of a box (one <p>, <div> or <a> per title); null for anything else. Rows and blocks without text (a spacer,
 * an empty cell) are left out.
 */
function listItems(list: Element): Element[] | null {
  const tag = list.tagName.toUpperCase()
  const children = Array.from(list.children)
  if (tag === 'UL' || tag === 'OL') return children.every((item) => item.tagName.toUpperCase() === 'LI') ? children : null
  const filled = (items: Element[]): Element[] => items.filter((item) => normalizeSpace(item.textContent ?? '') !== '')
  if (tag === 'TABLE') return filled(Array.from(list.querySelectorAll(':scope > tr, :scope > tbody > tr, :scope > thead > tr')))
  if (/^(?:DIV|NAV|SECTION|ASIDE)$/.test(tag) && children.length > 0 && children.every((item) => isBlockElement(item) || item.tagName.toUpperCase() === 'A')) return filled(children)
  return null
}

/**
 * Whether every item of a list (see listItems) is one linked title with at most a short line beside it (a date, a
 * count).
 */
function linkedItemsOnly(list: Element): boolean {
  const items = listItems(list)
  if (!items || items.length === 0) return false
  return items.every((item) => {
    const links = item.getElementsByTagName('a')
    if (links.length !== 1) return false
    const rest = normalizeSpace(item.textContent ?? '').length - normalizeSpace(links[0]?.textContent ?? '').length
    return rest <= 25
  })
}

/** The block's last link, or undefined. */
function lastLink(block: Element): Element | undefined {
  const links = block.querySelectorAll('a[href]')
  return links[links.length - 1]
}

/** Whether the text right before the block's last link ends with a colon ("Simak video …: <a>"). */
function colonBeforeLastLink(block: Element): boolean {
  const before = lastLink(block)?.previousSibling
  return before?.nodeType === 3 && /:\s*$/.test(before.nodeValue ?? '')
}

/** Whether `el` or one of its ancestors below the body root has a promo container's class ("promosi-box"). */
function inPromoContainer(el: Element, root: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (PROMO_CONTAINER_CLASS.test(cur.getAttribute('class') ?? '')) return true
  }
  return false
}

/**
 * Whether the links in `el` (one at least) are what a bare "Promosi" label promotes: an advertiser elsewhere, another
 * article of the site. Not when every one goes to a social-network account (a tourism office's list of its accounts)
 * or to a page of the site's own that is no article (the linked names of officials in a "promosi jabatan" story).
 */
function promotedLinks(el: Element): boolean {
  const anchors = el.tagName.toUpperCase() === 'A' ? [el] : Array.from(el.querySelectorAll('a[href]'))
  if (anchors.length === 0) return false
  let page: URL
  try {
    page = new URL(el.ownerDocument.baseURI)
  } catch {
    return false
  }
  const own = registrableDomain(page.hostname.toLowerCase())
  return !anchors.every((a) => {
    try {
      const url = new URL(a.getAttribute('href') ?? '', page)
      const host = url.hostname.toLowerCase()
      return socialAccount(url) || (registrableDomain(host) === own && classifyUrl(url, null).kind !== 'article')
    } catch {
      return false
    }
  })
}

/** A social network's account page (instagram.com/disparbud.garut, youtube.com/@kanal), not one post or video. */
function socialAccount(url: URL): boolean {
  const host = url.hostname.toLowerCase()
  if (!hostIn(host, Object.values(SOCIAL_NETWORKS).flatMap((n) => n.hosts)) || hostIn(host, ['youtu.be'])) return false
  const segments = url.pathname.split('/').filter((s) => s !== '')
  return segments.length >= 1 && segments.length <= 2 && !/^(?:watch|p|reels?|shorts|tv|videos?|status|posts?|photos?|stories|events|share|sharer(?:\.php)?|permalink\.php)$/i.test(segments[0] as string)
}

/** A host's registrable domain: its last two labels, three under an Indonesian second level ("garutkab.go.id"). */
function registrableDomain(host: string): string {
  const labels = host.split('.')
  return labels.slice(/\.(?:go|co|ac|or|sch|web|my|biz|desa|mil|net|ponpes)\.id$/.test(host) ? -3 : -2).join('.')
}

function linksToHost(el: Element, hosts: readonly string[]): boolean {
  return linkHosts(el).some((host) => hostIn(host, hosts))
}

/** Whether `host` is one of `hosts` or a subdomain of one. */
function hostIn(host: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`))
}

/**
 * A box whose label is written inline at its start and whose rest is only linked titles: "<div><span>Read also:
 * </span><ul><li><a>…</a></li><li><a>…</a></li></ul></div>". Most of the rest is link text and what is not (bullets,
 * dates) is too short to be prose.
 */
function onlyLinksAfterLabel(block: Element, blockText: string, label: string): boolean {
  const links = block.querySelectorAll('a[href]')
  if (links.length === 0) return false
  let linkChars = 0
  for (const a of Array.from(links)) linkChars += normalizeSpace(a.textContent ?? '').length
  const rest = blockText.length - label.length
  return rest > 0 && linkChars >= rest * 0.6 && rest - linkChars < 60
}

/** A block that is one link of three or more words and nothing else (a related title written as its own <p>). */
function headlineOnly(el: Element): boolean {
  const links = el.getElementsByTagName('a')
  if (links.length !== 1) return false
  const title = normalizeSpace(links[0]?.textContent ?? '')
  return title.split(' ').length >= 3 && normalizeSpace(el.textContent ?? '') === title
}

/** An element that is only an embedded player: an iframe or video, or a box holding one and no text. */
function embedOnly(el: Element): boolean {
  const tag = el.tagName.toUpperCase()
  if (tag === 'IFRAME' || tag === 'VIDEO') return true
  return el.querySelector('iframe, video, embed, object') !== null && normalizeSpace(el.textContent ?? '') === ''
}

/**
 * One player and at most its title, under or above it (a short headline-like line, no link): a video's media block.
 * Prose beside a player makes it the article's: several sentences, or one sentence written in lower case
 * ("Petugas juga mendatangi rumah warga …, terutama di desa terpencil."). A headline may end with "?" or "!"
 * ("Kenapa Antrean di Samsat Mengular?", "Awas! Banjir Rob Terjang Pesisir Semarang!").
 */
function playerWithTitle(el: Element): boolean {
  if (el.querySelectorAll('iframe, video').length !== 1 || el.querySelector('a[href]') !== null) return false
  const text = normalizeSpace(el.textContent ?? '')
  return text.length <= MAX_VIDEO_TITLE && !proseLine(text)
}

/**
 * Several sentences (two or more of three words or more: "Awas!" is no sentence, nor is "Dr." or "Prov." an end), or a
 * sentence closed by its mark whose words are mostly lower case.
 */
function proseLine(text: string): boolean {
  let sentences = 0
  let words = 0
  const tokens = text.split(' ')
  tokens.forEach((word, i) => {
    words++
    const next = tokens[i + 1]
    const end = next === undefined || (/[.!?…]["”’)]?$/.test(word) && !/^[A-Z][a-z]{0,3}\.$/.test(word) && /^["“‘(]?[\p{Lu}\d]/u.test(next))
    if (!end) return
    if (words >= 3) sentences++
    words = 0
  })
  if (sentences >= 2) return true
  if (!/[.!?…]["”’]?$/.test(text)) return false
  const rest = tokens.slice(1).filter((w) => /^["“‘(]?\p{L}/u.test(w))
  const lower = rest.filter((w) => /^["“‘(]?\p{Ll}/u.test(w)).length
  return rest.length >= 3 && lower * 2 > rest.length
}

/** The longest title a video's media block may carry under its player. */
const MAX_VIDEO_TITLE = 160

/** A "TONTON JUGA:" label goes together with the embedded player right after it; alone it stays (unsure). */
function stripVideoLabel(ctx: Ctx, labelBlock: Element, blockText: string): void {
  // The label may be the only content of a wrapper whose next sibling holds the player.
  let block = labelBlock
  while (!block.nextElementSibling && block.parentElement && block.parentElement !== ctx.root && !skipped(block.parentElement, ctx) &&
    normalizeSpace(block.parentElement.textContent ?? '') === normalizeSpace(block.textContent ?? '')) block = block.parentElement
  // Or the last block of a section of the article whose next section is the player with its title under it
  // (Liputan6's item pages): the label and that media block go as one promo.
  const section = block.parentElement
  const media = !block.nextElementSibling && section && section !== ctx.root ? section.nextElementSibling : null
  if (media && !skipped(media, ctx) && !media.closest(SKIP_MARKED) && playerWithTitle(media)) {
    ctx.report.promos.push(detachPromo(ctx.doc, newId(ctx), [block, media], (slot) => block.parentNode?.insertBefore(slot, block), {
      label: labelOf(blockText), kind: 'video', source: 'video-label', text: normalizeSpace(`${blockText} ${media.textContent ?? ''}`),
    }))
    return
  }
  const embed = block.nextElementSibling
  if (!embed || embed.closest(SKIP_MARKED) || skipped(embed, ctx) || !embedOnly(embed)) {
    ctx.report.unsure.push(`"${blockText}" video label without a player after it: left in place`)
    return
  }
  // The video's title may follow as a lone link ("Video Pilihan", the player, <a>{title}</a>), and the three may be a
  // box of their own: the box goes whole.
  let last: Element = embed
  const title = embed.nextElementSibling
  if (title && title.tagName.toUpperCase() === 'A' && !skipped(title, ctx)) last = title
  const box = block.parentElement
  // (Only a box that says nothing else: text of its own beside the three is the article's.)
  const boxSaysNothingElse = box !== null && normalizeSpace(box.textContent ?? '') === normalizeSpace(`${block.textContent ?? ''} ${last === embed ? '' : last.textContent ?? ''}`)
  if (box && box !== ctx.root && block === box.firstElementChild && last === box.lastElementChild && boxSaysNothingElse && !skipped(box, ctx)) {
    stripWhole(ctx, box, labelOf(blockText), 'video', 'video-label')
    return
  }
  stripRun(ctx, block, last, { label: labelOf(blockText), kind: 'video', source: 'video-label', text: blockText })
}

/** Strips a label block together with everything after it up to `last` (its link list, its player) as one promo. */
function stripRun(ctx: Ctx, block: Element, last: Element, info: { label: string; kind: PromoKind; source: string; text: string }): void {
  const nodes: Node[] = [block]
  for (let n: Node | null = block.nextSibling; n; n = n.nextSibling) {
    nodes.push(n)
    if (n === last) break
  }
  ctx.report.promos.push(detachPromo(ctx.doc, newId(ctx), nodes, (slot) => block.parentNode?.insertBefore(slot, block), info))
}

/**
 * A bare "Baca Juga" heading goes only together with the link list right after it, or with the block of teasers it
 * opens (title, date and excerpt per card: excerpts of other stories, however long); alone it stays (unsure).
 */
function stripHeading(ctx: Ctx, block: Element, blockText: string): void {
  const section = teaserSection(block, ctx.root)
  if (section && !skipped(section, ctx)) {
    stripWhole(ctx, section, labelOf(blockText), 'related', 'teaser-section')
    return
  }
  const list = block.nextElementSibling
  if (list && !list.closest(SKIP_MARKED)) {
    // A definition list gives each title a <dd> of its own (a date): only the titles (<dt>) count.
    const text = list.tagName.toUpperCase() === 'DL'
      ? normalizeSpace(Array.from(list.getElementsByTagName('dt'), (dt) => dt.textContent ?? '').join(' '))
      : normalizeSpace(list.textContent ?? '')
    let linkChars = 0
    // The "list" may be the one link itself ("<h4>Baca Juga</h4><a>…</a>").
    const links = list.tagName.toUpperCase() === 'A' ? [list] : Array.from(list.getElementsByTagName('a'))
    for (const a of links) linkChars += normalizeSpace(a.textContent ?? '').length
    const tag = list.tagName.toUpperCase()
    // (The titles of a <dl> are checked without their dates; a lone link is no prose.)
    // (Nor is a list whose items are each a linked title and a short date: "<li><a>…</a> (15 Maret 2027)</li>".)
    // (Nor a table of rows, or a box of blocks, that are each a linked title and a short date: Lokomedia's
    // "<table><tr><td><a>…</a> <small>(30 September 2027)</small></td></tr>…</table>", where short titles may leave the
    // dates more than 40% of the text.)
    const items = tag !== 'A' && tag !== 'DL' && linkedItemsOnly(list)
    const prose = tag === 'A' ? false : tag === 'DL' ? text.length - linkChars >= 60 : !items && hasProse(list)
    if (links.length > 0 && text.length > 0 && (items || linkChars >= text.length * 0.6) && !prose && !links.some(linksToDocument)) {
      // The list may be written as one <p><a>title</a></p> per title: take the following siblings of the same tag
      // that hold only one headline-like link each (stop at anything else).
      let last: Element = list
      let all = text
      for (let n = list.nextElementSibling; n && n.tagName === list.tagName && !skipped(n, ctx) && headlineOnly(n); n = n.nextElementSibling) {
        last = n
        all += ` ${normalizeSpace(n.textContent ?? '')}`
      }
      stripRun(ctx, block, last, {
        label: labelOf(blockText), kind: 'related', source: 'heading-label', text: normalizeSpace(`${blockText} ${all}`),
      })
      return
    }
  }
  // "<table><tr><td><strong>ARTIKEL TERKAIT</strong></td></tr><tr><td><a>…</a></td></tr>…</table>": the label is a
  // cell of a table whose other cells are linked titles: the whole table goes.
  const table = block.closest('table')
  if (table && table !== ctx.root && ctx.root.contains(table) && !table.closest(SKIP_MARKED) && !skipped(table, ctx) && linkTableAfterLabel(table, blockText)) {
    stripWhole(ctx, table, labelOf(blockText), 'related', 'heading-table')
    return
  }
  ctx.report.unsure.push(`"${blockText}" heading without a link list after it: left in place`)
}

/**
 * Whether a table holds, besides its label, only linked titles of pages (one or more; no prose of its own, no
 * documents: an announcement's table of PDFs is the article's).
 */
function linkTableAfterLabel(table: Element, label: string): boolean {
  const rest = normalizeSpace(table.textContent ?? '').length - label.length
  let linkChars = 0
  const links = Array.from(table.getElementsByTagName('a'))
  for (const a of links) linkChars += normalizeSpace(a.textContent ?? '').length
  return links.length > 0 && rest > 0 && linkChars >= rest * 0.8 && !links.some(linksToDocument)
}

/** Document files a page may link to (an announcement's results, a regulation): never another story. */
const DOCUMENT_FILE = /\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:[?#]|$)/i

function linksToDocument(a: Element): boolean {
  return DOCUMENT_FILE.test(a.getAttribute('href') ?? '')
}
