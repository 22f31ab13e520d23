// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { detectArticle } from './detect-article.ts'
import { documentViewerNear } from './document-viewer.ts'
import { articleText } from '../text/article-text.ts'
import { normalizeSpace } from '../text/normalize-space.ts'
import { collectTextBlocks } from '../dom/text-blocks.ts'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const ABSTRACT = '<ul class="abstrak"><li>Nilai tukar nelayan bulan Juli 2025 sebesar 104,12 atau naik 0,35 persen dibanding bulan sebelumnya karena harga ikan naik.</li><li>Kenaikan tertinggi terjadi di Provinsi Maluku sebesar 1,82 persen, sedangkan penurunan terdalam di Provinsi Bali sebesar 0,91 persen.</li><li>Nilai tukar usaha nelayan naik 0,28 persen dibanding bulan sebelumnya.</li></ul>'
const PROSE = 'Pemerintah provinsi menyalurkan bantuan alat tangkap kepada kelompok nelayan di empat kabupaten pesisir, Senin (4/8/2025). Bantuan itu diharapkan menaikkan hasil tangkapan dan pendapatan keluarga nelayan kecil.'
const page = (body: string) => parse(`<html><head><meta property="og:type" content="article"></head><body><div class="konten"><h1>Nilai Tukar Nelayan Juli 2025 Naik 0,35 Persen</h1><div class="kotak">${body}</div></div></body></html>`)
const url = new URL('https://contoh.go.id/rilis/2025/08/01/2463/nilai-tukar-nelayan-juli-2025.html')

describe('document viewer pages', () => {
  test('a short abstract beside an embedded PDF viewer is the document\'s page, not an article', () => {
    const doc = page(`${ABSTRACT}</div><div class="viewer"><iframe src="/pdfjs/web/viewer.html?file=%2Frilis%2Fntn-juli-2025.pdf"></iframe>`)
    expect(documentViewerNear(doc.querySelector('ul') as Element)).toBe(true)
    const d = detectArticle(doc, url)
    expect(d.signals).toContain('document:viewer')
    expect(d.isArticle).toBe(false)
  })
  test('<embed> and <object> viewers count too; a map or video iframe does not', () => {
    expect(documentViewerNear(page(`${ABSTRACT}<object data="/unduh/rilis.PDF" type="application/pdf"></object>`).querySelector('ul') as Element)).toBe(true)
    expect(documentViewerNear(page(`${ABSTRACT}<iframe src="https://www.youtube.com/embed/abc"></iframe>`).querySelector('ul') as Element)).toBe(false)
  })
  test('a news report that embeds the document it reports on stays an article', () => {
    const doc = page(`${`<p>${PROSE}</p>`.repeat(6)}<embed src="/dokumen/sk-bantuan-nelayan.pdf" type="application/pdf">`)
    const d = detectArticle(doc, url)
    expect(d.signals).not.toContain('document:viewer')
    expect(d.isArticle).toBe(true)
  })
})

describe('document viewer toolbars', () => {
  test('a viewer\'s toolbar (file name, "Unduh PDF", "Layar Penuh") is no article text; a line about the document beside a frame is', () => {
    const root = parse(
      `<div class="isi"><p>${PROSE}</p>` +
        '<div class="dok"><div class="dok__bar"><span>Perbup_Nomor_7_Tahun_2025.pdf</span> <a href="/unduh/perbup-7-2025.pdf" download>Unduh PDF (2,1 MB)</a> <a href="/pdfjs/web/viewer.html?file=%2Funduh%2Fperbup-7-2025.pdf" target="_blank">Layar Penuh</a></div>' +
        '<div class="dok__frame"><iframe src="/pdfjs/web/viewer.html?file=%2Funduh%2Fperbup-7-2025.pdf" height="700"></iframe></div></div>' +
        '<div class="wp-block-file"><object class="wp-block-file__embed" data="/unduh/lampiran.pdf" type="application/pdf"></object><a href="/unduh/lampiran.pdf">Lampiran Perbup 7 2025</a><a href="/unduh/lampiran.pdf" class="wp-block-file__button" download>Unduh</a></div>' +
        '<div>Berikut salinan lengkap peraturan tersebut: <embed src="/unduh/perbup-7-2025.pdf" type="application/pdf"></div></div>',
    ).querySelector('.isi') as Element
    const text = normalizeSpace(articleText(root))
    expect(text).toBe(normalizeSpace(`${PROSE} Berikut salinan lengkap peraturan tersebut:`))
    expect(collectTextBlocks(root).map((block) => normalizeSpace(block.text))).toEqual([PROSE, 'Berikut salinan lengkap peraturan tersebut:'])
  })
})

describe('review of b04c2c4: a sentence beside a document frame', () => {
  test('"Surat edaran selengkapnya dapat diunduh <a>di sini</a>." or "Sumber: Surat Edaran Bupati Nomor … (<a>unduh</a>)" in one box with the PDF frame stays article text', () => {
    const said = '<div class="lampiran">Surat edaran selengkapnya dapat diunduh <a href="/uploads/se-jam-kerja-ramadan.pdf">di sini</a>.<br><iframe src="/uploads/se-jam-kerja-ramadan.pdf" width="100%" height="600"></iframe></div>'
    const source = '<div>Sumber: Surat Edaran Bupati Nomor 800/123/2026 tanggal 1 Maret 2026 (<a href="/uploads/se.pdf">unduh</a>)<br><embed src="/uploads/se.pdf" type="application/pdf"></div>'
    const root = parse(`<div class="isi"><p>${PROSE}</p>${said}${source}</div>`).querySelector('.isi') as Element
    expect(normalizeSpace(articleText(root))).toBe(normalizeSpace(`${PROSE} Surat edaran selengkapnya dapat diunduh di sini. Sumber: Surat Edaran Bupati Nomor 800/123/2026 tanggal 1 Maret 2026 (unduh)`))
  })
})

describe('review of 0c285a7: a document title or a control hint beside the frame', () => {
  test('"<span>Perbup Nomor 7 Tahun 2025 tentang …</span> <a>Unduh</a> <button>Layar Penuh</button>" and "Klik untuk membuka dokumen layar penuh" are the viewer\'s, not article text', () => {
    const titled = '<div class="dok"><span>Perbup Nomor 7 Tahun 2025 tentang Pedoman Dana Desa</span> <a href="/u/p.pdf">Unduh</a> <button>Layar Penuh</button><iframe src="/u/p.pdf"></iframe></div>'
    const hint = '<div class="dok">Klik untuk membuka dokumen layar penuh <a href="/u/p.pdf">Unduh</a><iframe src="/u/p.pdf"></iframe></div>'
    for (const box of [titled, hint]) {
      const root = parse(`<div class="isi"><p>${PROSE}</p>${box}</div>`).querySelector('.isi') as Element
      expect(normalizeSpace(articleText(root))).toBe(normalizeSpace(PROSE))
    }
  })
})

