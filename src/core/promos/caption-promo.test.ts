// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest'
import { captionPromo } from './caption-promo.ts'
import { stripPromos } from './strip-promos.ts'
import { GENERIC_IGNORE } from '../detect/detect-article.ts'
import { articleText } from '../text/article-text.ts'
import { normalizeSpace } from '../text/normalize-space.ts'

const P1 = 'Pemerintah kabupaten menebar lima puluh ribu benih ikan di perairan danau, Kamis (28/8/2025), di tiga titik penebaran.'
const P2 = 'Kepala dinas mengatakan populasi ikan endemik terus menurun dalam sepuluh tahun terakhir karena penangkapan berlebih.'
const body = (html: string): Element => {
  document.body.innerHTML = `<div id="root">${html}</div>`
  return document.getElementById('root') as Element
}
const thumb = (href: string) => `<a href="${href}"><img src="/wp-content/uploads/2025/08/thumb-300x169.jpg" alt=""></a>`

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('image figures captioned "Baca juga"', () => {
  test('a linked caption and an unlinked "BACA JUGA – {title}" caption are promos; the article\'s photo stays', () => {
    const linked = `<figure class="wp-block-image">${thumb('/berita/bupati-minta-keramba-dibatasi/')}<figcaption>Baca juga: <a href="/berita/bupati-minta-keramba-dibatasi/">Bupati Minta Keramba Dibatasi</a></figcaption></figure>`
    const photo = `<figure class="wp-block-image">${thumb('/wp-content/uploads/2025/08/tebar-benih.jpg')}<figcaption>Petugas menebar benih ikan di perairan danau. (Foto: Diskominfo)</figcaption></figure>`
    const unlinked = `<figure class="wp-block-image">${thumb('/berita/nelayan-bentuk-kelompok-pengawas/')}<figcaption><strong>BACA JUGA</strong> – Nelayan Bentuk Kelompok Pengawas Danau</figcaption></figure>`
    const root = body(`<p>${P1}</p>${linked}${photo}<p>${P2}</p>${unlinked}`)
    const r = stripPromos(root, null, GENERIC_IGNORE)
    expect(r.promos.map((p) => [p.label, p.kind, p.source])).toEqual([['Baca juga', 'related', 'caption-label'], ['Baca juga', 'related', 'caption-label']])
    expect(r.promos[1]?.href).toMatch(/nelayan-bentuk-kelompok-pengawas/)
    expect(root.querySelectorAll('figure')).toHaveLength(1)
    expect(normalizeSpace(articleText(root, GENERIC_IGNORE))).toBe(normalizeSpace(`${P1} ${P2}`))
  })
  test('a classic wp-caption works the same; a label caption whose figure links only to its image file is media', () => {
    const classic = `<div class="wp-caption">${thumb('/2025/08/20/judul-lain/')}<p class="wp-caption-text">Baca Juga: Judul Lain yang Panjang</p></div>`
    const selfLinked = `<figure>${thumb('/wp-content/uploads/foto.jpg')}<figcaption>Baca juga: penjelasan lengkap ada di papan informasi</figcaption></figure>`
    const root = body(`<p>${P1}</p>${classic}${selfLinked}`)
    expect(captionPromo(root.querySelector('.wp-caption-text') as Element, root)?.figure.className).toBe('wp-caption')
    expect(captionPromo(root.querySelector('figcaption') as Element, root)).toBeNull()
  })
  test('a caption that merely starts with the words "Baca juga" (no separator) is no label', () => {
    const root = body(`<figure>${thumb('/berita/x/')}<figcaption>Baca juga buku panduan di perpustakaan daerah</figcaption></figure>`)
    expect(captionPromo(root.querySelector('figcaption') as Element, root)).toBeNull()
  })
})
