import { describe, expect, it } from 'vitest'
import type { NamedMention } from './person-mentions.ts'
import { AliasTable } from './speaker-aliases.ts'

const mention = (name: string, role: string | null = null): NamedMention => ({
  name: name === '' ? [] : name.split(' '),
  role,
  roleLong: null,
})

describe('AliasTable', () => {
  it('resolves first and last names to the full name', () => {
    const t = new AliasTable()
    t.add(mention('Tomsi Tohir', 'Sekjen Kemendagri'))
    expect(t.resolveName(['Tomsi'])?.name).toBe('Tomsi Tohir')
    expect(t.resolveName(['Tohir'])?.role).toBe('Sekjen Kemendagri')
  })
  it('resolves abbreviated titles and an office spelled out with a unit word the lexicon lacks', () => {
    const t = new AliasTable()
    t.add(mention('Rosmiati Harahap', 'Kepala Dinas Kesehatan Kabupaten Rimbajaya'))
    t.add(mention('Bambang Adinegoro', 'Direktur Jenderal Perikanan Tangkap KKP'))
    expect(t.resolveRole('Kadinkes')?.name).toBe('Rosmiati Harahap')
    expect(t.resolveRoleWithName(mention('Tangkap', 'Dirjen Perikanan'))?.name).toBe('Bambang Adinegoro')
    expect(t.resolveRoleWithName(mention('Yusuf', 'Dirjen Perikanan'))).toBeNull()
  })
  it('refuses ambiguous short names', () => {
    const t = new AliasTable()
    t.add(mention('Rudi Hartono'))
    t.add(mention('Rudi Hartanto'))
    expect(t.resolveName(['Rudi'])).toBeNull()
    expect(t.resolveName(['Hartanto'])?.name).toBe('Rudi Hartanto')
  })
  it('upgrades a short name met first to the full name met later', () => {
    const t = new AliasTable()
    const p = t.add(mention('Tomsi'))
    t.add(mention('Tomsi Tohir', 'Sekjen Kemendagri'))
    expect(p?.name).toBe('Tomsi Tohir')
    expect(t.persons.length).toBe(1)
  })
  it('finds the unique holder of a title, with abbreviated titles', () => {
    const t = new AliasTable()
    t.add(mention('Bayu Santoso', 'Bupati Rimbajaya'))
    t.add(mention('Anton Saputra', 'Wakil Bupati'))
    t.add(mention('Irfan Maulana', 'Sekda'))
    expect(t.resolveRole('Bupati')?.name).toBe('Bayu Santoso')
    expect(t.resolveRole('Wabup')?.name).toBe('Anton Saputra')
    expect(t.resolveRole('Sekretaris Daerah')?.name).toBe('Irfan Maulana')
    expect(t.resolveRole('Camat')).toBeNull()
  })
  it('reads "Ka"/"Waka" + an office word as the (deputy) head of that office', () => {
    const t = new AliasTable()
    t.add(mention('Maria Tuhuteru', 'Kepala Kantor Wilayah Kemenkum Rimbajaya'))
    t.add(mention('Agus Salim', 'Wakapolres Rimbajaya'))
    expect(t.resolveRole('Kakanwil')?.name).toBe('Maria Tuhuteru')
    expect(t.resolveRole('Wakil Kepala Polres')?.name).toBe('Agus Salim')
    expect(t.resolveRole('Kapolres')).toBeNull()
  })
})
