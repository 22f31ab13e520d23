/**
 * Site rules as data: loads and validates src/data/site-rules.json (documented in src/data/README.md) and finds the
 * rule for a page, by host first and, for CMS families that run on many hosts (WordPress, Joomla, OpenSID …), by
 * a cheap fingerprint of the document (generator meta, a few selectors, the path).
 */
import data from '../../data/site-rules.json'
import { isValidSelector } from '../text/article-text.ts'

export type PromoKind = 'related' | 'video' | 'ad' | 'share'

/** A selector whose matches inside the article body are stripped whole (with the label shown in the popup). */
export interface PromoSelector {
  selector: string
  /**
   * The promo is the nearest ancestor of the match that matches this selector (e.g. the "div.row" around an
   * "a > h5" box). Avoids complex :has() selectors, which some engines (happy-dom) evaluate wrongly.
   */
  closest?: string
  /**
   * Only a match whose whitespace-normalised visible text matches this regex (a regex source, case-insensitive) is
   * a promo: detik's ".detail__long-nav" when it holds page numbers and prev/next links, not when it holds a share box.
   */
  text?: string
  label: string
  kind: PromoKind
}

/** A block whose whitespace-normalised text matches `pattern` (a regex source, case-sensitive) is stripped whole. */
export interface PromoTextRule {
  pattern: string
  label: string
  kind: PromoKind
}

/** Identifies a CMS family on any host: every given part must match (at least one of `selectors`). */
export interface Fingerprint {
  generator?: string
  selectors?: string[]
  path?: string
}

export interface SiteRule {
  id: string
  name: string
  /** Which reference sections the rule comes from. */
  sources: string[]
  /** `example.go.id` (also matches `www.`), or `*.example.go.id` (any subdomain and the bare domain). */
  hosts: string[]
  fingerprints?: Fingerprint[]
  /** Regex sources tested against `pathname + search`. */
  articleUrl: string[]
  notArticleUrl?: string[]
  articleMarkers?: string[]
  notArticleMarkers?: string[]
  body: string[]
  title: string[]
  date: string[]
  author: string[]
  /** Outlet name by host (`*` for any host of the rule). */
  outlet?: Record<string, string>
  /** og:site_name is a leftover on this CMS (MMC: "polairud"); do not use it as the outlet. */
  siteNameUnreliable?: boolean
  /** og:type is "article" on every page of this CMS (OpenSID); ignore it for detection. */
  ogTypeUnreliable?: boolean
  promos: PromoSelector[]
  clutter: PromoSelector[]
  promoText?: PromoTextRule[]
  /** In-body subtrees that are not article prose but stay in place (captions, meta lines, sliders). */
  ignore: string[]
  /**
   * Selectors of a direct child of the body that ends the article (MMC's share toolbar, after which the CMS prints
   * previous/next boxes and comments into the same element): it and everything after it are not article.
   */
  bodyEnd?: string[]
  /** Zone of dates printed without one, when the host gives no region. */
  timezone?: 'WIB' | 'WITA' | 'WIT'
}

export interface RuleError {
  rule: string
  problem: string
}

const KINDS = new Set<PromoKind>(['related', 'video', 'ad', 'share'])

/**
 * Checks the shape of every rule and that every regex compiles and every selector parses (selectors need a DOM:
 * pass the document; without one only the shape and the regexes are checked).
 */
export function validateSiteRules(input: unknown, doc?: Document): { rules: SiteRule[]; errors: RuleError[] } {
  const errors: RuleError[] = []
  const rules: SiteRule[] = []
  const list = (input as { rules?: unknown })?.rules
  if (!Array.isArray(list)) return { rules, errors: [{ rule: '(file)', problem: 'no "rules" array' }] }
  const ids = new Set<string>()
  for (const raw of list as Record<string, unknown>[]) {
    const id = typeof raw?.id === 'string' ? raw.id : '(no id)'
    const bad = (problem: string) => errors.push({ rule: id, problem })
    const before = errors.length
    if (ids.has(id)) bad('duplicate id')
    ids.add(id)
    for (const key of ['name'] as const) if (typeof raw[key] !== 'string' || raw[key] === '') bad(`${key} must be a non-empty string`)
    const strings = (key: string, required: boolean): string[] => {
      const v = raw[key]
      if (v === undefined && !required) return []
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s === '')) {
        bad(`${key} must be an array of non-empty strings`)
        return []
      }
      return v as string[]
    }
    const regex = (src: string, where: string) => {
      try {
        new RegExp(src)
      } catch {
        bad(`${where}: bad regex ${src}`)
      }
    }
    const selector = (sel: string, where: string) => {
      if (doc && !isValidSelector(sel, doc)) bad(`${where}: selector does not parse: ${sel}`)
    }
    if (strings('sources', true).length === 0) bad('sources must name at least one reference section')
    for (const h of strings('hosts', true)) if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h)) bad(`bad host pattern ${h}`)
    for (const k of ['articleUrl', 'notArticleUrl']) for (const r of strings(k, k === 'articleUrl')) regex(r, k)
    for (const k of ['articleMarkers', 'notArticleMarkers', 'ignore', 'bodyEnd', 'title', 'date', 'author'])
      for (const s of strings(k, ['ignore', 'title', 'date', 'author'].includes(k))) selector(s, k)
    const body = strings('body', true)
    if (body.length === 0) bad('body needs at least one selector')
    for (const s of body) selector(s, 'body')
    if ((raw.hosts as unknown[] | undefined)?.length === 0 && !Array.isArray(raw.fingerprints)) bad('a rule without hosts needs fingerprints')
    if (raw.fingerprints !== undefined) {
      if (!Array.isArray(raw.fingerprints)) bad('fingerprints must be an array')
      else
        for (const f of raw.fingerprints as Fingerprint[]) {
          if (!f.generator && !f.path && !f.selectors?.length) bad('empty fingerprint')
          if (f.generator) regex(f.generator, 'fingerprint.generator')
          if (f.path) regex(f.path, 'fingerprint.path')
          for (const s of f.selectors ?? []) selector(s, 'fingerprint.selectors')
        }
    }
    for (const k of ['promos', 'clutter']) {
      const v = raw[k]
      if (!Array.isArray(v)) { bad(`${k} must be an array`); continue }
      for (const p of v as PromoSelector[]) {
        if (typeof p?.selector !== 'string' || typeof p.label !== 'string' || !KINDS.has(p.kind)) bad(`${k}: bad entry ${JSON.stringify(p)}`)
        else {
          selector(p.selector, k)
          if (p.closest !== undefined) selector(p.closest, `${k}.closest`)
          if (p.text !== undefined) {
            if (typeof p.text !== 'string') bad(`${k}.text must be a string`)
            else regex(p.text, `${k}.text`)
          }
        }
      }
    }
    if (raw.promoText !== undefined) {
      if (!Array.isArray(raw.promoText)) bad('promoText must be an array')
      else for (const p of raw.promoText as PromoTextRule[]) {
        if (typeof p?.pattern !== 'string' || typeof p.label !== 'string' || !KINDS.has(p.kind)) bad(`promoText: bad entry`)
        else regex(p.pattern, 'promoText')
      }
    }
    if (raw.outlet !== undefined && (typeof raw.outlet !== 'object' || raw.outlet === null)) bad('outlet must be an object')
    if (raw.timezone !== undefined && !['WIB', 'WITA', 'WIT'].includes(raw.timezone as string)) bad('bad timezone')
    if (errors.length === before) rules.push(raw as unknown as SiteRule)
  }
  return { rules, errors }
}

// Shape and regexes are checked at load; selectors are checked lazily by callers (isValidSelector) and in the unit test.
const loaded = validateSiteRules(data)
/** The valid rules; a malformed rule is dropped, never used half-way. */
export const SITE_RULES: readonly SiteRule[] = loaded.rules
/** Problems found at load (empty in a correct build; the unit test asserts it). */
export const SITE_RULE_ERRORS: readonly RuleError[] = loaded.errors

function hostMatches(pattern: string, host: string): number {
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2)
    return host === base || host.endsWith(`.${base}`) ? base.length : 0
  }
  // Exact hosts beat wildcards: score them higher than any suffix length.
  return host === pattern || host === `www.${pattern}` ? 1000 + pattern.length : 0
}

/** The rule whose host pattern matches `url` best (exact host over wildcard, longer suffix over shorter), or null. */
export function findSiteRule(url: URL): SiteRule | null {
  const host = url.hostname.toLowerCase()
  let best: SiteRule | null = null
  let bestScore = 0
  for (const rule of SITE_RULES) {
    for (const p of rule.hosts) {
      const s = hostMatches(p, host)
      if (s > bestScore) {
        best = rule
        bestScore = s
      }
    }
  }
  return best
}

/** Host rule first; otherwise the first CMS family whose fingerprint the document shows. Never throws. */
export function matchSiteRule(doc: Document, url: URL): SiteRule | null {
  const byHost = findSiteRule(url)
  if (byHost) return byHost
  const path = url.pathname + url.search
  const generator = doc.querySelector?.('meta[name="generator" i]')?.getAttribute('content') ?? ''
  for (const rule of SITE_RULES) {
    for (const f of rule.fingerprints ?? []) {
      if (f.path && !testRegex(f.path, path)) continue
      if (f.generator && !testRegex(f.generator, generator)) continue
      if (f.selectors?.length && !f.selectors.some((s) => safeQuery(doc, s))) continue
      return rule
    }
  }
  return null
}

/** The outlet name the rule gives for this host, if any. */
export function ruleOutlet(rule: SiteRule, url: URL): string | null {
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  return rule.outlet?.[host] ?? rule.outlet?.['*'] ?? null
}

const regexCache = new Map<string, RegExp | null>()
/** Tests a regex source from the data; a source that does not compile never matches. */
export function testRegex(source: string, text: string, flags = 'i'): boolean {
  const key = `${flags}/${source}`
  let re = regexCache.get(key)
  if (re === undefined) {
    try {
      re = new RegExp(source, flags)
    } catch {
      re = null
    }
    regexCache.set(key, re)
  }
  return re ? re.test(text) : false
}

/** querySelector that returns null for a selector the browser rejects. */
export function safeQuery(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector)
  } catch {
    return null
  }
}
