/**
 * The dictionary checks (run in CI): the TSV parses, every row passes `checkRows` (no duplicate (form, sense)
 * pairs, a source on every row, well-formed expansions, valid categories and flags, region rows that name real
 * idn-area-data areas, ambiguous forms with cues, regions or one default), it holds at least 1,500 rows, and
 * acronyms.json and acronyms-rows.txt are exactly what the generator makes of the TSV.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildFromDisk, checkRows, countByCategory, JSON_PATH, loadRegions, ROWS_PATH, type TsvRow } from './acronyms-build.ts'

describe('src/data/acronyms.tsv', () => {
  const { json, rowsText, rows, problems } = buildFromDisk()
  it('passes every check', () => {
    expect(problems).toEqual([])
  })
  it('has at least 1,500 verified rows across all categories', () => {
    expect(rows.length).toBeGreaterThanOrEqual(1500)
    const counts = countByCategory(rows)
    for (const category of ['ministry', 'agency', 'regional-body', 'position', 'budget', 'law', 'program', 'region', 'security', 'parliament', 'other']) {
      expect(counts[category] ?? 0, category).toBeGreaterThan(0)
    }
  })
  it('covers the 38 provinces through short forms or official names, and Kalimantan Tengah regencies', () => {
    const forms = new Set(rows.map((r) => r.form))
    for (const f of ['Kalteng', 'Kaltim', 'Jabar', 'DKI', 'DIY', 'Kotim', 'Kobar', 'Gumas', 'Barsel', 'Prov.', 'Kab.']) expect(forms.has(f), f).toBe(true)
  })
  it('rejects malformed weak and positional cues', () => {
    const row = (cues: string, flags = ''): TsvRow => ({ line: 1, form: 'XYZ', expansion: 'Contoh Saja', category: 'other', region: '', cues, flags, source: 't', note: '' })
    const regions = loadRegions()
    expect(checkRows([row('pajak;target _;_ DPRD;~target;kode etik;Laut (_)')], regions)).toEqual([])
    expect(checkRows([row('Perhutani;@Jawa Tengah')], regions)).toEqual([])
    expect(checkRows([row('jiwa;# _')], regions)).toEqual([])
    expect(checkRows([row('Perhutani;@Jawa Tangah')], regions).some((p) => p.includes('host cue'))).toBe(true)
    for (const bad of ['~', '_', '_target', 'a _ b', '~target _', '~~target', '(_)', 'Laut (_) _', '~Laut (_)']) {
      expect(checkRows([row(bad)], regions).some((p) => p.includes('malformed cue')), bad).toBe(true)
    }
    expect(checkRows([row('Keuangan;Umum _', 'title')], regions).length).toBeGreaterThan(0)
    expect(checkRows([row('Keuangan;Laut (_)', 'title')], regions).length).toBeGreaterThan(0)
  })
  it('is compiled: acronyms.json and acronyms-rows.txt are up to date (run `npx tsx src/data/acronyms-build.ts`)', () => {
    expect(readFileSync(JSON_PATH, 'utf8') === json).toBe(true)
    expect(readFileSync(ROWS_PATH, 'utf8') === rowsText).toBe(true)
  })
})
