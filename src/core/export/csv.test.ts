import { describe, expect, test } from 'vitest'
import { BOM, csvCell, toCsv } from './csv.ts'
import { HOSTILE, HOSTILE_PAGE, PAGE, sampleAnnotations } from './test-records.ts'

/** A strict RFC 4180 reader for quoted fields: returns rows of cells, and fails on anything unquoted. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    expect(text[i], `unquoted field at ${i}`).toBe('"')
    let cell = ''
    i++
    for (;;) {
      const q = text.indexOf('"', i)
      expect(q).toBeGreaterThanOrEqual(0)
      cell += text.slice(i, q)
      if (text[q + 1] === '"') {
        cell += '"'
        i = q + 2
      } else {
        i = q + 1
        break
      }
    }
    row.push(cell)
    if (text[i] === ',') i++
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n')
      i += 2
      rows.push(row)
      row = []
    }
  }
  return rows
}

describe('csvCell (OWASP vectors)', () => {
  test.each([
    ['=1+2";=1+2', `"'=1+2"";=1+2"`],
    ["+CMD|' /C calc'!A0", `"'+CMD|' /C calc'!A0"`],
    ['@SUM(1)', `"'@SUM(1)"`],
    ['-2+3', `"'-2+3"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['\n=1', `"'\n=1"`],
    ['\0=1', `"'\0=1"`],
    ['catatan\nbaris dua', '"catatan\nbaris dua"'],
    ['“kutipan” déjà 🎉', '"“kutipan” déjà 🎉"'],
    ['', '""'],
    ['a,b', '"a,b"'],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output)
  })
})

describe('toCsv', () => {
  const annotations = sampleAnnotations()
  const csv = toCsv([PAGE, HOSTILE_PAGE], annotations)

  test('BOM, CRLF rows, Indonesian header by default, one row per annotation', () => {
    expect(csv.startsWith(BOM)).toBe(true)
    const rows = readCsv(csv.slice(1))
    expect(rows[0]).toEqual(['dibuat', 'media', 'judul', 'terbit', 'URL', 'jenis', 'pembicara', 'kutipan', 'catatan', 'tag', 'warna'])
    expect(rows).toHaveLength(annotations.length + 1)
    expect(rows.every((r) => r.length === 11)).toBe(true)
  })

  test('English header and kind labels; no-BOM variant', () => {
    const english = toCsv([PAGE], annotations.slice(0, 3), 'en', { bom: false })
    expect(english.startsWith('"created","outlet","title","published","URL","kind","speaker","quote","note","tags","colour"\r\n')).toBe(true)
    expect(readCsv(english).map((r) => r[5])).toEqual(['kind', 'highlight', 'quote', 'note'])
  })

  test('row content: ISO dates, joined page fields, tags, colour', () => {
    const rows = readCsv(csv.slice(1))
    expect(rows[2]).toEqual([
      '2025-10-29T03:04:05.678Z', 'MMC Kalteng', PAGE.title, PAGE.published, PAGE.url, 'kutipan', 'Tomsi Tohir',
      '“Kita harus tahu mana yang menjadi skala prioritas.”', 'Cek ke APBD 2025', 'anggaran; prioritas', '',
    ])
  })

  test('no cell starts with a formula trigger; hostile text survives exactly behind the apostrophe', () => {
    const rows = readCsv(csv.slice(1))
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\n\0]/)
    const quotes = rows.slice(4).map((r) => r[7])
    expect(quotes).toEqual(HOSTILE.map((h) => (/^[=+\-@\t\r\n]/.test(h) ? `'${h}` : h)))
    expect(rows[4]![2]).toBe(`'${HOSTILE_PAGE.title}`)
    expect(rows[4]![1]).toBe(`'${HOSTILE_PAGE.outlet}`)
  })

  test('empty input → header only', () => {
    expect(toCsv([], [])).toBe(`${BOM}"dibuat","media","judul","terbit","URL","jenis","pembicara","kutipan","catatan","tag","warna"\r\n`)
  })
})
