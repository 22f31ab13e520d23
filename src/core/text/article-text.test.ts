// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { GENERIC_IGNORE } from '../detect/detect-article.ts'
import { articleText } from './article-text.ts'
import { normalizeSpace } from './normalize-space.ts'

describe('articleText', () => {
  test('leaves out what is never displayed: a heading\'s hidden "#" anchor (Hugo PaperMod) and hidden blocks', () => {
    const el = document.createElement('div')
    el.innerHTML = '<h2 id="stok">Stok pangan pokok<a hidden class="anchor" href="#stok">#</a></h2><p>Stok beras aman.</p><div hidden>Muat lebih banyak</div><p>Harga stabil.</p>'
    expect(normalizeSpace(articleText(el))).toBe('Stok pangan pokok Stok beras aman. Harga stabil.')
  })
})

describe('articleText with the generic ignore list', () => {
  test('an embedded document viewer\'s own words are no article text; the author\'s download line is', () => {
    const el = document.createElement('div')
    el.innerHTML = '<p>Pengumuman lengkap dapat dibaca di bawah ini.</p><p>Unduh dokumen: <a href="/x.pdf">Pengumuman Seleksi 2027</a></p>' +
      '<div class="ead-preview"><div class="ead-document"><iframe src="//docs.google.com/viewer?url=x"></iframe><p class="ead-reload">Memakan waktu terlalu lama? <a href="#">Muat ulang dokumen</a></p></div><p class="ead-document-btn"><a href="/x.pdf">Download [412.50 KB]</a></p></div>'
    expect(normalizeSpace(articleText(el, GENERIC_IGNORE))).toBe('Pengumuman lengkap dapat dibaca di bawah ini. Unduh dokumen: Pengumuman Seleksi 2027')
  })
})

