import { describe, expect, test } from 'vitest'
import regionsData from '../../data/regions.json'
import { isRegionName, regionFromHost, regionFromUrl, regionNamedIn } from './region.ts'

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
    ['jogja.antaranews.com', 'Daerah Istimewa Yogyakarta', null],
    ['www.kemendagri.go.id', null, null],
    ['news.detik.com', null, null],
    // Offices that write their region after a prefix: a hyphen, an office's name, a regency's short name.
    ['dprd-wonogirikab.go.id', 'Jawa Tengah', 'Wonogiri'],
    ['pn-mataram.go.id', 'Nusa Tenggara Barat', 'Mataram'],
    ['lapaskendari.kemenimipas.go.id', 'Sulawesi Tenggara', 'Kendari'],
    ['tribratanews.polresmalteng.maluku.polri.go.id', 'Maluku', 'Maluku Tengah'],
    ['tribratanews.maluku.polri.go.id', 'Maluku', null],
    // A regency's short name alone, or after a word that is no office, is no host key ("mitra" is also a word).
    ['mitra.kemenkeu.go.id', null, null],
    ['e-mitra.kemenkeu.go.id', null, null],
    ['tribratanews.polrestabesmedan.sumut.polri.go.id', 'Sumatera Utara', 'Medan'],
    // A regency's bare name (of five letters or more, and no city's) is its host too.
    ['ponorogo.go.id', 'Jawa Timur', 'Ponorogo'],
    ['tanahdatar.go.id', 'Sumatera Barat', 'Tanah Datar'],
    ['bandung.go.id', 'Jawa Barat', 'Bandung'],
    // A regency's short name with the "kab" the regency hosts end with.
    ['diskominfo.tanjabtimkab.go.id', 'Jambi', 'Tanjung Jabung Timur'],
    // The provinces formed in 2022.
    ['papuaselatanprov.go.id', 'Papua Selatan', null],
    // A province's name before a national body's domain is its provincial office, though a city has that name too;
    // the city's own site stays the city's.
    ['bengkulu.bawaslu.go.id', 'Bengkulu', null],
    ['tribratanews.gorontalo.polri.go.id', 'Gorontalo', null],
    ['jambikota.go.id', 'Jambi', 'Jambi'],
    ['bengkulu.go.id', 'Bengkulu', 'Bengkulu'],
    // (Not an immigration office, which is named after its city.)
    ['bengkulu.imigrasi.go.id', 'Bengkulu', 'Bengkulu'],
    // A city hosted under the first word of its name, and its mobile subdomain.
    ['m.tidorekota.go.id', 'Maluku Utara', 'Tidore Kepulauan'],
  ])('%s', (host, province, regency) => {
    const r = regionFromHost(host)
    expect([r.province, r.regency]).toEqual([province, regency])
  })
  test('a province key as the first path segment of a national host gives the province (kemenag.go.id/sumut/…)', () => {
    expect(regionFromUrl(new URL('https://kemenag.go.id/sumut/kankemenag-karo-gelar-bimbingan-q7w2k')).province).toBe('Sumatera Utara')
    expect(regionFromUrl(new URL('https://kemenag.go.id/nasional/menag-buka-rakernas')).province).toBeNull()
    // After a regional-office section: djpb.kemenkeu.go.id/kanwil/sultra/….
    expect(regionFromUrl(new URL('https://djpb.kemenkeu.go.id/kanwil/sultra/id/data-publikasi/berita-terbaru/2827-rapat.html')).province).toBe('Sulawesi Tenggara')
    expect(regionFromUrl(new URL('https://example.com/sumut/berita')).province).toBeNull()
  })
  test('time zones follow the province', () => {
    expect(regionFromHost('kalteng.go.id').timezone).toBe('WIB')
    expect(regionFromHost('kaltimprov.go.id').timezone).toBe('WITA')
    expect(regionFromHost('papua.go.id').timezone).toBe('WIT')
  })
})

describe('regionNamedIn', () => {
  test('finds the regency a village site names as its home, and nothing in text without one', () => {
    expect(regionNamedIn('Desa Wonokerto, Kapanewon Turi, Kabupaten Sleman, Daerah Istimewa Yogyakarta.').timezone).toBe('WIB')
    expect(regionNamedIn('Desa Banjarsari Kecamatan Ngadiluwih Kabupaten Kediri').regency).toBe('Kediri')
    expect(regionNamedIn('Kampung Harapan, Distrik Sentani, Kabupaten Jayapura').timezone).toBe('WIT')
    expect(regionNamedIn('Kabupaten Rimbajaya yang tidak ada').province).toBeNull()
    expect(regionNamedIn('Desa Maju Jaya').province).toBeNull()
  })
})


describe('isRegionName', () => {
  test('knows every province and every regency or city by its bare name, and nothing else', () => {
    for (const { name } of Object.values(regionsData.provinces)) expect(isRegionName(name.toLowerCase())).toBe(true)
    for (const name of Object.values(regionsData.regencies)) {
      expect(isRegionName(name.replace(/^(Kabupaten|Kota) /, '').toLowerCase()), name).toBe(true)
    }
    expect(isRegionName('kutai kartanegara')).toBe(true)
    expect(isRegionName('kabupaten kutai kartanegara')).toBe(false)
    expect(isRegionName('bandarjati')).toBe(false)
    expect(isRegionName('')).toBe(false)
  })
})
