// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { annotatePage, describeArticle } from '../annotate-page.ts'
import { articleText } from '../text/article-text.ts'
import { normalizeSpace } from '../text/normalize-space.ts'
import { extractMetadata } from '../metadata/extract-metadata.ts'
import { detectArticle } from './detect-article.ts'
import { isPrintView } from './print-view.ts'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const P = [
  'MUARA TEWEH – Pemerintah Kabupaten Contoh mulai memperbaiki 42 kilometer jalan desa yang rusak akibat banjir awal tahun ini. Perbaikan ditargetkan selesai sebelum musim hujan berikutnya.',
  'Kepala Dinas Pekerjaan Umum, Hendra Saputra, mengatakan perbaikan dikerjakan bertahap mulai dari ruas yang paling banyak dilalui kendaraan pengangkut hasil kebun warga.',
  '"Kami dahulukan jalan yang menjadi urat nadi ekonomi desa, supaya hasil panen warga tidak tertahan," ujar Hendra, Senin (4/8/2025).',
]
const TEXT = normalizeSpace(P.join(' '))
/** A print view with everything straight in <body>: bar, letterhead, title, byline, photo, text and print stamp. */
const printPage = (title: string, onload = ' onload="window.print()"') =>
  `<html><head><title>${title}</title></head><body${onload}>` +
  '<div class="d-print-none"><a href="/berita/77/jalan-desa">« Kembali</a> <a href="javascript:window.print()">Cetak halaman</a></div>' +
  '<div class="kop"><img src="/logo.png" alt="Logo"> <b>PEMERINTAH KABUPATEN CONTOH</b><br>Jalan Merdeka No. 1, Contoh 73811, Telp. (0519) 21001</div>' +
  '<h3>Pemkab Contoh Perbaiki 42 Kilometer Jalan Desa</h3>' +
  '<div class="info">Senin, 4 Agustus 2025 09:30 WIB | Oleh: Dewi Anggraini | Editor: Bayu</div>' +
  `${P.map((p) => `<p>${p}</p>`).join('')}` +
  '<hr><div class="kaki">Artikel ini dicetak dari https://contohkab.go.id/berita/77/jalan-desa pada 5 Agustus 2025 10:02</div></body></html>'

describe('print views', () => {
  test('the print view\'s address, body onload or title says what it is; an article about printing does not', () => {
    const blank = parse('<html><head><title>Judul</title></head><body></body></html>')
    for (const url of ['https://a.go.id/print/18452', 'https://a.go.id/berita/cetak/6620/judul', 'https://a.go.id/2025/08/19/judul/print/', 'https://a.go.id/post/judul?print=1',
      'https://a.go.id/index.php/berita/1-judul?tmpl=component&print=1&layout=default', 'https://a.go.id/cetak_berita.php?id=5', 'https://a.go.id/berita/judul?view=print']) {
      expect(isPrintView(blank, new URL(url)), url).toBe(true)
    }
    expect(isPrintView(parse('<html><body onload="window.print();"></body></html>'), new URL('https://a.go.id/berita/77/judul'))).toBe(true)
    expect(isPrintView(parse('<html><head><title>Cetak Berita: Judul</title></head><body></body></html>'), new URL('https://a.go.id/berita/77/judul'))).toBe(true)
    for (const url of ['https://a.go.id/berita/printer-3d-untuk-sekolah', 'https://a.go.id/berita/percetakan-negara-cetak-surat-suara', 'https://a.go.id/berita/77/judul?page=print-shop',
      'https://a.go.id/media/cetak/kawasan-tanpa-rokok-mulai-berlaku']) {
      expect(isPrintView(blank, new URL(url)), url).toBe(false)
    }
  })

  test('a print view with its text straight in <body>: bar, letterhead, title, byline and print stamp are no text; title and author come from its header', () => {
    const doc = parse(printPage('Print: Pemkab Contoh Perbaiki 42 Kilometer Jalan Desa'))
    const url = new URL('https://contohkab.go.id/berita/77/jalan-desa?print=1')
    const pass = annotatePage(doc, url)
    expect(pass.detection?.isArticle).toBe(true)
    expect(pass.detection?.signals).toContain('print-view')
    const root = doc.querySelector('[data-kliping-root]') as Element
    expect(normalizeSpace(articleText(root, pass.detection?.ignore ?? [], pass.detection?.end ?? null))).toBe(TEXT)
    expect(describeArticle(doc, pass)).toMatchObject({ title: 'Pemkab Contoh Perbaiki 42 Kilometer Jalan Desa', author: 'Dewi Anggraini', published: '2025-08-04T09:30:00+07:00' })
  })

  test('a print view\'s title prefix goes when the page has no heading to take the title from', () => {
    const doc = parse(`<html><head><title>Cetak Berita: Pemkab Contoh Perbaiki 42 Kilometer Jalan Desa</title></head><body onload="window.print()">${P.map((p) => `<p>${p}</p>`).join('')}</body></html>`)
    const url = new URL('https://contohkab.go.id/print/77')
    expect(extractMetadata(doc, url, detectArticle(doc, url)).title).toBe('Pemkab Contoh Perbaiki 42 Kilometer Jalan Desa')
  })

  test('the same page at an ordinary address keeps its header as it is (only print views lose theirs)', () => {
    const doc = parse(printPage('Pemkab Contoh Perbaiki 42 Kilometer Jalan Desa', ''))
    const pass = annotatePage(doc, new URL('https://contohkab.go.id/berita/77/jalan-desa'))
    expect(pass.detection?.signals).not.toContain('print-view')
    const root = doc.querySelector('[data-kliping-root]') as Element
    expect(normalizeSpace(articleText(root, pass.detection?.ignore ?? [], pass.detection?.end ?? null))).toContain('PEMERINTAH KABUPATEN CONTOH')
  })
})

describe('review of b04c2c4: the print stamp', () => {
  const MORE = [
    'Buku panduan kawasan tanpa rokok dicetak pada bulan Februari sebanyak 5.000 eksemplar dan dibagikan ke sekolah.',
    'Dinas juga memasang 300 papan larangan merokok di ruang publik yang dibiayai dana cukai hasil tembakau tahun ini, dengan target seluruh sekolah terpasang papan sebelum Juni.',
  ]
  const view = (extra: string[]) => `<html><head><meta property="og:type" content="article"><title>Cetak Berita: Kawasan Tanpa Rokok</title></head><body><h1>Kawasan Tanpa Rokok Mulai Berlaku</h1>` +
    `${[...P, ...extra].map((p) => `<p>${p}</p>`).join('')}<hr><p>Sumber: https://www.contohkab.go.id/berita/ktr</p></body></html>`
  const textOf = (html: string) => {
    const doc = parse(html)
    const pass = annotatePage(doc, new URL('https://www.contohkab.go.id/berita/print/12345'))
    expect(pass.detection?.signals).toContain('print-view')
    return normalizeSpace(articleText(doc.querySelector('[data-kliping-root]') as Element, pass.detection?.ignore ?? [], pass.detection?.end ?? null))
  }
  test('a sentence of the article saying something was printed ("… dicetak pada bulan Februari …") is no stamp: the article goes on to its end, the stamp after it goes', () => {
    expect(textOf(view(MORE))).toBe(normalizeSpace([...P, ...MORE].join(' ')))
  })
  test('a block opening "Dicetak pada …" with the article\'s prose after it is the article\'s own, not the stamp', () => {
    const own = 'Dicetak pada kertas daur ulang, buku saku itu dibagikan gratis kepada siswa.'
    expect(textOf(view([own, MORE[1] as string]))).toBe(normalizeSpace([...P, own, MORE[1]].join(' ')))
  })
})

/** The article text Kliping keeps from a print view of P followed by `tail` (its own paragraphs, a stamp, a footer). */
function printedText(paragraphs: readonly string[], tail: string): string {
  const html = `<html><head><meta property="og:type" content="article"><title>Cetak Berita: Kawasan Tanpa Rokok</title></head><body><h1>Kawasan Tanpa Rokok Mulai Berlaku</h1>` +
    `${paragraphs.map((p) => `<p>${p}</p>`).join('')}${tail}</body></html>`
  const doc = parse(html)
  const pass = annotatePage(doc, new URL('https://www.contohkab.go.id/berita/print/12345'))
  return normalizeSpace(articleText(doc.querySelector('[data-kliping-root]') as Element, pass.detection?.ignore ?? [], pass.detection?.end ?? null))
}

describe('review of 0c285a7: stamps after a lead-in, and the footer after the stamp', () => {
  const view = (tail: string) => `<html><head><meta property="og:type" content="article"><title>Cetak Berita: Kawasan Tanpa Rokok</title></head><body><h1>Kawasan Tanpa Rokok Mulai Berlaku</h1>` +
    `${P.map((p) => `<p>${p}</p>`).join('')}${tail}</body></html>`
  const textOf = (html: string) => {
    const doc = parse(html)
    const pass = annotatePage(doc, new URL('https://www.contohkab.go.id/berita/print/12345'))
    return normalizeSpace(articleText(doc.querySelector('[data-kliping-root]') as Element, pass.detection?.ignore ?? [], pass.detection?.end ?? null))
  }
  test('an address or copyright footer after the stamp does not make the stamp article text; a stamp after the site\'s name or a URL is one', () => {
    const footer = '<div>Pemerintah Kabupaten Contoh, Jalan Merdeka No. 1, Muara Teweh 73811, Telepon (0519) 21001, surel humas@contohkab.go.id</div>'
    const copyright = '<p>Hak cipta © 2025 Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Contoh. Seluruh hak dilindungi undang-undang.</p>'
    for (const tail of [
      `<hr><p>Dicetak pada: 5 Agustus 2025 10:02 WIB</p>${footer}`,
      `<hr><p>Sumber: https://contohkab.go.id/berita/77/jalan-desa</p>${copyright}`,
      '<hr><p>Website Resmi Pemerintah Kabupaten Contoh — Dicetak pada 5 Agustus 2025 10:02</p>',
      '<hr><p>https://contohkab.go.id/berita/77/jalan-desa, dicetak pada 5/8/2025</p>',
      '<hr><p>Tanggal cetak: 5 Agustus 2025</p>',
    ]) expect(textOf(view(tail)), tail).toBe(normalizeSpace(P.join(' ')))
  })
})

describe('review of this session\'s print rules', () => {
  test('an article sentence that something "dicetak pada 6 Maret 2026 dan dibagikan …" is no stamp, and a paragraph giving a phone number is no footer', () => {
    const own = ['Sebanyak 1.250 keping KTP-el yang tertunda sudah dicetak pada 6 Maret 2026 dan dibagikan melalui kantor kecamatan.',
      'Warga yang belum menerima KTP-el diminta menghubungi layanan Disdukcapil melalui telepon (0262) 123456 atau e-mail pada jam kerja.']
    const html = `<html><head><meta property="og:type" content="article"><title>Cetak Berita: Kawasan Tanpa Rokok</title></head><body><h1>Kawasan Tanpa Rokok Mulai Berlaku</h1>` +
      `${[...P, ...own].map((p) => `<p>${p}</p>`).join('')}<hr><p>Dicetak pada: 9 Maret 2026 10:02 WIB</p></body></html>`
    const doc = parse(html)
    const pass = annotatePage(doc, new URL('https://www.contohkab.go.id/berita/print/12345'))
    expect(normalizeSpace(articleText(doc.querySelector('[data-kliping-root]') as Element, pass.detection?.ignore ?? [], pass.detection?.end ?? null))).toBe(normalizeSpace([...P, ...own].join(' ')))
  })
})

describe('second review of this session\'s print rules', () => {
  test('a stamp with its source or visitor after the date, and a footer with "Jln." or "Alamat", are no article text', () => {
    for (const tail of [
      '<hr><p>Website Resmi Pemerintah Kabupaten Garut — dicetak pada 10/03/2026 10:02 dari https://garutkab.go.id/berita/77</p>',
      '<hr><p>Pemkab Garut | Dicetak tanggal 10-03-2026 oleh pengunjung</p>',
      '<hr><p>Dicetak pada: 10 Maret 2026 10:02 WIB</p><div>Diskominfo Kabupaten Garut, Jln. Pembangunan No. 181 Tarogong Kidul, Telp. (0262) 232001, e-mail: diskominfo@garutkab.go.id</div>',
    ]) expect(printedText(P, tail), tail).toBe(normalizeSpace(P.join(' ')))
  })
})

describe('third review of this session\'s print rules', () => {
  test('an article sentence that cards were "dicetak pada 9 Maret 2026 oleh petugas …", and one that gives an e-mail and a number to call, stay article text', () => {
    const own = ['Sebanyak 2.400 KK dan 1.100 KTP-el baru dicetak pada 9 Maret 2026 oleh petugas jemput bola.',
      'Warga yang belum menerima kartu dapat mengadu melalui alamat email disdukcapil@garutkab.go.id atau telepon (0262) 232001 pada jam kerja.']
    expect(printedText([...P, ...own], '<hr><p>Dicetak pada: 10 Maret 2026 10:02 WIB</p>')).toBe(normalizeSpace([...P, ...own].join(' ')))
  })
})

describe('fourth review of this session\'s print rules', () => {
  test('a copyright footer that also says "dapat dikutip", and a stamp "dari contohkab.go.id" after a lead-in, are no article text', () => {
    for (const tail of [
      '<hr><p>Dicetak pada: 10 Maret 2026 10:02 WIB</p><p>© 2026 Pemerintah Kabupaten Contoh. Hak cipta dilindungi undang-undang. Isi berita dapat dikutip dengan menyebut sumbernya.</p>',
      '<hr><p>© 2026 Pemkab Contoh. Dicetak pada 10/03/2026 10:02 dari contohkab.go.id</p>',
    ]) expect(printedText(P, tail), tail).toBe(normalizeSpace(P.join(' ')))
  })
})
