import { describe, expect, test } from 'vitest'
import { regionFromHost } from './region.ts'

describe('regionFromHost', () => {
  test.each([
    ['kalteng.go.id', 'Kalimantan Tengah', null],
    ['mmc.kalteng.go.id', 'Kalimantan Tengah', null],
    ['dpmptsp.kalteng.go.id', 'Kalimantan Tengah', null],
    ['kotimkab.go.id', 'Kalimantan Tengah', 'Kotawaringin Timur'],
    ['dprd.kotimkab.go.id', 'Kalimantan Tengah', 'Kotawaringin Timur'],
    ['kip.kapuaskab.go.id', 'Kalimantan Tengah', 'Kapuas'],
    ['www.palangkaraya.go.id', 'Kalimantan Tengah', 'Palangkaraya'],
    ['berita.kedirikab.go.id', 'Jawa Timur', 'Kediri'],
    ['humas.jatengprov.go.id', 'Jawa Tengah', null],
    ['kalteng.antaranews.com', 'Kalimantan Tengah', null],
    ['lampung.antaranews.com', 'Lampung', null],
    ['aceh.antaranews.com', 'Aceh', null],
    ['www.kemendagri.go.id', null, null],
    ['news.detik.com', null, null],
  ])('%s', (host, province, regency) => {
    const r = regionFromHost(host)
    expect([r.province, r.regency]).toEqual([province, regency])
  })
  test('time zones follow the province', () => {
    expect(regionFromHost('kalteng.go.id').timezone).toBe('WIB')
    expect(regionFromHost('kaltimprov.go.id').timezone).toBe('WITA')
    expect(regionFromHost('papua.go.id').timezone).toBe('WIT')
  })
})
