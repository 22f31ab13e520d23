// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { stripPromos } from './strip-promos.ts'
import { findSiteRule, SITE_RULES, type SiteRule } from '../sites/site-rules.ts'
import { articleText } from '../text/article-text.ts'
import { normalizeSpace } from '../text/normalize-space.ts'

const rule = (id: string): SiteRule => SITE_RULES.find((r) => r.id === id) as SiteRule
const body = (html: string): Element => {
  document.body.innerHTML = `<div id="root">${html}</div>`
  return document.getElementById('root') as Element
}
const text = (root: Element) => normalizeSpace(articleText(root))
const P1 = 'Kepala Dinas Kesehatan menyampaikan bahwa program imunisasi berjalan sesuai jadwal di seluruh kecamatan.'
const P2 = '“Kami minta orang tua tidak khawatir,” ujarnya di Palangka Raya, Kamis (31/7/2025).'
const P3 = 'Ia menekankan bahwa forum ini harus menghasilkan keputusan konkret, bukan sekadar ajang seremonial.'

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('stripPromos: promo variants from the reference', () => {
  test('MMC 2023 form: <p> (<b>Baca Juga :</b> <a>…</a>) </p> goes whole', () => {
    const root = body(`<p>${P1}</p><p>${P2}</p><p> (<b>Baca Juga :</b> <a style="font-size: 0.92em;" href="/berita/read/48755/judul">Inspektorat Daerah Prov. Kalteng Gelar Sosialisasi</a>) </p><p>${P3}</p>`)
    const r = stripPromos(root, rule('kalteng-cms'))
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]).toMatchObject({ label: 'Baca juga', title: 'Inspektorat Daerah Prov. Kalteng Gelar Sosialisasi', kind: 'related' })
    expect(r.promos[0]?.href).toMatch(/\/berita\/read\/48755\/judul$/)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
    expect(root.querySelectorAll('p')).toHaveLength(3)
  })
  test('MMC live form at the start of the next paragraph: the following words stay', () => {
    const root = body(`<p>${P2}</p><p>Baca juga : <a href="/berita/read/1/x">Inspektorat Daerah Prov. Kalteng Selenggarakan Sosialisasi di Pemkab Kotawaringin Timur</a>${P3}</p>`)
    const r = stripPromos(root, rule('kalteng-cms'))
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P2} ${P3}`))
    expect(root.querySelectorAll('p')[1]?.textContent).toBe(P3)
  })
  test('inline mid-paragraph "(Baca juga: …)" removes only the bracketed promo', () => {
    const root = body(`<p>${P1} (Baca juga: <a href="/x">Judul Lain</a>) ${P2}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('Kompas <p><strong>Baca juga: <a class=inner-link-baca-juga>', () => {
    const root = body(`<p>${P1}</p><p><strong>Baca juga: <a class="inner-link-baca-juga" href="/r">BPS: Inflasi Naik</a></strong></p><p>${P2}</p>`)
    const r = stripPromos(root, rule('kompas'))
    expect(r.promos.map((p) => p.title)).toEqual(['BPS: Inflasi Naik'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('detik table.linksisip, parallax ad, "Simak juga Video", [Gambas:Video 20detik]', () => {
    const root = body(`<p>${P1}</p><table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="/d-1/x">Menhub Imbau Pemudik</a></div></td></tr></tbody></table>
      <div class="parallaxindetail"><div class="paradetail"><span>ADVERTISEMENT</span><span>SCROLL TO CONTINUE WITH CONTENT</span></div></div><p>${P2}</p>
      <p><strong>Simak juga Video 'Ambulans Siaga':</strong></p><p>[Gambas:Video 20detik]</p>`)
    const r = stripPromos(root, rule('detik'))
    expect(r.promos.map((p) => p.kind)).toEqual(['related', 'ad', 'video', 'video'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('generic "BACA JUGA:", "Lihat juga", "Pilihan Editor", "Berita terkait" + link', () => {
    const root = body(`<p>${P1}</p><p>BACA JUGA: <a href="/a">Satu</a></p><p>Lihat juga: <a href="/b">Dua</a></p><p>Pilihan Editor: <a href="/c">Tiga</a></p><p>Berita terkait: <a href="/d">Empat</a></p><p>Baca:<a href="/e">Lima</a></p><p>${P2}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => `${p.label}|${p.title}`)).toEqual(['Baca juga|Satu', 'Lihat juga|Dua', 'Pilihan editor|Tiga', 'Berita terkait|Empat', 'Baca|Lima'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('"Berita Lainnya:", "Artikel Lainnya:" and "Baca Juga Berita Lainnya:" before a link', () => {
    const root = body(`<p>${P1}</p><p>Berita Lainnya: <a href="/a">Satu</a></p><p>${P2}</p><p>Artikel Lainnya: <a href="/b">Dua</a></p><p>Baca Juga Berita Lainnya: <a href="/c">Tiga</a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.title)).toEqual(['Satu', 'Dua', 'Tiga'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('"ADVERTISEMENT" and "Scroll untuk lanjut membaca" label blocks', () => {
    const root = body(`<p>${P1}</p><p>ADVERTISEMENT</p><div class="gmr-banner-insidecontent"><p>Scroll untuk lanjut membaca</p></div><p>${P2}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.kind)).toEqual(['ad', 'ad'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('a public-service ad box ("Iklan Layanan Masyarakat" over a linked banner) goes whole; prose about such ads stays', () => {
    const ilm = 'Iklan layanan masyarakat tentang dana desa akan ditayangkan di televisi daerah mulai bulan depan.'
    const root = body(`<p>${P1}</p><div class="banner-ilm"><small>Iklan Layanan Masyarakat</small><a href="/page/ayo"><img src="/b.jpg" alt=""></a></div><p>${ilm}</p><p>${P2}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.kind)).toEqual(['ad'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${ilm} ${P2}`))
  })
  test('"Lihat juga infografis:" and "Simak juga foto:" before a link are promos', () => {
    const root = body(`<p>${P1}</p><p>Lihat juga infografis: <a href="/i">Cara Cek KLIK Sebelum Membeli</a></p><p>${P2}</p><p>Simak juga foto: <a href="/f">Suasana Pasar Murah</a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.title)).toEqual(['Cara Cek KLIK Sebelum Membeli', 'Suasana Pasar Murah'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('a bare "Baca Juga" heading goes together with its link list', () => {
    const root = body(`<p>${P1}</p><p>Baca Juga</p><ul><li><a href="/1">Judul Satu Panjang</a></li><li><a href="/2">Judul Dua Panjang</a></li></ul><p>${P2}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]?.links.map((l) => l.title)).toEqual(['Judul Satu Panjang', 'Judul Dua Panjang'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('share boxes are stripped with kind "share"; empty ones are left alone', () => {
    const root = body(`<p>${P1}</p><div class="sharedaddy"><h3>Bagikan ini:</h3><a href="?share=facebook">Facebook</a></div><div class="addthis_inline_share_toolbox"></div>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.kind)).toEqual(['share'])
    expect(root.querySelector('.addthis_inline_share_toolbox')).not.toBeNull()
  })
  test('"(Berita selengkapnya)." keeps the full stop and the item', () => {
    const root = body(`<p>${P1} (<a href="/full">Berita selengkapnya</a>).</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(`${P1} .`)
  })
})

describe('stripPromos: what must never be stripped', () => {
  test('credits, "Sumber :" and prose that merely mentions "baca juga" stay', () => {
    const prose = `<p>Warga diminta membaca juga <a href="/perda">Perda Nomor 3 Tahun 2025</a> sebelum mengajukan izin.</p><p>Petugas juga baca <a href="/x">pengumuman resmi</a> di papan desa.</p><p>${P2} (Sumber : Puspen Kemendagri)</p><p>Pewarta: Fulan</p>`
    const root = body(prose)
    const before = text(root)
    const r = stripPromos(root, null)
    expect(r.promos).toEqual([])
    expect(text(root)).toBe(before)
  })
  test('a label without a link is left alone and reported as unsure', () => {
    const root = body(`<p>${P2}</p><p>Baca juga : Inspektorat Daerah Gelar SosialisasiIa menekankan bahwa forum ini penting.</p>`)
    const before = text(root)
    const r = stripPromos(root, null)
    expect(r.promos).toEqual([])
    expect(r.unsure.join()).toMatch(/Baca juga.*without a link/)
    expect(text(root)).toBe(before)
  })
  test('a promo selector that matches the whole body strips nothing and says so', () => {
    const root = body(`<div class="baca-juga"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`)
    const before = text(root)
    const r = stripPromos(root, null)
    expect(r.promos).toEqual([])
    expect(r.unsure.join()).toMatch(/would remove 100% of the body|contains article prose/)
    expect(text(root)).toBe(before)
  })
  test('a rule selector that matches the root itself', () => {
    const root = body(`<p>${P1}</p>`)
    root.className = 'linksisip'
    const bad: SiteRule = { ...rule('detik'), promos: [{ selector: '#root, .x', label: 'x', kind: 'related' }] }
    document.body.innerHTML = `<div id="outer">${root.outerHTML}</div>`
    const r2 = stripPromos(document.getElementById('root') as Element, bad)
    expect(r2.promos).toEqual([])
    expect(text(document.getElementById('root') as Element)).toBe(P1)
  })
  test('an invalid selector in a rule is skipped, not thrown', () => {
    const root = body(`<p>${P1}</p><p>Baca juga: <a href="/x">Judul</a></p>`)
    const bad: SiteRule = { ...rule('detik'), promos: [{ selector: 'p:::nope', label: 'x', kind: 'related' }] }
    const r = stripPromos(root, bad)
    expect(r.promos).toHaveLength(1)
  })
  test('nested promos: the outer one wins, once', () => {
    const root = body(`<p>${P1}</p><div class="baca-juga"><p>Baca juga: <a href="/a">Satu</a></p><div class="baca-juga"><p>Baca juga: <a href="/b">Dua</a></p></div></div><p>${P2}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]?.links.map((l) => l.title)).toEqual(['Satu', 'Dua'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('a body with no paragraphs (and an empty body) is fine', () => {
    const root = body(`${P1}<br><br>Baca juga: <a href="/a">Satu</a><br>${P2}`)
    const r = stripPromos(root, findSiteRule(new URL('https://www.antaranews.com/berita/1/x')))
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
    expect(stripPromos(body(''), null)).toEqual({ promos: [], unsure: [] })
  })
})

describe('stripPromos: show, hide, idempotence', () => {
  test('detaches, leaves a hidden placeholder, and show()/hide() toggle the same nodes', () => {
    const root = body(`<p>${P1}</p><p>Baca juga: <a href="/a">Satu</a></p><p>${P2} Baca juga: <a href="/b">Dua</a></p>`)
    const original = root.innerHTML
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(2)
    expect(root.textContent).not.toContain('Satu')
    const slots = root.querySelectorAll('[data-kliping-ui][data-kliping-promo-slot]')
    expect(slots).toHaveLength(2)
    for (const s of slots) expect(s.hasAttribute('hidden')).toBe(true)
    for (const p of r.promos) p.show()
    expect(root.textContent).toContain('Satu')
    expect(root.textContent).toContain('Dua')
    expect(stripPromos(root, null).promos).toEqual([]) // shown promos are not stripped again
    for (const p of r.promos) p.hide()
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
    for (const p of r.promos) p.show()
    for (const el of root.querySelectorAll('[data-kliping-promo-slot]')) el.remove()
    for (const el of root.querySelectorAll('[data-kliping-promo]')) el.removeAttribute('data-kliping-promo')
    expect(normalizeSpace(root.textContent ?? '')).toBe(normalizeSpace(body(original).textContent ?? ''))
  })
  test('a second run is a no-op', () => {
    const root = body(`<p>${P1}</p><p>Baca juga: <a href="/a">Satu</a></p><table class="linksisip"><tr><td>Baca juga: <a href="/b">Dua</a></td></tr></table>`)
    stripPromos(root, rule('detik'))
    const html = root.innerHTML
    expect(stripPromos(root, rule('detik')).promos).toEqual([])
    expect(root.innerHTML).toBe(html)
  })
})

describe('stripPromos: promos on <br>-separated lines', () => {
  test('a "Baca juga:" line inside one <p> of <br><br>-separated paragraphs takes only its line', () => {
    const root = body(`<p>${P1}<br><br>${P2}<br><br>Baca juga: <a href="/berita/detail/4410">Stok Beras Cukup Hingga Akhir Tahun</a><br><br>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]?.title).toBe('Stok Beras Cukup Hingga Akhir Tahun')
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
    expect(root.querySelectorAll('p')).toHaveLength(1)
  })
  test('a promo line after a <br> at the end of a block keeps the lines above it', () => {
    const root = body(`<div>${P1}<br>${P2}<br>BACA JUGA : <a href="/x?id=918">Jembatan Gantung Desa Rampung</a></div><div>${P3}</div>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('"Baca juga:" with the linked title on the next line (<br>) goes whole', () => {
    const root = body(`<p>${P1}</p><p>Baca juga:<br><a href="/x">Puskesmas Buka Layanan Konsultasi Gizi</a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('a link on the line after a prose line is not a promo', () => {
    const root = body(`<p>${P1}<br><a href="/x">Pengumuman Hasil Seleksi Administrasi</a></p>`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
  })
})

describe('stripPromos: shapes of unseen themes', () => {
  test('the label inside the link: <p><a>Baca juga: …</a></p> goes whole', () => {
    const root = body(`<p>${P1}</p><p><a href="/x">Baca juga: Titik Panas Terpantau di Empat Kecamatan</a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('Inline Related Posts: <a><span>Baca Juga</span> <span>title</span></a>', () => {
    const root = body(`<p>${P1}</p><div class="irp"><a href="/x"><span class="ctaText">Baca Juga</span>&nbsp; <span class="postTitle">Manggala Agni Gelar Simulasi</span></a></div><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('a link that merely starts with "Baca" is not a promo', () => {
    const root = body(`<p>${P1} <a href="/x">Baca selengkapnya laporan BPK</a> di laman resmi.</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
  })
  test('arrow separators: "Baca Juga »" and "Baca juga >>"', () => {
    const root = body(`<p>${P1}</p><p><strong>Baca Juga »</strong> <a href="/a">Tarif Sosial Air Minum</a></p><p>Baca juga &gt;&gt; <a href="/b">Warga Antusias Daftar</a></p><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(2)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('"- Advertisement -" label paragraph', () => {
    const root = body(`<p>${P1}</p><p>- Advertisement -</p><p>${P3}</p>`)
    expect(stripPromos(root, null).promos.map((p) => p.kind)).toEqual(['ad'])
  })
  test('a box whose class names it (bacajuga-box) with a label span and a list goes whole', () => {
    const root = body(`<p>${P1}</p><div class="bacajuga-box"><span>Baca Juga</span><ul><li><a href="/a">Judul Satu Berita Lain</a></li><li><a href="/b">Judul Dua Berita Lain</a></li></ul></div><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('"Berita Terkait:" heading followed by one <p><a> per title: all titles go, with the heading, as one promo', () => {
    const titles = ['Pemkab Gelar Rapat Koordinasi Banjir', 'Disdik Salurkan Bantuan Seragam SD', 'Bupati Resmikan Jembatan Gantung Desa']
    const root = body(`<p>${P1}</p><p><strong>Berita Terkait:</strong></p>${titles.map((t) => `<p><a href="/x">${t}</a></p>`).join('')}<p>Penulis: <a href="/author/humas">Humas</a></p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]?.links).toHaveLength(3)
    expect(text(root)).toBe(normalizeSpace(`${P1} Penulis: Humas`))
  })
})

describe('stripPromos: shapes of hold-out 2', () => {
  test('a label followed by three linked titles on <br>-separated lines goes as one promo', () => {
    const titles = ['Dinkes Pastikan Stok Vaksin Aman', 'Posyandu Mawar Raih Juara Provinsi', 'Kader Diminta Aktif Data Balita']
    const root = body(`<p>${P1}</p><p><strong>BACA JUGA:</strong><br>${titles.map((t, i) => `<a href="/${i}">${t}</a>`).join('<br>')}</p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]?.links).toHaveLength(3)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('titles on the following lines stop at prose: the next paragraph of a <br> body stays', () => {
    const root = body(`<p>${P1}<br><br>Baca juga: <a href="/a">Stok Beras Bulog Cukup Hingga Akhir Tahun</a><br><a href="/b">Operasi Pasar Digelar di Lima Kecamatan</a><br><br>${P3} <a href="/c">Keterangan lengkap ada di laman dinas</a></p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]?.links).toHaveLength(2)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3} Keterangan lengkap ada di laman dinas`))
  })
  test('a link in prose on the line after a promo is not a title of the promo', () => {
    const root = body(`<p>Baca juga: <a href="/a">Stok Beras Bulog Cukup Hingga Akhir Tahun</a><br><a href="/b">Dinas Perdagangan Kabupaten Contoh</a> menyatakan harga stabil.</p>`)
    stripPromos(root, null)
    expect(text(root)).toBe('Dinas Perdagangan Kabupaten Contoh menyatakan harga stabil.')
  })
  test('the English editions\' "Also Read" and "Recommended" boxes, and an "Indonesian version:" link, go; the text stays', () => {
    const root = body(
      `<p>${P1}</p><div class="post-alsoread"><h4>Also Read</h4><ul><li><a href="/en/1">City Expands Bus Network</a></li></ul></div>` +
        `<p>${P3}</p><div class="reco-recommended-box"><span>Recommended</span><a href="/en/2"><span>Villages Get Solar Power</span></a></div>` +
        `<p><strong>Indonesian version:</strong> <a href="/id/berita/x">Kota Perluas Jaringan Bus</a></p><p>${P2}</p>`,
    )
    const report = stripPromos(root, null)
    expect(report.promos.length).toBe(3)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3} ${P2}`))
  })
  test('English "Read also:" before a link', () => {
    const root = body(`<p>${P1}</p><p><strong>Read also:</strong> <a href="/en/news/x">Farmers Groups Receive Water Pumps</a></p><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('WordPress post-embed cards (block editor figure and classic blockquote) go whole', () => {
    const root = body(`<p>${P1}</p><figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content"><a href="/a/">Seratus UMKM Ikuti Kurasi Produk</a></blockquote></div></figure><p>${P2}</p><blockquote class="wp-embedded-content"><a href="/b/">Rumah Kemasan Layani Desain Label</a></blockquote><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.kind)).toEqual(['related', 'related'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('a YouTube embed figure is not a post card', () => {
    const root = body(`<p>${P1}</p><figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=x</div></figure><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
  })
  test('Google News and WhatsApp channel plugs with a link go; a sentence about a channel without a link stays', () => {
    const keep = 'Ikuti perkembangan informasi banjir melalui saluran WhatsApp resmi pemerintah kabupaten'
    const root = body(`<p>${P1}</p><p>${keep}</p><p><em>Simak berita lainnya di <a href="https://news.google.com/x">Google News</a></em></p><p><strong>Ikuti saluran WhatsApp Diskominfo untuk informasi terbaru: <a href="https://whatsapp.com/channel/x">klik di sini</a></strong></p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => [p.label, p.kind])).toEqual([['Google News', 'share'], ['WhatsApp', 'share']])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${keep}`))
  })
  test('a long paragraph that starts "Ikuti" and mentions WhatsApp is prose, link or not', () => {
    const long = 'Ikuti arahan petugas di posko, kata Kepala BPBD, dan laporkan keadaan darurat melalui nomor WhatsApp posko yang dibuka dua puluh empat jam. Warga juga dapat membaca <a href="/panduan">panduan evakuasi</a> yang sudah dibagikan ke setiap RT.'
    const root = body(`<p>${P1}</p><p>${long}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
  })
})

describe('stripPromos: video plugs and ad slots written as label blocks', () => {
  test('"TONTON JUGA:" goes together with the player after it; the prose around stays', () => {
    const root = body(`<p>${P1}</p><p><strong>TONTON JUGA:</strong></p><div class="video-embed"><iframe src="https://www.youtube.com/embed/abc"></iframe></div><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]).toMatchObject({ kind: 'video', label: 'Tonton juga' })
    expect(root.querySelector('iframe')).toBeNull()
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('a video label with prose after it, not a player, is left in place', () => {
    const root = body(`<p>${P1}</p><p>Simak video berikut:</p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(0)
    expect(r.unsure.join(' ')).toMatch(/video label/)
  })
  test('an in-article ad slot labelled "Advertisement … Scroll untuk melanjutkan membaca" is stripped whole', () => {
    const root = body(`<p>${P1}</p><div class="ads"><span>Advertisement</span><ins class="adsbygoogle"></ins><div>Scroll untuk melanjutkan membaca</div></div><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.kind)).toEqual(['ad'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})

describe('stripPromos: hold-out 4 shapes', () => {
  test('a share bar in the body ("Bagikan: Facebook X WhatsApp … Salin Tautan") goes as one share promo; a sentence about sharing stays', () => {
    const root = body(`<p>${P1}</p><div class="share-bar"><span>Bagikan:</span> <a href="https://facebook.com/sharer">Facebook</a> <a href="https://x.com/intent">X</a> <a href="https://wa.me/">WhatsApp</a> <button type="button">Salin Tautan</button></div><p>Bagikan informasi ini kepada keluarga agar semua warga tahu jadwal imunisasi di sekolah.</p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => [p.kind, p.label])).toEqual([['share', 'Bagikan']])
    expect(text(root)).toBe(normalizeSpace(`${P1} Bagikan informasi ini kepada keluarga agar semua warga tahu jadwal imunisasi di sekolah. ${P3}`))
  })
  test('"Baca Selengkapnya:" with a link to another article is a related-article label', () => {
    const root = body(`<p>${P1}</p><p><strong>Baca Selengkapnya:</strong> <a href="/berita/1819-dinas-pupr">Dinas PUPR Perbaiki Saluran Irigasi</a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})

describe('stripPromos: hold-out 5 shapes', () => {
  test('a related heading before a <dl> of titles and dates, or before one link, goes with them', () => {
    const root = body(`<p>${P1}</p><h4>Berita Terkait</h4><dl><dt><a href="/a">Dishub Uji Coba Car Free Day di Jalan Sunan</a></dt><dd>Senin, 18 Agustus 2025</dd><dt><a href="/b">Komunitas Pesepeda Gelar Gowes Sehat Keliling Desa</a></dt><dd>Sabtu, 9 Agustus 2025</dd><dt><a href="/c">Trotoar Jalan Ahmad Yani Diperlebar Dua Meter</a></dt><dd>Jumat, 8 Agustus 2025</dd></dl><p>${P3}</p><section class="block"><h4>Baca Juga</h4><a href="/d">Kader KB di Desa Pesisir Dilatih Gunakan Aplikasi</a></section>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.label)).toEqual(['Berita terkait', 'Baca juga'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('page navigation inside the body is stripped as navigation; "Dengarkan juga:" and "READ MORE:" are labels', () => {
    const root = body(`<p>${P1}</p><p><b>Dengarkan juga:</b> <a href="/x">Disperindag Gelar Operasi Pasar Minyak Goreng</a></p><p><strong>READ MORE:</strong> <a href="/y">Embassy Assists Repatriation of Fishers</a></p><p>${P3}</p><div class="article-paging"><a href="?page=2">Lanjutkan membaca »</a><ul class="pagination"><li><span>Halaman 1</span></li><li><a href="?page=2">Halaman 2</a></li></ul></div>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.label)).toEqual(['Navigasi', 'Dengarkan juga', 'Read more'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})

describe('stripPromos: hold-out 6 shapes', () => {
  test('an ad unit with a label above and below its banner is one ad promo', () => {
    const root = body(`<p>${P1}</p><div class="mr"><div class="scrollpage"><p class="label">ADVERTISEMENT</p><div class="banner"><div class="ad-slot"></div></div><p class="label">SCROLL TO CONTINUE WITH CONTENT</p></div></div><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.kind)).toEqual(['ad'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})


describe('stripPromos: hold-out 7 shapes', () => {
  const card = (title: string, excerpt: string) => `<div class="item"><a href="/t"><img src="/t.jpg" alt=""></a><h5><a href="/b">${title}</a></h5><span>24 Agustus 2025</span><p>${excerpt}</p></div>`
  test('a "Berita Lainnya" block of teaser cards goes whole, as one promo, however long its excerpts', () => {
    const excerpt = `${P1} Kacamata baca juga dibagikan kepada lansia yang membutuhkan. ${P3}`
    const root = body(`<p>${P1}</p><p>${P2}</p><div class="lainnya"><h4>Berita Lainnya</h4>${card('Bupati Resmikan Pasar Rakyat Seteluk', excerpt)}${card('Petani Jagung Mulai Panen Raya', excerpt)}${card('Dinas Kesehatan Gelar Pemeriksaan Mata', excerpt)}</div>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => [p.label, p.source, p.links.filter((l) => l.title).length])).toEqual([['Berita lainnya', 'teaser-section', 3]])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('a related heading whose container goes on with prose is no teaser block: nothing is taken', () => {
    const root = body(`<p>${P1}</p><div class="bagian"><h4>Berita Terkait</h4><p>${P2} ${P3}</p>${card('Bupati Resmikan Pasar Rakyat Seteluk', P3)}</div>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(0)
    expect(text(root)).toContain(P2)
  })
  test('an ad unit with its own <script> ("- Advertisement -", <ins>, loader) is one ad promo', () => {
    const root = body(`<p>${P1}</p><div class="td-a-rec"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="1"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => [p.kind, p.text])).toEqual([['ad', '- Advertisement -']])
    expect(root.querySelector('ins, script')).toBeNull()
  })
  test('a "follow Instagram @…" plug linking to Instagram goes; a registration "klik di sini", a WhatsApp number and a contest sentence stay', () => {
    const keep = [
      'Formulir pendaftaran dapat diisi secara daring, <a href="https://forms.gle/x">klik di sini</a>.',
      'Informasi lebih lanjut dapat ditanyakan melalui WhatsApp di nomor <a href="https://wa.me/628123">0812-3</a>.',
      'Ikuti lomba foto di Instagram dengan tagar <a href="https://www.instagram.com/explore/tags/x/">#PesonaBuleleng</a>.',
      'Follow Instagram dinas untuk jadwal berikutnya di <a href="/jadwal">halaman jadwal</a>.',
    ]
    const root = body(`<p>${P1}</p>${keep.map((k) => `<p>${k}</p>`).join('')}<p><em>Jangan lewatkan informasi terkini, follow Instagram <a href="https://www.instagram.com/pemkab/">@pemkab</a>.</em></p><p>Ikuti juga kanal YouTube kami: <a href="https://youtube.com/@pemkab">Pemkab TV</a></p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => [p.label, p.kind])).toEqual([['Instagram', 'share'], ['YouTube', 'share']])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${keep.map((k) => k.replace(/<[^>]+>/g, '')).join(' ')}`))
  })
  test('a newsletter sign-up box and a poll box go whole; a comment form and a search box stay', () => {
    const newsletter = '<div class="newsletter card"><div class="card-body"><h4>Berlangganan Kabar Pariwisata</h4><p>Dapatkan siaran pers, agenda kegiatan dan info destinasi terbaru langsung di kotak masuk surel Anda setiap pekan.</p><form action="/subscribe"><input type="hidden" name="_token" value="x"><input type="email" name="email"> <button type="submit">Berlangganan</button></form><small>Anda dapat berhenti berlangganan kapan saja.</small></div></div>'
    const poll = '<div class="polling card"><h4>Jajak Pendapat</h4><p>Desa wisata mana yang paling ingin Anda kunjungi?</p><form action="/poll"><label><input type="radio" name="o" value="1"> Jawa</label><label><input type="radio" name="o" value="2"> Bali</label><button type="submit">Kirim Pilihan</button></form><p>1.482 orang telah memberikan suara</p></div>'
    const comments = '<div class="komentar"><h4>Formulir Komentar</h4><form><textarea name="komentar"></textarea><input type="email" name="email"><button>Kirim</button></form></div>'
    const search = '<div class="cari"><form action="/cari"><input type="text" name="q" placeholder="Cari"><button>Cari</button></form></div>'
    const root = body(`<p>${P1}</p><p>${P2}</p>${newsletter}<p>${P3}</p>${poll}${comments}${search}`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => [p.label, p.source])).toEqual([['Langganan', 'form-box:newsletter'], ['Jajak pendapat', 'form-box:poll']])
    expect(root.querySelector('.newsletter, .polling')).toBeNull()
    expect(root.querySelector('.komentar form, .cari form')).not.toBeNull()
    // (The forms' buttons are interface, not text.)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3} Formulir Komentar`))
  })
  test('a sign-up form next to article paragraphs in one container takes only its own box', () => {
    const root = body(`<div class="wrap"><p>${P1}</p><p>${P2}</p><form><input type="email" name="email"><button>Daftar</button></form></div><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('English "Related news:" before a link is a related-article label', () => {
    const root = body(`<p>${P1}</p><p>Related news: <a href="/news/1">Health Ministry trains 4,000 puskesmas staff</a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.label)).toEqual(['Related news'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('detik: an embedded Instagram post (div.sisip_embed_sosmed) is no promo, and "Artikel ini telah naik di detikBali." is a credit', () => {
    const credit = '<p><em>Artikel ini telah naik di <a href="https://www.detik.com/bali/d-1/x">detikBali</a>.</em></p>'
    const root = body(`<p>${P1}</p><table class="linksisip"><tbody><tr><td><strong>Baca juga: </strong><a href="/d-2/y">Tiket Masuk Jatiluwih Naik</a></td></tr></tbody></table><div class="sisip_embed_sosmed"><blockquote class="instagram-media"><a href="https://www.instagram.com/p/x/">Lihat postingan ini di Instagram</a></blockquote></div><p>${P3}</p>${credit}<p>(wsw/wsw)</p>`)
    const r = stripPromos(root, rule('detik'), rule('detik').ignore)
    expect(r.promos.map((p) => p.label)).toEqual(['Baca juga'])
    expect(root.querySelector('.sisip_embed_sosmed blockquote')).not.toBeNull()
    expect(text(root)).toContain('Artikel ini telah naik di detikBali.')
    expect(rule('detik').ignore).toContain('.sisip_embed_sosmed')
  })
})

describe('stripPromos: hold-out 8 shapes', () => {
  test('a label whose link covers only part of the title goes whole: unlinked head or unlinked tail', () => {
    const head = '<p><em>Baca juga: Wali Kota Tinjau <a href="/berita/1/x">Revitalisasi Pasar Besar</a></em></p>'
    const tail = '<p><em>Baca juga: <a href="/berita/2/y">Perumda Air Minum Raih Predikat Sehat</a> dari BPKP Jawa Timur</em></p>'
    const root = body(`<p>${P1}</p>${head}<p>${P2}</p>${tail}<p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => [p.label, p.title])).toEqual([['Baca juga', 'Revitalisasi Pasar Besar'], ['Baca juga', 'Perumda Air Minum Raih Predikat Sehat']])
    expect(r.unsure).toEqual([])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('prose after the link or before it is no title part: only label and link go, or nothing', () => {
    const after = `<p>Baca juga: <a href="/a">Judul Berita Lain di Kota</a> Selain itu, pemerintah kota menambah anggaran perbaikan jalan tahun ini.</p>`
    const before = `<p>Baca juga: jadwal pelayanan, yang diumumkan di <a href="/b">laman resmi kecamatan</a>.</p>`
    const root = body(`<p>${P1}</p>${after}${before}`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.title)).toEqual(['Judul Berita Lain di Kota'])
    expect(text(root)).toBe(normalizeSpace(`${P1} Selain itu, pemerintah kota menambah anggaran perbaikan jalan tahun ini. Baca juga: jadwal pelayanan, yang diumumkan di laman resmi kecamatan.`))
  })
  test('a tail with a comma, glued to the link, or on the next line after a <br>, is no part of the title', () => {
    // MMC inserts its promo right before the next paragraph's text, without a space.
    const glued = body(`<p>Baca juga : <a href="/berita/read/1/x">Inspektorat Daerah Gelar Sosialisasi</a>Ia menekankan bahwa forum ini harus</p>`)
    stripPromos(glued, null)
    expect(text(glued)).toBe('Ia menekankan bahwa forum ini harus')
    const comma = body(`<p>Baca juga: <a href="/a">Judul Berita Lain di Kota</a> dan sekitarnya, kata warga</p>`)
    stripPromos(comma, null)
    expect(text(comma)).toBe('dan sekitarnya, kata warga')
    const root = body(`<p>Baca juga: <a href="/a">Judul Berita Lain di Kota</a><br>Warga antusias</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe('Warga antusias')
  })
  test('a box with an inline "Read also:" label over a list of links goes whole', () => {
    const box = '<div class="read-also"><span class="label">Read also:</span><ul><li><a href="/en/1">Government Expands Financing for Fishing Cooperatives</a></li><li><a href="/en/2">Seaweed Farmers Begin Using New Seedlings</a></li></ul></div>'
    const root = body(`<p>${P1}</p>${box}<p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]).toMatchObject({ label: 'Read also', kind: 'related', source: 'label-box' })
    expect(r.promos[0]?.links).toHaveLength(2)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('a box that opens with a label but holds prose stays', () => {
    const prose = '<div class="catatan"><span>Baca juga:</span><p>Warga diminta membaca <a href="/perda">peraturan daerah terbaru</a> sebelum mengajukan izin usaha di kantor pelayanan terpadu, kata kepala dinas.</p></div>'
    const root = body(`<p>${P1}</p>${prose}`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
  })
  test('a video plug line with its title goes with the player box after it (the box\'s wrapper included)', () => {
    const root = body(`<p>${P1}</p><p><strong>Lihat juga Video: Jurus Kemenkes Tekan Kasus DBD</strong></p><div class="aevp"><div class="sisip_video_ds"><div class="embed_video"><video src="https://20.detik.com/embed/1.mp4"></video></div></div></div><p>${P3}</p>`)
    const r = stripPromos(root, rule('detik'), rule('detik').ignore)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]).toMatchObject({ kind: 'video', text: 'Lihat juga Video: Jurus Kemenkes Tekan Kasus DBD' })
    expect(root.querySelector('.aevp')).toBeNull()
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('with the video\'s placeholder line after the player (detik\'s text form), line, player and placeholder stay three', () => {
    const root = body(`<p>${P1}</p><p><strong>Simak juga Video 'Ambulans Siaga':</strong></p><div class="sisip_video_ds"><video src="https://20.detik.com/embed/2.mp4"></video></div><p>[Gambas:Video 20detik]</p><p>${P3}</p>`)
    const r = stripPromos(root, rule('detik'), rule('detik').ignore)
    expect(r.promos.map((p) => p.kind)).toEqual(['video', 'video', 'video'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})

describe('declared related boxes and share rows of WordPress plugins and themes', () => {
  test('a Jetpack related-posts box is one promo even with its one-line excerpts, and an icon-only share row is another', () => {
    const root = body(`<p>${P1}</p><p>${P1}</p><p>${P1}</p><p>${P1}</p>
      <div class="post-share"><a href="https://www.facebook.com/sharer.php?u=x" class="link facebook"><i class="fab fa-facebook"></i></a><a href="https://telegram.me/share/url?url=x" class="link telegram"><i class="fab fa-telegram"></i></a></div>
      <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3><div class="jp-relatedposts-items">
        <div class="jp-relatedposts-post"><h4><a href="/2025/08/21/aksi-bersih-sungai/">Aksi Bersih Sungai Cikapundung Kolot</a></h4><p class="jp-relatedposts-post-excerpt">Puluhan pelajar dan relawan membersihkan sampah di aliran sungai.</p><p>29 Agustus 2025</p><p>Dalam "Berita"</p></div>
        <div class="jp-relatedposts-post"><h4><a href="/2025/08/24/uji-kualitas-air/">Uji Kualitas Air Sungai Citarum</a></h4><p class="jp-relatedposts-post-excerpt">Hasil uji menunjukkan kadar oksigen terlarut di hulu masih baik.</p><p>21 Agustus 2025</p><p>Dalam "Berita"</p></div>
      </div></div>`)
    const report = stripPromos(root, rule('wordpress'))
    expect(report.promos.map((p) => p.kind).sort()).toEqual(['related', 'share'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P1} ${P1} ${P1}`))
  })
  test('a declared related box that holds a paragraph of the article stays', () => {
    const long = `${P1} ${P1}`
    const root = body(`<div id="jp-relatedposts"><p>${long}</p><p><a href="/x">Judul Berita Lain di Sini</a></p></div>`)
    stripPromos(root, rule('wordpress'))
    expect(text(root)).toContain(normalizeSpace(long))
  })
})


describe('the units and plugs of national outlets a user enables (shared/reference/portals-and-promos.md §4–6)', () => {
  test('scroll-through ad units and inline ad slots go; the paragraphs around them stay', () => {
    const root = body(`<p>${P1}</p><div class="parallax-box"><span>Scroll ke bawah untuk melanjutkan membaca</span></div><p>${P2}</p>
      <div class="parallax__container"><p class="scrollToRead">Scroll untuk membaca</p></div><p>${P3}</p>
      <div data-qa-id="desktop-article-page-inline-1"><span>ADVERTISEMENT</span></div><p>${P1}</p>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.kind)).toEqual(['ad', 'ad', 'ad'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3} ${P1}`))
  })
  test('channel plugs with a domain in the call, a second call to click, or "Cek … di Google News" go when they link', () => {
    const root = body(`<p>${P1}</p><p><strong>Follow Suara.com untuk mendapatkan informasi terkini. Klik <a href="https://whatsapp.com/channel/x">WhatsApp Channel</a> &amp; <a href="https://news.google.com/publications/x">Google News</a></strong></p>
      <p>${P2}</p><p>Cek Berita dan Artikel yang lain di <a href="https://news.google.com/publications/y">Google News</a></p><p>${P3}</p>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.label)).toEqual(['WhatsApp', 'Google News'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('a channel plug opened by an emoji and closed by the channel\'s bare address goes; a sentence naming WhatsApp stays', () => {
    const told = 'Warga juga dapat melapor melalui WhatsApp pengaduan di nomor yang tertera pada spanduk di kantor desa.'
    const root = body(`<p>${P1}</p><p>📢 Dapatkan informasi terbaru Dinas Kesehatan melalui saluran WhatsApp: <a href="https://whatsapp.com/channel/0029VaDinkes">https://whatsapp.com/channel/0029VaDinkes</a></p>
      <p>${told}</p><p>${P3}</p>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.label)).toEqual(['WhatsApp'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${told} ${P3}`))
  })
  test('a channel plug whose call follows a lead sentence goes; an official\'s quoted call to follow a channel stays', () => {
    const quoted = '“Ikuti informasi resmi melalui kanal WhatsApp <a href="/tag/pemkab">Pemkab</a>,” kata Bupati.'
    const root = body(`<p>${P1}</p><p>Dapatkan berita terbaru Pemerintah Kota setiap hari. Ikuti kami di <a href="https://news.google.com/publications/x">Google News</a>.</p>
      <p>${quoted}</p><p>${P3}</p>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.label)).toEqual(['Google News'])
    expect(text(root)).toBe(normalizeSpace(`${P1} “Ikuti informasi resmi melalui kanal WhatsApp Pemkab,” kata Bupati. ${P3}`))
  })
  test('"Tonton juga: {title}" goes with the player right after it; the same line with no player stays', () => {
    const root = body(`<p>${P1}</p><p><strong>Tonton juga:</strong> Suasana Hari Pertama Pasar Sementara</p>
      <figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/x"></iframe></div></figure><p>${P2}</p>
      <div class="shared-counts-wrap"><a href="https://www.facebook.com/sharer/sharer.php?u=x"><span class="shared-counts-label">Share</span></a><a href="https://twitter.com/share?url=x"><span class="shared-counts-label">Tweet</span></a></div><p>${P3}</p>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.kind).sort()).toEqual(['share', 'video'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
    const alone = body(`<p>${P1}</p><p><strong>Tonton juga:</strong> Suasana Hari Pertama Pasar Sementara</p><p>${P2}</p>`)
    expect(stripPromos(alone, null).promos).toHaveLength(0)
  })
  test('a village\'s follow line with words before "di kanal YouTube"/"melalui Instagram", and a "Pengumuman" list, go', () => {
    const root = body(`<p>${P1}</p><p><em>Ikuti terus kegiatan Pemerintah Desa Sukamaju di kanal YouTube <a href="https://www.youtube.com/@desasukamaju">Desa Sukamaju Official</a>.</em></p>
      <p>${P2}</p><div class="box"><div class="box-head">Pengumuman</div><ul><li><a href="/pengumuman/31/jadwal-pelayanan-kantor-desa-selama-libur">Jadwal Pelayanan Kantor Desa Selama Libur Akhir Tahun</a> <small>8 Desember 2026</small></li></ul></div>
      <p>${P3}</p><p><em>Ikuti informasi kegiatan kelurahan melalui Instagram <a href="https://www.instagram.com/kel.sukamaju/">@kel.sukamaju</a>.</em></p>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.label).sort()).toEqual(['Instagram', 'Pengumuman', 'YouTube'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('a page bar whose class only contains "pagination" ("pagination-detail") goes as navigation', () => {
    const root = body(`<p>${P1}</p><p>${P2}</p><div class="pagination-detail"><span>Halaman :</span> <a class="active" href="?p=1">1</a> <a href="?showpage=2">2</a> <a class="showall" href="?page=all">Show All</a></div>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.label)).toEqual(['Navigasi'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('share boxes of WordPress share plugins and the TieLabs themes\' in-post ad slots (Jannah, Sahifa) go whole, banner image and all', () => {
    const root = body(`<p>${P1}</p><div class="stream-item stream-item-in-post"><a href="https://www.polri.go.id/layanan-110"><img src="/banner-110.jpg" alt="Call Center 110"></a></div><p>${P2}</p>
      <div class="e3lan e3lan-in-post1"><a href="/cek-kesehatan-gratis/"><img src="/banner-ckg.jpg" alt=""></a></div>
      <div class="heateor_sss_sharing_container"><div class="heateor_sss_sharing_title">Bagikan:</div><div><a class="heateor_sss_facebook" href="https://www.facebook.com/share?url=x" aria-label="Facebook"><svg></svg></a></div></div><p>${P3}</p>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.kind)).toEqual(['ad', 'ad', 'share'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
    expect(root.querySelector('img, .heateor_sss_sharing_title')).toBeNull()
  })
  test('a TV programme plug goes when it links to another site; a sentence of the article that invites to watch stays', () => {
    const invite = 'Saksikan pawai budaya di alun-alun pada pukul 19.00 WIB, kata Kepala Dinas Pariwisata.'
    const root = body(`<p>${P1}</p><p><em>Saksikan dialog "Dana Desa untuk Siapa?" di program Rakyat Bersuara setiap Selasa pukul 19.30 WIB, hanya di <a href="https://www.inews.id/rakyat-bersuara">iNews</a>.</em></p>
      <p>${invite}</p><p>${P3}</p>`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.label)).toEqual(['Program TV'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${invite} ${P3}`))
  })
})

describe('an outlet\'s "about this desk" box closing the body', () => {
  const about = '<div class="page"><div class="title"><h2>Tentang Cek Fakta Liputan6.com</h2></div><div class="content"><p>Melawan hoaks sama saja melawan pembodohan.</p><p>Kirim informasi ke <a href="mailto:cekfakta@contoh.id">cekfakta@contoh.id</a> atau <a href="https://wa.me/628110000">chatbot WhatsApp</a>.</p></div></div>'
  test('goes whole, with its heading and contacts, when it ends the body', () => {
    const root = body(`<div class="page"><div class="content"><p>${P1}</p><p>${P2}</p></div></div>${about}`)
    const report = stripPromos(root, null)
    expect(report.promos.map((p) => p.label)).toEqual(['Tentang Cek Fakta Liputan6.com'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('stays when article text follows it, or when it gives no contact', () => {
    const middle = body(`${about}<p>${P3}</p>`)
    expect(stripPromos(middle, null).promos).toHaveLength(0)
    const plain = body(`<p>${P1}</p><h3>Tentang Program Ini</h3><p>${P3}</p>`)
    expect(stripPromos(plain, null).promos).toHaveLength(0)
  })
})

describe('stripPromos: hold-out 22 shapes', () => {
  test('a Ghost bookmark card and labels other sites use ("Jangan Lewatkan:", "Berita Pilihan:", "Rekomendasi:") go; the text stays', () => {
    const card = '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/sumur-bor-baru/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Dua Sumur Bor Baru Tambah Pasokan Air</div><div class="kg-bookmark-description">Sumur bor menambah debit air 15 liter per detik.</div></div></a></figure>'
    const root = body(`<p>${P1}</p>${card}<p><strong>Jangan Lewatkan:</strong> <a href="/embung-desa/">Bupati Resmikan Embung Desa</a></p><p>${P2}</p><p><b>Berita Pilihan:</b><br><a href="/tpi/">Bupati Resmikan Tempat Pelelangan Ikan</a><br><a href="/lele/">Dinas Latih Pembudidaya Lele</a></p><p>Rekomendasi: <a href="/pasar/">Pasar Murah Digelar di 12 Kecamatan</a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((promo) => promo.label)).toEqual(['Berita terkait', 'Jangan lewatkan', 'Berita pilihan', 'Rekomendasi'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
  test('a sentence that merely mentions what not to miss stays', () => {
    const root = body(`<p>${P1}</p><p>Jangan lewatkan kesempatan imunisasi gratis ini, kata petugas, karena <a href="/jadwal/">jadwalnya</a> terbatas.</p><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
  })
})

describe('stripPromos: hold-out 23 shapes (commercial WordPress news themes)', () => {
  test('inline related blocks of JNews, Jannah and Publisher and an ad unit with its own loader script go; the text stays', () => {
    const jnews = '<div class="jnews_inline_related_post_wrapper right"><div class="jnews_inline_related_post"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Baca Juga</span></h3></div><div class="jeg_posts"><article class="jeg_post"><h3 class="jeg_post_title"><a href="/a/">Puskesmas Kini Layani Persalinan 24 Jam</a></h3></article></div></div></div>'
    const jannah = '<div id="inline-related-post" class="mag-box mini-posts-box content-only"><div class="widget-title"><div class="the-subtitle">Artikel Terkait</div></div><ul><li><h3 class="post-title"><a href="/b/">Dinas Salurkan Benih Jagung</a></h3></li></ul></div>'
    const publisher = '<div class="bs-irp left"><div class="bs-irp-heading"><span class="h-text">Baca Juga</span></div><div class="listing"><p class="title"><a href="/c/">Festival Danau Dihadiri 6.000 Pengunjung</a></p></div><div class="bs-pagination"><a class="btn-bs-pagination next" title="Selanjutnya">Selanjutnya</a></div></div>'
    const ad = '<div class="td-a-ad id_inline_ad0"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    const root = body(`<p>${P1}</p>${jnews}<p>${P2}</p>${jannah}${ad}<p>${P3}</p>${publisher}`)
    const r = stripPromos(root, null)
    expect(r.promos.map((promo) => promo.kind)).toEqual(['related', 'related', 'ad', 'related'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
})

describe('stripPromos: hold-out 24 shapes', () => {
  test('a closing plug for the publisher\'s YouTube channel goes; a sentence about watching a video stays', () => {
    const root = body(`<p>${P1}</p><p>${P2}</p><p>Saksikan video kegiatan Pemerintah Kota lainnya di kanal YouTube <a href="https://www.youtube.com/@diskominfotv">Diskominfo TV</a>.</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((promo) => [promo.kind, promo.label])).toEqual([['share', 'YouTube']])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2}`))
    const telegram = body(`<p>${P1}</p><p>Pantau informasi peringatan dini bencana melalui kanal Telegram <a href="https://t.me/bpbdcontoh">@bpbdcontoh</a>.</p>`)
    expect(stripPromos(telegram, null).promos.map((promo) => promo.label)).toEqual(['Telegram'])
    const kept = body(`<p>${P1}</p><p>Warga dapat menyaksikan video sosialisasi itu di balai desa setiap Jumat.</p>`)
    expect(stripPromos(kept, null).promos).toHaveLength(0)
  })
})

describe('stripPromos: hold-out 26 shapes (police, court, election and rescue sites)', () => {
  test('an arrow or emoji before "Baca Juga:" does not keep the promo, nor the marker', () => {
    const root = body(`<p>${P1}</p><p>👉 <strong>Baca Juga:</strong> <a href="/2027/02/07/polda-salurkan-sembako/">Polda Salurkan 2.000 Paket Sembako</a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((promo) => promo.title)).toEqual(['Polda Salurkan 2.000 Paket Sembako'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('an "Inline Related Posts" box, its style sheet inside the link before the label, goes whole', () => {
    const root = body(`<p>${P1}</p><div style="clear:both;"><a href="/2027/02/06/patroli-dialogis/" class="u8e1f"><!-- INLINE RELATED POSTS 1/3 //--><style> .u8e1f { padding:0px; } </style><div class="centered-text-area"><div class="centered-text"><div class="u8e1f-content"><span class="ctaText">Baca Juga</span>&nbsp; <span class="postTitle">Polres Gelar Patroli Dialogis di Pantai</span></div></div></div><div class="ctaButton"></div></a></div><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    // The popup lists the linked post's title alone: not the box's style sheet, nor its label.
    expect(r.promos[0]?.title).toBe('Polres Gelar Patroli Dialogis di Pantai')
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('"Simak juga video …: <a>title</a>" goes; a sentence about a video with a link inside it stays', () => {
    const root = body(`<p>${P1}</p><p>Simak juga video kegiatan Satlantas: <a href="https://www.youtube.com/watch?v=abc123">Patroli Dialogis di Pelabuhan Ahmad Yani</a></p><p>${P3}</p>`)
    expect(stripPromos(root, null).promos.map((promo) => promo.kind)).toEqual(['video'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
    const kept = body(`<p>${P1}</p><p>Lihat video pelatihan itu, kata dia, sudah diunggah ke situs <a href="https://contoh.go.id/video">Dinas Kominfo</a> pekan lalu dan ditonton ribuan warga.</p>`)
    expect(stripPromos(kept, null).promos).toHaveLength(0)
    // A sentence that sends the reader to a video on YouTube, without a label and a colon, is the article's.
    const tutorial = body(`<p>${P1}</p><p>Lihat video tutorial pendaftaran di <a href="https://www.youtube.com/watch?v=xyz">Cara Daftar Online Disdukcapil</a></p>`)
    expect(stripPromos(tutorial, null).promos).toHaveLength(0)
  })
})

describe('stripPromos: hold-out 27 shapes (furniture around the article)', () => {
  test('an AMP share row, a table of contents and a newsletter form inside the body go; the headings they point at stay', () => {
    const root = body(`<div class="amp-share-row"><span>Bagikan:</span> <amp-social-share type="facebook" width="36" height="36"></amp-social-share></div>` +
      `<div id="ez-toc-container"><div class="ez-toc-title-container"><p class="ez-toc-title">Daftar Isi</p></div><nav><ul><li><a href="#Jadwal">Jadwal poli</a></li></ul></nav></div>` +
      `<p>${P1}</p><h2><span id="Jadwal"></span>Jadwal poli</h2><p>${P3}</p>` +
      `<div class="wp-block-mailpoet-subscription-form-block"><form class="mailpoet_form"><p>Dapatkan Kabar Terbaru</p><p>Berlangganan buletin kami untuk menerima informasi produk dan promo setiap bulan langsung di kotak masuk Anda.</p><input type="email" name="data[form_field_email]"><input type="submit" value="Berlangganan"></form></div>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((promo) => promo.label).sort()).toEqual(['Bagikan', 'Berlangganan', 'Daftar isi'])
    expect(text(root)).toBe(normalizeSpace(`${P1} Jadwal poli ${P3}`))
  })
})

describe('stripPromos: hold-out 28 shapes (regional offices of national agencies)', () => {
  test('a "Berita Terbaru" list, a Drupal embedded teaser, a label over social accounts and a "Pantau … Instagram" plug go; a list of documents stays', () => {
    const root = body(`<p>${P1}</p><div class="embedded-entity" data-entity-type="node"><article class="node--view-mode-teaser"><h2><a href="/id/berita/jelang-batas-spt">Jelang Batas SPT, KPP Buka Layanan Akhir Pekan</a></h2></article></div>` +
      `<p>Dokumen yang perlu dibawa:</p><ul><li>KTP</li><li>Bukti potong pajak</li></ul>` +
      `<p>Ikuti media sosial kami untuk informasi perpajakan terbaru:</p><ul><li>Instagram: <a href="https://www.instagram.com/pajakcontoh">@pajakcontoh</a></li><li>YouTube: <a href="https://www.youtube.com/@pajakcontohtv">Pajak Contoh TV</a></li></ul>` +
      `<p>Pantau terus kegiatan pengawasan di perbatasan melalui Instagram <a href="https://www.instagram.com/bccontoh/">@bccontoh</a>.</p>` +
      `<p>${P3}</p><h3>Berita Terbaru</h3><ul class="wp-block-latest-posts"><li><a href="/2027/03/05/rehabilitasi-irigasi/">Rehabilitasi Jaringan Irigasi Dimulai</a></li></ul>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(4)
    expect(text(root)).toBe(normalizeSpace(`${P1} Dokumen yang perlu dibawa: KTP Bukti potong pajak ${P3}`))
  })
})

describe('stripPromos: hold-out 29 shapes (ordinary regency pages in the east)', () => {
  test('">> Baca Juga:", a "Berita Terkait" list whose items carry dates, and "Ikuti akun resmi NAME di Instagram … dan TikTok …" go', () => {
    const root = body(`<p>${P1}</p><p>&gt;&gt; Baca Juga: <a href="/detailpost/imunisasi-kejar">Dinkes Gelar Imunisasi Kejar di 12 Posyandu</a></p><p>${P3}</p>` +
      `<div class="judul_terkait">Berita Terkait</div><ul class="terkait"><li><a href="/berita-tambatan-perahu.html">Pemkab Perbaiki Tambatan Perahu di Desa Ngapawali</a> <span>(15 Maret 2027)</span></li>` +
      `<li><a href="/berita-rumput-laut.html">Petani Rumput Laut Panen Perdana Bibit Kultur Jaringan</a> <span>(12 Maret 2027)</span></li></ul>` +
      `<p>Ikuti akun resmi Pemkot Sorong di Instagram <a href="https://www.instagram.com/pemkotcontoh/">@pemkotcontoh</a> dan TikTok <a href="https://www.tiktok.com/@pemkotcontoh">@pemkotcontoh</a></p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(3)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})


describe('stripPromos: hold-out 30 shapes (provincial pages)', () => {
  test('a Google News plug in two sentences ("… setiap hari. Mari bergabung di <a>Google News</a>."), "Jangan lupa ikuti akun Instagram … dan kanal YouTube …" and "Simak informasi … di Instagram <a>@…</a>" go', () => {
    const root = body(`<p>${P1}</p><p>${P3}</p>` +
      `<p><strong>Dapatkan update berita pilihan dari Biro Adpim setiap hari. Mari bergabung di <a href="https://news.google.com/publications/CAAqBw">Google News</a>.</strong></p>` +
      `<p><em>Jangan lupa ikuti akun Instagram <a href="https://www.instagram.com/dinascontoh/">@dinascontoh</a> dan kanal YouTube <a href="https://www.youtube.com/@dinascontohtv">Dinas Contoh TV</a> untuk informasi pendidikan terbaru.</em></p>` +
      `<p>Simak informasi layanan terbaru RSUD Provinsi di Instagram <a href="https://www.instagram.com/rsudcontoh/">@rsudcontoh</a>.</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(3)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })

  test('prose that names a network without linking to it, or that merely mentions joining, stays', () => {
    const prose = 'Simak informasi layanan terbaru RSUD Provinsi di Instagram resmi rumah sakit, kata Direktur RSUD.'
    const joined = 'Dapatkan bantuan benih dari dinas setiap musim. Mari bergabung dengan kelompok tani di desa Anda.'
    const root = body(`<p>${P1}</p><p>${prose}</p><p>${joined}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${prose} ${joined}`))
  })
})

describe('stripPromos: hold-out 31 and 32 shapes (promo shapes; regional outlets)', () => {
  test('a label cell atop a table of linked titles takes the table; a table with a label and prose stays', () => {
    const root = body(`<p>${P1}</p><table><tbody><tr><td><strong>ARTIKEL TERKAIT</strong></td></tr><tr><td><a href="/berita/2835-lomba-menu-ikan">Pemkab Gelar Lomba Cipta Menu Olahan Ikan Tingkat Kecamatan</a></td></tr>` +
      `<tr><td><a href="/berita/2834-ekspor-rumput-laut">Ekspor Perdana Rumput Laut Kering lewat Pelabuhan Makassar</a></td></tr></tbody></table><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
    const prose = body(`<p>${P1}</p><table><tbody><tr><td><strong>ARTIKEL TERKAIT</strong></td></tr><tr><td>Pasal 12 mengatur jadwal pembayaran; rinciannya dapat dilihat pada <a href="/dokumen/perbup.pdf">lampiran</a> peraturan bupati.</td></tr></tbody></table>`)
    expect(stripPromos(prose, null).promos).toHaveLength(0)
  })

  test('"Klik untuk baca:", "Yuk, gabung kanal Telegram …", a newsletter plug and a "Follow WhatsApp Channel … ! <a>Follow</a>" button line go', () => {
    const root = body(`<p>${P1}</p><p><strong>Klik untuk baca:</strong> <a href="/berita/read/5122/penipuan-lowongan">Polres Ungkap Penipuan Lowongan Kerja di Kawasan Industri</a></p>` +
      `<p>Yuk, gabung kanal Telegram Pemkab di <a href="https://t.me/pemkabcontoh">t.me/pemkabcontoh</a> untuk mendapatkan informasi terbaru setiap hari.</p>` +
      `<p><em>Berlangganan buletin elektronik kami untuk menerima ringkasan kebijakan setiap pekan: <a href="/buletin/berlangganan">daftar di sini</a>.</em></p>` +
      `<p><strong>Follow WhatsApp Channel Contoh.id untuk update berita terbaru setiap hari!</strong> <a href="https://whatsapp.com/channel/0029Contoh">Follow</a></p><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(4)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })

  test('Kompas.com\'s Telegram plug with its steps goes when it links to Telegram; the same words linking elsewhere stay', () => {
    const plug = (href: string) => `<p><em>Dapatkan update <strong>berita pilihan</strong> dan <strong>breaking news</strong> setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link <a href="${href}">${href}</a>, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.</em></p>`
    const root = body(`<p>${P1}</p>${plug('https://t.me/kompascomupdate')}<p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
    const elsewhere = body(`<p>${P1}</p>${plug('https://example.org/panduan')}`)
    expect(stripPromos(elsewhere, null).promos).toHaveLength(0)
  })

  test('in a body of <br>-separated lines, a social plug line goes alone and every other line stays', () => {
    const root = body(`${P1}<br><br>${P3}<br><br>(Diskominfo/yo)<br><br>Ikuti informasi terbaru Pemerintah Kabupaten melalui Facebook <a href="https://www.facebook.com/pemkabcontoh">Pemkab Contoh</a> dan Instagram <a href="https://www.instagram.com/pemkabcontoh">@pemkabcontoh</a>.`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]?.label).toBe('Facebook')
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3} (Diskominfo/yo)`))
  })

  test('a linked banner image with no caption goes; a photo linking to its full size and a captioned linked image stay', () => {
    const root = body(`<p>${P1}</p><p style="text-align:center"><a href="https://mpp.contoh.go.id/antrean"><img src="/upload/banner/antrean-online.jpg" alt="Ambil antrean online" width="728" height="120"></a></p>` +
      `<p><a href="/upload/foto/kegiatan-besar.jpg"><img src="/upload/foto/kegiatan.jpg" width="900" height="300" alt="Kegiatan"></a></p>` +
      `<figure><a href="https://galeri.contoh.go.id/album/12"><img src="/upload/foto/panen.jpg" width="900" height="300" alt="Panen"></a><figcaption>Panen raya di Desa Sukamaju.</figcaption></figure><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]).toMatchObject({ label: 'Banner', kind: 'ad' })
    expect(root.querySelectorAll('img')).toHaveLength(2)
  })

  test('a "Video Pilihan" box (label, player, title link) goes as one promo', () => {
    const root = body(`<p>${P1}</p><div class="box"><div>Video Pilihan</div><div><iframe src="https://www.contoh.id/embed/video/123"></iframe></div><a href="https://www.contoh.id/video/123">Warga Antre Air Bersih dari Truk Tangki</a></div><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]?.kind).toBe('video')
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})

describe('stripPromos: review of the hold-out 31–32 rules, and hold-out 33 (messy markup)', () => {
  test('photos stay: one named "promosi", a 3:1 group photo linking to its gallery on the same host, one named "sponsor" linking to this page; a 728×90 image linking to another host goes', () => {
    const root = body(`<p>${P1}</p><p><a href="/galeri/peresmian"><img src="/uploads/promosi-kesehatan.jpg" width="800" height="533" alt="Promosi kesehatan"></a></p>` +
      `<figure><a href="/galeri/foto-bersama"><img src="/uploads/foto-bersama.jpg" width="1200" height="400"></a></figure>` +
      `<p><a href="${document.baseURI}"><img src="/uploads/sponsor-festival.jpg" width="600" height="400"></a></p>` +
      `<p><a href="https://lapor.contoh.go.id/"><img src="/uploads/lapor.jpg" width="728" height="90"></a></p><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.source)).toEqual(['linked-banner'])
    expect(root.querySelectorAll('img')).toHaveLength(3)
  })

  test('sentences of news after a channel plug keep the paragraph; a newsletter sentence that calls nobody stays, and "Daftarkan diri Anda …: <a>daftar di sini</a>" goes', () => {
    const news = '<p>Saksikan siaran ulang rapat paripurna tersebut di kanal YouTube <a href="https://www.youtube.com/@dprdcontoh">DPRD Contoh</a>. Dalam rapat itu, Bupati memaparkan capaian pembangunan. Pendapatan asli daerah naik 12 persen.</p>'
    const subscription = '<p>Langganan buletin sekolah kini bisa dilakukan orang tua secara daring melalui <a href="/buletin">laman sekolah</a> dengan biaya Rp10.000 per bulan.</p>'
    const root = body(`<p>${P1}</p>${news}${subscription}<p>Daftarkan diri Anda untuk menerima buletin elektronik kami setiap pekan: <a href="/buletin/daftar">daftar di sini</a>.</p>`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.source)).toEqual(['newsletter-plug'])
    expect(text(root)).toContain('Pendapatan asli daerah naik 12 persen.')
    expect(text(root)).toContain('Langganan buletin sekolah kini bisa dilakukan')
  })

  test('a label over a table or a list of documents (PDFs) is the article\'s', () => {
    const root = body(`<p>${P1}</p><table><tbody><tr><td><strong>Berita Terkait</strong></td></tr><tr><td><a href="/files/hasil-seleksi-administrasi-pppk.pdf">Hasil Seleksi Administrasi PPPK Tahun 2027</a></td></tr></tbody></table>` +
      `<h4>Baca Juga</h4><ul><li><a href="/files/jadwal-ujian.pdf">Jadwal Ujian Kompetensi Seleksi PPPK</a></li></ul>`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
  })

  test('a video label, its player and loose prose in one box: only the label and the player go', () => {
    const root = body(`<div class="isi-wrap"><p>Simak video berikut:</p><iframe src="https://www.youtube.com/embed/abc123"></iframe> Dalam video tersebut, Bupati meminta warga waspada banjir.</div>`)
    stripPromos(root, null)
    expect(text(root)).toBe('Dalam video tersebut, Bupati meminta warga waspada banjir.')
  })

  test('in <br>-separated lines (also in a wrapper of a short body) every plug line goes, and a related label over bulleted links goes with them', () => {
    const root = body(`<div class="isi">${P1}<br><br>Berita peresmian ini disiarkan langsung oleh radio daerah.<br><br>` +
      `Ikuti saluran WhatsApp <a href="https://whatsapp.com/channel/0029Contoh">Pemkab Contoh</a> untuk informasi terbaru.<br><br>` +
      `Follow Instagram <a href="https://www.instagram.com/pemkabcontoh/">@pemkabcontoh</a> untuk update kegiatan.<br><br>` +
      `<b><font color="#990000">Berita Terkait :</font></b><br>&raquo; <a href="/berita-1184-mal-pelayanan.html">Bupati Resmikan Mal Pelayanan Publik di Kota</a><br>&raquo; <a href="/berita-1180-akta.html">Disdukcapil Terbitkan 2.300 Akta Kelahiran Selama Triwulan</a></div>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(3)
    expect(text(root)).toBe(normalizeSpace(`${P1} Berita peresmian ini disiarkan langsung oleh radio daerah.`))
  })

  test('AddToAny\'s kit, "Bagikan :" over buttons that have no address yet, goes', () => {
    const root = body(`<p>${P1}</p><div class="a2a_kit a2a_kit_size_32 a2a_default_style"><b>Bagikan :</b> <a class="a2a_button_facebook"></a> <a class="a2a_button_whatsapp"></a></div><p>${P3}</p>`)
    expect(stripPromos(root, null).promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})

describe('stripPromos: hold-out 34 shapes (private outlets, second sample)', () => {
  test('detik\'s "Halaman selanjutnya" button goes with the detik rule; a "Simak Video Pilihan Berikut Ini:" label goes with the player after it; a "Promosi" label before a link goes', () => {
    const detik = body(`<p>${P1}</p><div class="detail__long-nav"><div class="detail__long-nav-next"><a href="/sulsel/berita/d-1/judul?page=2">Halaman selanjutnya</a></div></div>`)
    expect(stripPromos(detik, rule('detik')).promos).toHaveLength(1)
    expect(text(detik)).toBe(P1)
    const video = body(`<p>${P1}</p><p><strong>Simak Video Pilihan Berikut Ini:</strong></p><div><iframe src="https://www.vidio.com/embed/123"></iframe></div><p>${P3}</p>`)
    expect(stripPromos(video, null).promos).toHaveLength(1)
    expect(text(video)).toBe(normalizeSpace(`${P1} ${P3}`))
    const promosi = body(`<p>${P1}</p><div class="promosi-box"><span>Promosi</span> <a href="https://www.contoh.com/kredit-usaha-rakyat-bantu-perajin-batik">Kredit Usaha Rakyat Bantu Perajin Batik Tembus Pasar Ekspor</a></div><p>${P3}</p>`)
    expect(stripPromos(promosi, null).promos).toHaveLength(1)
    expect(text(promosi)).toBe(normalizeSpace(`${P1} ${P3}`))
    // Promotion as a word of the article stays: "kegiatan promosi <a>…</a>" is prose before a link.
    const prose = body(`<p>Dinas Pariwisata menggelar kegiatan promosi <a href="/agenda/festival">Festival Danau Toba</a> di Jakarta.</p>`)
    expect(stripPromos(prose, null).promos).toHaveLength(0)
  })

  test('a video label closing a section of the article goes with the next section when that is a player with its title; the section\'s prose stays', () => {
    const root = body(`<div class="item"><p>${P1}</p><p><strong>Simak Video Pilihan Berikut Ini:</strong></p></div>` +
      `<div class="item-media"><div><iframe src="https://www.vidio.com/embed/8231547"></iframe></div><p>Antrean Warga di Samsat pada Hari Pertama</p></div><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
    r.promos[0]?.show()
    expect(text(root)).toContain('Antrean Warga di Samsat pada Hari Pertama')
  })

  test('review: a capitalised "Promosi" before a tag link in a sentence stays, and so does a sentence beside the next section\'s player', () => {
    const tag = body(`<p>${P1} Promosi <a href="/tag/umkm-kotim">UMKM Kotim</a> juga digelar di lokasi yang sama bersama Dekranasda.</p>`)
    expect(stripPromos(tag, null).promos).toHaveLength(0)
    const video = body(`<div class="item"><p>${P1}</p><p>Simak video berikut ini:</p></div><div class="item"><iframe src="https://www.youtube.com/embed/abc"></iframe>` +
      `<p>Petugas juga mendatangi rumah warga yang anaknya belum diimunisasi, terutama di desa terpencil.</p></div><p>${P3}</p>`)
    stripPromos(video, null)
    expect(text(video)).toContain('Petugas juga mendatangi rumah warga')
  })
})

describe('stripPromos: second review of df88356 (video titles, "Promosi")', () => {
  const labelThenMedia = (media: string) => body(`<div class="item"><p>${P1}</p><p><strong>Simak Video Pilihan Berikut Ini:</strong></p></div>` +
    `<div class="item-media">${media}</div><p>${P3}</p>`)
  const player = '<div><iframe src="https://www.vidio.com/embed/8231547"></iframe></div>'

  test.each([
    ['a title ending in "?"', `${player}<p>Kenapa Antrean di Samsat Mengular?</p>`],
    ['a title with "!" inside and at its end', `${player}<p>Awas! Banjir Rob Terjang Pesisir Semarang!</p>`],
    ['a title above the player', `<h4>Antrean Warga di Samsat pada Hari Pertama</h4>${player}`],
    ['a title with an abbreviation', `${player}<p>Kadis Kominfo Prov. Kalteng Tinjau Posko Mudik</p>`],
  ])('a video label goes with the next section\'s player and %s', (_name, media) => {
    const root = labelThenMedia(media)
    expect(stripPromos(root, null).promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })

  test.each([
    ['two sentences', `${player}<p>Petugas Mendatangi Rumah Warga. Anak Yang Belum Diimunisasi Langsung Disuntik.</p>`],
    ['a lower-case sentence', `${player}<p>Petugas juga mendatangi rumah warga yang anaknya belum diimunisasi.</p>`],
  ])('prose beside the next section\'s player stays: %s', (_name, media) => {
    const root = labelThenMedia(media)
    stripPromos(root, null)
    expect(text(root)).toContain('Petugas')
  })
})

describe('stripPromos: detik\'s long-nav (second review of 74b1da2)', () => {
  test.each([
    ['the last page (page numbers and "Halaman sebelumnya", no next button)',
      '<div class="detail__long-nav"><div class="detail__long-nav-prev"><a href="/sulsel/berita/d-1/judul?page=1">Halaman sebelumnya</a></div><div class="detail__anchor-numb-wrap"><a class="detail__anchor-numb" href="/sulsel/berita/d-1/judul?page=1">1</a><span class="detail__anchor-numb detail__anchor-numb--active">2</span></div></div>'],
    ['the older markup ("Selanjutnya Halaman 1 2")',
      '<div class="detail__long-nav"><a href="/sulsel/berita/d-1/judul?page=2">Selanjutnya</a> Halaman <a href="/sulsel/berita/d-1/judul?page=1">1</a> <a href="/sulsel/berita/d-1/judul?page=2">2</a></div>'],
  ])('a page navigation goes: %s', (_name, nav) => {
    const root = body(`<p>${P1}</p>${nav}<p>${P3}</p>`)
    expect(stripPromos(root, rule('detik')).promos).toHaveLength(1)
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })

  test('a long-nav holding something else (the share box) is not taken as the page navigation', () => {
    const root = body(`<p>${P1}</p><div class="detail__long-nav"><div class="share-box"><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://x.com/intent/post?url=x">X</a></div></div><p>${P3}</p>`)
    const r = stripPromos(root, rule('detik'))
    expect(r.promos.filter((p) => p.label === 'Halaman selanjutnya')).toHaveLength(0)
  })
})

describe('stripPromos: a bare "Promosi" heading (second review of df88356)', () => {
  test('stays over a list of a tourism office\'s accounts, and over the linked names in a "promosi jabatan" story', () => {
    const accounts = body(`<p>${P1}</p><h3>Promosi</h3><ul><li><a href="https://www.instagram.com/disparbud.garut">Instagram Disparbud Garut</a></li>` +
      `<li><a href="https://www.facebook.com/disparbudgarut">Facebook Disparbud Garut</a></li></ul><p>${P3}</p>`)
    expect(stripPromos(accounts, null).promos).toHaveLength(0)
    expect(text(accounts)).toContain('Instagram Disparbud Garut')
    const officials = body(`<p>${P1}</p><p><strong>Promosi</strong></p><p><a href="/profil-pejabat/12/drs-haryanto-wibisono-m-si">Drs. Haryanto Wibisono, M.Si</a></p>` +
      `<p><a href="/profil-pejabat/13/siti-rahmawati-se-mm">Siti Rahmawati, S.E., M.M.</a></p><p>${P3}</p>`)
    expect(stripPromos(officials, null).promos).toHaveLength(0)
    expect(text(officials)).toContain('Promosi Drs. Haryanto Wibisono, M.Si Siti Rahmawati')
  })

  test('goes with a colon, in a promo container, or over links to other articles of the same site', () => {
    const links = '<ul><li><a href="https://www.contoh.com/kredit-usaha-rakyat-bantu-perajin-batik-tembus-pasar-ekspor">Kredit Usaha Rakyat Bantu Perajin Batik</a></li></ul>'
    const colon = body(`<p>${P1}</p><h3>Promosi:</h3>${links}<p>${P3}</p>`)
    expect(stripPromos(colon, null).promos).toHaveLength(1)
    const box = body(`<p>${P1}</p><div class="promo-widget"><h3>Promosi</h3>${links}</div><p>${P3}</p>`)
    expect(stripPromos(box, null).promos).toHaveLength(1)
    expect(text(box)).toBe(normalizeSpace(`${P1} ${P3}`))
    const own = body(`<p>${P1}</p><h3>Promosi</h3><ul><li><a href="/berita/2025/08/14/kredit-usaha-rakyat-bantu-perajin-batik">Kredit Usaha Rakyat Bantu Perajin Batik</a></li></ul><p>${P3}</p>`)
    expect(stripPromos(own, null).promos).toHaveLength(1)
    expect(text(own)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})

describe('stripPromos: social-follow plugs with long account names (hold-out 37)', () => {
  test('"Follow Instagram <a>@…</a> dan YouTube <a>…</a> untuk informasi terbaru …" and "Ikuti terus Instagram kami" go', () => {
    const garut = '<p><em>Follow Instagram <a href="https://www.instagram.com/diskominfo.garutkab/">@diskominfo.garutkab</a> dan YouTube ' +
      '<a href="https://www.youtube.com/@diskominfogarut">Diskominfo Garut</a> untuk informasi terbaru seputar pemerintahan dan pelayanan publik.</em></p>'
    const terus = '<p>Ikuti terus Instagram kami <a href="https://www.instagram.com/dinkes.contohkab/">@dinkes.contohkab</a> dan kanal YouTube ' +
      '<a href="https://www.youtube.com/@dinkescontohkabofficial">Dinas Kesehatan Kabupaten Contoh Official</a> agar tidak ketinggalan informasi kesehatan.</p>'
    const root = body(`<p>${P1}</p><p>${P3}</p>${garut}${terus}`)
    const r = stripPromos(root, null)
    expect(r.promos.map((p) => p.kind)).toEqual(['share', 'share'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })

  test('an article sentence that merely mentions Instagram, or a quote urging readers to follow it, stays', () => {
    const keep = [
      'Ikuti Instagram <a href="https://www.instagram.com/dinkes.contohkab/">@dinkes.contohkab</a> untuk jadwal vaksinasi terbaru di setiap puskesmas, ujarnya.',
      'Follow Instagram <a href="https://www.instagram.com/disdik.contoh/">@disdik.contoh</a> dan YouTube <a href="https://www.youtube.com/@disdikcontoh">Disdik Contoh</a> untuk pengumuman kelulusan, kata Kepala Dinas Pendidikan.',
      'Akun Instagram <a href="https://www.instagram.com/pemkab/">@pemkab</a> kini diikuti lebih dari 120 ribu warganet dan menjadi kanal pengaduan.',
    ]
    const root = body(`<p>${P1}</p>${keep.map((k) => `<p>${k}</p>`).join('')}`)
    expect(stripPromos(root, null).promos).toHaveLength(0)
  })
})

describe('stripPromos: review of bf3a5d1', () => {
  test('a social plug closing "untuk informasi lebih jelasnya" goes; a bare "…nya" speech word after a comma or quote mark still keeps a quote', () => {
    const plug = '<p>Ikuti Instagram <a href="https://www.instagram.com/disdukcapil.sleman/">@disdukcapil.sleman</a> untuk informasi lebih jelasnya.</p>'
    const root = body(`<p>${P1}</p><p>${P3}</p>${plug}`)
    expect(stripPromos(root, null).promos.map((p) => p.kind)).toEqual(['share'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
    const keep = [
      'Ikuti Instagram <a href="https://www.instagram.com/disdukcapil.sleman/">@disdukcapil.sleman</a> untuk jadwal perekaman keliling, jelasnya.',
      '“Ikuti Instagram <a href="https://www.instagram.com/disdukcapil.sleman/">@disdukcapil.sleman</a> untuk jadwal perekaman keliling” terangnya.',
    ]
    const quotes = body(`<p>${P1}</p>${keep.map((k) => `<p>${k}</p>`).join('')}`)
    expect(stripPromos(quotes, null).promos).toHaveLength(0)
  })

  test('a bare "Promosi" heading over a link to an advertiser goes with it (another registrable domain)', () => {
    const ad = body(`<p>${P1}</p><h3>Promosi</h3><ul><li><a href="https://www.bankjateng.co.id/kredit-mikro-produktif">Kredit Mikro Produktif Bank Jateng, Bunga Ringan untuk UMKM</a></li></ul><p>${P3}</p>`)
    expect(stripPromos(ad, null).promos).toHaveLength(1)
    expect(text(ad)).toBe(normalizeSpace(`${P1} ${P3}`))
    const one = body(`<p>${P1}</p><h3>Promosi</h3><p><a href="https://bankjateng.co.id/">Bank Jateng: Mitra Pembangunan Jawa Tengah</a></p><p>${P3}</p>`)
    expect(stripPromos(one, null).promos).toHaveLength(1)
    expect(text(one)).toBe(normalizeSpace(`${P1} ${P3}`))
  })

  test.each([
    ['"Tampilkan Semua"', '<div class="detail__long-nav"><span>Halaman</span> <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a class="detail__long-nav-next" href="?page=2">Selanjutnya</a> <a href="?single=1">Tampilkan Semua</a></div>'],
    ['"Baca halaman selanjutnya"', '<div class="detail__long-nav"><a class="detail__long-nav-next" href="?page=2">Baca halaman selanjutnya &gt;</a></div>'],
  ])('detik\'s page navigation that also says %s goes', (_name, nav) => {
    const root = body(`<p>${P1}</p>${nav}<p>${P3}</p>`)
    expect(stripPromos(root, rule('detik')).promos.map((p) => p.label)).toEqual(['Halaman selanjutnya'])
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
})

describe('stripPromos: hold-out 38 shapes', () => {
  test('a "Baca juga" card written as one link (label, thumbnail, a headline over 60 characters) is one promo, not prose', () => {
    const headline = 'Dinas Perhubungan Tambah Dua Puluh Armada Bus Sekolah Gratis untuk Siswa di Wilayah Pinggiran'
    const card = `<a class="kartu-bacajuga" href="/baca/4410/bus-sekolah"><div class="kartu-bacajuga__label">Baca Juga</div><div class="kartu-bacajuga__isi"><img src="/thumb/bus.jpg" width="80" height="60" alt=""><div class="kartu-bacajuga__judul">${headline}</div></div></a>`
    const root = body(`<p>${P1}</p><p>${P2}</p>${card}<p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.unsure).toEqual([])
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]).toMatchObject({ label: 'Baca juga', kind: 'related', title: headline })
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P2} ${P3}`))
  })
})

describe('stripPromos: hold-out 39 shapes', () => {
  const rows = (titles: string[]) => titles.map((t, i) => `<tr><td><a href="/berita/detail/${i}-${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a> <small>(${30 - i} September 2027)</small></td></tr>`).join('')
  test('a "Berita Terkait" heading over a table of linked titles with their dates goes with the table as one promo', () => {
    const root = body(`<p>${P1}</p><p class="sidebar-title"> &nbsp; Berita Terkait</p><table class="table"><tbody>${rows(['Pasar Sayur Dibenahi', 'Bupati Buka Pameran', 'Jalan Desa Diaspal'])}</tbody></table><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.unsure).toEqual([])
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]).toMatchObject({ label: 'Berita terkait', kind: 'related' })
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
    expect(root.querySelector('table')).toBeNull()
    // A table whose rows say more than a title and a date is the article's.
    const kept = body(`<p>${P1}</p><p>Berita Terkait</p><table><tr><td><a href="/perda/3">Perda Nomor 3</a> mengatur retribusi pasar bagi pedagang kaki lima di seluruh kecamatan.</td></tr></table><p>${P3}</p>`)
    expect(stripPromos(kept, null).promos).toHaveLength(0)
    expect(text(kept)).toContain('mengatur retribusi pasar')
  })

  test('a "Berita Terkait" <details> accordion over a list of links goes whole', () => {
    const items = ['Dinas Pertanian Salurkan Traktor Tangan', 'Kawasan Jatiluwih Dipadati Wisatawan'].map((t, i) => `<li><a href="/berita/28${i}-x">${t}</a></li>`).join('')
    const root = body(`<p>${P1}</p><details class="berita-terkait"><summary><strong>Berita Terkait</strong></summary><ul>${items}</ul></details><p>${P3}</p>`)
    const r = stripPromos(root, null)
    expect(r.promos).toHaveLength(1)
    expect(r.promos[0]).toMatchObject({ kind: 'related' })
    expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
    expect(root.querySelector('details')).toBeNull()
  })

  describe('an unlabelled teaser of another story closing with "Baca selengkapnya"', () => {
    const page = 'https://www.contoh.co.id/2027/10/12/warga-bangun-sekat-kanal/'
    const other = 'https://www.contoh.co.id/2027/09/21/kisah-perempuan-penjaga-hutan-desa/'
    const lead = 'Sejak lima tahun terakhir, sekelompok ibu rumah tangga berpatroli menjaga hutan desa dari pembalakan.'
    beforeEach(() => {
      document.head.innerHTML = `<link rel="canonical" href="${page}">`
    })
    afterEach(() => {
      document.head.innerHTML = ''
    })
    test('a card (thumbnail, linked title, lead, "Baca selengkapnya »") goes whole, and so do a thumbnail and a linked title over a lead ending "Read more"', () => {
      const card = `<div class="sisipan"><a href="${other}"><img src="/t.jpg" width="160" height="107" alt=""></a><div><p><strong><a href="${other}">Kisah Perempuan Penjaga Hutan Desa</a></strong></p><p>${lead} <a href="${other}">Baca selengkapnya »</a></p></div></div>`
      const root = body(`<p>${P1}</p>${card}<p>${P3}</p>`)
      const r = stripPromos(root, null)
      expect(r.promos).toHaveLength(1)
      expect(r.promos[0]).toMatchObject({ kind: 'related' })
      expect(text(root)).toBe(normalizeSpace(`${P1} ${P3}`))
      const loose = body(`<p>${P1}</p><a href="${other}"><img src="/t.jpg" alt=""></a><h3><a href="${other}">Kisah Perempuan Penjaga Hutan Desa</a></h3><p>${lead} <a href="${other}">Read more</a></p><p>${P3}</p>`)
      expect(stripPromos(loose, null).promos).toHaveLength(1)
      expect(text(loose)).toBe(normalizeSpace(`${P1} ${P3}`))
    })
    test('the article\'s own text stays: a link that expands this article, a document, a sentence ending in a lone link', () => {
      const expand = body(`<p>${P1}</p><h3><a href="${page}#more">Warga Bangun Sekat Kanal</a></h3><p>${P2} <a href="${page}#more">Selengkapnya »</a></p>`)
      stripPromos(expand, null)
      expect(text(expand)).toContain(P2)
      const file = body(`<p>${P1}</p><p><a href="/files/laporan-tahunan-2027.pdf">Laporan Tahunan 2027</a></p><p>Laporan memuat capaian program selama setahun. <a href="/files/laporan-tahunan-2027.pdf">Selengkapnya »</a></p>`)
      stripPromos(file, null)
      expect(text(file)).toContain('Laporan Tahunan 2027 Laporan memuat capaian program selama setahun.')
      const lone = body(`<p>${P1} <a href="${other}">Selengkapnya »</a></p><p>${P3}</p>`)
      expect(stripPromos(lone, null).promos).toHaveLength(0)
      expect(text(lone)).toContain(P1)
    })
  })
})

describe('review of b04c2c4: an article\'s own last paragraph that links a story and ends "Baca selengkapnya"', () => {
  const page = 'https://www.contohkab.go.id/berita/kawasan-tanpa-rokok-mulai-berlaku'
  beforeEach(() => {
    document.head.innerHTML = `<link rel="canonical" href="${page}">`
  })
  afterEach(() => {
    document.head.innerHTML = ''
  })
  test('a link inside a sentence is no teaser\'s title: the paragraph stays whole, as before the teaser rule', () => {
    const earlier = 'https://www.contohkab.go.id/berita/dprd-sahkan-perda-kawasan-tanpa-rokok'
    const release = 'https://www.kemkes.go.id/id/rilis-kesehatan/kawasan-tanpa-rokok-di-sekolah-2026'
    const background = body(`<p>${P1}</p><p>${P3}</p><p>Sebelumnya, <a href="${earlier}">DPRD mengesahkan perda kawasan tanpa rokok</a> dalam rapat paripurna pada Februari lalu setelah empat bulan pembahasan. <a href="${earlier}">Baca selengkapnya »</a></p>`)
    expect(stripPromos(background, null).promos).toHaveLength(0)
    expect(text(background)).toBe(normalizeSpace(`${P1} ${P3} Sebelumnya, DPRD mengesahkan perda kawasan tanpa rokok dalam rapat paripurna pada Februari lalu setelah empat bulan pembahasan. Baca selengkapnya »`))
    const source = body(`<p>${P1}</p><p>${P3}</p><p>Siaran pers ini juga dimuat di <a href="${release}">laman Kementerian Kesehatan</a>. <a href="${release}">Selengkapnya…</a></p>`)
    expect(stripPromos(source, null).promos).toHaveLength(0)
    expect(text(source)).toBe(normalizeSpace(`${P1} ${P3} Siaran pers ini juga dimuat di laman Kementerian Kesehatan. Selengkapnya…`))
    // A title that opens its block, its lead after it, is still a teaser's.
    const teaser = body(`<p>${P1}</p><p>${P3}</p><p><a href="${earlier}">DPRD Sahkan Perda Kawasan Tanpa Rokok</a> Rapat paripurna menyetujui raperda setelah empat bulan pembahasan. <a href="${earlier}">Baca selengkapnya »</a></p>`)
    expect(stripPromos(teaser, null).promos).toHaveLength(1)
    expect(text(teaser)).toBe(normalizeSpace(`${P1} ${P3}`))
  })
  test('review of 0c285a7: a card\'s date or category before its title, or a "Baca juga:" label, still makes a teaser', () => {
    const earlier = 'https://www.contohkab.go.id/berita/dprd-sahkan-perda-kawasan-tanpa-rokok'
    const lead = 'Rapat paripurna menyetujui raperda setelah empat bulan pembahasan.'
    for (const card of [
      `<div class="teaser"><span class="date">12 Maret 2026</span> <a href="${earlier}">DPRD Sahkan Perda Kawasan Tanpa Rokok</a><p>${lead} <a href="${earlier}">Baca selengkapnya »</a></p></div>`,
      `<div class="teaser"><span class="cat">Pemerintahan</span><h3><a href="${earlier}">DPRD Sahkan Perda Kawasan Tanpa Rokok</a></h3><p>${lead} <a href="${earlier}">Baca selengkapnya »</a></p></div>`,
      `<p>Baca juga: <a href="${earlier}">DPRD Sahkan Perda Kawasan Tanpa Rokok</a> ${lead} <a href="${earlier}">Selengkapnya</a></p>`,
    ]) {
      const root = body(`<p>${P1}</p><p>${P3}</p>${card}`)
      stripPromos(root, null)
      expect(text(root), card).toBe(normalizeSpace(`${P1} ${P3}`))
    }
  })
})
