import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../page-report.ts'
import { citationDate, formatQuoteCitation } from './quote-citation.ts'

const article: ArticleSummary = {
  title: 'Sekjen Kemendagri Minta Sekda …',
  published: '2025-10-29T15:30:00+07:00',
  author: null,
  outlet: 'MMC Kalteng',
  canonicalUrl: 'https://mmc.kalteng.go.id/berita/read/49112/x',
  region: { province: 'Kalimantan Tengah', regency: null },
}

describe('formatQuoteCitation', () => {
  it('cites quote, speaker, role, outlet, date and URL the way newsrooms write it', () => {
    const quote = { text: 'Kita harus tahu mana yang menjadi skala prioritas', speaker: 'Tomsi Tohir', role: 'Sekjen Kemendagri' }
    expect(formatQuoteCitation(quote, article, 'http://x')).toBe(
      '“Kita harus tahu mana yang menjadi skala prioritas,” ujar Tomsi Tohir (Sekjen Kemendagri), MMC Kalteng, 29 Oktober 2025, https://mmc.kalteng.go.id/berita/read/49112/x',
    )
  })

  it('keeps a question mark, drops a missing speaker and falls back to the page URL', () => {
    const quote = { text: 'Siapa yang bertanggung jawab?', speaker: null, role: null }
    expect(formatQuoteCitation(quote, null, 'http://contoh.go.id/a', 'en')).toBe('“Siapa yang bertanggung jawab?”, http://contoh.go.id/a')
  })

  it('replaces a final full stop by the reporting comma', () => {
    const quote = { text: 'Program harus dirasakan masyarakat.', speaker: 'Tomsi Tohir', role: null }
    expect(formatQuoteCitation(quote, article, '', 'en')).toBe(
      '“Program harus dirasakan masyarakat,” said Tomsi Tohir, MMC Kalteng, 29 October 2025, https://mmc.kalteng.go.id/berita/read/49112/x',
    )
  })
})

describe('citationDate', () => {
  it('prints the outlet’s calendar day in Indonesian or English, and nothing for non-dates', () => {
    expect(citationDate('2025-01-05T23:30:00+09:00', 'id')).toBe('5 Januari 2025')
    expect(citationDate('2025-12-31', 'en')).toBe('31 December 2025')
    expect(citationDate('kemarin', 'id')).toBeNull()
    expect(citationDate(null, 'id')).toBeNull()
  })
})
