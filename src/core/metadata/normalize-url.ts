/**
 * Canonical URLs for citations and storage keys: no fragment, no tracking parameters (utm_*, fbclid, gclid …),
 * lower-case host without a default port. Other query parameters stay: on many government CMSs the article id is
 * a parameter (detail_berita_gubernur?id=2846, index.php?option=com_content&id=…).
 */

import { queryParams } from './query-params.ts'

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ref_src|ref_url|amp_js_v|__twitter_impression|ref|cmpid|s_cid)$/i

export function isTrackingParam(name: string): boolean {
  return TRACKING.test(name)
}

/** @param input - a URL or a string; a string that does not parse comes back trimmed, unchanged otherwise. */
export function normalizeUrl(input: URL | string, base?: string): string {
  let url: URL
  try {
    url = new URL(String(input), base)
  } catch {
    return String(input).trim()
  }
  url.hash = ''
  const keep = queryParams(url.search).filter((param) => !isTrackingParam(param.name))
  url.search = keep.length ? `?${keep.map((param) => param.raw).join('&')}` : ''
  url.hostname = url.hostname.toLowerCase()
  return url.href
}
