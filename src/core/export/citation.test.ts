import { describe, expect, test } from 'vitest'
import { citationId, toCslJson, toRis } from './citation.ts'
import { HOSTILE_PAGE, PAGE } from './test-records.ts'

describe('toRis', () => {
  test('a news article record', () => {
    expect(toRis([PAGE])).toBe([
      'TY  - NEWS',
      'TI  - Sekjen Kemendagri Minta Sekda dan Kepala Bappeda Manfaatkan Forum Rakor',
      'T2  - MMC Kalteng',
      'AU  - Humas Pemprov Kalteng',
      'PY  - 2025',
      'DA  - 2025/10/29',
      'UR  - https://mmc.kalteng.go.id/berita/read/12345/sekjen-kemendagri-minta-sekda',
      'Y2  - 2025/10/30',
      'LA  - id',
      'ER  - ',
      '',
    ].join('\r\n'))
  })

  test('line breaks in page text cannot start a new tag or record', () => {
    const ris = toRis([HOSTILE_PAGE])
    const lines = ris.split('\r\n').filter(Boolean)
    expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(1)
    expect(lines.every((l) => /^[A-Z][A-Z0-9]  - /.test(l))).toBe(true)
    expect(ris).toContain('AU  - -Redaksi TY - JOUR')
    expect(ris).toContain('T2  - @SUM(1) “Humas” 🎉')
  })

  test('missing fields are left out; empty input → empty file', () => {
    const ris = toRis([{ ...PAGE, title: null, outlet: null, author: null, published: null }])
    expect(ris).not.toMatch(/^(TI|T2|AU|PY|DA)  -/m)
    expect(toRis([])).toBe('')
  })
})

describe('toCslJson', () => {
  test('article-newspaper with container title, literal author, date parts, URL, accessed, language', () => {
    expect(toCslJson([PAGE])).toEqual([{
      id: citationId(PAGE.url),
      type: 'article-newspaper',
      title: PAGE.title,
      'container-title': 'MMC Kalteng',
      author: [{ literal: 'Humas Pemprov Kalteng' }],
      issued: { 'date-parts': [[2025, 10, 29]] },
      accessed: { 'date-parts': [[2025, 10, 30]] },
      URL: PAGE.url,
      language: 'id',
    }])
  })

  test('hostile and Unicode text is carried as data, and survives JSON', () => {
    const [item] = JSON.parse(JSON.stringify(toCslJson([HOSTILE_PAGE], { language: 'id-ID' })))
    expect(item.title).toBe(HOSTILE_PAGE.title)
    expect(item['container-title']).toBe('@SUM(1) “Humas” 🎉')
    expect(item.issued).toEqual({ 'date-parts': [[2026, 1, 5]] })
    expect(item.language).toBe('id-ID')
  })

  test('stable ids; empty input', () => {
    expect(citationId(PAGE.url)).toBe(citationId(PAGE.url))
    expect(citationId(PAGE.url)).not.toBe(citationId(HOSTILE_PAGE.url))
    expect(citationId(PAGE.url)).toMatch(/^kliping-[0-9a-f]{8}$/)
    expect(toCslJson([])).toEqual([])
  })
})
