/**
 * The text-density body finder for pages without a site rule (or whose rule's selectors miss): every prose block
 * votes for its container with its non-link text, the container's parent gets half (Readability's scheme), and the
 * best-scoring container is the body. Then prose statistics decide whether that body reads like an article or like
 * a listing of teasers. Sources: portals-and-promos.md §3 (Readability scoring, "longest paragraphs vote").
 */
import { isRelatedHeading, teaserSection } from '../promos/teaser-section.ts'
import { isUpdateFeed } from './live-updates.ts'
import { scanBlocks, type TextBlock } from './scan-blocks.ts'

export interface ProseStats {
  /** Paragraphs (or <br>-separated runs) with at least 80 characters of non-link text. */
  proseParagraphs: number
  proseWords: number
  totalChars: number
  linkChars: number
  /**
   * Runs of headline-like links (several words and most of their block's text, or "Selengkapnya" buttons) that
   * prose follows: one per teaser on a listing; a link list inside an article counts once, and not at all at its end.
   */
  headlineLinks: number
  /** The first prose paragraph's text (dateline and date cues). */
  firstProse: string
}

const PROMO_BEFORE = /(baca|lihat|simak|tonton|terkait|editor|lainnya)\s*(:|\.\.\.|…)?\s*$/i

export interface FoundBody {
  root: Element
  blocks: TextBlock[]
  /** The body is a live report's feed of timestamped updates (with its introduction), not one card of a listing. */
  liveUpdates: boolean
}

/** Picks the best container under `scope`, or null when the page has no prose at all. */
export function findBody(scope: Element): FoundBody | null {
  const blocks = scanBlocks(scope, true)
  const score = new Map<Element, number>()
  for (const b of blocks) {
    const own = b.chars - b.linkChars
    if (own < 25 || b.linkChars > b.chars * 0.5) continue
    // Longer paragraphs weigh more, and sentences (commas, full stops) more than labels.
    const points = own + (b.text.match(/[.,]/g)?.length ?? 0) * 10
    score.set(b.container, (score.get(b.container) ?? 0) + points)
    const up = b.container.parentElement
    if (up && b.container !== scope) score.set(up, (score.get(up) ?? 0) + points / 2)
  }
  let best: Element | null = null
  let bestScore = 0
  for (const [el, s] of score) {
    if (s > bestScore || (s === bestScore && best && el.contains(best))) {
      best = el
      bestScore = s
    }
  }
  if (!best) return null
  best = aroundTeasers(best, score)
  const feed = aroundUpdates(best, score)
  // The parts may also sit one level further down, each in a wrapper of its own with a title ("Liputan6's
  // "article-content-body__item-page" > "…__item-title" + "…__item-content").
  const root = feed ?? splitBodyParent(best, score) ?? (best.parentElement ? splitBodyParent(best.parentElement, score) : null) ?? best
  return { root, blocks: blocks.filter((b) => root === b.el || root.contains(b.el)), liveUpdates: feed !== null }
}

/**
 * The best container is a live report's feed of updates, one update of it, or lies inside one: the body is the
 * whole feed, and the container around the feed when that holds prose of its own (the report's introduction).
 * Looks at the container and its two nearest ancestors, as the listing test does, and never climbs to <body>.
 */
function aroundUpdates(best: Element, score: ReadonlyMap<Element, number>): Element | null {
  let feed: Element | null = best
  for (let level = 0; feed && level < 3 && feed.tagName.toUpperCase() !== 'BODY'; level++, feed = feed.parentElement) {
    if (!isUpdateFeed(feed)) continue
    const around = feed.parentElement
    return around && around.tagName.toUpperCase() !== 'BODY' && (score.get(around) ?? 0) > 0 ? around : feed
  }
  return null
}

/**
 * A block of teasers inside the body ("Berita Lainnya" + cards with three-sentence excerpts) can outvote the short
 * article it follows: when the best container is such a block, or one card of it, the body is the container around
 * the block, provided that holds prose of its own. A block of teasers with no prose around it stays the pick (a
 * listing, which the prose statistics then reject).
 */
function aroundTeasers(best: Element, score: ReadonlyMap<Element, number>): Element {
  let el: Element | null = best
  for (let level = 0; el && level < 2; level++, el = el.parentElement) {
    const heading = el.firstElementChild
    const around: Element | null = el.parentElement
    // (A heading is a short element: a large first child is not read.)
    if (!heading || !around || heading.childElementCount > 2 || !isRelatedHeading(heading.textContent ?? '')) continue
    if (teaserSection(heading, around) === el) return (score.get(around) ?? 0) > 0 ? around : best
  }
  return best
}

/**
 * A body the CMS split in two around an ad slot or an image ("div.post-content-1", ad, "div.post-content-2"): when
 * a sibling of the best container is a container of the same tag that shares a class with it and holds prose of
 * its own, the article is their parent. Readability merges such siblings too; here they must also look alike, so
 * a related-news box or a comment list beside the body never joins it.
 */
function splitBodyParent(best: Element, score: ReadonlyMap<Element, number>): Element | null {
  const parent = best.parentElement
  if (!parent || parent.tagName.toUpperCase() === 'BODY') return null
  // Class names a CSS-in-JS library generates are shared by every element of one look ("Viewweb__StyledView-sc-…",
  // "fJbZvY", "css-1x2y3z"): they say nothing about two parts of one body.
  const classes = (best.getAttribute('class') ?? '').split(/\s+/).filter((name) => name !== '' && !GENERATED_CLASS.test(name))
  // Without a class, an editor's inline style may mark the parts instead (a rich-text editor writes each pasted part
  // as <div style="text-align: justify;">, and the CMS puts a related box between them).
  const style = classes.length ? '' : (best.getAttribute('style') ?? '').trim()
  if (!classes.length && !style) return null
  const least = Math.max(MIN_PART_SCORE, (score.get(best) ?? 0) * MIN_PART_SHARE)
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === best || sibling.tagName !== best.tagName || (score.get(sibling) ?? 0) < least) continue
    // A sibling with a title of its own is another article (an infinite-scroll page appends the next story as an
    // <article> like the first), not a part of this one.
    if (sibling.getElementsByTagName('h1').length > 0) continue
    if (style) {
      if ((sibling.getAttribute('class') ?? '').trim() === '' && (sibling.getAttribute('style') ?? '').trim() === style) return parent
      continue
    }
    if (classes.some((name) => sibling.classList.contains(name) || Array.from(sibling.classList).some((other) => variantClasses(name, other)))) return parent
  }
  return null
}

/** styled-components ("Viewweb__StyledView-sc-b0snvl-0", "sc-abc123"), emotion ("css-1x2y3z") and bare hashes ("fJbZvY"). */
const GENERATED_CLASS = /(?:^|-)sc-[a-z0-9]+(?:-\d+)?$|^css-[a-z0-9]+$|^(?=[a-zA-Z]{5,8}$)(?=.*[a-z][A-Z])[a-zA-Z]+$/
/** A second part of a body holds prose: a sentence's worth of points at least, and a tenth of the first part's. */
const MIN_PART_SCORE = 100
const MIN_PART_SHARE = 0.1

/** Parts of a pair of variant class names: the same stem and ending around a different middle. */
const VARIANT_AFFIX = 4

/**
 * Two class names for two parts of one body: a common start and a common end around a different middle, as Joomla
 * K2 writes its teaser and the rest ("itemIntroText" / "itemFullText"). "itemLinks" / "itemTags" share only a start.
 */
function variantClasses(a: string, b: string): boolean {
  if (a === b || a.length < 2 * VARIANT_AFFIX + 1 || b.length < 2 * VARIANT_AFFIX + 1) return false
  return a.slice(0, VARIANT_AFFIX) === b.slice(0, VARIANT_AFFIX) && a.slice(-VARIANT_AFFIX) === b.slice(-VARIANT_AFFIX)
}

/**
 * Prose statistics of `root`, from blocks already scanned (or scanned now when not given). `sampled`: the blocks
 * are only the start of the root (scanBlocks' maxChars); links after the last of them are not read either.
 */
export function proseStats(root: Element, blocks: TextBlock[] = scanBlocks(root, false), sampled = false): ProseStats {
  const stats: ProseStats = { proseParagraphs: 0, proseWords: 0, totalChars: 0, linkChars: 0, headlineLinks: 0, firstProse: '' }
  const prose: Element[] = []
  // Teaser blocks in the body ("Berita Lainnya" + cards with excerpts): other stories, so neither their prose nor
  // their titles count. Found from their heading, a short block; the blocks inside them follow it.
  const teasers: Element[] = []
  for (const b of blocks) {
    if (teasers.length && insideAny(teasers, b.el)) continue
    if (b.el !== root && isRelatedHeading(b.text)) {
      const section = teaserSection(b.el, root)
      if (section) {
        teasers.push(section)
        continue
      }
    }
    stats.totalChars += b.chars
    stats.linkChars += b.linkChars
    if (b.longRuns > 0 && b.linkChars < b.chars * 0.5) {
      stats.proseParagraphs += b.longRuns
      stats.proseWords += b.words
      prose.push(b.el)
      if (!stats.firstProse) stats.firstProse = b.text.trim().slice(0, 400)
    }
  }
  // Headline links count once per run of them that prose follows: a listing alternates title and teaser, while an
  // article's related list, document list or link list is one run (and none when it ends the body).
  let next = 0
  let pending = false
  const last = sampled ? blocks[blocks.length - 1]?.el : undefined
  // A block's text length, read once per block: links written straight into a large container (ANTARA's
  // <br>-separated bodies) would otherwise read the whole container's text once per link.
  const blockChars = new Map<Element, number>()
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    if (last && before(last, a)) break
    if (teasers.length && insideAny(teasers, a)) continue
    if (!headlineLink(a, root, blockChars)) continue
    while (next < prose.length && before(prose[next] as Element, a)) {
      if (pending) stats.headlineLinks++
      pending = false
      next++
    }
    pending = true
  }
  if (pending && next < prose.length) stats.headlineLinks++
  return stats
}

/** "Selengkapnya" buttons stand for a teaser's title on listings whose titles are not links. */
const MORE_LINK = /^(baca\s+)?selengkapnya\b|^read\s+more\b|^lanjut(kan)?\s+membaca\b/i

/** A link that is a teaser's title (several words, most of its block) or its "Selengkapnya" button, and no promo. */
function headlineLink(a: Element, root: Element, blockChars: Map<Element, number>): boolean {
  const t = (a.textContent ?? '').trim()
  if (MORE_LINK.test(t)) return !/\(\s*$/.test(a.previousSibling?.textContent ?? '')
  if (t.length < 20 || t.split(/\s+/).length < 3) return false
  const block = blockOf(a, root)
  let bt = blockChars.get(block)
  if (bt === undefined) blockChars.set(block, (bt = (block.textContent ?? '').trim().length))
  if (t.length < bt * 0.6 && !/^H[1-6]$/.test(block.tagName)) return false
  const prev = a.previousSibling?.textContent ?? ''
  return !PROMO_BEFORE.test(prev) && !PROMO_BEFORE.test(a.parentElement?.previousSibling?.textContent ?? '')
}

function insideAny(sections: readonly Element[], el: Element): boolean {
  for (const section of sections) if (section.contains(el)) return true
  return false
}

/** True when `el` ends before `a` starts (not containing it). */
function before(el: Element, a: Element): boolean {
  return (el.compareDocumentPosition(a) & (4 /* FOLLOWING */ | 16 /* CONTAINED_BY */)) === 4
}

function blockOf(el: Element, root: Element): Element {
  let cur: Element = el
  while (cur.parentElement && cur !== root && /^(A|SPAN|B|STRONG|EM|I|SMALL|FONT)$/.test(cur.tagName)) cur = cur.parentElement
  return cur
}
