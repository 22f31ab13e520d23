import { describe, expect, it } from 'vitest'
import { entriesToCsv, entriesToJson, mergeEntries, parseEntriesCsv, parseEntriesJson } from './user-entries.ts'

describe('user dictionary import', () => {
  it('reads CSV with a header, quoted commas and a category, and reports bad rows by line', () => {
    const parsed = parseEntriesCsv('\uFEFFform,expansion,category\nDiskominfosantik,"Dinas Komunikasi, Informatika, Persandian dan Statistik",regional-body\n,kosong\nTPP,Tambahan Penghasilan Pegawai,xx\nSiLPA,Sisa Lebih Pembiayaan Anggaran\n')
    expect(parsed.entries.map((e) => [e.form, e.expansion, e.category])).toEqual([
      ['Diskominfosantik', 'Dinas Komunikasi, Informatika, Persandian dan Statistik', 'regional-body'],
      ['SiLPA', 'Sisa Lebih Pembiayaan Anggaran', 'other'],
    ])
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4])
  })

  it('reads JSON and rejects what is not a list of entries', () => {
    expect(parseEntriesJson('[{"form":"Pj","expansion":"Penjabat"}]').entries).toEqual([{ form: 'Pj', expansion: 'Penjabat', category: 'other', source: 'user' }])
    expect(parseEntriesJson('{"form":"Pj"}').problems).toHaveLength(1)
    expect(parseEntriesJson('[{"form":').problems[0]!.line).toBe(0)
  })

  it('round-trips through CSV and JSON, guarding cells a spreadsheet would run', () => {
    const entries = [{ form: 'PD', expansion: '=Perangkat Daerah', category: 'regional-body' as const, source: 'user' }]
    expect(entriesToCsv(entries)).toContain(`"'=Perangkat Daerah"`)
    expect(parseEntriesJson(entriesToJson(entries)).entries).toEqual(entries)
    expect(parseEntriesCsv(entriesToCsv([{ ...entries[0]!, expansion: 'Perangkat Daerah, "PD"' }])).entries[0]!.expansion).toBe('Perangkat Daerah, "PD"')
  })

  it('merges by short form: a new row replaces the old one, others stay', () => {
    const old = [{ form: 'PD', expansion: 'Perangkat Daerah', category: 'other' as const, source: 'user' }, { form: 'Pj', expansion: 'Penjabat', category: 'position' as const, source: 'user' }]
    const merged = mergeEntries(old, [{ form: 'PD', expansion: 'Perusahaan Daerah', category: 'other', source: 'user' }])
    expect(merged.map((e) => `${e.form}=${e.expansion}`)).toEqual(['PD=Perusahaan Daerah', 'Pj=Penjabat'])
  })
})
