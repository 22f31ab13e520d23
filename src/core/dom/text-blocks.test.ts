// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { collectTextBlocks, locate, refreshTextBlocks } from './text-blocks.ts'
import { wrapRange } from './wrap-range.ts'

function root(html: string): Element {
  const element = document.createElement('div')
  element.innerHTML = html
  return element
}

describe('collectTextBlocks', () => {
  it('gives one block per paragraph with the page’s exact characters, skipping scripts, UI and exclusions', () => {
    const article = root(
      '<p>Sekda <b>Kalteng</b> hadir.</p><script>var x = "no"</script><p>Kedua<span data-kliping-ui> (ui)</span> paragraf.</p>' +
        '<div class="carousel-caption"><p>Keterangan foto</p></div>  <ul><li>Satu</li><li>Dua</li></ul>',
    )
    const blocks = collectTextBlocks(article, { exclude: '.carousel-caption' })
    expect(blocks.map((b) => b.text)).toEqual(['Sekda Kalteng hadir.', 'Kedua paragraf.', 'Satu', 'Dua'])
    expect(blocks[0]!.element.tagName).toBe('P')
    expect(blocks[0]!.starts).toEqual([0, 6, 13])
  })

  it('keeps text after a nested block in the parent block', () => {
    const blocks = collectTextBlocks(root('<div>Awal <p>Dalam</p> akhir</div>'))
    expect(blocks.map((b) => b.text)).toEqual(['Awal  akhir', 'Dalam'])
  })

  it('locates offsets inside nodes and at node boundaries', () => {
    const [block] = collectTextBlocks(root('<p>ab<i>cd</i>ef</p>'))
    expect(locate(block!, 3)).toMatchObject({ offset: 1 })
    expect(locate(block!, 2).node.data).toBe('cd')
    expect(locate(block!, 2, true).node.data).toBe('ab')
  })
})

describe('wrapRange', () => {
  const make = () => {
    const span = document.createElement('span')
    span.className = 'w'
    return span
  }

  it('wraps a range inside one text node and leaves the text unchanged', () => {
    const article = root('<p>Kata “kutipan ini” selesai.</p>')
    const [block] = collectTextBlocks(article)
    const wrappers = wrapRange(block!, 5, 18, make)
    expect(wrappers.map((w) => w.textContent)).toEqual(['“kutipan ini”'])
    expect(article.textContent).toBe('Kata “kutipan ini” selesai.')
  })

  it('wraps each piece of a range that crosses elements', () => {
    const article = root('<p>“Kita <a href="#">harus</a> tahu,” ujarnya.</p>')
    const [block] = collectTextBlocks(article)
    const wrappers = wrapRange(block!, 0, 18, make)
    expect(wrappers.map((w) => w.textContent)).toEqual(['“Kita ', 'harus', ' tahu,”'])
    expect(article.querySelector('a')!.getAttribute('href')).toBe('#')
    expect(article.textContent).toBe('“Kita harus tahu,” ujarnya.')
  })

  it('applies several ranges of one block right to left', () => {
    const article = root('<p>“Satu,” kata A. “Dua,” kata B.</p>')
    const [block] = collectTextBlocks(article)
    for (const [start, end] of [[16, 22], [0, 7]] as const) wrapRange(block!, start, end, make)
    expect([...article.querySelectorAll('.w')].map((w) => w.textContent)).toEqual(['“Satu,”', '“Dua,”'])
    expect(article.textContent).toBe('“Satu,” kata A. “Dua,” kata B.')
  })
})

describe('refreshTextBlocks', () => {
  it('reads again exactly the blocks a renderer split, as a full collection would, and keeps the others', () => {
    const article = root(
      '<p>“Satu <b>dua</b>,” kata A.<span data-kliping-ui> (ui)</span></p><p>Tanpa kutipan.</p>Teks akar <i>lepas</i><div><p>Dalam</p> ekor “tiga”.</div>',
    )
    const blocks = collectTextBlocks(article)
    const span = () => {
      const el = document.createElement('span')
      el.className = 'kliping-quote'
      return el
    }
    wrapRange(blocks[0]!, 0, 10, span)
    wrapRange(blocks[4]!, 6, 12, span)
    const refreshed = refreshTextBlocks(blocks)
    const full = collectTextBlocks(article)
    expect(refreshed.map((b) => b.text)).toEqual(full.map((b) => b.text))
    expect(refreshed.map((b) => b.nodes)).toEqual(full.map((b) => b.nodes))
    expect(refreshed.map((b) => b.starts)).toEqual(full.map((b) => b.starts))
    expect(refreshed[1]).toBe(blocks[1])
    expect(refreshed[0]).not.toBe(blocks[0])
    expect(locate(refreshed[0]!, 8).node.parentElement!.className).toBe('kliping-quote')
  })
})
