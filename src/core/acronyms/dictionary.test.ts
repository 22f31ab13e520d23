import { describe, expect, it } from 'vitest'
import { compiledLayer, layerFromEntries, shippedDictionary, shippedDictionaryData } from './dictionary.ts'
import type { DictionaryLayer, Entry } from './types.ts'

const row = (e: Entry | undefined): number => (e === undefined ? -1 : typeof e === 'number' ? e : e[0])
const expansions = (layer: DictionaryLayer, text: string): string[] => {
  const r = row(layer.lookup(text))
  return r < 0 ? [] : layer.senses(r).map((s) => s.expansion)
}

describe('shippedDictionary', () => {
  it('is parsed on first use and looks forms up by exact key', () => {
    const d = shippedDictionary()
    expect(expansions(d, 'Kemendagri')).toEqual(['Kementerian Dalam Negeri'])
    expect(expansions(d, 'Satpol PP')).toEqual(['Satuan Polisi Pamong Praja'])
    expect(d.lookup('kemendagri')).toBeUndefined()
    expect(d.lookup('constructor')).toBeUndefined()
  })
  it('marks multi-token starts, dotted forms and lowercase variants', () => {
    const d = shippedDictionary()
    const satpol = d.lookup('Satpol')
    expect(Array.isArray(satpol) && satpol[2]).toBe(2)
    const prov = d.lookup('Prov')
    expect(Array.isArray(prov) && prov[1] >= 0 && prov[3]).toBe(1)
    expect(expansions(d, 'rakor')).toEqual(['Rapat Koordinasi'])
    expect(d.fromUpper('KEMENDAGRI')).toBeGreaterThanOrEqual(0)
  })
  it('carries cues, regions and the default flag for ambiguous forms', () => {
    const d = shippedDictionary()
    const bpk = d.senses(row(d.lookup('BPK')))
    expect(bpk.map((s) => s.expansion)).toEqual(['Badan Pemeriksa Keuangan', 'Balai Pelestarian Kebudayaan'])
    expect(bpk[0]?.isDefault).toBe(true)
    expect(bpk[1]?.cues).toContain('cagar budaya')
    const mura = d.senses(row(d.lookup('Mura')))
    expect(mura.map((s) => s.region).sort()).toEqual(['Kalimantan Tengah', 'Sumatera Selatan'])
  })
})

describe('layerFromEntries', () => {
  it('indexes user entries, resolving province codes', () => {
    const layer = layerFromEntries([{ form: 'Disdagperin', expansion: 'Dinas Perdagangan dan Perindustrian', category: 'regional-body', source: 'user', region: '62' }], 'user')
    const senses = layer.senses(row(layer.lookup('Disdagperin')))
    expect(senses[0]?.region).toBe('Kalimantan Tengah')
    expect(senses[0]?.layer).toBe('user')
  })
  it('lets a lowercase article definition cover the capitalised spelling and vice versa when asked', () => {
    const layer = layerFromEntries([{ form: 'sekda', expansion: 'sekretaris daerah', category: 'other', source: 'article' }, { form: 'Ratas', expansion: 'rapat terbatas', category: 'other', source: 'article' }], 'article', true)
    expect(row(layer.lookup('Sekda'))).toBeGreaterThanOrEqual(0)
    expect(row(layer.lookup('ratas'))).toBeGreaterThanOrEqual(0)
    expect(layer.fromUpper('RATAS')).toBeGreaterThanOrEqual(0)
  })
})

describe('the shipped layer on a long article', () => {
  it('answers the same after switching from its buckets to a Map of the index', () => {
    const layer = compiledLayer(shippedDictionaryData())
    const before = ['Sekda', 'Satpol', 'Satpol PP', 'Prov', 'yang', 'Kemendagri', 'APBD-P'].map((t) => layer.lookup(t))
    for (let i = 0; i < 6_000; i++) layer.lookup(i % 2 ? 'dengan' : 'Pemerintah')
    const after = ['Sekda', 'Satpol', 'Satpol PP', 'Prov', 'yang', 'Kemendagri', 'APBD-P'].map((t) => layer.lookup(t))
    expect(after).toEqual(before)
    expect(before.filter((entry) => entry !== undefined).length).toBe(6)
  })
})
