/**
 * The page's own address and the key that names an article's page, for "is this link this page?" questions asked by
 * the promo rules (a teaser of another story) and the metadata (another story's <time>).
 */

/** The page's own addresses: where it was loaded from and its canonical link. */
export function pageAddresses(doc: Document): URL[] {
  const out: URL[] = []
  for (const href of [doc.baseURI, doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href')]) {
    try {
      if (href) out.push(new URL(href, doc.baseURI))
    } catch {
      // An address that does not parse is no address of the page.
    }
  }
  return out
}

/** Query parameters that page or track an article rather than name it. */
const NOT_NAMING_PARAM = /^(?:page|paged|hal|halaman|pg|start|amp|utm_\w+|fbclid|gclid)$/i

/** An article's key: host without "www.", path without a trailing slash or "/amp", the naming query parameters. */
export function articleKey(url: URL): string {
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  const path = url.pathname.replace(/\/{2,}/g, '/').replace(/\/amp\/?$/i, '').replace(/\/+$/, '')
  const params = Array.from(url.searchParams.entries()).filter(([k]) => !NOT_NAMING_PARAM.test(k)).map(([k, v]) => `${k}=${v}`).sort()
  return `${host}${path}${params.length ? `?${params.join('&')}` : ''}`
}

/** Whether `href` (relative to the page) is the page itself: its article key is one of the page's addresses'. */
export function isOwnPage(doc: Document, href: string): boolean {
  let key: string
  try {
    key = articleKey(new URL(href, doc.baseURI))
  } catch {
    return false
  }
  return pageAddresses(doc).some((own) => articleKey(own) === key)
}
