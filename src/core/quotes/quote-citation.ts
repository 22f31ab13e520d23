/**
 * "Copy as citation" for a direct quote, in the form Indonesian newsrooms use:
 *   “Kita harus tahu …,” ujar Tomsi Tohir (Sekjen Kemendagri), MMC Kalteng, 29 Oktober 2025, https://…
 * The date is the article's publication date as printed by the outlet (its calendar day, not converted to the
 * reader's time zone).
 */
import type { ArticleSummary } from '../page-report.ts'

export type CitationLanguage = 'id' | 'en'

const MONTHS: Record<CitationLanguage, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}

/** "2025-10-29T15:30:00+07:00" → "29 Oktober 2025"; null when the value is not an ISO date. */
export function citationDate(iso: string | null, language: CitationLanguage): string | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  if (!match) return null
  const month = MONTHS[language][Number(match[2]) - 1]
  return month ? `${Number(match[3])} ${month} ${match[1]}` : null
}

export interface CitableQuote {
  text: string
  speaker: string | null
  role: string | null
}

export function formatQuoteCitation(quote: CitableQuote, article: ArticleSummary | null, pageUrl: string, language: CitationLanguage = 'id'): string {
  const text = quote.text.trim()
  // A quote ending in ? ! or … keeps its own mark; otherwise the reporting comma goes inside the closing mark.
  const quoted = /[?!…]$/.test(text) ? `“${text}”` : `“${text.replace(/[.,;:]+$/, '')},”`
  const verb = language === 'id' ? 'ujar' : 'said'
  const who = quote.speaker ? `${verb} ${quote.speaker}${quote.role ? ` (${quote.role})` : ''}` : null
  const parts = [who ? `${quoted} ${who}` : quoted, article?.outlet, citationDate(article?.published ?? null, language), article?.canonicalUrl || pageUrl]
  return parts.filter(Boolean).join(', ')
}
