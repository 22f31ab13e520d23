/**
 * Article metadata for citations: title, publication date (ISO 8601 with the WIB/WITA/WIT offset when known),
 * author, outlet, canonical URL and region. Order of trust: the site rule's selectors (they know the CMS), then
 * JSON-LD, then Open Graph / article meta, then generic markup. Reads only the head and a few elements.
 * Sources: mmc-kalteng.md ("Head tags", "Date, author, views"), portals-and-promos.md §1–§2.
 */
import { type Detection } from '../detect/detect-article.ts'
import { readJsonLd, resolveRef, type JsonLdInfo } from '../detect/json-ld.ts'
import { PRINT_TITLE_PREFIX } from '../detect/print-view.ts'
import { ruleOutlet, safeQuery, type SiteRule } from '../sites/site-rules.ts'
import { normalizeSpace } from '../text/normalize-space.ts'
import { isOwnPage } from '../text/page-address.ts'
import { articleText } from '../text/article-text.ts'
import { nearRoot } from './near-root.ts'
import { normalizeUrl } from './normalize-url.ts'
import { parseIndonesianDate, ZONE_OFFSET, type Zone } from './parse-indonesian-date.ts'
import { NO_REGION, regionFromUrl, regionNamedIn, zoneOfPlace, type Region } from './region.ts'

export interface ArticleMetadata {
  title: string | null
  /** ISO 8601, with +07:00/+08:00/+09:00 when WIB/WITA/WIT is printed or the region implies it. */
  published: string | null
  author: string | null
  outlet: string | null
  canonicalUrl: string
  region: Region
  /** Where each field came from ('rule', 'jsonld', 'og', 'meta', 'markup', 'title', 'text', 'host'). */
  sources: Partial<Record<'title' | 'published' | 'author' | 'outlet' | 'canonicalUrl', string>>
}

const meta = (doc: Document, sel: string) => normalizeSpace(doc.querySelector(sel)?.getAttribute('content') ?? '') || null
const str = (v: unknown): string | null => (typeof v === 'string' && normalizeSpace(v) ? normalizeSpace(v) : null)

/**
 * A village site's time zone (`.desa.id`, whose host names no region): from the regency it names as its home in the
 * site name, header or footer ("…, Kabupaten Sleman, …"). Null when it names none the gazetteer knows.
 */
function villageZone(doc: Document, url: URL): Zone | null {
  if (!url.hostname.toLowerCase().endsWith('.desa.id')) return null
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? ''
  const keywords = doc.querySelector('meta[name="keywords"]')?.getAttribute('content') ?? ''
  const parts = [siteName, keywords.slice(0, 500)]
  // Themes without the semantic elements name them by id or class ("div#header", "div.site-footer").
  for (const el of Array.from(doc.querySelectorAll('header, footer, #header, #footer, .site-header, .site-footer'))) parts.push((el.textContent ?? '').slice(0, 2000))
  return regionNamedIn(parts.join(' | ')).timezone
}

/**
 * A regional government host the gazetteer does not know, its own label shaped like one (`jogjakota.go.id`: the city
 * under the name its people use, not the gazetteer's "Yogyakarta"; its subdomains, rsud.jogjakota.go.id, alike): the
 * region the site names as its own — "Kota X" / "Kabupaten X" in its name (og:site_name, else the title's site
 * suffix) — when of the kind the label says (…kota a city, …kab a regency). NO_REGION otherwise.
 */
function regionNamedBySite(doc: Document, url: URL): Region {
  const host = url.hostname.toLowerCase()
  if (!host.endsWith('.go.id')) return NO_REGION
  const own = host.slice(0, -'.go.id'.length).split('.').pop() ?? ''
  const kind = own.endsWith('kota') ? 'Kota' : own.endsWith('kab') ? 'Kabupaten' : null
  if (!kind) return NO_REGION
  const siteName = meta(doc, 'meta[property="og:site_name"]') ?? ''
  const titleSite = /\s[-|–]\s([^-|–]{3,80})$/.exec(normalizeSpace(doc.title ?? ''))?.[1] ?? ''
  for (const name of [siteName, titleSite]) {
    const region = regionNamedIn(name)
    if (region.regencyType === kind) return region
  }
  return NO_REGION
}

export function extractMetadata(doc: Document, url: URL, detection: Detection): ArticleMetadata {
  const out: ArticleMetadata = { title: null, published: null, author: null, outlet: null, canonicalUrl: normalizeUrl(url), region: NO_REGION, sources: {} }
  try {
    fill(doc, url, detection, out)
  } catch {
    // Metadata is best effort: whatever was found before the failure stays.
  }
  return out
}

function fill(doc: Document, url: URL, detection: Detection, out: ArticleMetadata): void {
  const rule = detection.rule
  const ld: JsonLdInfo = detection.jsonLd ?? readJsonLd(doc)
  const art = ld.article
  out.region = regionFromUrl(url)
  if (out.region === NO_REGION) out.region = regionNamedBySite(doc, url)
  // A central-government site (a .go.id host that names no region: kemlu.go.id, ekon.go.id) is in Jakarta: its
  // times printed without a zone are WIB.
  const zone = out.region.timezone ?? rule?.timezone ?? (centralGovernmentHost(url.hostname) ? 'WIB' : null) ?? villageZone(doc, url)
  // Elements just before the body (title, byline, date line) on pages without a rule or meta tags.
  const near = detection.root ? nearRoot(detection.root) : []
  const offset = zone ? ZONE_OFFSET[zone] : null

  out.outlet = outletOf(doc, url, rule, ld)
  if (out.outlet) out.sources.outlet = rule && ruleOutlet(rule, url) ? 'rule' : 'meta'

  // Title
  const fromRule = ruleTitle(doc, rule?.title, url)
  const h1 = normalizeSpace(doc.querySelector('h1')?.textContent ?? '') || null
  const candidates: [string | null, string][] = [
    [fromRule, 'rule'],
    [str(art?.headline), 'jsonld'],
    [meta(doc, 'meta[property="og:title"]'), 'og'],
    [h1, 'markup'],
    [headingNear(near), 'markup'],
    [documentTitle(doc, out.outlet), 'title'],
  ]
  for (const [t, src] of candidates) {
    if (t) {
      out.title = headlineWithoutSection(stripSiteSuffix(t, out.outlet, doc), h1)
      out.sources.title = src
      break
    }
  }

  // Published date
  // (Date lines near the body: not an "updated" line, not a photo's caption; see dateCandidates.)
  const dateLines = near.filter((el) => el.tagName.toUpperCase() !== 'FIGCAPTION' && !UPDATED_LINE.test(el.textContent ?? '') && !isPhotoCaption(el))
  const markedDates: [string | null, string][] = [
    ...(rule?.date ?? []).map((s): [string | null, string] => [dateValueOf(safeQuery(doc, s)), 'rule']),
    [meta(doc, 'meta[property="article:published_time"]'), 'meta'],
    [str(art?.datePublished), 'jsonld'],
    [meta(doc, 'meta[name="pubdate"]') ?? meta(doc, 'meta[itemprop="datePublished"]') ?? meta(doc, 'meta[name="date"]'), 'meta'],
    // Drupal 7's RDFa: <span property="dc:date dc:created" content="2026-12-16T19:40:00+07:00">Dikirim oleh …</span>.
    [doc.querySelector('[property~="dc:date"][content], [property~="dc:created"][content]')?.getAttribute('content') ?? null, 'meta'],
    // (Not another story's <time> in a related list, a sidebar or the menu.)
    [valueOf(pageTime(doc, detection.root ?? null)), 'markup'],
    // Blogger: <abbr class="published" itemprop="datePublished" title="2025-08-20T09:15:00+07:00">09.15</abbr>.
    [doc.querySelector('[itemprop="datePublished"][title]')?.getAttribute('title') ?? null, 'markup'],
  ]
  const firstDateLine = markedDates.length
  const dateCandidates: [string | null, string][] = [
    ...markedDates,
    // The page's date line near the body; one that says when the page was updated ("Updated: …", "Diperbarui …") or
    // a photo's caption or credit ("Foto: …, 2 Maret 2026") comes after the others (a <figcaption> not at all).
    ...dateLines.map((el): [string | null, string] => [dateValueOf(el), 'near-body']),
    ...near.filter((el) => el.tagName.toUpperCase() !== 'FIGCAPTION' && !dateLines.includes(el)).map((el): [string | null, string] => [dateValueOf(el), 'near-body']),
    [detection.stats?.firstProse ?? null, 'text'],
  ]
  // A date with a time beats a bare date from a later (weaker) candidate; a bare date is kept as the fallback.
  let dateOnly: [string, string] | null = null
  let dateLineFound = false
  let chosenRaw: string | null = null
  for (const [index, [raw, src]] of dateCandidates.entries()) {
    // A date in the first paragraph is the event's ("pada Minggu, 17 Oktober 2027 … pukul 06.00 WIB"), the page's own
    // date line above the body is its publication's: with the line found, the text's time does not beat it. An
    // "updated" line or a photo caption is no such line: the lead's date and time beat them.
    if (src === 'text' && dateLineFound) break
    const parsed = parseIndonesianDate(raw, offset)
    if (!parsed) continue
    if (parsed.hasTime || src === 'rule' || src === 'jsonld' || src === 'meta') {
      out.published = parsed.iso
      out.sources.published = src
      chosenRaw = raw
      break
    }
    dateOnly ??= [parsed.iso, src]
    // (Any bare date from the markup or the page's date line counts; only an "updated" line or a caption does not.)
    dateLineFound ||= index < firstDateLine + dateLines.length
  }
  // A UTC time that the region's zone turned local, while the page gives the same moment with a local offset of its
  // own (a national body's regional office in WITA: <time datetime="…+08:00">): the page's offset, as its readers see it.
  if (offset && chosenRaw !== null && parseIndonesianDate(chosenRaw, null)?.offset === '+00:00' && out.published) {
    out.published = sameMomentLocal(dateCandidates, Date.parse(out.published)) ?? out.published
  }
  if (!out.published && dateOnly) [out.published, out.sources.published] = dateOnly
  // A time in UTC (WordPress writes article:published_time so) is shown in the site's own zone when the page gives
  // the same moment with a local offset elsewhere (JSON-LD, <time>), and the zone is not known from the region or
  // the host (a central-government site is in WIB, above).
  if (out.published?.endsWith('+00:00') && !offset) {
    const local = sameMomentLocal(dateCandidates, Date.parse(out.published))
    if (local) out.published = local
    // Still UTC on an Indonesian site that names no region: shown in the zone of the place the page names as its own
    // (its dateline or its footer's address: a Ternate paper in WIT), else in Jakarta's WIB (a national outlet such as
    // kumparan.com, "…T06:48:00Z"), as its readers see it. A time the page gives with a local offset (+08:00 on a
    // Kalimantan Timur outlet) is kept as it is.
    else if (indonesianSite(doc, url)) {
      out.published = parseIndonesianDate(out.published, ZONE_OFFSET[pageZone(doc, detection) ?? 'WIB'])?.iso ?? out.published
    }
  }
  // A time printed without a zone on an Indonesian site whose region is unknown is read in the zone of the place the
  // page names as its own — the dateline ("GIANYAR, KABARDEWATA.COM – …") or the address in its footer ("Denpasar,
  // Bali") — and else in Jakarta's WIB (a national outlet: "Nov 25, 2026 | 04:32 pm" on jakartaglobe.id), as in the
  // UTC case above; a zone the page gives is kept.
  if (out.published && /T\d{2}:\d{2}:\d{2}$/.test(out.published) && indonesianSite(doc, url)) {
    out.published += ZONE_OFFSET[pageZone(doc, detection) ?? 'WIB']
  }

  // Author
  const authorCandidates: [string | null, string][] = [
    [firstText(doc, rule?.author), 'rule'],
    [personName(ld, art?.author), 'jsonld'],
    [meta(doc, 'meta[name="author"]'), 'meta'],
    // (Drupal 7's RDFa names the node's author in its "Submitted by" line: the first [rel~=sioc:has_creator].)
    [normalizeSpace(doc.querySelector('[rel="author"], .byline .author, .author-name, [rel~="sioc:has_creator"] [property~="foaf:name"]')?.textContent ?? '') || null, 'markup'],
    ...near.map((el): [string | null, string] => [bylineIn(el), 'near-body']),
    // A wire story's credit at the end of the body ("Reporter: X / Editor: Y / Copyright © ANTARA"), labelled only.
    ...(detection.root ? lastBlocks(detection.root) : []).map((el): [string | null, string] => [creditIn(el), 'credit']),
  ]
  const software = softwareNames(doc)
  for (const [a, src] of authorCandidates) {
    const clean = cleanAuthor(a)
    if (clean && clean !== out.outlet && !software.has(softwareKey(clean))) {
      out.author = clean
      out.sources.author = src
      break
    }
  }
  // A team in the head's meta author ("Biro Administrasi Pimpinan …") with a person in the byline by the headline
  // ("Penulis: Frans Lamatokan"): the person wrote it.
  if (out.author && TEAM_AUTHOR.test(out.author) && out.sources.author === 'meta') {
    for (const el of near) {
      const name = cleanAuthor(bylineIn(el))
      if (name && !TEAM_AUTHOR.test(name) && name !== out.outlet) {
        out.author = name
        out.sources.author = 'near-body'
        break
      }
    }
  }
  // A team in the byline ("Humas Lapas Kendari") with a person credited at the end of the body ("Kontributor: NAME"):
  // the person wrote it.
  if (out.author && TEAM_AUTHOR.test(out.author) && out.sources.author !== 'credit' && detection.root) {
    for (const el of lastBlocks(detection.root)) {
      const name = cleanAuthor(creditIn(el))
      if (name && !TEAM_AUTHOR.test(name) && name !== out.outlet) {
        out.author = name
        out.sources.author = 'credit'
        break
      }
    }
  }

  // Canonical URL: a canonical pointing at the home page from an article is a CMS misconfiguration; ignore it.
  const canon = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'meta[property="og:url"]')
  if (canon) {
    try {
      const c = new URL(canon, url)
      if (/^https?:$/.test(c.protocol) && !(c.pathname === '/' && url.pathname !== '/' && !c.search)) {
        out.canonicalUrl = normalizeUrl(c)
        out.sources.canonicalUrl = 'meta'
        return
      }
    } catch {
      /* keep the page URL */
    }
  }
  out.sources.canonicalUrl = 'url'
}

function outletOf(doc: Document, url: URL, rule: SiteRule | null, ld: JsonLdInfo): string | null {
  if (rule) {
    const o = ruleOutlet(rule, url)
    if (o) return o
  }
  // The site's own name for itself (og:site_name, "Tempo.co") before the publisher's organisation in JSON-LD
  // ("Tempo"): a citation names the outlet as the reader sees it.
  if (!rule?.siteNameUnreliable) {
    const site = meta(doc, 'meta[property="og:site_name"]')
    if (site) return site
  }
  const art = ld.article
  const publisher = art ? resolveRef(ld, art.publisher) : null
  const name = str(publisher?.name)
  if (name) return name
  if (!rule?.siteNameUnreliable) {
    const app = meta(doc, 'meta[name="application-name"]')
    if (app) return app
  }
  // "{judul} - {nama_app}": the Kalteng CMS puts the application name after the last " - ".
  const t = normalizeSpace(doc.title ?? '')
  const m = /\s[-|–]\s([^-|–]{3,60})$/.exec(t)
  if (m?.[1]) return m[1].trim()
  return url.hostname.replace(/^www\./, '')
}

/**
 * The software a page is built with, never its author: a CMS's default meta author ("Lokomedia"), the generator it
 * names (<meta name="generator" content="WordPress 6.5">) or the footer's "Powered by X CMS". Keys by softwareKey.
 * A footer's "Powered by X" names software only when X is known software, ends in "CMS" or is the generator's name:
 * an office runs the site too ("Powered by Diskominfo", "Powered by Humas Setda") and may well be the author.
 * ("Didukung oleh" names a sponsor, not software.)
 */
function softwareNames(doc: Document): Set<string> {
  const names = new Set(KNOWN_SOFTWARE)
  const generator = /^[^\d(;,|–-]+/.exec(meta(doc, 'meta[name="generator"]') ?? '')?.[0]
  if (generator) names.add(softwareKey(generator))
  const footer = doc.querySelector('footer, #footer, .footer, #copyright, .copyright')
  const powered = /\b(?:powered\s+by|dibuat\s+dengan|built\s+with)\s+([\p{L}\d.!]+(?:\s+(?:CMS|\p{Lu}[\p{L}\d.!]*))?)/iu.exec(normalizeSpace(footer?.textContent ?? '').slice(0, 2000))
  if (powered?.[1] && /\sCMS$/i.test(powered[1])) names.add(softwareKey(powered[1]))
  return names
}

/** A software name as compared: lower case, without a trailing "!" or " CMS" ("Joomla!" → "joomla"). */
function softwareKey(name: string): string {
  return normalizeSpace(name).toLowerCase().replace(/!$/, '').replace(/\s+cms$/, '').trim()
}

/** Content systems and site builders of Indonesian government sites, as their default author meta writes them. */
const KNOWN_SOFTWARE: readonly string[] = ['lokomedia', 'wordpress', 'joomla', 'drupal', 'blogger', 'codeigniter', 'laravel', 'elementor',
  'ghost', 'wix', 'webflow', 'squarespace', 'jekyll', 'typo3', 'opensid', 'sideka', 'concrete5', 'silverstripe']

/** The site's names, lower-case: the outlet as read, and the page's og:site_name (either may be empty). */
function siteNames(doc: Document, outlet: string | null): [site: string, og: string] {
  return [(outlet ?? '').toLowerCase(), (doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '').toLowerCase()]
}

function stripSiteSuffix(title: string, outlet: string | null, doc: Document): string {
  const t = title.replace(/\s+[-|–]\s+[^-|–]+$/, (suffix) => {
    const s = suffix.replace(/^\s+[-|–]\s+/, '').trim().toLowerCase()
    const [site, og] = siteNames(doc, outlet)
    return s && (s === site || s === og || site.includes(s) || s.includes(site)) ? '' : suffix
  })
  return t.trim()
}

/**
 * The page's <h1> when the title read from the head is that headline plus a section's name after a separator
 * ("{headline} - Siaran Pers", once the site's name is gone): a section is a few words, a headline's own tail after a
 * dash is not dropped unless the <h1> ends there.
 */
function headlineWithoutSection(title: string, h1: string | null): string {
  if (!h1 || h1.length < 10 || h1.length >= title.length || !title.startsWith(h1)) return title
  const rest = title.slice(h1.length)
  return /^\s+[-|–—»:]\s+\S/.test(rest) && rest.trim().split(/\s+/).length <= 4 ? h1 : title
}

/**
 * The document's <title>, as the article's title. Breadcrumb-style titles ("Site » Post title » Print", WordPress
 * themes and print views; "Pemerintah Kabupaten … :: Post title", old PHP portals) keep their longest part that is
 * neither the site's name nor a print marker; a print view's prefix ("Cetak Berita: …") is dropped.
 */
function documentTitle(doc: Document, outlet: string | null): string | null {
  // (A print view's own prefix goes too: "Cetak Berita: {title}", "Print: {title}".)
  const t = normalizeSpace(doc.title ?? '').replace(PRINT_TITLE_PREFIX, '')
  if (!t) return null
  if (!/\s(?:[»›]|::)\s/.test(t)) return t
  const [site, og] = siteNames(doc, outlet)
  const parts = t
    .split(/\s+(?:[»›]|::)\s+/)
    .filter((part) => {
      const p = part.toLowerCase()
      return p !== '' && p !== site && p !== og && !/^(print|cetak|versi cetak|print version|printer friendly)$/.test(p)
    })
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '') || t
}

function headingNear(near: Element[]): string | null {
  for (const el of near) {
    if (/^H[1-3]$/.test(el.tagName.toUpperCase()) || /title|judul/i.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) {
      const t = normalizeSpace(el.textContent ?? '')
      if (t.length >= 10 && t.length <= 250) return t
    }
  }
  return null
}

/** A site in Indonesia by its address (.id) or its declared language (html lang="id", og:locale id_ID). */
function indonesianSite(doc: Document, url: URL): boolean {
  if (url.hostname.toLowerCase().endsWith('.id')) return true
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase()
  const locale = (doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? '').toLowerCase()
  return lang === 'id' || lang.startsWith('id-') || locale.startsWith('id') || locale.endsWith('_id') || outletNamesIndonesia(doc)
}

/**
 * Words in an outlet's name that place it in Indonesia: the country, and the islands and cities its English-language
 * outlets are named after (not every regency of the gazetteer: Bone, Batu, Karo are English words or names too).
 */
const INDONESIA_WORDS: ReadonlySet<string> = new Set([
  'jakarta', 'indonesia', 'indonesian', 'nusantara', 'bali', 'java', 'jawa', 'sumatra', 'sumatera', 'sulawesi', 'papua',
  'aceh', 'lombok', 'batam', 'bandung', 'surabaya', 'medan', 'makassar', 'yogyakarta', 'jogja', 'semarang', 'palembang',
  'manado', 'ambon', 'kupang', 'pontianak', 'banjarmasin', 'balikpapan', 'samarinda', 'jayapura', 'kalimantan',
])

/** An English-language outlet on a .com host whose name places it in Indonesia ("The Jakarta Post", "Bali Times"). */
function outletNamesIndonesia(doc: Document): boolean {
  const name = (doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '').toLowerCase()
  return name.split(/[^a-z]+/).some((word) => INDONESIA_WORDS.has(word))
}

/**
 * A .go.id host of a central body: no region in the gazetteer and no regional name shape (…kab, …kota, …prov) in the
 * label before .go.id.
 */
function centralGovernmentHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  if (!host.endsWith('.go.id')) return false
  const labels = host.slice(0, -'.go.id'.length).split('.')
  const own = labels[labels.length - 1] ?? ''
  return !/(kab|kota|prov)$/.test(own)
}

/**
 * A byline label at the start of a piece of text, or after a separator: "Oleh:", "Penulis", "Reporter", and the
 * passive "di… oleh" any CMS writes ("Diposting oleh:", "Ditulis oleh", "Diunggah oleh"); on English pages "By",
 * "Writer:", "Author:", "Posted by".
 */
const BYLINE_LABEL = /(?:^|[|•·]\s*)(?:(?:di[a-z]+\s+)?oleh|penulis|reporter|pewarta|(?:posted|written|reported)\s+by|(?:writer|author)\b)\s*:?\s*(.*)$/i
/** "By Reinhard Simanjuntak", "By" alone before a linked name: capitalised words only, no comma ("By evening, …" is no byline). */
const BY_LINE = /^By(?:\s*:)?(?:\s+([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,4}))?\s*$|^By\s+([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,4})\s*(?=[/|•·]|$)/u
/**
 * Where a byline's name ends: a separator, another credit, a weekday, a month before a day, or a digit (the date line
 * after it): "Writer: X; Editor: Y", "By X / Nov 25, 2026".
 */
const BYLINE_END =
  /\s*(?:[|•·;/]|\s[-–—]\s|\b(?:redaktur|editor|fotografer|foto|sumber|photo)\s*:|\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d).*$/i
/** An icon that labels the text after it as the author ("<i class="fa fa-user"></i> Admin Diskominfo"). */
const AUTHOR_ICON = /(?:^|[\s_-])(?:user|person|author|pencil)(?:$|[\s_-])/i

/**
 * The author named in a byline element (only explicit labels or an author icon; never a guess from any text):
 * "Oleh: Yulia Sari | Selasa, …", "<span>Penulis: Dwi</span><span>Redaktur: …</span>", "Penulis: <a>Sarah</a>",
 * "Penulis: Risnawati • 20 Agustus 2025". The element's text is read piece by piece (each text node), so names
 * written in adjacent elements without a space between them stay apart.
 */
function bylineIn(el: Element): string | null {
  const pieces: string[] = []
  const iconBefore: boolean[] = []
  let icon = false
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* elements and text */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).tagName.toUpperCase() === 'I' && AUTHOR_ICON.test((node as Element).getAttribute('class') ?? '')) icon = true
      continue
    }
    const text = normalizeSpace(node.nodeValue ?? '')
    if (!text) continue
    pieces.push(text)
    iconBefore.push(icon)
    icon = false
  }
  for (let i = 0; i < pieces.length; i++) {
    const labelled = BYLINE_LABEL.exec(pieces[i] as string)
    const by = labelled ? null : BY_LINE.exec(pieces[i] as string)
    let name = labelled ? (labelled[1] ?? '').trim() : by ? (by[1] ?? by[2] ?? '').trim() : iconBefore[i] ? (pieces[i] as string) : null
    if (name === null) continue
    if (name === '' || name === ':') name = pieces[i + 1] ?? ''
    name = name.replace(BYLINE_END, '').trim()
    if (name.length >= 3 && name.length <= 80) return name
  }
  return null
}

/** A line that gives the time a page was updated, not published. */
/** A photo's caption or credit: <p class="caption">, <div class="wp-caption-text">, "Foto: …", "Dok. …". */
const CAPTION_CLASS = /caption|ket(?:erangan)?[-_]?(?:foto|gambar)|photo[-_]?credit|foto[-_]?(?:ket|credit|caption)/i
/** "Foto: …", "FOTO – …", "Keterangan foto: …", "Dok. …", or a credit closing the line ("…, Senin (2/3/2026). (Foto: Humas)"). */
const CAPTION_TEXT = /^\s*(?:(?:keterangan\s+)?(?:foto|photo|gambar)|dok(?:umentasi)?\.?|ilustrasi)\s*[:.–—-]|\((?:foto|dok(?:umentasi)?\.?|sumber foto)\s*[:.]?[^)]{0,60}\)\s*$/i
function isPhotoCaption(el: Element): boolean {
  if (CAPTION_CLASS.test(el.getAttribute('class') ?? '') || CAPTION_TEXT.test(el.textContent ?? '')) return true
  // A short line right under a picture that describes it ("<img …><small>Bupati meninjau …, Senin (2/3/2026).</small>"),
  // not the page's date line or byline under its featured image ("<div class="meta">Senin, 9 Maret 2026</div>").
  const before = el.previousElementSibling
  const text = (el.textContent ?? '').trim()
  return before !== null && (before.tagName.toUpperCase() === 'IMG' || (before.children.length === 1 && before.firstElementChild?.tagName.toUpperCase() === 'IMG' && !(before.textContent ?? '').trim())) &&
    text.length <= 300 && !DATE_LINE_CLASS.test(el.getAttribute('class') ?? '') && DESCRIBES.test(text)
}

/**
 * The page's own <time datetime>: the first one that is not another story's — in an <aside> or <nav>, in a related or
 * widget box that does not hold the article, or in a list item that links another page.
 */
function pageTime(doc: Document, root: Element | null): Element | null {
  for (const el of Array.from(doc.querySelectorAll('time[datetime]'))) {
    // Inside the article: the page's own, unless in a related box there.
    if (root?.contains(el)) {
      if (el.closest('[class*="related"], [class*="terkait"]') && !el.closest('[class*="related"], [class*="terkait"]')?.contains(root)) continue
      return el
    }
    // (The article's own header, "<article><aside class="entry-meta"><time>", is the page's.)
    if (root && el.closest('article')?.contains(root) && !el.closest('[class*="related"], [class*="terkait"], [class*="comment"]')) return el
    if (el.closest('aside, nav') && !(root && el.closest('aside, nav')?.contains(root))) continue
    // Outside it: a box that links other stories and does not hold the article is another story's ("sidebar",
    // "widget", "post-item"); a wrapper that holds the article is the page's ("right-sidebar", "elementor-widget").
    const box = el.closest('[class*="related"], [class*="terkait"], [class*="widget"], [class*="sidebar"], [class*="post-item"]')
    if (box && !(root && box.contains(root)) && linksElsewhere(doc, box)) continue
    const link = el.closest('li')?.querySelector('a[href]')?.getAttribute('href')
    if (link && !isOwnPage(doc, link) && /\/[^/]*-[^/]*-[^/]*\/?$|\/\d{3,}/.test(link)) continue
    return el
  }
  return null
}

/** Whether an element holds a link to another page. */
function linksElsewhere(doc: Document, el: Element): boolean {
  for (const a of Array.from(el.querySelectorAll('a[href]'))) if (!isOwnPage(doc, a.getAttribute('href') ?? '')) return true
  return false
}

/** Classes of a page's date line or byline. */
const DATE_LINE_CLASS = /meta|date|time|tanggal|posted|byline|author|info/i
/** A caption describes: at least four words, one of them a lower-case word ("meninjau", "di"). */
const DESCRIBES = /^(?=(?:\S+\s+){3}\S)(?=.*\s\p{Ll}{2,})/u
const UPDATED_LINE = /^\s*(?:last\s+|terakhir\s+)?(?:updated|update|diupdate|di-update|diperbarui|diperbaharui|pembaruan(?:\s+terakhir)?)\b/i

/** The first candidate that gives the moment `instant` with a local offset (not UTC), as the page writes it, or null. */
function sameMomentLocal(candidates: readonly [string | null, string][], instant: number): string | null {
  for (const [raw] of candidates) {
    const parsed = parseIndonesianDate(raw, null)
    if (parsed?.hasTime && parsed.offset && parsed.offset !== '+00:00' && Date.parse(parsed.iso) === instant) return parsed.iso
  }
  return null
}

/** A dateline's place at the start of the first paragraph: "GIANYAR, KABARDEWATA.COM –", "KUPANG – …", "Kupang, …". */
const DATELINE_PLACE = /^\s*([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?)\s*(?:,|[-–—]\s)/

/**
 * The zone of the place a page without a known region names as its home: its dateline, else the first place the
 * gazetteer knows in its footer's address. Null when neither names one.
 */
function pageZone(doc: Document, detection: Detection): Zone | null {
  const dateline = DATELINE_PLACE.exec(detection.stats?.firstProse ?? '')
  // (A regency's seat may add a word to its name: "SUMBAWA BESAR –" lies in Sumbawa.)
  const place = (dateline?.[1] ?? '').toLowerCase()
  const fromDateline = dateline ? (zoneOfPlace(place) ?? zoneOfPlace(place.split(/[ -]/)[0] ?? '')) : null
  if (fromDateline) return fromDateline
  const footer = (doc.querySelector('footer')?.textContent ?? '').slice(0, 2000)
  for (const word of footer.split(/[^A-Za-z]+/)) {
    const zone = word.length > 3 && word.charCodeAt(0) <= 90 ? zoneOfPlace(word.toLowerCase()) : null
    if (zone) return zone
  }
  return null
}

/** A wire story's labelled credit line ("Reporter: X", "Pewarta: X", "Penulis: X", "Writer: X"), or null. */
const CREDIT_LINE = /^(?:reporter|pewarta|penulis|writer|kontributor)\s*:\s*(.+)$/i
/** A byline naming a team or an office, not a person ("Humas Polres Gowa", "Tim Humas Dinkes", "Diskominfo Kotim"). */
// (And a site's operator or administrator account: "Operator Distrik", "Operator Desa", "Administrator".)
const TEAM_AUTHOR = /^(?:tim\b|bag\.|(?:humas|prokopim|prokompim|protokol|diskominfo[a-z]*|kominfo|admin|administrator|operator|webmaster|redaksi|bagian|subbag|biro|mc|media center|sekretariat|setda|dinas|pemkab|pemkot|pemprov)\b)/i

/** A credit's label alone in its text piece ("<strong>Penulis:</strong> NAME"): the name is in the next piece. */
const CREDIT_LABEL = /^(?:reporter|pewarta|penulis|writer|kontributor)\s*:$/i

/** The name in a credit block's labelled line (each text piece read apart, a bold label with the piece after it), or null. */
function creditIn(el: Element): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* text */)
  let label = ''
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = normalizeSpace(node.nodeValue ?? '')
    if (!text) continue
    const credit = CREDIT_LINE.exec(label ? `${label} ${text}` : text)
    const name = credit ? (credit[1] ?? '').replace(BYLINE_END, '').trim() : ''
    if (name.length >= 3 && name.length <= 80) return name
    label = CREDIT_LABEL.test(text) ? text : ''
  }
  return null
}

/** The body's last element children (up to three, last first): where a credit block closes a wire story. */
function lastBlocks(root: Element): Element[] {
  const out: Element[] = []
  for (let el = root.lastElementChild; el && out.length < 3; el = el.previousElementSibling) out.push(el)
  return out
}

/**
 * The first rule title match that is the page's own: not a teaser's title linking to another page (tagDiv's
 * ".entry-title.td-module-title" on related posts shares the class a rule looks for). A title linking to the page
 * itself stays (themes link the headline to the post).
 */
function ruleTitle(doc: Document, selectors: readonly string[] | undefined, url: URL): string | null {
  const here = pageKey(url.href)
  for (const s of selectors ?? []) {
    const el = safeQuery(doc, s)
    if (!el) continue
    const link = el.tagName.toUpperCase() === 'A' ? el : el.querySelector('a[href]')
    const href = link?.getAttribute('href')
    if (href) {
      let target: string
      try {
        target = pageKey(new URL(href, url).href)
      } catch {
        target = here
      }
      if (target !== here) continue
    }
    const v = valueOf(el)
    if (v) return v
  }
  return null
}

/** A URL without its fragment, query and trailing slash: two links to one page compare equal. */
function pageKey(href: string): string {
  return href.replace(/[#?].*$/, '').replace(/\/$/, '').replace(/^https?:\/\/(www\.)?/, '')
}

function firstText(doc: Document, selectors: readonly string[] | undefined): string | null {
  for (const s of selectors ?? []) {
    const v = valueOf(safeQuery(doc, s))
    if (v) return v
  }
  return null
}

/** An element's value: datetime/content attributes first (machine-readable), else its text. */
function valueOf(el: Element | null): string | null {
  if (!el) return null
  const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? articleText(el)
  return normalizeSpace(v) || null
}

/**
 * valueOf for a date line, with a space at every element boundary: a meta line built of spans written without spaces
 * between them ("<span>Kamis, 26 Nov 2026 | 13:20</span><span>742 kali dibaca</span>") must not glue the time to the
 * next figure ("13:20742").
 */
function dateValueOf(el: Element | null): string | null {
  if (!el) return null
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content')
  if (attr !== null) return normalizeSpace(attr) || null
  if (el.firstElementChild === null) return valueOf(el)
  let out = ''
  let boundary = false
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? ''
        if (text === '') continue
        // A space only where an element boundary would glue two words or figures ("13:20" + "742"); "26" "/" "11"
        // written in separate spans stays "26/11".
        if (boundary && out !== '' && isAlnum(out.charCodeAt(out.length - 1)) && isAlnum(text.charCodeAt(0))) out += ' '
        out += text
        boundary = false
      } else if (child.nodeType === 1 && !DATE_SKIP.has((child as Element).tagName.toUpperCase())) {
        boundary = true
        visit(child)
        boundary = true
      }
    }
  }
  visit(el)
  return normalizeSpace(out) || null
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127
}

/** Elements whose text is no part of a date line. */
// (A photo's caption dates the photo — "Warga … mengangkat sampah, Minggu (17/10/2027)." — not the page.)
const DATE_SKIP: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'FIGCAPTION'])

function personName(ld: JsonLdInfo, value: unknown): string | null {
  if (typeof value === 'string') return str(value)
  const node = resolveRef(ld, value)
  return str(node?.name)
}

/** "Editor: Budi Santoso" → "Budi Santoso"; "Oleh Ani | Kompas.com" stays a name; "admin" is not an author. */
export function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null
  let a = normalizeSpace(raw)
  // ANTARA-style credit blocks: "Pewarta: X Editor: Y Copyright © ANTARA 2025" → the reporter, else the editor.
  const credit =
    /(?:pewarta|penulis|reporter|writer)\s*:\s*(.+?)(?=\s*;|\s+(?:editor|copyright|©|fotografer|pewarta|penulis)\b|$)/i.exec(a) ??
    /editor\s*:\s*(.+?)(?=\s+(?:copyright|©|fotografer)\b|$)/i.exec(a)
  if (credit?.[1]) a = credit[1]
  // (Also the passive "Diposting oleh:", "Ditulis oleh", "Diunggah oleh" and the English "Posted by".)
  a = a.replace(/^(oleh|by|penulis|pewarta|reporter|writer|author|editor|kontributor|di[a-z]+\s+oleh|(?:posted|written|reported)\s+by)\s*:?\s*/i, '')
  // A person's role after the name: "Rahmat Hasan (Kaur Perencanaan)", "Euis Komariah, Kader Posyandu Mawar 3".
  a = a.replace(/\s*\([^)]*\)\s*$/, '')
  const byComma = /^((?:[A-Z][\p{L}'.-]*\s+){1,3}[A-Z][\p{L}'.-]*),\s+\S/u.exec(a)
  if (byComma && !/^kontributor\s/i.test(raw.trim())) a = byComma[1] as string
  // Kompas: "Kontributor Banyuwangi, Ahmad Fauzi" — the place the contributor writes from is not the name.
  if (/^kontributor\s/i.test(raw.trim())) a = a.replace(/^[^,]{2,40},\s*/, '')
  // The desk after the name: "- detikNews", and any other detik channel or regional desk ("- detikBali", "- detikJatim").
  a = a.replace(/\s*[-|]\s*(detik[a-z]+|kompas\.com|antara)$/i, '')
  // Likewise the post's category after a spaced dash ("Nurul Fadhilah - Infrastruktur" on Lokomedia): a name has no
  // spaced dash inside ("Rumondor-Lengkong" has none). After a team or an account ("Admin - Budi Santoso", "Humas
  // Setda – Rina Marlina") the person is the part after the dash.
  const dashed = /^(.*?\S)\s+[-–—]\s+(\S.*)$/u.exec(a)
  if (dashed) a = TEAM_AUTHOR.test(dashed[1] as string) ? (dashed[2] as string) : (dashed[1] as string)
  a = a.replace(/^[-–|,\s]+|[-–|,\s]+$/g, '')
  if (!a || a.length > 120 || /^(admin|administrator|redaksi|superadmin|operator|webmaster)$/i.test(a)) return null
  return a
}
