// @vitest-environment happy-dom
import { describe, expect, it, test } from 'vitest'
import { detectArticle } from './detect-article.ts'

const P = 'Pemerintah Provinsi Kalimantan Tengah menggelar rapat koordinasi bersama perangkat daerah untuk membahas percepatan penurunan stunting, pemutakhiran data keluarga berisiko dan anggaran pendampingan di setiap kabupaten.'
const article = (n = 4) => Array.from({ length: n }, (_, i) => `<p>${P} Paragraf ke-${i + 1} berisi keterangan tambahan dari narasumber.</p>`).join('')
const parse = (html: string, type: DOMParserSupportedType = 'text/html') => new DOMParser().parseFromString(html, type)

describe('detectArticle: odd documents never throw', () => {
  test('XML document (no body)', () => {
    const d = detectArticle(parse('<rss><channel><item><title>x</title></item></channel></rss>', 'application/xml'), new URL('https://contoh.go.id/feed'))
    expect(d.isArticle).toBe(false)
    expect(d.reason).toMatch(/no document body/)
  })
  test('frameset document', () => {
    const d = detectArticle(parse('<html><head><title>x</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'), new URL('https://contoh.go.id/berita/pemkab-gelar-rapat-koordinasi'))
    expect(d.isArticle).toBe(false)
    expect(d.reason).toMatch(/frameset/)
  })
  test('document whose body was removed', () => {
    const doc = parse('<html><body><p>x</p></body></html>')
    doc.documentElement.removeChild(doc.body)
    expect(detectArticle(doc, new URL('https://contoh.go.id/x')).isArticle).toBe(false)
  })
  test('empty body', () => {
    const d = detectArticle(parse('<html><body></body></html>'), new URL('https://contoh.go.id/berita/pemkab-gelar-rapat-koordinasi'))
    expect(d).toMatchObject({ isArticle: false, root: null })
  })
  test('giant single text node: judged without throwing, in linear time', () => {
    const words = Array.from({ length: 60_000 }, (_, i) => (i % 17 === 16 ? 'kata.' : 'kata')).join(' ')
    const doc = parse('<html><body></body></html>')
    doc.body.appendChild(doc.createTextNode(words))
    const t0 = performance.now()
    const d = detectArticle(doc, new URL('https://contoh.go.id/berita/pemkab-gelar-rapat-koordinasi'))
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(d.signals).toContain('density:body')
  })
  test('malformed JSON-LD is ignored', () => {
    const d = detectArticle(parse(`<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script></head><body><article>${article()}</article></body></html>`), new URL('https://contoh.go.id/berita/pemkab-gelar-rapat-koordinasi'))
    expect(d.isArticle).toBe(true)
    expect(d.signals.some((s) => s.startsWith('jsonld'))).toBe(false)
  })
})

describe('detectArticle: signals', () => {
  test('JSON-LD NewsArticle + prose on an unknown site', () => {
    const d = detectArticle(parse(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script></head><body><nav><a href="/">Beranda</a></nav><div class="isi">${article()}</div><footer>Hak cipta</footer></body></html>`), new URL('https://contoh.go.id/read/12345/x'))
    expect(d.isArticle).toBe(true)
    expect(d.signals).toEqual(expect.arrayContaining(['jsonld:NewsArticle', 'density:body', 'url:id']))
    expect(d.root?.className).toBe('isi')
  })
  test('a collection page that lists its articles as NewsArticle nodes in JSON-LD gets no article bonus', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'CollectionPage', name: 'Berita' }, { '@type': 'ItemList' }, { '@type': 'NewsArticle', headline: 'a' }, { '@type': 'NewsArticle', headline: 'b' }] })
    const d = detectArticle(parse(`<html><head><script type="application/ld+json">${ld}</script></head><body><div class="isi">${article()}</div></body></html>`), new URL('https://contoh.go.id/kabar-terkini-pemerintah-daerah'))
    expect(d.signals).toContain('jsonld:collection')
    expect(d.signals.some((s) => s.startsWith('jsonld:NewsArticle'))).toBe(false)
  })
  test('the home page is never an article, whatever its markup', () => {
    const d = detectArticle(parse(`<html><head><meta property="og:type" content="article"></head><body><div>${article(6)}</div></body></html>`), new URL('https://sukamaju.desa.id/'))
    expect(d.isArticle).toBe(false)
    expect(d.reason).toMatch(/listing URL/)
  })
  test('a teaser listing with quotes and acronyms is not an article', () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<div class="item"><h3><a href="/berita/judul-berita-nomor-${i}">Gubernur Kalteng Minta OPD Percepat Realisasi APBD ${i}</a></h3><p>“Kami minta TPID turun ke pasar,” kata Sekda Kalteng dalam Rakor Pengendalian Inflasi Daerah (TPID) di Palangka Raya, Senin.</p></div>`).join('')
    const d = detectArticle(parse(`<html><body><div class="list">${cards}</div></body></html>`), new URL('https://contoh.go.id/kabar-terkini-pemerintah-daerah'))
    expect(d.isArticle).toBe(false)
  })
  test('reason says "unsure" when the score is just below the threshold', () => {
    const d = detectArticle(parse(`<html><head><meta property="og:type" content="website"></head><body><div>${article(2)}</div></body></html>`), new URL('https://contoh.go.id/profil/sejarah-singkat-dinas'))
    expect(d.isArticle).toBe(false)
    expect(d.reason).toMatch(/score/)
  })
})

describe('the end of the article (rule bodyEnd)', () => {
  const page = (body: string) =>
    new DOMParser().parseFromString(
      `<html><head><meta property="og:type" content="articel"></head><body><div class="content-body"><div class="card"><div class="card-body">
       <ul class="list-inline"><li><i class="fa fa-user"></i> A</li><li><i class="fa fa-clock-o"></i> 29 Oktober 2025 15:30</li></ul>
       ${body}</div></div></div></body></html>`,
      'text/html',
    )
  const prose = '<p>MMCKalteng - Palangka Raya – Pemerintah Provinsi Kalimantan Tengah menggelar rapat koordinasi pengendalian inflasi daerah bersama seluruh kabupaten dan kota.</p>'.repeat(3)
  const url = new URL('http://mmc.kalteng.go.id/berita/read/1/rapat-koordinasi')

  it('ends the article at the share toolbar that follows the prose', () => {
    const doc = page(`${prose}<div class="addthis_inline_share_toolbox"></div><div class="row"><a href="/berita/read/2/x"><h5>Lain</h5></a></div>`)
    const detection = detectArticle(doc, url)
    expect(detection.isArticle).toBe(true)
    expect(detection.end?.className).toBe('addthis_inline_share_toolbox')
  })

  it('does not end the article at a toolbar printed before the prose', () => {
    const doc = page(`<div class="addthis_inline_share_toolbox"></div>${prose}`)
    expect(detectArticle(doc, url).end).toBeNull()
  })
})

describe('detectArticle: article shapes of unseen portals', () => {
  const doc = (body: string, head = '') => parse(`<html><head>${head}</head><body>${body}</body></html>`)
  const titles = ['Pemkab Gelar Rapat Koordinasi Penanganan Banjir', 'Dinas Kesehatan Latih Kader Posyandu di Desa', 'Bupati Resmikan Jembatan Gantung Penghubung Dua Desa', 'Disdik Salurkan Bantuan Seragam bagi Siswa SD', 'Warga Antusias Ikuti Pasar Murah Jelang Hari Raya', 'BPBD Siagakan Tim Pemadam di Desa Rawan Karhutla']
  const linkList = (n: number) => `<ul>${titles.slice(0, n).map((t, i) => `<li><a href="/berita/${i}">${t}</a></li>`).join('')}</ul>`
  const url = new URL('https://kabupatencontoh.go.id/berita/pemkab-gelar-rapat-koordinasi-stunting')

  test('a related list ending the body does not make an article a listing', () => {
    const d = detectArticle(doc(`<div class="isi">${article(3)}<h4>Berita Terkait</h4>${linkList(6)}</div>`), url)
    expect(d.isArticle).toBe(true)
    expect(d.stats?.headlineLinks).toBe(0)
  })
  test('a document list in mid-article counts as one run of headline links', () => {
    const d = detectArticle(doc(`<div class="isi">${article(2)}${linkList(6)}${article(2)}</div>`), url)
    expect(d.isArticle).toBe(true)
    expect(d.stats?.headlineLinks).toBe(1)
  })
  test('a listing whose titles are plain headings and whose items link only "Selengkapnya" is a listing', () => {
    const items = titles.map((t, i) => `<div class="item"><h3>${t}</h3><p>${P}</p><a class="btn" href="/berita-dewan/${i}">Selengkapnya</a></div>`).join('')
    const d = detectArticle(doc(`<div class="list">${items}</div>`), new URL('https://dprd.contoh.go.id/berita-dewan'))
    expect(d.isArticle).toBe(false)
    expect(d.signals.some((s) => s.startsWith('density:listing'))).toBe(true)
  })
  test('layout rows that share a class are not teaser cards', () => {
    const rows = `<div class="container"><div class="row"><div class="col-12">Beranda / Berita</div></div><div class="row"><div class="col-12"><h1>Judul</h1></div></div><div class="row"><div class="col-12"><div class="isi">${article(4)}</div></div></div><div class="row"><div class="col-12">Bagikan</div></div></div>`
    const d = detectArticle(doc(rows), url)
    expect(d.isArticle).toBe(true)
    expect(d.signals.some((s) => s.startsWith('density:card'))).toBe(false)
  })
  test('paragraphs written as <div>s: the body is their parent, not the longest one', () => {
    const d = detectArticle(doc(`<div class="isi"><div>${P}<br>${P}</div><div>${P}</div><div>${P}</div></div>`), url)
    expect(d.isArticle).toBe(true)
    expect(d.root?.className).toBe('isi')
  })
  test('a date written "(4/8)" without the year is a date cue', () => {
    const d = detectArticle(doc(`<div class="isi"><p>Dinas PUPR mulai memperbaiki ruas jalan poros desa pada Senin (4/8). ${P}</p>${article(2)}</div>`), url)
    expect(d.signals).toContain('text:date')
  })
  test('a short article (two paragraphs) with its date line between title and body is an article', () => {
    const two = `<p>${P} ${P}</p><p>${P} ${P}</p>`
    const page = (meta: string) => parse(`<html><head><meta property="og:type" content="article"></head><body><div class="post"><h1>Judul</h1>${meta}<div class="post-content">${two}</div></div></body></html>`)
    const u = new URL('https://dlh.contoh.go.id/berita/bank-sampah-kumpulkan-tiga-ton-plastik')
    const withDate = detectArticle(page('<div class="post-meta">Diterbitkan 10 Agustus 2025 oleh Redaksi</div>'), u)
    expect(withDate.isArticle).toBe(true)
    expect(withDate.signals).toContain('text:date-above')
    const without = detectArticle(page('<div class="post-meta">oleh Redaksi</div>'), u)
    expect(without.isArticle).toBe(false)
    expect(without.signals).not.toContain('text:date-above')
  })
  test('an announcement under /pengumuman/ is not an article, even with og:type article and prose', () => {
    const d = detectArticle(parse(`<html><head><meta property="og:type" content="article"></head><body><div class="isi">${article(3)}</div></body></html>`), new URL('https://bkpsdm.contoh.go.id/pengumuman/detail/77/pengumuman-seleksi-pendamping-desa'))
    expect(d.isArticle).toBe(false)
    expect(d.signals).toContain('url:notice')
  })
})

describe('detectArticle: a body the CMS split around an ad slot', () => {
  test('both halves are the article (their parent), a related box beside them is not', () => {
    const doc = parse(
      `<html><body><main><div class="post-detail"><h1>Judul</h1><div class="post-content part-1">${article(3)}</div>` +
        `<div class="ads-inarticle"><span>Advertisement</span></div><div class="post-content part-2"><p>${P} Paragraf penutup dari kedua.</p><p>${P} Paragraf penutup terakhir.</p></div></div>` +
        `<aside class="related"><p>${P} Ringkasan berita lain.</p></aside></main></body></html>`,
    )
    const d = detectArticle(doc, new URL('https://dprd.contoh.go.id/berita/12345/dprd-setujui-ranperda'))
    expect(d.isArticle).toBe(true)
    expect(d.root?.className).toBe('post-detail')
    expect(d.root?.textContent).toContain('Paragraf penutup terakhir')
    expect(d.root?.textContent).not.toContain('Ringkasan berita lain')
  })
  test('parts one level further down, each in a wrapper with its own title, are one body (Liputan6\'s item pages)', () => {
    const page = (title: string, n: number) =>
      `<div class="article-content-body__item-page">${title ? `<div class="article-content-body__item-title"><h2>${title}</h2></div>` : ''}<div class="article-content-body__item-content">${article(n)}</div></div>`
    const doc = parse(`<html><body><article><h1>Judul</h1><div class="article-content-body">${page('', 2)}${page('Penelusuran Fakta', 3)}${page('Kesimpulan', 1)}</div><section class="related"><p>${P} Ringkasan berita lain.</p></section></article></body></html>`)
    const d = detectArticle(doc, new URL('https://www.liputan6.com/cek-fakta/read/6123456/cek-fakta-judul'))
    expect(d.root?.className).toBe('article-content-body')
    expect(d.root?.textContent).not.toContain('Ringkasan berita lain')
  })
  test('an infinite-scroll page: the next story appended as an <article> like the first, with its own title, stays out', () => {
    const story = (title: string, n: number, extra = '') => `<article class="read${extra}"><h1 class="read__title">${title}</h1><div class="read__info">Penulis: Redaksi</div><div class="read__content">${article(n)}</div></article>`
    const doc = parse(`<html><body><div class="stream">${story('Judul Pertama', 4)}<div class="read-stream__divider">Artikel Selanjutnya</div>${story('Judul Kedua', 3, ' read--next')}</div></body></html>`)
    const d = detectArticle(doc, new URL('https://kaltengpos.jawapos.com/daerah/2025/10/12/judul-pertama'))
    expect(d.root?.className).toBe('read__content')
    expect(d.root?.closest('article')?.querySelector('h1')?.textContent).toBe('Judul Pertama')
  })
  test('class names a CSS-in-JS library generates join no parts: a byline box that shares them stays out', () => {
    const styled = 'Viewweb__StyledView-sc-b0snvl-0 fJbZvY'
    const doc = parse(`<html><body><div class="wrap"><div data-qa-id="story-content" class="${styled}">${article(4)}</div><div data-qa-id="author-info" class="${styled}"><div><span>kumparanNEWS</span><span>Jumat, 3 Oktober 2025 13:48 WIB</span></div></div></div></body></html>`)
    const d = detectArticle(doc, new URL('https://kumparan.com/kumparannews/judul-berita-25kQz8rTbXw'))
    expect(d.root?.getAttribute('data-qa-id')).toBe('story-content')
  })
  test('a single body with an unrelated prose sibling stays the body', () => {
    const doc = parse(`<html><body><main><div class="wrap"><div class="post-content">${article(4)}</div><div class="comments"><p>${P} Komentar pembaca.</p></div></div></main></body></html>`)
    const d = detectArticle(doc, new URL('https://contoh.go.id/berita/12345/pemkab-gelar-rapat'))
    expect(d.root?.className).toBe('post-content')
  })
})

describe('detectArticle: hold-out 4 shapes', () => {
  test('a K2 teaser and full text in sibling containers ("itemIntroText" / "itemFullText") are one body', () => {
    const doc = parse(`<html><body><div class="itemView"><h2>Judul</h2><div class="itemBody"><div class="itemIntroText"><p>${P} Pembuka berita.</p></div><div class="itemFullText">${article(4)}</div></div><div class="itemLinks"><a href="/a">Tautan</a></div></div></body></html>`)
    const d = detectArticle(doc, new URL('https://bappeda.contoh.go.id/index.php/berita/item/1487-forum-konsultasi-publik'))
    expect(d.isArticle).toBe(true)
    expect(d.root?.className).toBe('itemBody')
  })
  test('a photo page whose only long texts are figure captions is not an article', () => {
    const figures = Array.from({ length: 7 }, (_, i) => `<figure><img src="/f${i}.jpg" alt=""><figcaption>${P} Foto ke-${i + 1}.</figcaption></figure>`).join('')
    const doc = parse(`<html><head><meta property="og:type" content="article"></head><body><h1>Dokumentasi Kunjungan Kerja</h1><div class="dok">${figures}</div></body></html>`)
    expect(detectArticle(doc, new URL('https://humas.contoh.go.id/dokumentasi/2025/08/20/kunjungan-kerja')).isArticle).toBe(false)
  })
})

describe('detectArticle: hold-out 6 shapes', () => {
  test('a Blogger post: the body is one <span> with <br><br> between paragraphs, inside a "widget Blog"', () => {
    const runs = Array.from({ length: 4 }, (_, i) => `${P} Bagian ke-${i + 1}.`).join('<br /><br />')
    const doc = parse(`<html><body><div class="widget Blog" id="Blog1"><div class="post hentry"><h3>Judul</h3><div class="post-body entry-content"><div style="text-align: justify;"><span style="font-family: arial;">${runs}</span></div></div></div></div><div class="widget HTML"><h2>Arsip</h2><ul><li><a href="/a">Agustus</a></li></ul></div></body></html>`)
    const d = detectArticle(doc, new URL('https://bumiharjo.desa.id/2025/08/pemdes-gelar-pelatihan.html'))
    expect(d.isArticle).toBe(true)
  })
  test('a press release under /publikasi/siaran-pers… is news; an official\'s profile page and a "page not found" are not', () => {
    const body = `<h1>BKF Terbitkan Laporan Belanja Perpajakan</h1><div class="isi">${article(5)}</div>`
    const press = parse(`<html><head><meta property="og:type" content="article"></head><body>${body}</body></html>`)
    expect(detectArticle(press, new URL('https://fiskal.kemenkeu.go.id/publikasi/siaran-pers-detil/612/bkf-terbitkan-laporan')).isArticle).toBe(true)
    const profile = parse(`<html><head><meta property="og:type" content="article"></head><body><h1>Drs. Haryanto</h1><div class="isi">${article(4)}</div></body></html>`)
    expect(detectArticle(profile, new URL('https://setda.contoh.go.id/profil-pejabat/12/drs-haryanto')).isArticle).toBe(false)
    const missing = parse(`<html><head><title>Halaman tidak ditemukan - Pemkot Contoh</title></head><body><h1>Halaman tidak ditemukan</h1><div class="isi">${article(3)}</div></body></html>`)
    expect(detectArticle(missing, new URL('https://contoh.go.id/berita/2025/08/20/pemkot-gelar-pekan-batik')).reason).toBe('page not found')
  })
})


describe('detectArticle: hold-out 7 shapes', () => {
  test('an Elementor page: the text in nested elementor-widget wraps is found; an Elementor sidebar widget is still no body', () => {
    const widget = (type: string, inner: string) => `<div class="elementor-element elementor-widget elementor-widget-${type}"><div class="elementor-widget-container">${inner}</div></div>`
    const column = (widgets: string) => `<div class="elementor-column"><div class="elementor-widget-wrap elementor-element-populated">${widgets}</div></div>`
    const teasers = Array.from({ length: 6 }, (_, i) => `<p>${P} Ringkasan berita lain ke-${i + 1}.</p>`).join('')
    const doc = parse(`<html><head><meta property="og:type" content="article"></head><body><div class="elementor elementor-location-single"><section class="elementor-section"><div class="elementor-container">${column(widget('theme-post-title', '<h1>Judul</h1>') + widget('theme-post-content', article(3)))}${column(widget('sidebar', teasers))}</div></section></div></body></html>`)
    const d = detectArticle(doc, new URL('https://www.contohkab.go.id/berita/pemkab-tata-ulang-kawasan-wisata-telaga/2/'))
    expect(d.isArticle).toBe(true)
    expect(d.root?.parentElement?.className).toContain('elementor-widget-theme-post-content')
  })
  test('a "Berita Lainnya" block of teasers inside the body, longer than the article, is neither its prose nor a listing', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<div class="item"><h5><a href="/berita/detail/lain-${i}">Bupati Resmikan Pasar Rakyat Nomor ${i + 1}</a></h5><span>24 Agustus 2025</span><p>${P} ${P}</p></div>`).join('')
    const page = (before: string) => parse(`<html><head><meta property="og:type" content="article"></head><body><div class="isi-berita">${before}<div class="berita-lainnya"><h4>Berita Lainnya</h4>${cards}</div></div></body></html>`)
    const url = new URL('https://www.contohkab.go.id/berita/detail/pemkab-gratiskan-sertifikat-halal-umkm')
    const withArticle = detectArticle(page(article(3)), url)
    expect(withArticle.isArticle).toBe(true)
    expect(withArticle.stats).toMatchObject({ proseParagraphs: 3, headlineLinks: 0 })
    // Without an article above it the block is all there is: no prose left, not an article.
    const alone = detectArticle(page(''), url)
    expect(alone.isArticle).toBe(false)
  })
  test('a JDIH regulation page with an abstract in prose is a document, not an article', () => {
    const doc = parse(`<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2025-08-04T10:12:00+07:00"></head><body><h1>Peraturan Daerah Nomor 5 Tahun 2025</h1><div class="abstrak">${article(4)}</div></body></html>`)
    const d = detectArticle(doc, new URL('https://jdih.contohprov.go.id/produk-hukum/detail/3418/peraturan-daerah-nomor-5-tahun-2025-tentang-cadangan-pangan'))
    expect(d.isArticle).toBe(false)
    expect(d.signals).toContain('url:documents')
  })
})

describe('detectArticle: hold-out 21 shapes', () => {
  const runs = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `${P} Bagian ke-${i + from} memuat keterangan narasumber.<br><br>`).join('')
  test('an ASP.NET Web Forms page (the whole page in one postback <form>): the body inside it is found', () => {
    const doc = parse(`<html><head><title>Berita - Pemerintah Kabupaten Contoh</title></head><body><form method="post" action="./Detail.aspx?id=7" id="form1"><input type="hidden" name="__VIEWSTATE" value="x"><div id="menu"><a href="/">Beranda</a></div><div id="kiri"><h1>Pemkab Serahkan Ambulans Desa</h1><div class="isi"><span id="lblIsi">SUKAMAJU – ${runs(4)}</span></div></div></form></body></html>`)
    const d = detectArticle(doc, new URL('https://www.contohkab.go.id/Berita/Detail.aspx?id=7'))
    expect(d.isArticle).toBe(true)
    expect(d.root?.textContent).toContain('Bagian ke-4')
    // A search form elsewhere on a page is still chrome: its text never becomes the body.
    const search = parse(`<html><body><header><form><p>${P} ${P}</p></form></header><article><h1>Judul</h1>${article(4)}</article></body></html>`)
    expect(detectArticle(search, new URL('https://contoh.go.id/berita/pemkab-gelar-rapat-koordinasi')).root?.tagName).toBe('ARTICLE')
  })
  test('a body an editor wrote as two classless <div style> parts with a related box between them: both parts are the body', () => {
    const part = (html: string) => `<div style="text-align: justify;"><div><font face="Arial">${html}</font></div></div>`
    const doc = parse(`<html><head><meta property="og:type" content="website"></head><body><h1 class="site">PEMERINTAH PROVINSI CONTOH</h1><div class="isi-berita">${part(`KUPANG – ${runs(2)}`)}<div class="terkait"><div>Berita Terkait</div><ul><li><a href="/b?id=1">Gubernur Minta Kabupaten Percepat Penyaluran Pupuk</a></li></ul></div>${part(runs(3, 3))}</div></body></html>`)
    const d = detectArticle(doc, new URL('https://contohprov.go.id/berita.php?id=14821&judul=pemprov-salurkan-benih-jagung'))
    expect(d.isArticle).toBe(true)
    expect(d.root?.className).toBe('isi-berita')
    expect(d.stats?.proseParagraphs).toBe(5)
  })
})

describe('detectArticle: hold-out 22 shapes', () => {
  test('a theme\'s column wrapper named after its sidebar ("background_color_sidebar") that holds the post is walked', () => {
    const doc = parse(`<html><head><meta property="og:type" content="article"></head><body><div class="two_columns_75_25 background_color_sidebar grid2"><div class="column1"><article class="post"><h2>Dinkes Gelar Imunisasi Kejar</h2><div class="wpb_wrapper">${article(4)}</div></article></div><div class="column2"><aside class="sidebar"><p>Berita terbaru dan agenda dinas.</p></aside></div></div></body></html>`)
    const d = detectArticle(doc, new URL('https://dinkes.contohprov.go.id/2026/12/19/dinkes-gelar-imunisasi-kejar/'))
    expect(d.isArticle).toBe(true)
    expect(d.stats?.proseParagraphs).toBe(4)
    // A real sidebar, or a comment list that holds <article>s, is still no body.
    const comments = parse(`<html><head><meta property="og:type" content="article"></head><body><article><h1>Judul</h1>${article(3)}</article><div class="comments-area"><article class="comment"><p>${P} ${P} ${P}</p></article><article class="comment"><p>${P} ${P}</p></article></div></body></html>`)
    expect(detectArticle(comments, new URL('https://contoh.go.id/berita/pemkab-gelar-rapat-koordinasi')).root?.tagName).toBe('ARTICLE')
  })
  test('a site\'s standing page (/profil/struktur-organisasi/) is no article, even when its head says BlogPosting', () => {
    const doc = parse(`<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-05T08:00:00+07:00"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Struktur Organisasi"}</script></head><body><h1>Struktur Organisasi</h1><div class="post-content">${article(5)}</div></body></html>`)
    expect(detectArticle(doc, new URL('https://dkp.contohprov.go.id/profil/struktur-organisasi/')).isArticle).toBe(false)
  })
})

describe('detectArticle: review of bf3a5d1', () => {
  const REQ = [
    'Pembuatan KTP elektronik bagi penduduk yang telah berusia tujuh belas tahun atau sudah menikah dilayani di kantor dinas dan di setiap kecamatan tanpa dipungut biaya apa pun.',
    'Pemohon membawa fotokopi kartu keluarga, surat pengantar dari kelurahan dan akta kelahiran asli, lalu mengisi formulir permohonan yang tersedia di loket pendaftaran pelayanan.',
    'Perekaman sidik jari, iris mata dan foto wajah dilakukan oleh petugas di ruang perekaman, dan kartu dapat diambil setelah blangko tersedia sesuai dengan nomor antrean pemohon.',
  ].map((p) => `<p>${p}</p>`).join('')
  test('a bare service page under /layanan/ or /pelayanan/ (requirements text, no date, no og tags) is no article; a news post filed there with NewsArticle, og:type and a dateline is', () => {
    const service = parse(`<html><head><title>Pembuatan KTP-el</title></head><body><h1>Pembuatan KTP-el</h1><div class="entry-content">${REQ}</div></body></html>`)
    expect(detectArticle(service, new URL('https://disdukcapil.contohkab.go.id/layanan/pembuatan-ktp-el/')).isArticle).toBe(false)
    expect(detectArticle(service, new URL('https://disdukcapil.contohkab.go.id/pelayanan/perekaman-ktp-el/')).isArticle).toBe(false)
    const news = parse(`<html><head><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pemkab Pekalongan Gelar Operasi Pasar"}</script></head><body><h1>Pemkab Pekalongan Gelar Operasi Pasar</h1><div class="entry-content"><p>KAJEN – Pemerintah Kabupaten Pekalongan menggelar operasi pasar beras SPHP di sembilan belas kecamatan mulai Senin (18/8/2025) untuk menekan harga beras di tingkat konsumen.</p>${article(3)}</div></body></html>`)
    expect(detectArticle(news, new URL('https://diskominfo.pekalongankab.go.id/layanan/pemkab-pekalongan-gelar-operasi-pasar-beras-sphp-di-19-kecamatan/')).isArticle).toBe(true)
  })
})
