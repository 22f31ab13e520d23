/**
 * Decides whether a page is a news article and finds its body. Combines, as named signals:
 * the site rule (URL pattern, page markers, body selectors), the generic URL shape, JSON-LD Article/NewsArticle,
 * og:type and article:published_time, and a text-density body finder with prose statistics (a listing of
 * teasers is not an article; a live report's feed of timestamped updates is one). The body's opening and
 * surroundings tell official notices (letter heading and number) and document pages (a short abstract beside a
 * PDF viewer) apart, and so does the body's own form: a report (tagged quotes, reported speech, the event's day),
 * a speech text (greetings), a regulation's summary (a legal text's sections as headings). Touches only the head,
 * the URL and the body it picked (and, for a short body, its nearest containers); never reads layout.
 * Sources: mmc-kalteng.md ("Pages that are NOT articles"), portals-and-promos.md §2–§3.
 */
import { matchSiteRule, safeQuery, type SiteRule } from '../sites/site-rules.ts'
import { classifyUrl } from './url-shape.ts'
import { readJsonLd, resolveRef, type JsonLdInfo, type JsonLdNode } from './json-ld.ts'
import { findBody, proseStats, type ProseStats } from './find-body.ts'
import { scanBlocks } from './scan-blocks.ts'
import { documentViewerNear, MAX_ABSTRACT_WORDS } from './document-viewer.ts'
import { opensAsNotice } from './official-notice.ts'
import { isPrintView, printFurniture } from './print-view.ts'
import { bodyText, readsAsLinkList, readsAsReference, readsAsReport, readsAsSpeech } from './text-form.ts'

export interface Detection {
  isArticle: boolean
  root: Element | null
  rule: SiteRule | null
  /** Human-readable reasons, e.g. 'url:kalteng-cms-article', 'jsonld:NewsArticle', 'density:body'. */
  signals: string[]
  /** Why not an article, or why unsure. */
  reason?: string
  /** Selectors of in-body subtrees that are not prose (captions, meta lines): skip them when reading the text. */
  ignore: string[]
  score: number
  stats: ProseStats | null
  /** The body candidate when the page was judged not an article (for diagnostics; never processed). */
  candidate?: Element | null
  /** Parsed JSON-LD, reused by extractMetadata so the blocks are parsed once. */
  jsonLd: JsonLdInfo | null
  /** The body's child where the article ends (the rule's `bodyEnd`): it and what follows are not article. */
  end: Element | null
}

/**
 * Generic non-prose subtrees inside article bodies: captions, and posts embedded from social networks (quoted
 * content, with the network's own "Lihat postingan ini di Instagram" text, not the article's prose).
 */
export const GENERIC_IGNORE = [
  'figcaption', '.wp-caption-text', '.carousel-caption', 'script', 'style', 'noscript',
  'blockquote.twitter-tweet', 'blockquote.instagram-media', 'blockquote.tiktok-embed', '.fb-post',
  // Document viewers (Embed Any Document, PDF Embedder): the viewer's own words ("Download [412.50 KB]", "Muat ulang
  // dokumen") are interface, like the player of a video.
  '.ead-preview', '.pdfemb-viewer',
]

/**
 * How much of a rule's body is read to judge its prose (characters, from the start): the rule already names the
 * body, so a sample is enough to tell an article from a listing, and a 60,000-word page is not read whole here.
 */
const RULE_BODY_SAMPLE_CHARS = 20_000

/** Titles and headings of error pages. */
const NOT_FOUND = /^\s*(?:error\s*)?(?:404\b|(?:halaman\s+)?tidak\s+(?:dapat\s+)?ditemukan|(?:page\s+)?not\s+found)/i

/** Score needed to call a page an article (see the weights in detectArticle). */
export const ARTICLE_THRESHOLD = 3

const DATELINE = /^(?:[A-Z][A-Za-z]+(?:[ .,][A-Za-z]+){0,5}\s*[-–—]\s*)?[A-Z][A-Za-z.'()]+(?:[ ,][A-Za-z.'()]+){0,4}\s+[-–—]\s+\S/
const DATE_TEXT = /\b\d{1,2}\s+(jan|feb|peb|mar|apr|mei|jun|jul|agu|ags|agt|sep|okt|nov|nop|des)[a-z]*\.?\s+\d{4}\b|\(\d{1,2}\/\d{1,2}(\/\d{2,4})?\)/i

export function detectArticle(doc: Document, url: URL): Detection {
  const d: Detection = { isArticle: false, root: null, rule: null, signals: [], ignore: [...GENERIC_IGNORE], score: 0, stats: null, jsonLd: null, end: null }
  try {
    return detect(doc, url, d)
  } catch (e) {
    // Never break the page: an unexpected document shape ends as "not an article", with the reason.
    d.isArticle = false
    d.root = null
    d.reason = `detection failed: ${e instanceof Error ? e.message : String(e)}`
    return d
  }
}

function detect(doc: Document, url: URL, d: Detection): Detection {
  const body = doc.body
  if (!body || !doc.documentElement) return notArticle(d, 'no document body (XML or empty document)')
  // Browsers make the <frameset> the body; some parsers (happy-dom) keep a <body> and nest it: check both.
  if (body.tagName.toUpperCase() === 'FRAMESET' || doc.querySelector('frameset')) return notArticle(d, 'frameset document')

  // A "page not found" served on an article-shaped URL (its own words say so in the title or the main heading).
  if (NOT_FOUND.test(doc.title) || NOT_FOUND.test(doc.querySelector('h1')?.textContent ?? '')) return notArticle(d, 'page not found')

  const rule = matchSiteRule(doc, url)
  d.rule = rule
  if (rule) {
    d.signals.push(`rule:${rule.id}`)
    d.ignore.push(...rule.ignore)
  }

  const shape = classifyUrl(url, rule)
  if (shape.signal) d.signals.push(shape.signal)
  if (shape.kind === 'listing' && shape.decisive) return notArticle(d, `listing URL (${shape.signal})`)
  if (shape.kind === 'article') d.score += shape.signal?.startsWith(`url:${rule?.id}`) ? 2 : 1
  // (A soft listing path: a notice's or an agenda's may still carry a report; see text:report below.)
  const pathPenalty = shape.kind === 'listing' ? 3 : 0
  d.score -= pathPenalty

  if (rule) {
    const marker = rule.articleMarkers?.some((s) => safeQuery(doc, s))
    if (marker) { d.score += 2; d.signals.push(`marker:${rule.id}-article`) }
    const anti = rule.notArticleMarkers?.find((s) => safeQuery(doc, s))
    if (anti) { d.score -= 4; d.signals.push(`marker:not-article(${anti})`) }
  }

  const ld = readJsonLd(doc)
  d.jsonLd = ld
  const ldArticle = ld.article ? String(([] as unknown[]).concat(ld.article['@type'])[0]) : null
  // A page that says it is a collection is one, even when it lists its articles' own NewsArticle nodes.
  if (['CollectionPage', 'SearchResultsPage', 'ItemList', 'ProfilePage'].some((t) => ld.types.has(t))) { d.score -= 2; d.signals.push('jsonld:collection') }
  else if (ldArticle) { d.score += 2; d.signals.push(`jsonld:${ldArticle}`) }
  // A page that says it is a job vacancy is a notice (positions, requirements, a deadline), however long its prose.
  // (Only when the vacancy is what the page is about: a job fair's news may list the fair's vacancies beside its
  // NewsArticle node.)
  if (jobPostingPage(ld)) { d.score -= 4; d.signals.push('jsonld:JobPosting') }

  const og = (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '').trim().toLowerCase()
  if (og && !rule?.ogTypeUnreliable) {
    if (og === 'article' || og === 'articel' || og === 'news') { d.score += 1; d.signals.push(`og:${og}`) }
    else if (og === 'website') { d.score -= 1; d.signals.push('og:website') }
  }
  if (doc.querySelector('meta[property="article:published_time"]')) { d.score += 1; d.signals.push('meta:published_time') }

  // The body: the rule's selectors first (checked for prose), else the density finder over the whole page.
  let root: Element | null = null
  let stats: ProseStats | null = null
  for (const sel of rule?.body ?? []) {
    const el = safeQuery(doc, sel)
    if (!el) continue
    const blocks = scanBlocks(el, false, RULE_BODY_SAMPLE_CHARS)
    const s = proseStats(el, blocks, true)
    if (s.proseWords >= 20) {
      root = el
      stats = s
      d.signals.push(`body:rule(${sel})`)
      break
    }
  }
  if (!root) {
    const found = findBody(body)
    if (found) {
      root = found.root
      stats = proseStats(root, found.blocks)
      d.signals.push('density:body')
      if (found.liveUpdates) d.signals.push('density:live-updates')
    }
  }
  d.stats = stats
  if (!root || !stats) return notArticle(d, 'no text body found')
  d.root = root
  d.end = endOf(root, rule?.bodyEnd)
  // A print view: its bar, its header around the title and its print stamp are the template's, not the article's.
  if (isPrintView(doc, url)) {
    const furniture = printFurniture(root)
    d.signals.push('print-view')
    d.ignore.push(...furniture.ignore)
    d.end ??= furniture.end
  }
  // An official notice posted as a page (letter heading and number) is no news report, whatever its markup says.
  if (opensAsNotice(root)) {
    d.signals.push('text:notice-letter')
    return notArticle(d, 'official notice (letter heading and number)', root)
  }
  // A job vacancy's markup around or in the body (WP Job Manager, schema.org microdata), when JSON-LD is absent.
  if (!d.signals.includes('jsonld:JobPosting') && jobPostingMarkup(root)) { d.score -= 4; d.signals.push('markup:job-posting') }
  const text = bodyText(root)
  // The text of a speech (greetings, those present addressed, the closing salam) is a document, not a report.
  if (readsAsSpeech(root, text)) {
    d.signals.push('text:speech')
    return notArticle(d, 'speech text (opening greeting and address)', root)
  }

  const strong = (stats.proseParagraphs >= 3 && stats.proseWords >= 60) || (stats.proseParagraphs >= 2 && stats.proseWords >= 120)
  const weak = stats.proseParagraphs >= 1 && stats.proseWords >= 40
  if (strong) { d.score += 2; d.signals.push(`density:prose(${stats.proseParagraphs}p/${stats.proseWords}w)`) }
  // Teaser listings alternate headline links and prose: at least four such runs, for at least half the prose.
  if (stats.headlineLinks >= 4 && 2 * stats.headlineLinks >= stats.proseParagraphs) { d.score -= 4; d.signals.push(`density:listing(${stats.headlineLinks} headline links)`) }
  // A recap or index whose body is a list of links to other stories, each with its own line.
  const linkList = readsAsLinkList(root, text)
  if (linkList > 0) { d.score -= 6; d.signals.push(`density:link-list(${linkList} items)`) }
  const card = repeatedCard(root)
  if (card) { d.score -= 4; d.signals.push(`density:card(${card})`) }
  // A short abstract beside an embedded PDF viewer: the page of a document (statistics release, regulation).
  if (stats.proseWords < MAX_ABSTRACT_WORDS && documentViewerNear(root)) { d.score -= 3; d.signals.push('document:viewer') }
  const dateline = DATELINE.test(stats.firstProse)
  if (strong || weak) {
    if (dateline) { d.score += 1; d.signals.push('text:dateline') }
    else if (DATE_TEXT.test(stats.firstProse)) { d.score += 1; d.signals.push('text:date') }
    else if (dateAbove(root)) { d.score += 1; d.signals.push('text:date-above') }
    // A report of what happened (a tagged quotation, reported speech, the event's day, not a programme of things to
    // come) is news wherever it is posted: on a notice's or an agenda's path, the path no longer counts against it.
    if (readsAsReport(text, dateline)) {
      d.score += 1
      if (pathPenalty && REPORT_OUTWEIGHS.test(shape.signal ?? '')) { d.score += pathPenalty; d.signals.push(`text:report(over ${shape.signal})`) }
      else d.signals.push('text:report')
    }
  }
  // A standing reference text about a regulation: a legal text's sections as headings and no reporting at all. It
  // outweighs what an article template says of any post (og:type, an Article node, a publication time, a date line).
  const reference = Math.max(...pageTitles(doc).map((title) => readsAsReference(root, title, text, dateline, stats.firstProse)))
  // (Never above the threshold: a template's every signal does not make a reference text a report.)
  if (reference > 0) { d.score = Math.min(d.score - REFERENCE_WEIGHT, ARTICLE_THRESHOLD - 1); d.signals.push(`text:reference(${reference} section headings)`) }

  if (!weak) return notArticle(d, `too little prose (${stats.proseParagraphs} paragraphs, ${stats.proseWords} words)`, root)
  if (d.score < ARTICLE_THRESHOLD) {
    return notArticle(d, d.score >= ARTICLE_THRESHOLD - 1 ? `unsure: score ${d.score} < ${ARTICLE_THRESHOLD}` : `score ${d.score} < ${ARTICLE_THRESHOLD}`, root)
  }
  d.isArticle = true
  return d
}

/** What a reference text's form weighs against a page (more than og:type, JSON-LD, a publication time and a date). */
const REFERENCE_WEIGHT = 6

/** Listing paths a report in the text outweighs: a notice's or an agenda's template may carry a report. */
const REPORT_OUTWEIGHS = /^url:(?:notice|agenda)$/

/** The page's title as its main heading, its og:title and its <title> (a site's name may follow the last two). */
function pageTitles(doc: Document): string[] {
  const titles = [doc.querySelector('h1')?.textContent ?? '', doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '', doc.title]
  return titles.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '')
}

/**
 * The page's own job posting's markup: WP Job Manager's single listing or a schema.org JobPosting item around the
 * body, or WP Job Manager's single-listing box in it. Not a list of vacancies inside the body (a job fair's news
 * embedding "ul.job_listings > li.job_listing"): those are the story's, not the page's.
 */
const JOB_POSTING = '.single_job_listing, .job_listing, .type-job_listing, [itemtype$="schema.org/JobPosting"]'
function jobPostingMarkup(root: Element): boolean {
  try {
    return root.closest(JOB_POSTING) !== null || root.querySelector('.single_job_listing') !== null
  } catch {
    return false
  }
}

/**
 * JSON-LD that makes a job posting the page's main entity: a node's mainEntity is one, or the page has a JobPosting
 * node and no article node (a NewsArticle beside JobPosting nodes is a story that lists vacancies).
 */
function jobPostingPage(ld: JsonLdInfo): boolean {
  if (!ld.types.has('JobPosting')) return false
  const isJob = (node: JsonLdNode | null): boolean => node !== null && ([] as unknown[]).concat(node['@type']).includes('JobPosting')
  if (ld.nodes.some((node) => node['mainEntity'] !== undefined && isJob(resolveRef(ld, node['mainEntity'])))) return true
  return ld.article === null
}

/**
 * A short date line among the few elements right before the body ("Diterbitkan 10 Agustus 2025 oleh Redaksi",
 * "Kamis, 14/8/2025"): the byline a news page prints between its title and its text. Reads at most three
 * preceding siblings of the body (or, when it has none, of its parent), each only when short.
 */
function dateAbove(root: Element): boolean {
  const start = root.previousElementSibling ? root : root.parentElement
  let n = 0
  for (let el = start?.previousElementSibling ?? null; el && n < 3; el = el.previousElementSibling, n++) {
    const text = el.textContent ?? ''
    if (text.length <= 200 && DATE_TEXT.test(text)) return true
  }
  return false
}

/**
 * The body the density finder picked is one card of a listing when it (or one of its two nearest ancestors) has
 * three or more siblings of the same tag and class and of comparable text length (at least 30% of its own): teaser
 * cards repeat, article bodies do not.
 */
function repeatedCard(root: Element): string | null {
  let cur: Element | null = root
  for (let level = 0; cur && level < 3 && cur.tagName.toUpperCase() !== 'BODY'; level++, cur = cur.parentElement) {
    const parent: Element | null = cur.parentElement
    if (!parent) break
    const key = `${cur.tagName}.${cur.getAttribute('class') ?? ''}`
    // Cards are alike in size too; layout rows (breadcrumb, title, body, share) share a class but not a length.
    // (The length is read only when a same-class sibling turns up, so most pages never read it.)
    let minChars = -1
    let same = 0
    for (let c: Element | null = parent.firstElementChild; c && same < 3; c = c.nextElementSibling) {
      if (c === cur || `${c.tagName}.${c.getAttribute('class') ?? ''}` !== key) continue
      if (minChars < 0) minChars = (cur.textContent ?? '').trim().length * 0.3
      if ((c.textContent ?? '').trim().length >= minChars) same++
    }
    if (same >= 3) return `${key} ×${same + 1}+`
  }
  return null
}

/**
 * The first direct child of the body that matches a `bodyEnd` selector and comes after article prose (one cheap
 * match per child). A marker before any prose is not an end: MMC's azenta theme prints the share toolbar first.
 */
function endOf(root: Element, selectors: readonly string[] | undefined): Element | null {
  if (!selectors?.length) return null
  let seenProse = false
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (seenProse && selectors.some((selector) => safeMatches(child, selector))) return child
    seenProse ||= child.tagName.toUpperCase() === 'P' && (child.textContent ?? '').trim().length >= 40
  }
  return null
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector)
  } catch {
    return false
  }
}

function notArticle(d: Detection, reason: string, root: Element | null = null): Detection {
  d.isArticle = false
  d.root = null
  d.end = null
  d.candidate = root
  d.reason = reason
  return d
}
