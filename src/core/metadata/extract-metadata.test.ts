// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { extractMetadata, cleanAuthor } from './extract-metadata.ts'
import { detectArticle } from '../detect/detect-article.ts'

const P = '<p>PALANGKA RAYA – Dinas Kesehatan menggelar imunisasi serentak di seluruh sekolah dasar, Kamis (31/7/2025). Kegiatan ini menjangkau ribuan siswa kelas satu di tiga belas kabupaten dan satu kota.</p>'
const doc = (head: string, body: string) => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html')

describe('extractMetadata', () => {
  test('Yoast graph: headline, date in the region zone, author by @id, publisher, canonical without tracking', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Article', headline: 'Judul Berita', datePublished: '2025-07-31T03:02:00+00:00', author: { '@id': '#p' }, publisher: { '@id': '#o' } }, { '@type': 'Person', '@id': '#p', name: 'Tim Humas' }, { '@type': 'Organization', '@id': '#o', name: 'Dinas Kesehatan' }] }
    const d = doc(`<script type="application/ld+json">${JSON.stringify(graph)}</script><link rel="canonical" href="https://dinkes.kalteng.go.id/berita/judul/?utm_source=x#top">`, `<div class="isi">${P.repeat(3)}</div>`)
    const url = new URL('https://dinkes.kalteng.go.id/berita/judul/?fbclid=1')
    const m = extractMetadata(d, url, detectArticle(d, url))
    expect(m).toMatchObject({ title: 'Judul Berita', published: '2025-07-31T10:02:00+07:00', author: 'Tim Humas', outlet: 'Dinas Kesehatan', canonicalUrl: 'https://dinkes.kalteng.go.id/berita/judul/' })
    expect(m.region).toMatchObject({ province: 'Kalimantan Tengah', regency: null, timezone: 'WIB' })
  })
  test('English pages: "By NAME / Nov 25, 2026 | 04:32 pm" over an "Updated:" line, "Writer: X; Editor: Y", a wire credit closing the body', () => {
    const E = '<p>Jakarta. The government will open new depots in eastern Indonesia by the end of next year to narrow the gap between prices in the islands and those in Java, an official said.</p>'
    const globe = doc(
      '<meta property="og:type" content="article">',
      '<h1>Govt to Open Depots</h1><div>By <a href="/author/x">Reinhard Sitorus</a> / <span>Nov 25, 2026 | 04:32 pm</span></div>' +
        `<div>Updated: Nov 25, 2026 | 06:10 pm</div><div class="body-content">${E.repeat(3)}</div>`,
    )
    const globeUrl = new URL('https://jakartaglobe.id/news/govt-to-open-depots')
    expect(extractMetadata(globe, globeUrl, detectArticle(globe, globeUrl))).toMatchObject({ author: 'Reinhard Sitorus', published: '2026-11-25T16:32:00+07:00' })
    const writer = doc('<meta property="og:type" content="article">', `<h1>State Budget</h1><div>Writer: Anisa Putri; Editor: Dimas Prakoso</div><div class="content">${E.repeat(3)}</div>`)
    const writerUrl = new URL('https://www.kemenkeu.go.id/en/news/state-budget')
    expect(extractMetadata(writer, writerUrl, detectArticle(writer, writerUrl)).author).toBe('Anisa Putri')
    const wire = doc('<meta property="og:type" content="article">', `<h1>Ferry Terminal</h1><div class="news">${E.repeat(3)}<p>Reporter: Yuni Lestari<br>Editor: Bambang Aji<br>Copyright © ANTARA 2026</p></div>`)
    const wireUrl = new URL('https://kepriprov.go.id/en/news/ferry-terminal')
    expect(extractMetadata(wire, wireUrl, detectArticle(wire, wireUrl)).author).toBe('Yuni Lestari')
    // Ordinary sentences that open with "By" or "Authorities" are no byline, above the body or closing it.
    const prose = doc('<meta property="og:type" content="article">', `<h1>Fire Contained</h1><div>By evening, the fire had been contained.</div><div class="news">${E.repeat(3)}<p>Authorities urged residents to stay calm.</p></div>`)
    const proseUrl = new URL('https://kepriprov.go.id/en/news/fire-contained')
    expect(extractMetadata(prose, proseUrl, detectArticle(prose, proseUrl)).author).toBeNull()
  })
  test('a UTC meta time is shown in WIB on an English outlet whose name places it in Indonesia, and kept in UTC elsewhere', () => {
    const E = '<p>The city-owned bus operator will add six hundred electric buses to its fleet next year as the administration seeks to cut air pollution in the capital.</p>'
    const page = (site: string) =>
      doc(`<meta property="og:type" content="article"><meta property="og:site_name" content="${site}"><meta property="og:locale" content="en_US"><meta property="article:published_time" content="2026-11-24T03:47:00.000Z">`, `<h1>Electric Buses</h1><div class="body">${E.repeat(3)}</div>`)
    const url = new URL('https://www.example.com/news/2026/11/24/electric-buses.html')
    const jakarta = page('The Jakarta Post')
    expect(extractMetadata(jakarta, url, detectArticle(jakarta, url)).published).toBe('2026-11-24T10:47:00+07:00')
    const foreign = page('The Daily Example')
    expect(extractMetadata(foreign, url, detectArticle(foreign, url)).published).toBe('2026-11-24T03:47:00+00:00')
  })
  test('a zone-less time on a private outlet whose host names no region is read in the zone of its dateline or footer', () => {
    const B = (dateline: string) => `<p>${dateline} – Pemerintah kabupaten menyalurkan bantuan pompa air untuk dua puluh tujuh subak yang terdampak kemarau panjang tahun ini di tiga kecamatan.</p>`
    const page = (dateline: string, footer: string) =>
      doc('<meta property="og:type" content="article"><meta property="og:locale" content="id_ID">', `<h1>Bantuan Pompa Air</h1><div class="date">26/11/2026 14:05</div><div class="isi">${B(dateline).repeat(3)}</div><footer>${footer}</footer>`)
    const url = new URL('https://www.kabarcontoh.com/read/2026/11/26/18342/bantuan-pompa-air')
    const bali = page('GIANYAR, KABARCONTOH.COM', 'Redaksi: Jl. Contoh 1, Denpasar, Bali')
    expect(extractMetadata(bali, url, detectArticle(bali, url)).published).toBe('2026-11-26T14:05:00+08:00')
    const footerOnly = page('Rabu (25/11/2026)', 'Alamat redaksi: Jl. Contoh 2, Jayapura, Papua')
    expect(extractMetadata(footerOnly, url, detectArticle(footerOnly, url)).published).toBe('2026-11-26T14:05:00+09:00')
    // A regency's seat with a word more than the regency's name: "SUMBAWA BESAR –" lies in Sumbawa (WITA).
    const seat = page('SUMBAWA BESAR', 'Hak cipta dilindungi')
    expect(extractMetadata(seat, url, detectArticle(seat, url)).published).toBe('2026-11-26T14:05:00+08:00')
    const national = page('Rabu (25/11/2026)', 'Hak cipta dilindungi')
    expect(extractMetadata(national, url, detectArticle(national, url)).published).toBe('2026-11-26T14:05:00+07:00')
  })
  test('a canonical pointing at the home page is ignored', () => {
    const d = doc('<link rel="canonical" href="https://contoh.go.id/">', `<div>${P.repeat(3)}</div>`)
    const url = new URL('https://contoh.go.id/berita/judul-berita-hari-ini?utm_campaign=x')
    expect(extractMetadata(d, url, detectArticle(d, url)).canonicalUrl).toBe('https://contoh.go.id/berita/judul-berita-hari-ini')
  })
  test('nothing to go on: nulls, never a throw', () => {
    const d = doc('', '')
    const url = new URL('https://example.org/')
    expect(extractMetadata(d, url, detectArticle(d, url))).toMatchObject({ title: null, published: null, author: null, outlet: 'example.org', canonicalUrl: 'https://example.org/' })
  })
  test('malformed dates everywhere give null, not garbage', () => {
    const d = doc('<meta property="article:published_time" content="31 Februari 2025">', `<div><time datetime="kemarin">kemarin</time>${P.replace('Kamis (31/7/2025)', 'Kamis (31/2/2025)').repeat(3)}</div>`)
    const url = new URL('https://contoh.org/berita/judul-berita-hari-ini')
    expect(extractMetadata(d, url, detectArticle(d, url)).published).toBeNull()
  })
  test.each([
    ['Editor: Budi Santoso', 'Budi Santoso'],
    ['Pewarta: Rendi Saputra Editor: Budi Santoso Copyright © ANTARA 2025', 'Rendi Saputra'],
    ['Andi Wijaya - detikNews', 'Andi Wijaya'],
    ['Oleh: Yulia Sari', 'Yulia Sari'],
    ['admin', null],
  ])('cleanAuthor(%j)', (raw, want) => {
    expect(cleanAuthor(raw)).toBe(want)
  })
  test('a print view\'s breadcrumb title keeps the article\'s part; the title paragraph by id counts as a heading', () => {
    const title = 'Pemkab Contoh Buka Layanan Malam di Mal Pelayanan Publik'
    const url = new URL('https://contohkab.go.id/2025/08/pemkab-contoh-buka-layanan-malam/print/')
    const fromTitle = doc(`<title>Pemerintah Kabupaten Contoh &raquo; ${title} &raquo; Print</title><meta property="og:site_name" content="Pemerintah Kabupaten Contoh">`, `<div>${P.repeat(3)}</div>`)
    expect(extractMetadata(fromTitle, url, detectArticle(fromTitle, url)).title).toBe(title)
    const fromId = doc('<title>Cetak</title>', `<p id="BlogTitle">${title}</p><div>${P.repeat(3)}</div>`)
    expect(extractMetadata(fromId, url, detectArticle(fromId, url)).title).toBe(title)
  })
})

describe('extractMetadata: bylines from hold-out 4', () => {
  const url = new URL('https://contoh.go.id/berita/2025/08/20/judul-berita-hari-ini')
  const author = (byline: string) => {
    const d = doc('', `<header><h1>Judul Berita Hari Ini di Contoh</h1>${byline}</header><div class="isi">${P.repeat(3)}</div>`)
    return extractMetadata(d, url, detectArticle(d, url)).author
  }
  test('names in adjacent elements stay apart; the next credit, a bullet or a date ends the name', () => {
    expect(author('<div class="byline"><span>Penulis: Dwi Anggraeni</span><span>Redaktur: Ratna Nuraini</span><time datetime="2025-08-18T19:30:00+07:00">Senin, 18 Agustus 2025</time></div>')).toBe('Dwi Anggraeni')
    expect(author('<div class="news-author"><span>Penulis: Risnawati</span> <span>•</span> <span>20 Agustus 2025 16:45 WITA</span></div>')).toBe('Risnawati')
    expect(author('<ul class="details"><li>Penulis: <a href="/penulis/sarah">Sarah Pattiasina</a></li><li>Rabu, 20 Agustus 2025</li></ul>')).toBe('Sarah Pattiasina')
  })
  test('an author icon labels the name after it; a view counter is no name', () => {
    expect(author('<div class="tgl"><i class="fa fa-calendar"></i> Kamis, 21 Agustus 2025 | <i class="fa fa-user"></i> Admin Diskominfo | <i class="fa fa-eye"></i> 512 kali dibaca</div>')).toBe('Admin Diskominfo')
    expect(author('<div class="tgl"><i class="fa fa-eye"></i> 512 kali dibaca</div>')).toBeNull()
  })
  test('a UTC time is shown in the offset the page itself gives for the same moment', () => {
    const graph = { '@context': 'https://schema.org', '@type': 'Article', headline: 'Judul', datePublished: '2025-08-19T10:24:51+07:00' }
    const d = doc(`<meta property="article:published_time" content="2025-08-19T03:24:51+00:00"><script type="application/ld+json">${JSON.stringify(graph)}</script>`, `<div class="isi">${P.repeat(3)}</div>`)
    const u = new URL('https://sumberagung.desa.id/2025/08/19/judul/')
    expect(extractMetadata(d, u, detectArticle(d, u)).published).toBe('2025-08-19T10:24:51+07:00')
  })
})

describe('extractMetadata: hold-out 5 zones and regions', () => {
  test('a UTC time on a central-government site (a .go.id host with no region) is shown in WIB', () => {
    const d = doc('<meta property="og:type" content="article">', `<time datetime="2025-08-21T03:30:00Z"></time><div class="isi">${P.repeat(3)}</div>`)
    const u = new URL('https://www.bkkbn.go.id/berita/kader-kb-di-desa-pesisir')
    expect(extractMetadata(d, u, detectArticle(d, u)).published).toBe('2025-08-21T10:30:00+07:00')
    // The same UTC moment the page also prints with a local offset of its own (a regional office in WITA): that offset.
    const local = doc('<meta property="og:type" content="article"><meta property="article:published_time" content="2025-08-21T03:30:00+00:00">',
      `<time datetime="2025-08-21T11:30:00+08:00">21 Agustus 2025</time><div class="isi">${P.repeat(3)}</div>`)
    const balai = new URL('https://sda.pu.go.id/balai/bbwscontoh/2025/08/21/siaga-banjir/')
    expect(extractMetadata(local, balai, detectArticle(local, balai)).published).toBe('2025-08-21T11:30:00+08:00')
  })
  test('a province short name as a subdomain label of a national body gives the province; regency short hosts too', () => {
    const u1 = new URL('https://tribratanews.sulsel.polri.go.id/berita/detail/polres-gowa')
    const u2 = new URL('https://radio.kukarkab.go.id/berita/2025/08/22/operasi-pasar')
    const d = doc('', `<div class="isi">${P.repeat(3)}</div>`)
    expect(extractMetadata(d, u1, detectArticle(d, u1)).region).toMatchObject({ province: 'Sulawesi Selatan', regency: null })
    expect(extractMetadata(d, u2, detectArticle(d, u2)).region).toMatchObject({ province: 'Kalimantan Timur', regency: 'Kutai Kartanegara' })
  })
})

describe('extractMetadata: hold-out 6 shapes', () => {
  test('a Blogger datePublished in an <abbr title>, a Kompas contributor byline, and the Jakarta portal\'s region', () => {
    const blogger = doc('', `<div class="post-body">${P.repeat(3)}</div><div class="post-footer"><abbr class="published" itemprop="datePublished" title="2025-08-20T09:15:00+07:00">09.15</abbr></div>`)
    const u1 = new URL('https://bumiharjo.desa.id/2025/08/judul-berita.html')
    expect(extractMetadata(blogger, u1, detectArticle(blogger, u1)).published).toBe('2025-08-20T09:15:00+07:00')
    expect(cleanAuthor('Kontributor Banyuwangi, Ahmad Fauzi')).toBe('Ahmad Fauzi')
    const u2 = new URL('https://m.beritajakarta.id/berita/12345/judul')
    const d2 = doc('', `<div class="isi">${P.repeat(3)}</div>`)
    expect(extractMetadata(d2, u2, detectArticle(d2, u2)).region).toMatchObject({ province: 'Daerah Khusus Ibukota Jakarta' })
  })
})


describe('extractMetadata: hold-out 7 bylines', () => {
  test.each([
    ['Ni Made Wulandari - detikBali', 'Ni Made Wulandari'],
    ['Rina Kusuma - detikJatim', 'Rina Kusuma'],
    ['Andi Wijaya - detikTravel', 'Andi Wijaya'],
    // A name that merely starts like a desk stays whole.
    ['Detika Sari', 'Detika Sari'],
  ])('a detik desk after the name is not part of it: cleanAuthor(%j)', (raw, want) => {
    expect(cleanAuthor(raw)).toBe(want)
  })
})

describe('extractMetadata: hold-out 8 bylines and zones', () => {
  const url = new URL('https://www.contohkab.go.id/news/read/3817/judul-berita-hari-ini')
  const author = (byline: string) => {
    const d = doc('', `<header><h1>Judul Berita Hari Ini di Contoh</h1>${byline}</header><div class="isi">${P.repeat(3)}</div>`)
    return extractMetadata(d, url, detectArticle(d, url)).author
  }
  test('the passive "Diposting oleh:" / "Ditulis oleh" and the English "Posted by" are labels, not part of the name', () => {
    expect(author('<div class="news-meta"><span><i class="fa fa-user"></i> Diposting oleh: Asep Hidayat</span> <span><i class="fa fa-calendar"></i> Sabtu, 30 Agustus 2025 - 09:40 WIB</span></div>')).toBe('Asep Hidayat')
    expect(author('<p class="meta">Ditulis oleh Rina Marlina | 30 Agustus 2025</p>')).toBe('Rina Marlina')
    expect(cleanAuthor('Diunggah oleh: Tim Humas')).toBe('Tim Humas')
    expect(cleanAuthor('Posted by Dewi Lestari')).toBe('Dewi Lestari')
  })
  test('a time without a zone on a central-government site is WIB; a letter number beside it is no date', () => {
    const d = doc('', `<h1>Government Accelerates Seaweed Downstreaming</h1><div class="info"><span>HM.4.6/312/SET.M.EKON.3/08/2025</span> <span>August 27, 2025 | 15:30</span></div><div class="isi">${P.repeat(3)}</div>`)
    const u = new URL('https://www.ekon.go.id/en/publication/detail/6418/government-accelerates-seaweed-downstreaming')
    expect(extractMetadata(d, u, detectArticle(d, u)).published).toBe('2025-08-27T15:30:00+07:00')
  })
  test('WordPress block themes: the Post Author Name block gives the author', () => {
    const d = doc('<meta name="generator" content="WordPress 6.8.2">', `<h1 class="wp-block-post-title">Judul Berita Hari Ini di Contoh</h1><div class="wp-block-post-author-name">Fitri Handayani</div><div class="entry-content wp-block-post-content">${P.repeat(3)}</div>`)
    const u = new URL('https://www.contohkab.go.id/berita/judul-berita-hari-ini/')
    const m = extractMetadata(d, u, detectArticle(d, u))
    expect(m).toMatchObject({ author: 'Fitri Handayani', sources: { author: 'rule' } })
  })
})

describe('extractMetadata: national outlets a user enables (hold-out 11)', () => {
  test('the outlet is the site\'s own og:site_name ("Tempo.co") before the publisher organisation in JSON-LD ("Tempo")', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Judul', datePublished: '2025-10-01T15:40:00+07:00', publisher: { '@type': 'Organization', name: 'Tempo' } }
    const d = doc(`<meta property="og:site_name" content="Tempo.co"><script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<div>${P.repeat(3)}</div>`)
    const url = new URL('https://www.tempo.co/ekonomi/judul-berita-1234567')
    expect(extractMetadata(d, url, detectArticle(d, url)).outlet).toBe('Tempo.co')
  })
  test('a UTC time on an Indonesian site that names no region is shown in WIB; a local offset stays; a foreign site keeps its UTC', () => {
    const head = '<meta property="article:published_time" content="2025-10-03T06:48:00.000Z">'
    const id = doc(`${head}<meta property="og:locale" content="id_ID">`, `<div>${P.repeat(3)}</div>`)
    const url = new URL('https://kumparan.com/kumparannews/judul-berita-25kQz8rTbXw')
    expect(extractMetadata(id, url, detectArticle(id, url)).published).toBe('2025-10-03T13:48:00+07:00')
    const wita = doc('<meta property="og:locale" content="id_ID"><meta property="article:published_time" content="2025-10-06T14:35:00+08:00">', `<div>${P.repeat(3)}</div>`)
    const tribun = new URL('https://kaltim.tribunnews.com/2025/10/06/judul-berita')
    expect(extractMetadata(wita, tribun, detectArticle(wita, tribun)).published).toBe('2025-10-06T14:35:00+08:00')
    const foreign = doc(head, `<div>${P.repeat(3)}</div>`)
    const abroad = new URL('https://example.org/news/judul-berita-hari-ini')
    expect(extractMetadata(foreign, abroad, detectArticle(foreign, abroad)).published).toBe('2025-10-03T06:48:00+00:00')
  })
  test("the page's date-only line above the body is its date: not a photo caption's day between them, nor the event's time in the first paragraph", () => {
    const lead = '<p>Pemerintah kabupaten bersama warga menggelar kerja bakti membersihkan saluran irigasi pada Minggu, 17 Oktober 2027. Kegiatan yang dimulai pukul 06.00 WIB itu diikuti sekitar seribu orang dari sembilan desa.</p>'
    const page = doc(
      '<meta property="og:type" content="article">',
      '<div class="card"><h1>Kerja Bakti Saluran Irigasi</h1><ul class="meta"><li>Senin, 18 Oktober 2027</li><li>Dinas Pekerjaan Umum</li></ul>' +
        '<figure><img src="a.jpg" alt=""><figcaption>Warga membersihkan saluran irigasi, Minggu (17/10/2027).</figcaption></figure>' +
        `<div class="isi">${lead}${P.repeat(2)}</div></div>`,
    )
    const url = new URL('https://www.kotimkab.go.id/berita/kerja-bakti-saluran-irigasi')
    expect(extractMetadata(page, url, detectArticle(page, url)).published).toBe('2027-10-18')
  })
  test('a date line of spans written without spaces keeps its time; a team byline gives way to a "Kontributor:" credit', () => {
    const line = doc(
      '<meta property="og:type" content="article">',
      '<div class="meta"><span>Layanan</span><span>Oleh: Humas RSUD</span><span>Kamis, 26 Nov 2026 | 13:20</span><span>742 kali dibaca</span></div>' +
        `<h2>Judul</h2><div class="isi-berita">${P.repeat(3)}<p>Kontributor: Rahmat Hidayat</p></div>`,
    )
    const url = new URL('https://rsud.kotimkab.go.id/berita/judul-berita-rumah-sakit')
    expect(extractMetadata(line, url, detectArticle(line, url))).toMatchObject({ published: '2026-11-26T13:20:00+07:00', author: 'Rahmat Hidayat' })
    // A date written in separate spans keeps its parts together ("26" "/" "11" …).
    const parts = doc('<meta property="og:type" content="article">', `<div class="meta"><span class="date"><span>26</span>/<span>11</span>/<span>2026</span> 13<span>:</span>20 WIB</span></div><div class="isi-berita">${P.repeat(3)}</div>`)
    expect(extractMetadata(parts, url, detectArticle(parts, url)).published).toBe('2026-11-26T13:20:00+07:00')
    // A team byline with no credited person stays the author.
    const team = doc('<meta property="og:type" content="article">', `<div class="meta"><span>Oleh: Humas RSUD</span></div><div class="isi-berita">${P.repeat(3)}</div>`)
    expect(extractMetadata(team, url, detectArticle(team, url)).author).toBe('Humas RSUD')
    // A site's operator account is a team byline too: the credited person wins.
    const operator = doc('<meta property="og:type" content="article">', `<div class="meta"><span><i class="fa fa-user"></i> Operator Distrik</span></div><div class="isi-berita">${P.repeat(3)}<p>Penulis: Agustina Kiripi</p></div>`)
    expect(extractMetadata(operator, url, detectArticle(operator, url)).author).toBe('Agustina Kiripi')
    // The credit's label in bold, the name in the text after it, an editor on the same line (hold-out 30).
    const bold = doc('<meta property="og:type" content="article">', `<div class="meta"><span><i class="bi bi-person-circle"></i> Humas Dindik</span></div><div class="isi-berita">${P.repeat(3)}<p><strong>Penulis:</strong> Dyah Ayu Kartika | <strong>Editor:</strong> Bambang Irawan</p></div>`)
    expect(extractMetadata(bold, url, detectArticle(bold, url)).author).toBe('Dyah Ayu Kartika')
  })
  test('a post\'s category after the byline\'s spaced dash is no part of the name; a hyphenated name stays whole', () => {
    expect(cleanAuthor('Nurul Fadhilah - Infrastruktur')).toBe('Nurul Fadhilah')
    expect(cleanAuthor('Nurul Fadhilah – Berita Daerah')).toBe('Nurul Fadhilah')
    expect(cleanAuthor('Meiske Rumondor-Lengkong')).toBe('Meiske Rumondor-Lengkong')
    // After a team or an account, the person is the part after the dash.
    expect(cleanAuthor('Admin - Budi Santoso')).toBe('Budi Santoso')
    expect(cleanAuthor('Humas Setda – Rina Marlina')).toBe('Rina Marlina')
  })
  test('an old portal\'s "Site :: Headline" title gives the headline', () => {
    const page = doc('', `<table><tr><td class="judul"><b>Disdukcapil Jemput Bola Rekam KTP-el di 12 Sekolah</b></td></tr><tr><td>${P.repeat(3)}</td></tr></table>`)
    page.title = 'Pemerintah Kabupaten Contoh :: Disdukcapil Jemput Bola Rekam KTP-el di 12 Sekolah'
    const url = new URL('https://contohkab.go.id/berita-1187-disdukcapil-jemput-bola.html')
    expect(extractMetadata(page, url, detectArticle(page, url)).title).toBe('Disdukcapil Jemput Bola Rekam KTP-el di 12 Sekolah')
  })
  test('a village page\'s zone from the regency its div#footer names; a byline\'s role after the name is dropped', () => {
    const village = doc('<meta property="og:type" content="article">',
      `<div id="header">Desa Kambat Selatan</div><h2>Judul</h2><div class="meta">Diposting pada 10 Desember 2026 14:22:05</div><div class="isi">${P.repeat(3)}<p>Penulis: Euis Komariah, Kader Posyandu Mawar 3</p></div><div id="footer">Pemerintah Desa Kambat Selatan, Kabupaten Hulu Sungai Tengah, Kalimantan Selatan</div>`)
    const url = new URL('https://kambatselatan.desa.id/artikel/2026/12/10/judul-berita-desa')
    const m = extractMetadata(village, url, detectArticle(village, url))
    expect(m.published).toBe('2026-12-10T14:22:05+08:00')
    expect(cleanAuthor('Rahmat Hasan (Kaur Perencanaan)')).toBe('Rahmat Hasan')
    expect(cleanAuthor('Euis Komariah, Kader Posyandu Mawar 3')).toBe('Euis Komariah')
    expect(cleanAuthor('Kontributor Banyuwangi, Ahmad Fauzi')).toBe('Ahmad Fauzi')
  })
  test('ministry portals (hold-out 20): a section after the headline in og:title gives way to the <h1>; Drupal 7 RDFa gives the time and the author', () => {
    const site = '<meta property="og:site_name" content="Kementerian Investasi dan Hilirisasi/BKPM">'
    const head = 'Kementerian Investasi Fasilitasi 14 Proyek Hilirisasi Rumput Laut'
    const bkpm = doc(`${site}<meta property="og:title" content="${head} - Siaran Pers - Kementerian Investasi dan Hilirisasi/BKPM">`, `<h1>${head}</h1><div class="isi">${P.repeat(3)}</div>`)
    const url = new URL('https://www.bkpm.go.id/id/publikasi/siaran-pers/judul-siaran-pers')
    expect(extractMetadata(bkpm, url, detectArticle(bkpm, url)).title).toBe(head)
    // A headline whose own words go on after a dash keeps them when the <h1> has them too.
    const full = `${head} - Catatan Akhir Tahun`
    const whole = doc(`<meta property="og:title" content="${full}">`, `<h1>${full}</h1><div class="isi">${P.repeat(3)}</div>`)
    expect(extractMetadata(whole, url, detectArticle(whole, url)).title).toBe(full)
    const drupal = doc('<meta property="og:type" content="article">',
      '<h1>Tim SAR Temukan Dua Nelayan</h1><div class="meta submitted"><span property="dc:date dc:created" content="2026-12-16T19:40:00+07:00" rel="sioc:has_creator">Dikirim oleh <span class="username" property="foaf:name">Yudha Prasetyo</span> pada Rabu, 16/12/2026 - 19:40</span></div>' +
        `<div class="field-item" property="content:encoded"><p>Balikpapan – Tim SAR menemukan dua nelayan, Senin (14/12/2026) pukul 15.20 WITA.</p>${P.repeat(3)}</div>`)
    const sar = new URL('https://basarnas.go.id/berita/tim-sar-temukan-dua-nelayan')
    expect(extractMetadata(drupal, sar, detectArticle(drupal, sar))).toMatchObject({ published: '2026-12-16T19:40:00+07:00', author: 'Yudha Prasetyo' })
  })
  test('a team as the head\'s meta author gives way to a person in the byline by the headline', () => {
    const d = doc('<meta name="author" content="Biro Administrasi Pimpinan Setda Provinsi Contoh">',
      `<h3>Pemprov Salurkan Benih Jagung</h3><div class="info"><span>Sabtu, 19 Desember 2026 | 10:35 WITA</span> <span>Penulis: Yosef Lamablawa</span></div><div class="isi">${P.repeat(3)}</div>`)
    const url = new URL('https://contohprov.go.id/berita.php?id=1&judul=pemprov-salurkan-benih-jagung')
    expect(extractMetadata(d, url, detectArticle(d, url)).author).toBe('Yosef Lamablawa')
    // With no byline the team stays the author.
    const teamOnly = doc('<meta name="author" content="Biro Administrasi Pimpinan Setda Provinsi Contoh">', `<h3>Pemprov Salurkan Benih Jagung</h3><div class="isi">${P.repeat(3)}</div>`)
    expect(extractMetadata(teamOnly, url, detectArticle(teamOnly, url)).author).toBe('Biro Administrasi Pimpinan Setda Provinsi Contoh')
  })
  test('a rule title selector that only matches teasers linking elsewhere gives way to the page\'s headline', () => {
    const d = doc('<meta name="generator" content="WordPress 6.6.2"><meta property="og:type" content="article"><meta property="og:title" content="Pemkab Serahkan Sertifikat Halal Gratis - Diskominfo">',
      `<h1 class="tdb-title-text">Pemkab Serahkan Sertifikat Halal Gratis</h1><div class="entry-content">${P.repeat(3)}</div><div class="related"><h3 class="entry-title td-module-title"><a href="https://contohkab.go.id/bupati-resmikan-pasar/">Bupati Resmikan Pasar</a></h3></div>`)
    const url = new URL('https://contohkab.go.id/pemkab-serahkan-sertifikat-halal-gratis/')
    expect(extractMetadata(d, url, detectArticle(d, url)).title).toBe('Pemkab Serahkan Sertifikat Halal Gratis')
  })
  test('a UTC time on a private outlet with no region is shown in the zone of the address its footer gives', () => {
    const d = doc('<meta property="og:locale" content="id_ID"><meta property="og:type" content="article"><meta property="article:published_time" content="2026-12-27T01:15:00+00:00">',
      `<h1>Pemprov Salurkan Mesin Ketinting</h1><div class="entry-content">${P.replace('PALANGKA RAYA – ', '').repeat(3)}</div><footer>© 2026 PT Poros Media · Jl. Pahlawan Revolusi No. 12, Ternate, Maluku Utara</footer>`)
    const url = new URL('https://www.poroshalmahera.com/halsel/pemprov-salurkan-mesin-ketinting/')
    expect(extractMetadata(d, url, detectArticle(d, url)).published).toBe('2026-12-27T10:15:00+09:00')
  })
  test('a CMS\'s or generator\'s name in the head\'s meta author is never the author: the byline\'s person is (hold-out 37, Lokomedia)', () => {
    const url = new URL('https://contohkota.go.id/berita-1482-pemkot-contoh-targetkan-imunisasi-polio.html')
    const byline = '<span class="judul">Pemkot Contoh Targetkan Imunisasi Polio</span><span class="posting">Diposting oleh : Dian Puspitasari - Dibaca: 214 kali</span>'
    const page = (head: string, footer = '') => {
      const d = doc(head, `${byline}<div class="isi-berita">${P.repeat(3)}</div>${footer}`)
      return extractMetadata(d, url, detectArticle(d, url)).author
    }
    expect(page('<meta name="author" content="Lokomedia">', '<div id="footer">Copyright © 2027 Pemerintah Kota Contoh · Powered by Lokomedia</div>')).toBe('Dian Puspitasari')
    expect(page('<meta name="generator" content="SiteKit 3.2 - CMS Pemda"><meta name="author" content="SiteKit">')).toBe('Dian Puspitasari')
    expect(page('<meta name="author" content="Webgov">', '<footer>© 2027 Pemkot Contoh. Powered by Webgov CMS</footer>')).toBe('Dian Puspitasari')
    // A person in the meta author stays the author.
    expect(page('<meta name="author" content="Rahmat Hidayat">')).toBe('Rahmat Hidayat')
  })
  test('review of bf3a5d1: an office named in the footer\'s "Powered by" / "Didukung oleh" stays the author; only "Powered by X CMS" or the generator\'s name is software', () => {
    const url = new URL('https://diskominfo.contohkab.go.id/berita-1490-vaksinasi-rabies-massal.html')
    const page = (head: string, byline: string, footer: string) => {
      const d = doc(head, `<h1>Vaksinasi Rabies Massal</h1>${byline}<div class="isi-berita">${P.repeat(3)}</div><footer>© 2027 Pemkab Contoh. ${footer}</footer>`)
      return extractMetadata(d, url, detectArticle(d, url)).author
    }
    expect(page('<meta name="author" content="Diskominfo">', '', 'Powered by Diskominfo')).toBe('Diskominfo')
    expect(page('', '<div class="byline"><span>Penulis: Humas Setda</span></div>', 'Powered by Humas Setda')).toBe('Humas Setda')
    expect(page('<meta name="author" content="Diskominfo Sleman">', '', 'Didukung oleh Diskominfo Sleman')).toBe('Diskominfo Sleman')
    // Software still is not: a footer's "… CMS", the generator's name.
    expect(page('<meta name="author" content="Webgov">', '', 'Powered by Webgov CMS')).toBeNull()
    expect(page('<meta name="generator" content="SiteKit 3.2"><meta name="author" content="SiteKit">', '', 'Powered by SiteKit')).toBeNull()
  })
  test('a regional host the gazetteer does not know (jogjakota.go.id) takes the region its site names, of the kind its label says (hold-out 36)', () => {
    const page = (host: string, siteName: string) => {
      const d = doc(`<meta property="og:site_name" content="${siteName}"><title>Klinik Tumbuh Kembang Dibuka | ${siteName}</title>`,
        `<h2>Klinik Tumbuh Kembang Dibuka</h2><div class="entry-content">${P.repeat(3)}</div>`)
      const url = new URL(`https://${host}/berita/detail/872/klinik-tumbuh-kembang-dibuka`)
      const { province, regency } = extractMetadata(d, url, detectArticle(d, url)).region
      return { province, regency }
    }
    expect(page('rsud.jogjakota.go.id', 'RSUD Kota Yogyakarta')).toEqual({ province: 'Daerah Istimewa Yogyakarta', regency: 'Yogyakarta' })
    expect(page('jogjakota.go.id', 'Pemerintah Kota Yogyakarta')).toEqual({ province: 'Daerah Istimewa Yogyakarta', regency: 'Yogyakarta' })
    // A regency's name on a "…kota" host, or a central body's host: no region from the name.
    expect(page('rsud.jogjakota.go.id', 'RSUD Kabupaten Sleman')).toEqual({ province: null, regency: null })
    expect(page('kemenkes.go.id', 'RSUD Kota Yogyakarta')).toEqual({ province: null, regency: null })
    // A host the gazetteer knows keeps its region.
    expect(page('rsud.blitarkota.go.id', 'RSUD Kota Yogyakarta')).toEqual({ province: 'Jawa Timur', regency: 'Blitar' })
  })
})

describe('extractMetadata: review of b04c2c4', () => {
  test('an "updated" line or a photo caption above the body never beats the lead\'s date and time; the page\'s own date line still does', () => {
    const lead = '<p>PEMALANG – Senin, 9 Maret 2026 pukul 10.00 WIB, Pemerintah Kabupaten Contoh resmi menerapkan kawasan tanpa rokok di seluruh sekolah, fasilitas kesehatan dan kantor pemerintah.</p>' +
      '<p>Kepala Dinas Kesehatan, Sri Mulyani, mengatakan sosialisasi sudah dilakukan selama dua pekan di 31 kecamatan. "Kami mulai dengan teguran, baru kemudian denda," kata Sri.</p>' +
      '<p>Satpol PP akan melakukan patroli bersama petugas dinas kesehatan setiap pekan untuk memastikan aturan dipatuhi di seluruh kantor pemerintah dan sekolah.</p>'
    const url = new URL('https://www.contohkab.go.id/berita/kawasan-tanpa-rokok-mulai-berlaku')
    const published = (above: string) => {
      const page = doc('<title>KTR Berlaku</title>', `<header><a href="/">Beranda</a></header><main><article><h1>Kawasan Tanpa Rokok Mulai Berlaku</h1>${above}<div class="isi">${lead}</div></article></main><footer>Hak cipta</footer>`)
      return extractMetadata(page, url, detectArticle(page, url)).published
    }
    expect(published('<div class="meta">Diperbarui: 16 Maret 2026</div>')).toBe('2026-03-09T10:00:00+07:00')
    expect(published('<img src="a.jpg"><p class="caption">Foto: dokumentasi sosialisasi, 2 Maret 2026</p>')).toBe('2026-03-09T10:00:00+07:00')
    expect(published('<div class="meta">Senin, 9 Maret 2026 | Dilihat 120 kali</div>')).toBe('2026-03-09')
  })
})

// A lead that gives an event's day and time to come, for the date rules below.
const lead = '<p>Pemerintah Kabupaten Contoh akan menggelar jalan sehat pada Minggu, 15 Maret 2026 pukul 06.00 WIB di alun-alun, diikuti sekitar 5.000 warga dan aparatur sipil negara.</p>' +
  '<p>Kepala Dinas Kesehatan, Sri Mulyani, mengatakan kegiatan itu bagian dari kampanye hidup sehat. "Kami ajak seluruh warga ikut," kata Sri, Senin (9/3/2026).</p>' +
  '<p>Panitia menyiapkan hadiah utama berupa sepeda motor dan puluhan hadiah hiburan bagi peserta yang menyelesaikan rute sejauh lima kilometer.</p>'
const url = new URL('https://www.contohkab.go.id/berita/jalan-sehat-hari-jadi')
const published = (above: string, below = '') => {
  const page = doc('<title>Jalan Sehat</title>', `<main><article><h1>Jalan Sehat Hari Jadi</h1>${above}<div class="isi">${lead}</div>${below}</article></main>`)
  return extractMetadata(page, url, detectArticle(page, url)).published
}

describe('extractMetadata: review of 0c285a7', () => {
  test('a bare date from the markup (a <time> below the body, an itemprop title) stops the lead\'s event time', () => {
    expect(published('', '<footer>Diposting <time datetime="2026-03-09">9 Maret 2026</time></footer>')).toBe('2026-03-09')
    expect(published('<abbr itemprop="datePublished" title="2026-03-09">9 Maret</abbr>')).toBe('2026-03-09')
  })
  test('captions in their other shapes and "Diupdate"/"Terakhir diperbarui" lines do not', () => {
    for (const above of [
      '<img src="a.jpg"><p class="ket-foto">Bupati meninjau lokasi, Senin (2/3/2026).</p>',
      '<img src="a.jpg"><p>Bupati meninjau lokasi, Senin (2/3/2026). (Foto: Humas)</p>',
      '<img src="a.jpg"><p>FOTO – Bupati meninjau lokasi, 2 Maret 2026</p>',
      '<img src="a.jpg"><p>Keterangan foto: Bupati meninjau lokasi, 2 Maret 2026</p>',
      '<div class="meta">Diupdate 16 Maret 2026</div>',
      '<div class="meta">Terakhir diperbarui: 16 Maret 2026</div>',
    ]) expect(published(above), above).toBe('2026-03-15T06:00:00+07:00')
  })
})

describe('extractMetadata: review of this session\'s date rules', () => {
  test('the page\'s date line or byline right under its featured image is no caption', () => {
    expect(published('<div class="thumb"><img src="a.jpg"></div><div class="meta">Senin, 9 Maret 2026</div>')).toBe('2026-03-09')
    expect(published('<figure><img src="a.jpg"></figure><div class="post-meta">Admin | 9 Maret 2026</div>')).toBe('2026-03-09')
  })
  test('another story\'s <time> in a related list does not stop the lead\'s time', () => {
    expect(published('', '<aside class="related"><ul><li><a href="/berita/lain">Berita lain</a> <time datetime="2026-02-01">1 Februari 2026</time></li></ul></aside>')).toBe('2026-03-15T06:00:00+07:00')
  })
})

describe('extractMetadata: second review of this session\'s date rules', () => {
  test('the page\'s own <time> inside the article is kept, whatever a wrapper\'s class says ("right-sidebar", "elementor-widget")', () => {
    const page = doc('<title>Jalan Sehat</title>', `<div class="site right-sidebar"><div class="elementor-widget"><main><article><h1>Jalan Sehat Hari Jadi</h1><div class="isi"><p class="meta"><time datetime="2026-03-10T09:12:00+07:00">10 Maret 2026</time></p>${lead}</div></article></main></div></div>`)
    expect(extractMetadata(page, url, detectArticle(page, url)).published).toBe('2026-03-10T09:12:00+07:00')
  })
})

describe('extractMetadata: third review of this session\'s date rules', () => {
  test('another story\'s <time> in a related box inside the body, or in a sidebar beside it, is not the page\'s date', () => {
    const related = '<div class="related-posts"><ul><li><a href="/berita/lain-1">Berita lain</a> <time datetime="2025-12-01T08:00:00+07:00">1 Desember 2025</time></li></ul></div>'
    const sidebar = '<div class="sidebar col-md-4"><div class="post-item"><a href="/berita/lain-2">Berita lain</a><time datetime="2026-03-12T08:01:00+07:00">12 Maret 2026</time></div></div>'
    for (const [inBody, beside] of [[related, ''], ['', sidebar]]) {
      const page = doc('<title>Jalan Sehat</title>', `<main><article><h1>Jalan Sehat Hari Jadi</h1><div class="tanggal">Selasa, 10 Maret 2026</div><div class="isi">${lead}${inBody}</div></article>${beside}</main>`)
      expect(extractMetadata(page, url, detectArticle(page, url)).published).toBe('2026-03-10')
    }
  })
})

describe('extractMetadata: fourth review of this session\'s date rules', () => {
  test('the page\'s own <time> in its meta list or entry-meta inside the article is its date, even with a comment\'s <time> below', () => {
    const comment = '<section class="comments"><time datetime="2026-03-14T20:00:00+07:00">14 Maret 2026</time></section>'
    for (const meta of [
      '<ul class="post-meta"><li><a href="/author/admin">Admin</a> <time datetime="2026-03-10T09:15:00+07:00">10 Maret 2026</time></li></ul>',
      '<aside class="entry-meta"><time datetime="2026-03-10T09:15:00+07:00">10 Maret 2026</time></aside>',
    ]) {
      const page = doc('<title>Jalan Sehat</title>', `<main><article><h1>Jalan Sehat Hari Jadi</h1>${meta}<div class="isi">${lead}</div></article>${comment}</main>`)
      expect(extractMetadata(page, url, detectArticle(page, url)).published, meta).toBe('2026-03-10T09:15:00+07:00')
    }
  })
})

