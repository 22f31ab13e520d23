// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { articleText } from './article-text.ts'
import { normalizeSpace } from './normalize-space.ts'

describe('articleText', () => {
  test('leaves out what is never displayed: a heading\'s hidden "#" anchor (Hugo PaperMod) and hidden blocks', () => {
    const el = document.createElement('div')
    el.innerHTML = '<h2 id="stok">Stok pangan pokok<a hidden class="anchor" href="#stok">#</a></h2><p>Stok beras aman.</p><div hidden>Muat lebih banyak</div><p>Harga stabil.</p>'
    expect(normalizeSpace(articleText(el))).toBe('Stok pangan pokok Stok beras aman. Harga stabil.')
  })
})
