import { describe, expect, test } from 'vitest'
import { classifyUrl } from './url-shape.ts'
import { findSiteRule } from '../sites/site-rules.ts'

const shape = (u: string) => {
  const url = new URL(u)
  return classifyUrl(url, findSiteRule(url))
}

describe('classifyUrl', () => {
  test.each([
    ['https://mmc.kalteng.go.id/berita/read/49112/sekjen', 'article', 'url:kalteng-cms-article'],
    ['https://mmc.kalteng.go.id/berita/read/49112', 'listing', 'url:kalteng-cms-not-article'],
    ['https://mmc.kalteng.go.id/berita/2', 'listing', 'url:kalteng-cms-not-article'],
    ['https://mmc.kalteng.go.id/kategori/3/pemerintahan', 'listing', 'url:kalteng-cms-not-article'],
    ['https://contoh.go.id/', 'listing', 'url:home'],
    ['https://contoh.go.id/index.php?halaman=detail&id=12', 'article', 'url:id'],
    ['https://contoh.go.id/index.php?halaman=profil', 'unknown', null],
    ['https://contoh.go.id/tag/stunting', 'listing', 'url:tag'],
    ['https://jogjaprov.go.id/galeri/foto/2025/08/17/upacara-hut-ri-di-alun-alun', 'listing', 'url:gallery'],
    ['https://contoh.go.id/album/peresmian-pasar-rakyat', 'listing', 'url:gallery'],
    ['https://contoh.go.id/berita/tag/stunting', 'listing', 'url:tag'],
    ['https://contoh.go.id/en/tag/stunting/', 'listing', 'url:tag'],
    ['https://contoh.go.id/berita/kategori/pemerintahan', 'listing', 'url:category'],
    ['https://contoh.go.id/search?q=banjir', 'listing', 'url:search'],
    ['https://dkp.contohprov.go.id/profil/struktur-organisasi/', 'listing', 'url:static'],
    ['https://contoh.go.id/halaman/visi-dan-misi', 'listing', 'url:static'],
    ['https://diskominfos.contohprov.go.id/berita-foto/petugas-bersihkan-sampah-kiriman/', 'listing', 'url:gallery'],
    ['https://contoh.go.id/?s=banjir', 'listing', 'url:search'],
    ['https://contoh.go.id/2025/07/', 'listing', 'url:date-archive'],
    ['https://contoh.go.id/berita', 'listing', 'url:section'],
    ['https://contoh.go.id/kategori/berita', 'listing', 'url:category'],
    ['https://infopublik.id/kategori/nusantara/912345/dprd-setujui-raperda', 'article', 'url:id'],
    ['https://contoh.go.id/2025/07/31/pemkab-gelar-rakor/', 'article', 'url:date-slug'],
    ['https://contoh.go.id/berita/pemkab-gelar-rapat-koordinasi', 'article', 'url:slug'],
    ['http://humas.jatengprov.go.id/detail_berita_gubernur?id=2846', 'article', 'url:id'],
    ['https://contoh.go.id/agenda/rapat-paripurna-apbd', 'listing', 'url:agenda'],
    ['https://contohprov.go.id/agenda-kegiatan/412/rapat-koordinasi-inflasi', 'listing', 'url:agenda'],
    ['https://pn-contoh.go.id/index.php/layanan-hukum/jadwal-sidang', 'listing', 'url:agenda'],
    ['https://pn-contoh.go.id/berita/ketua-pengadilan-umumkan-jadwal-sidang-keliling-2027', 'article', 'url:slug'],
    ['https://dprd.contohkab.go.id/agenda-sidang/rapat-paripurna-penyampaian-lkpj-bupati-2026/', 'article', 'url:slug'],
    ['https://contoh.go.id/pengumuman/detail/77/pengumuman-seleksi-tenaga-pendamping', 'listing', 'url:notice'],
    ['https://contoh.go.id/berita/pemkab-umumkan-pengumuman-seleksi-cpns', 'article', 'url:slug'],
    ['https://contoh.go.id/berita/detail/345', 'article', 'url:id'],
    ['https://contoh.go.id/news/read/87', 'article', 'url:id'],
    ['https://contoh.go.id/berita/kader-posyandu-dilatih/amp/', 'article', 'url:slug'],
    ['https://contoh.go.id/halaman/tugas-pokok-dan-fungsi-dinas', 'listing', 'url:static'],
    ['https://contoh.go.id/page/visi-misi-dan-tujuan', 'listing', 'url:static'],
    ['https://contoh.go.id/page/2', 'listing', 'url:pagination'],
    ['https://jdih.contohprov.go.id/produk-hukum/detail/3418/peraturan-daerah-nomor-5-tahun-2025', 'listing', 'url:documents'],
    ['https://jdih.contohkab.go.id/peraturan/view/77/peraturan-bupati-nomor-12-tahun-2024', 'listing', 'url:documents'],
    ['https://jdih.contohkab.go.id/berita/detail/214/bagian-hukum-sosialisasikan-perwali-parkir', 'article', 'url:id'],
    ['https://contoh.go.id/berita/peraturan-baru-parkir-tepi-jalan-berlaku', 'article', 'url:slug'],
    // A service's own page is no news report; a CMS's "/page/view/{id}" shows any item, press releases included.
    ['https://disdukcapil.contoh.go.id/layanan/alur-pelayanan-ktp-el', 'listing', 'url:service'],
    ['https://www.contoh.go.id/page/view/NTU0Mg==', 'unknown', null],
    ['https://www.contoh.go.id/pages/tentang-kami', 'listing', 'url:static'],
  ])('%s', (u, kind, signal) => {
    const s = shape(u)
    expect([s.kind, s.signal]).toEqual([kind, signal])
  })

  // Review of 74b1da2: only a service's standing text under /layanan/ is decisive; a news post filed in a "Layanan"
  // category and an item id are what they were; "/page/view/…" gives no URL signal either way.
  test.each([
    // (Review of bf3a5d1: any other slug there gives no URL signal, a news post's and a service page's alike; the
    // page's evidence decides.)
    ['https://diskominfo.pekalongankab.go.id/layanan/pemkab-pekalongan-gelar-operasi-pasar-beras-sphp-di-19-kecamatan/', 'unknown', null, false],
    ['https://disdukcapil.kotimkab.go.id/pelayanan/disdukcapil-jemput-bola-perekaman-ktp-el-di-sman-1-sampit/', 'unknown', null, false],
    ['https://disdukcapil.contoh.go.id/layanan/pembuatan-ktp-el/', 'unknown', null, false],
    ['https://disdukcapil.contoh.go.id/pelayanan/perekaman-ktp-el/', 'unknown', null, false],
    ['https://contoh.go.id/layanan/detail?id=123', 'article', 'url:id', false],
    ['https://contoh.go.id/layanan/12345', 'article', 'url:id', false],
    ['https://disdukcapil.contoh.go.id/pelayanan/persyaratan-akta-kelahiran/', 'listing', 'url:service', true],
    ['https://rsud.contoh.go.id/layanan/tata-cara-pendaftaran-pasien-baru', 'listing', 'url:service', true],
    ['https://contoh.go.id/services/requirements-for-id-cards', 'listing', 'url:service', true],
  ])('review, service pages: %s', (u, kind, signal, decisive) => {
    const s = shape(u)
    expect([s.kind, s.signal, s.decisive]).toEqual([kind, signal, decisive])
  })
  test.each([
    ['https://www.contoh.go.id/page/view/12', 'unknown', null, false],
    ['https://www.contoh.go.id/page/view/struktur-organisasi-dinas', 'unknown', null, false],
    ['https://www.contoh.go.id/pages/view/tanya-jawab-seputar-ktp-elektronik', 'unknown', null, false],
  ])('review, /page/view/ is neutral: %s', (u, kind, signal, decisive) => {
    const s = shape(u)
    expect([s.kind, s.signal, s.decisive]).toEqual([kind, signal, decisive])
  })
})
