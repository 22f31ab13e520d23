// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { detectArticle } from './detect-article.ts'
import { opensAsNotice } from './official-notice.ts'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const body = (html: string) => parse(`<html><body><div class="isi">${html}</div></body></html>`).querySelector('.isi') as Element
const TEXT = '<p>Sehubungan dengan pemeliharaan jaringan, layanan pembayaran retribusi pasar di kantor dinas ditutup sementara selama dua hari kerja. Pembayaran tetap dapat dilakukan melalui aplikasi resmi pemerintah daerah.</p>'

describe('opensAsNotice', () => {
  test.each([
    ['<p style="text-align:center"><strong>PENGUMUMAN</strong><br>Nomor: 470/1.284/413.108/2025</p>'],
    ['<h2>MAKLUMAT</h2><p>NOMOR : 800/12/BKPSDM/2025</p><p>Tentang Libur Nasional</p>'],
    ['<p><b>SURAT EDARAN</b></p><p>No. 5/SE/DISDIK/VIII/2025</p>'],
    ['<p><strong>PENGUMUMAN HASIL SELEKSI ADMINISTRASI CALON PEGAWAI</strong></p><p>Nomor: 810/45/BKD/2025</p>'],
  ])('a letter heading and number open the body: %s', (head) => {
    expect(opensAsNotice(body(`${head}${TEXT}`))).toBe(true)
  })
  test.each([
    // A news lead about a notice: the type word is not a heading in capitals.
    ['<p>Pengumuman Nomor 800/123/BKPSDM/2025 tentang hasil seleksi telah dirilis, kata Kepala BKPSDM di Lamongan, Rabu (3/9/2025).</p>'],
    // A press release's number is news.
    ['<p>SIARAN PERS No. 123/HM/KOMINFO/08/2025</p>'],
    // A heading in capitals without a letter number.
    ['<h2>PENGUMUMAN</h2><p>Layanan kantor kembali buka normal mulai Senin.</p>'],
  ])('not a notice: %s', (head) => {
    expect(opensAsNotice(body(`${head}${TEXT}`))).toBe(false)
  })
})

describe('detectArticle: official notices', () => {
  test('a WordPress post that opens as a signed notice is other, whatever its article markup', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Pengumuman Penutupan Layanan', datePublished: '2025-09-03T08:12:00+07:00' })
    const doc = parse(`<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-03T08:12:00+07:00"><script type="application/ld+json">${ld}</script></head>
      <body class="single-post"><article><h1>Pengumuman Penutupan Layanan Retribusi</h1><div class="entry-content"><p><strong>PENGUMUMAN</strong><br>Nomor: 470/1.284/413.108/2025</p>${TEXT}${TEXT}<p>Lamongan, 3 September 2025<br>Kepala Dinas<br>ttd.</p></div></article></body></html>`)
    const d = detectArticle(doc, new URL('https://dinas.contohkab.go.id/berita/penutupan-layanan-retribusi-pasar/'))
    expect(d.isArticle).toBe(false)
    expect(d.signals).toContain('text:notice-letter')
    expect(d.reason).toMatch(/official notice/)
  })
})
