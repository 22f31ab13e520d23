/**
 * How a page is keyed and described in the database, the same everywhere (content script, popup, exports):
 * the article's canonical URL when there is one, else the page's own URL, normalised (no fragment, no tracking
 * parameters), with the article's citation facts.
 */
import type { PageRecord } from './annotation-model.ts'
import { normalizeUrl } from './metadata/normalize-url.ts'
import type { ArticleSummary } from './page-report.ts'

export type PageInfo = Omit<PageRecord, 'firstVisit' | 'lastVisit'>

export function pageKey(pageUrl: string, article: ArticleSummary | null): string {
  return article?.canonicalUrl || normalizeUrl(pageUrl)
}

export function pageInfoOf(pageUrl: string, article: ArticleSummary | null): PageInfo {
  return {
    url: pageKey(pageUrl, article),
    title: article?.title ?? null,
    outlet: article?.outlet ?? null,
    author: article?.author ?? null,
    published: article?.published ?? null,
    province: article?.region.province ?? null,
    regency: article?.region.regency ?? null,
  }
}
