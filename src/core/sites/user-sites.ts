/**
 * Sites the user enabled Kliping on, outside the declared ones: pure helpers shared by the popup, the options page
 * and the background. A user site is stored and granted as one origin pattern, `http://host/*` or `https://host/*`
 * (the exact pattern handed to `permissions.request`): one scheme, one host, no wildcard, no port.
 */

/** Most sites a user may add; more than this in storage is treated as damage. */
export const MAX_USER_SITES = 200

const USER_SITE_PATTERN = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\/\*$/

/** True for a well-formed user-site pattern (`https://www.contoh.example/*`). */
export function isUserSitePattern(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 300 && USER_SITE_PATTERN.test(value)
}

/** The user-site pattern of a page address, or null when it is not an http(s) page with a plain host name. */
export function userSitePatternForUrl(url: string | null | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  const pattern = `${parsed.protocol}//${parsed.hostname}/*`
  return isUserSitePattern(pattern) ? pattern : null
}

/** The host name of a user-site pattern (`https://www.contoh.example/*` → `www.contoh.example`). */
export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '')
}

/** The pattern as people read it: `https://www.contoh.example`. */
export function displayPattern(pattern: string): string {
  return pattern.replace(/\/\*$/, '')
}

/**
 * Whether `url` matches one WebExtension match pattern (`<scheme>://<host>/<path>`, scheme `*` meaning http and
 * https, host `*`, `*.domain` or exact, path with `*` wildcards). Enough for the manifest's content-script matches;
 * anything it cannot read counts as no match.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):/.test(url)
  const parts = /^(\*|https?|wss?|file|ftp):\/\/(\*|(?:\*\.)?[^/*]+)?(\/.*)$/.exec(pattern)
  if (!parts) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const [, scheme, host = '', path = '/*'] = parts
  const protocol = parsed.protocol.slice(0, -1)
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false
  const hostname = parsed.hostname.toLowerCase()
  if (host !== '*') {
    const wanted = host.toLowerCase()
    if (wanted.startsWith('*.')) {
      const domain = wanted.slice(2)
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false
    } else if (hostname !== wanted) return false
  }
  const pathRegex = new RegExp(`^${path.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
  return pathRegex.test(`${parsed.pathname}${parsed.search}`)
}

/** Whether one of the declared content-script patterns already covers `url`. */
export function isDeclaredUrl(url: string, declaredPatterns: readonly string[]): boolean {
  return declaredPatterns.some((pattern) => matchesPattern(url, pattern))
}

/** Whether a user-site pattern names a host the declared content scripts already cover (it is not a user site). */
export function isDeclaredPattern(pattern: string, declaredPatterns: readonly string[]): boolean {
  return isDeclaredUrl(`${displayPattern(pattern)}/`, declaredPatterns)
}

/**
 * Turns whatever storage holds into a list of user sites: well-formed patterns only, outside the declared sites,
 * each once, in a stable order, at most MAX_USER_SITES.
 */
export function validUserSites(stored: unknown, declaredPatterns: readonly string[]): string[] {
  if (!Array.isArray(stored)) return []
  const sites = new Set<string>()
  for (const value of stored) {
    if (isUserSitePattern(value) && !isDeclaredPattern(value, declaredPatterns)) sites.add(value)
  }
  return [...sites].sort(compareSites).slice(0, MAX_USER_SITES)
}

/**
 * A file of the extension as a path relative to its root, as `scripting.registerContentScripts` wants it.
 * `runtime.getManifest()` gives content-script files as written in Chrome but as absolute moz-extension:// URLs in
 * Firefox; `extensionBase` is `runtime.getURL('')`.
 */
export function extensionRelativePath(file: string, extensionBase: string): string {
  return (file.startsWith(extensionBase) ? file.slice(extensionBase.length) : file).replace(/^\/+/, '')
}

/** By host, then http before https. */
function compareSites(a: string, b: string): number {
  const byHost = hostOfPattern(a).localeCompare(hostOfPattern(b))
  return byHost !== 0 ? byHost : a.localeCompare(b)
}
