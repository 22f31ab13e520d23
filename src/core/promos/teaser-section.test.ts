// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { isRelatedHeading, teaserSection } from './teaser-section.ts'

const root = (html: string): Element => {
  document.body.innerHTML = `<div id="root">${html}</div>`
  return document.getElementById('root') as Element
}
const card = (title: string) => `<div class="item"><a href="/t"><img src="/t.jpg" alt=""></a><h5><a href="/b">${title}</a></h5><span>24 Agustus 2025</span><p>Ringkasan berita lain dalam tiga kalimat yang panjang sekali.</p></div>`

describe('isRelatedHeading', () => {
  test.each([
    ['Berita Lainnya', true],
    ['  BERITA TERKAIT : ', true],
    ['Baca Juga', true],
    ['Related News', true],
    ['Berita terkait rencana pemadaman listrik beredar di media sosial.', false],
    ['Sambutan Bupati', false],
  ])('%j → %s', (text, want) => {
    expect(isRelatedHeading(text)).toBe(want)
  })
})

describe('teaserSection', () => {
  test('a container opening with the heading, then cards that open with a linked title (thumbnail links have no text)', () => {
    const r = root(`<p>Artikel.</p><div class="lainnya"><h4>Berita Lainnya</h4>${card('Bupati Resmikan Pasar Rakyat')}${card('Petani Jagung Mulai Panen')}</div>`)
    expect(teaserSection(r.querySelector('h4') as Element, r)?.className).toBe('lainnya')
  })
  test('a list of linked titles under the heading is a teaser block too', () => {
    const r = root('<section><h4>Baca Juga</h4><ul><li><a href="/a">Kader KB Dilatih Gunakan Aplikasi</a></li></ul></section>')
    expect(teaserSection(r.querySelector('h4') as Element, r)?.tagName).toBe('SECTION')
  })
  test('not when the container holds prose, text before the heading, or a card without a title first; never the root', () => {
    const prose = root(`<div><h4>Berita Terkait</h4><p>Berita terkait pemadaman tersebut telah dibantah.</p>${card('Bupati Resmikan Pasar Rakyat')}</div>`)
    expect(teaserSection(prose.querySelector('h4') as Element, prose)).toBeNull()
    const before = root(`<div><p>Pengantar.</p><h4>Berita Lainnya</h4>${card('Bupati Resmikan Pasar Rakyat')}</div>`)
    expect(teaserSection(before.querySelector('h4') as Element, before)).toBeNull()
    const dateFirst = root('<div><h4>Berita Lainnya</h4><div><span>24 Agustus 2025</span> <a href="/b">Bupati Resmikan Pasar Rakyat</a></div></div>')
    expect(teaserSection(dateFirst.querySelector('h4') as Element, dateFirst)).toBeNull()
    const atRoot = root(`<h4>Berita Lainnya</h4>${card('Bupati Resmikan Pasar Rakyat')}`)
    expect(teaserSection(atRoot.querySelector('h4') as Element, atRoot)).toBeNull()
  })
})
