// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { collectTextBlocks, locate, refreshTextBlocks } from './text-blocks.ts'
import { runToCompletion } from '../run-to-completion.ts'
import { wrapRangesInSlices, type RangeToWrap } from './wrap-ranges.ts'

const wrap = (blocks: ReturnType<typeof collectTextBlocks>, ranges: RangeToWrap[], skipInside: string | null = null) =>
  runToCompletion(wrapRangesInSlices(blocks, ranges, skipInside, () => false))

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

  it('ends a block at a <br>: a body written as one element with <br><br> between paragraphs gives one block each', () => {
    const article = root('<div class="body">Bandarlampung (ANTARA) - Pemprov hadir.<br><br>Kepala Dinas <b>Pangan</b> mengatakan harga turun.<br>\n<br>“Kami pantau,” katanya.<br><p>Pewarta: Dian<br>Editor: Agus</p></div>')
    const blocks = collectTextBlocks(article)
    expect(blocks.map((b) => b.text)).toEqual([
      'Bandarlampung (ANTARA) - Pemprov hadir.',
      'Kepala Dinas Pangan mengatakan harga turun.',
      '“Kami pantau,” katanya.',
      'Pewarta: Dian',
      'Editor: Agus',
    ])
    expect(blocks[1]!.element).toBe(blocks[0]!.element)
    expect(blocks[1]!.starts).toEqual([0, 13, 19])
  })
  it('skips form controls and the labels of controls (a live report\'s toolbar), not a bare <label>', () => {
    const blocks = collectTextBlocks(root('<p>Teks berita.</p><div><button>Muat pembaruan</button><label><input type="checkbox"> Perbarui otomatis</label><label>Catatan</label></div>'))
    expect(blocks.map((b) => b.text)).toEqual(['Teks berita.', 'Catatan'])
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

describe('wrapRangesInSlices', () => {
  const make = () => {
    const span = document.createElement('span')
    span.className = 'w'
    return span
  }

  it('wraps a range inside one text node and leaves the text unchanged', () => {
    const article = root('<p>Kata “kutipan ini” selesai.</p>')
    const blocks = collectTextBlocks(article)
    const [wrappers] = wrap(blocks, [{ block: 0, start: 5, end: 18, make }])
    expect(wrappers!.map((w) => w.textContent)).toEqual(['“kutipan ini”'])
    expect(article.innerHTML).toBe('<p>Kata <span class="w">“kutipan ini”</span> selesai.</p>')
  })

  it('wraps each piece of a range that crosses elements, in page order, and leaves links as they were', () => {
    const article = root('<p>“Kita <a href="#">harus</a> tahu,” ujarnya.</p>')
    const blocks = collectTextBlocks(article)
    const [wrappers] = wrap(blocks, [{ block: 0, start: 0, end: 18, make }])
    expect(wrappers!.map((w) => w.textContent)).toEqual(['“Kita ', 'harus', ' tahu,”'])
    expect(article.querySelector('a')!.getAttribute('href')).toBe('#')
    expect(article.textContent).toBe('“Kita harus tahu,” ujarnya.')
  })

  it('wraps several ranges of one text node, whatever their order, and never a whitespace-only piece', () => {
    const article = root('<p>“Satu,” kata A. “Dua,” kata B.<b> </b>“Tiga”</p>')
    const blocks = collectTextBlocks(article)
    const result = wrap(blocks, [{ block: 0, start: 16, end: 22, make }, { block: 0, start: 0, end: 7, make }, { block: 0, start: 30, end: 37, make }])
    expect(result.map((list) => list.map((w) => w.textContent))).toEqual([['“Dua,”'], ['“Satu,”'], ['“Tiga”']])
    expect(article.querySelector('b')!.innerHTML).toBe(' ')
    expect(article.textContent).toBe('“Satu,” kata A. “Dua,” kata B. “Tiga”')
  })

  it('leaves pieces already inside a wrapper alone (a second run is a no-op)', () => {
    const article = root('<p>Kata “kutipan ini” selesai.</p>')
    wrap(collectTextBlocks(article), [{ block: 0, start: 5, end: 18, make }], '.w')
    const once = article.innerHTML
    const again = wrap(collectTextBlocks(article), [{ block: 0, start: 5, end: 18, make }], '.w')
    expect(again).toEqual([[]])
    expect(article.innerHTML).toBe(once)
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
    wrap(blocks, [{ block: 0, start: 0, end: 10, make: span }, { block: 4, start: 6, end: 12, make: span }])
    const refreshed = refreshTextBlocks(blocks)
    const full = collectTextBlocks(article)
    expect(refreshed.map((b) => b.text)).toEqual(full.map((b) => b.text))
    expect(refreshed.map((b) => b.nodes)).toEqual(full.map((b) => b.nodes))
    expect(refreshed.map((b) => b.starts)).toEqual(full.map((b) => b.starts))
    expect(refreshed[1]).toBe(blocks[1])
    expect(refreshed[0]).not.toBe(blocks[0])
    expect(locate(refreshed[0]!, 8).node.parentElement!.className).toBe('kliping-quote')
  })
  it('reads again every block of an element split by <br> when one of them changed, in the same order', () => {
    const article = root('<div>Pembuka berita.<br><br>“Satu dua,” kata A.<br><br>Penutup.</div><p>Lain.</p>')
    const blocks = collectTextBlocks(article)
    const span = () => {
      const el = document.createElement('span')
      el.className = 'kliping-quote'
      return el
    }
    wrap(blocks, [{ block: 1, start: 0, end: 11, make: span }])
    const refreshed = refreshTextBlocks(blocks)
    const full = collectTextBlocks(article)
    expect(refreshed.map((b) => b.text)).toEqual(['Pembuka berita.', '“Satu dua,” kata A.', 'Penutup.', 'Lain.'])
    expect(refreshed.map((b) => b.nodes)).toEqual(full.map((b) => b.nodes))
    expect(refreshed[3]).toBe(blocks[3])
    expect(locate(refreshed[1]!, 3).node.parentElement!.className).toBe('kliping-quote')
  })
})

describe('wrapRangesInSlices on a block the page changed after it was read', () => {
  it('leaves that block alone instead of wrapping the wrong characters', () => {
    const article = root('<p>Kata “kutipan ini” selesai.</p><p>“Dua,” kata B.</p>')
    const blocks = collectTextBlocks(article)
    const first = blocks[0]!.nodes[0]!
    first.data = 'Kemarin, ' + first.data
    const make = () => document.createElement('mark')
    const result = wrap(blocks, [{ block: 0, start: 5, end: 18, make }, { block: 1, start: 0, end: 6, make }])
    expect(result.map((list) => list.map((w) => w.textContent))).toEqual([[], ['“Dua,”']])
    expect(article.querySelector('p')!.innerHTML).toBe('Kemarin, Kata “kutipan ini” selesai.')
  })
})
