/**
 * Reads JSON-LD blocks (schema.org) from the page head and body: the @type values present and the first
 * Article-like node. Used by detection (is there an Article / NewsArticle?) and by metadata (headline, dates).
 * Why capped: a page can carry megabytes of JSON-LD; the content script must stay fast, so big blocks are skipped.
 */

export type JsonLdNode = Record<string, unknown>

export interface JsonLdInfo {
  types: Set<string>
  /** The first node typed NewsArticle, Article, ReportageNewsArticle, BlogPosting, LiveBlogPosting …, if any. */
  article: JsonLdNode | null
  /** Every node found (flattened @graph), for publisher/author look-ups by @id. */
  nodes: JsonLdNode[]
}

// (LiveBlogPosting: a live report, one article whose updates are its parts; schema.org makes it a BlogPosting.)
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|Report|OpinionNewsArticle)$/
const MAX_BLOCK = 200_000

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.test(type)
}

export function readJsonLd(doc: Document): JsonLdInfo {
  const info: JsonLdInfo = { types: new Set(), article: null, nodes: [] }
  let scripts: NodeListOf<Element>
  try {
    scripts = doc.querySelectorAll('script[type="application/ld+json"]')
  } catch {
    return info
  }
  for (const s of Array.from(scripts).slice(0, 10)) {
    const text = s.textContent ?? ''
    if (text.length > MAX_BLOCK) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      continue
    }
    collect(parsed, info, 0)
  }
  return info
}

function collect(value: unknown, info: JsonLdInfo, depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const v of value) collect(v, info, depth + 1)
    return
  }
  const node = value as JsonLdNode
  const type = node['@type']
  const types = Array.isArray(type) ? type : [type]
  let typed = false
  for (const t of types) {
    if (typeof t !== 'string') continue
    typed = true
    info.types.add(t)
    if (!info.article && isArticleType(t)) info.article = node
  }
  if (typed) info.nodes.push(node)
  if (node['@graph']) collect(node['@graph'], info, depth + 1)
}

/** Resolves `{ "@id": … }` references against the graph. */
export function resolveRef(info: JsonLdInfo, value: unknown): JsonLdNode | null {
  const v = Array.isArray(value) ? value[0] : value
  if (!v || typeof v !== 'object') return null
  const node = v as JsonLdNode
  const id = node['@id']
  if (typeof id === 'string' && Object.keys(node).length === 1) return info.nodes.find((n) => n['@id'] === id) ?? null
  return node
}
