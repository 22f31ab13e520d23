/**
 * Classifies a URL as article-shaped, listing-shaped or unknown, from the site rule when there is one and from
 * generic shapes otherwise (dates, ids, long slugs vs /tag/, /kategori/, /search, the home page …).
 * Source: portals-and-promos.md §2. The signals are named so the popup and tests can show why.
 */
import { queryParams } from '../metadata/query-params.ts'
import { type SiteRule, testRegex } from '../sites/site-rules.ts'

export interface UrlShape {
  kind: 'article' | 'listing' | 'unknown'
  /** A listing decided by a site rule or an unambiguous generic shape (home, search, tag): overrides everything. */
  decisive: boolean
  signal: string | null
}

const LISTING: [RegExp, string, boolean][] = [
  [/^\/(index\.(php|html?))?$/i, 'url:home', true], // only without a query string (see classifyUrl)
  // Also below a section or language prefix: /berita/tag/x, /en/tag/x.
  [/^\/(?:[^/]+\/)?(tag|tags|topik|label)\/[^/]+\/?$|^\/(tag|tags|topik|label)\//i, 'url:tag', true],
  [/^\/(search|cari|pencarian)(\/|$)|[?&](s|q|search|keyword|cari)=/i, 'url:search', true],
  [/^\/(?:[^/]+\/)?(category|kategori|rubrik|kanal)\/[^/]+\/?(page\/\d+\/?)?$/i, 'url:category', false],
  [/^\/(category|kategori|rubrik|kanal)\/?$/i, 'url:category', true],
  [/\/(page|halaman)\/\d+\/?$|[?&](page|hal)=\d+$/i, 'url:pagination', false],
  [/^\/(indeks|index-berita|arsip|archive)(\/|$)/i, 'url:index', true],
  [/^\/\d{4}(\/\d{1,2}){0,2}\/?$/, 'url:date-archive', true],
  [/^\/(berita|news|artikel|post|posts|blog|informasi)\/?$/i, 'url:section', true],
  // (A press release under /publikasi/ is news: /publikasi/siaran-pers-detil/612/… .) Legal documents (JDIH sites:
  // regulations, court rulings, legal monographs) are documents too, however much prose their abstract holds:
  // /produk-hukum/detail/3418/peraturan-daerah-…, /peraturan/…, /putusan/… .
  [/^\/(download|unduh|dokumen|unduhan|publikasi(?!\/(siaran-pers|press-release|berita))|ppid\/dokumen|produk[-_]hukum|peraturan|regulasi|dokumen[-_]hukum|putusan|monografi[-_]hukum)(\/|$)/i, 'url:documents', false],
  [/^\/(agenda|event|events|kegiatan|agenda-kegiatan|jadwal-kegiatan)(\/|$)/i, 'url:agenda', false],
  // A court's hearing schedule as the page's last segment (/layanan-hukum/jadwal-sidang): an agenda in a table.
  [/\/(jadwal-sidang|jadwal-persidangan|agenda-sidang)\/?$/i, 'url:agenda', false],
  // Official notices (letter number, requirements, deadline) are not news reports, like agenda items.
  [/^\/(pengumuman|announcements?|maklumat)(\/|$)/i, 'url:notice', false],
  [/^\/(galeri|gallery|foto|video)\/?$/i, 'url:gallery', true],
  // Photo albums below the gallery section (/galeri/foto/2025/08/17/…): captions are not a news report.
  [/^\/(?:[^/]+\/)?(galeri|gallery|album)(\/|$)/i, 'url:gallery', false],
  // A site's photo-news section (/berita-foto/{slug}/, /foto-berita/…): photos and their captions, whatever the head
  // says (WordPress marks each item an Article).
  [/^\/(?:[^/]+\/)?(berita-foto|foto-berita)\/[^/]+/i, 'url:gallery', true],
  // A page that is itself one of a site's standing pages (its last segment names it: /profil/struktur-organisasi/):
  // whatever its head says (Hugo and WordPress themes mark every page as a BlogPosting), no news report.
  [/\/(tentang(-kami)?|about(-us)?|kontak(-kami)?|contact(-us)?|hubungi-kami|sejarah|visi-(dan-)?misi|struktur-organisasi|tugas-(pokok-)?(dan-)?fungsi|tupoksi|selayang-pandang)\/?$/i, 'url:static', true],
  // (Not "/page/view/…": a CMS's way of showing any item, press releases and static pages alike; see NEUTRAL.)
  [/^\/((kontak|contact|hubungi-kami|tentang|about|profil|profil-[a-z-]+|sejarah|visi-misi|struktur-organisasi|halaman|laman|statis|static)(\/|$)|pages?\/(?!\d+\/?$|view\/))/i, 'url:static', false],
  // A public service's standing text (/layanan/alur-pelayanan-ktp-el, /pelayanan/persyaratan-akta-kelahiran): how to
  // get a service, not a news report. Only when the slug names such a text: WordPress sites file news under a
  // "Layanan" category (/layanan/pemkab-gelar-operasi-pasar-…/), and /layanan/detail?id=123 is an item.
  [/^\/(layanan|pelayanan|services?)\/(alur|syarat|persyaratan|prosedur|tata-cara|standar|sop|jenis|maklumat|mekanisme|panduan|petunjuk|formulir|requirements?|procedures?|how-to|service-standards?)(-[^/]*)?\/?$/i, 'url:service', true],
]

/**
 * Paths that say nothing either way: "/page/view/{id or slug}" is how some CMSs show every item (Kemenpppa's press
 * releases at /page/view/NTU0Mg==, a FAQ or an officials' profile at /page/view/profil-pejabat), so neither its id
 * nor its slug is an article's. (A standing page's own last segment, /page/view/visi-misi, still says "static".)
 */
const NEUTRAL = /^\/pages?\/view(\/|$)/i

/**
 * Any other slug under /layanan/ (a service's own page, /layanan/pembuatan-ktp-el/, or a news post a WordPress site
 * files under a "Layanan" category, /layanan/pemkab-gelar-operasi-pasar-…/): no URL signal either way, the page's
 * own evidence (JSON-LD, og:type, a dateline) decides. An id there is still an item's (see classifyUrl).
 */
const SERVICE_SLUG = /^\/(layanan|pelayanan|services?)\/[^/]+\/?$/i

export function classifyUrl(url: URL, rule: SiteRule | null): UrlShape {
  const path = url.pathname.replace(/\/{2,}/g, '/')
  const full = path + url.search
  if (rule) {
    for (const r of rule.notArticleUrl ?? []) if (testRegex(r, full)) return { kind: 'listing', decisive: true, signal: `url:${rule.id}-not-article` }
    for (const r of rule.articleUrl) if (testRegex(r, full)) return { kind: 'article', decisive: false, signal: `url:${rule.id}-article` }
  }
  for (const [re, signal, decisive] of LISTING) {
    // "/index.php?halaman=detail&id=12" is not the home page: many government CMSs route everything through it.
    if (signal === 'url:home' && queryParams(url.search).some((param) => !/^utm_|^fbclid$|^gclid$/i.test(param.name))) continue
    if (re.test(path) || (signal === 'url:search' && re.test(full))) return { kind: 'listing', decisive, signal }
  }
  if (NEUTRAL.test(path)) return { kind: 'unknown', decisive: false, signal: null }
  if (/\/\d{4}\/\d{1,2}\/\d{1,2}\/[^/]+/.test(path)) return { kind: 'article', decisive: false, signal: 'url:date-slug' }
  // A CMS id of 5+ digits, an id parameter, or a short id after a "read/detail" segment (/berita/detail/345).
  if (/(^|[/_-])\d{5,}([/_.-]|$)|[?&](p|id|berita_id|news_id|artikel_id)=\d+|\/(read|baca|detail|view|lihat)([_-]?(berita|artikel|news))?\/\d+(\/|$)/i.test(full)) return { kind: 'article', decisive: false, signal: 'url:id' }
  if (SERVICE_SLUG.test(path)) return { kind: 'unknown', decisive: false, signal: null }
  // AMP and index suffixes are not the slug: /berita/{slug}/amp/, /{slug}/index.html.
  const last = path.split('/').filter((s) => s !== '' && !/^(amp|index\.(php|html?))$/i.test(s)).pop() ?? ''
  if (last.replace(/\.(html?|php)$/i, '').split(/[-_]/).filter((w) => /[a-z]/i.test(w)).length >= 3) return { kind: 'article', decisive: false, signal: 'url:slug' }
  return { kind: 'unknown', decisive: false, signal: null }
}
