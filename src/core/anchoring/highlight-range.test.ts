// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest'
import { anchor, anchorIn } from './anchor.ts'
import { canonicalText, rangeFromOffsets } from './canonical-text.ts'
import { describeRange } from './describe-range.ts'
import { highlightRange, removeHighlight } from './highlight-range.ts'

const make = () => {
  const el = document.createElement('kliping-highlight')
  el.className = 'kliping-highlight'
  el.setAttribute('data-kliping-annotation-id', 'a1')
  return el
}
const body = (html: string): Element => {
  document.body.innerHTML = `<div id="root">${html}</div>`
  return document.getElementById('root')!
}
function rangeOf(root: Element, needle: string): Range {
  const canon = canonicalText(root)
  const at = canon.text.indexOf(needle)
  expect(at).toBeGreaterThanOrEqual(0)
  return rangeFromOffsets(canon, at, at + needle.length)!
}
const textNodeCount = (root: Node): number => {
  let count = 0
  const walker = document.createTreeWalker(root, 4)
  while (walker.nextNode()) count++
  return count
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('highlightRange', () => {
  test('inside one text node: split at both ends, one wrapper', () => {
    const root = body('<p>Gubernur membuka rapat koordinasi.</p>')
    const wrappers = highlightRange(rangeOf(root, 'membuka rapat'), make)
    expect(wrappers).toHaveLength(1)
    expect(root.innerHTML).toBe('<p>Gubernur <kliping-highlight class="kliping-highlight" data-kliping-annotation-id="a1">membuka rapat</kliping-highlight> koordinasi.</p>')
    expect(root.textContent).toBe('Gubernur membuka rapat koordinasi.')
  })

  test('across element boundaries: one wrapper per text node, in document order', () => {
    const html = '<p>Tomsi <a href="/x">meminta para</a> <b>Sekretaris <i>Daerah</i></b> hadir.</p><p>Paragraf kedua dimulai.</p>'
    const root = body(html)
    const wrappers = highlightRange(rangeOf(root, 'para Sekretaris Daerah hadir.\nParagraf'), make)
    expect(wrappers.map((w) => w.textContent)).toEqual(['para', 'Sekretaris ', 'Daerah', ' hadir.', 'Paragraf'])
    expect(root.querySelector('a')!.innerHTML).toBe('meminta <kliping-highlight class="kliping-highlight" data-kliping-annotation-id="a1">para</kliping-highlight>')
    expect(root.textContent).toBe('Tomsi meminta para Sekretaris Daerah hadir.Paragraf kedua dimulai.')
  })

  test('whitespace-only pieces (between list items) and Kliping UI get no wrapper', () => {
    const root = body('<ul>\n  <li>Satu <abbr class="kliping-acronym">K/L<span data-kliping-ui> (kementerian/lembaga)</span></abbr></li>\n  <li>Dua</li>\n</ul>')
    const range = document.createRange()
    range.setStart(root.querySelector('li')!.firstChild!, 0)
    range.setEnd(root.querySelectorAll('li')[1]!.firstChild!, 3)
    const wrappers = highlightRange(range, make)
    expect(wrappers.map((w) => w.textContent)).toEqual(['Satu ', 'K/L', 'Dua'])
    expect(root.querySelector('[data-kliping-ui] kliping-highlight')).toBeNull()
    expect(root.querySelector('ul > kliping-highlight')).toBeNull()
  })

  test('excluded subtrees inside the range get no wrapper', () => {
    const root = body('<p>Awal teks.</p><figure class="cap"><figcaption>Foto: Humas</figcaption></figure><p>Akhir teks.</p>')
    const range = document.createRange()
    range.setStart(root.querySelector('p')!.firstChild!, 0)
    range.setEnd(root.querySelectorAll('p')[1]!.firstChild!, 5)
    expect(highlightRange(range, make, { exclude: '.cap' }).map((w) => w.textContent)).toEqual(['Awal teks.', 'Akhir'])
  })

  test('a collapsed range draws nothing', () => {
    const root = body('<p>Teks.</p>')
    const range = document.createRange()
    range.setStart(root.querySelector('p')!.firstChild!, 2)
    expect(highlightRange(range, make)).toEqual([])
  })
})

describe('removeHighlight', () => {
  test.each([
    ['one node', '<p>Gubernur membuka rapat koordinasi.</p>', 'membuka rapat'],
    ['whole node', '<p><b>Sekda</b> hadir.</p>', 'Sekda'],
    ['across elements', '<p>Tomsi <a href="/x">meminta para</a> <b>Sekretaris <i>Daerah</i></b> hadir.</p><p>Kedua.</p>', 'para Sekretaris Daerah hadir.\nKe'],
    ['with UI inside', '<p>Satu <abbr class="kliping-acronym">K/L<span data-kliping-ui> (kementerian/lembaga)</span></abbr> dua.</p>', 'Satu K/L dua'],
  ])('round trip leaves innerHTML and text nodes identical: %s', (_name, html, needle) => {
    const root = body(html)
    const before = root.innerHTML
    const nodesBefore = textNodeCount(root)
    const wrappers = highlightRange(rangeOf(root, needle), make)
    expect(wrappers.length).toBeGreaterThan(0)
    removeHighlight(wrappers)
    expect(root.innerHTML).toBe(before)
    expect(textNodeCount(root)).toBe(nodesBefore)
  })

  test('two overlapping highlights removed in either order restore the page', () => {
    const html = '<p>Ia menekankan bahwa forum ini harus menghasilkan keputusan konkret.</p>'
    const root = body(html)
    const first = highlightRange(rangeOf(root, 'bahwa forum ini'), make)
    const second = highlightRange(rangeOf(root, 'forum ini harus'), make)
    removeHighlight(first)
    removeHighlight(second)
    expect(root.innerHTML).toBe(html)
    expect(textNodeCount(root)).toBe(1)
  })

  test('highlights do not disturb anchors: describe → highlight → anchor again → same place', () => {
    const root = body('<p>Ia menekankan bahwa forum ini harus menghasilkan keputusan konkret.</p>')
    const saved = describeRange(root, rangeOf(root, 'forum ini harus'))
    highlightRange(rangeOf(root, 'menekankan bahwa'), make)
    const found = anchor(root, saved)!
    expect(found.method).toBe('position')
    const wrappers = highlightRange(found.range, make)
    expect(wrappers.map((w) => w.textContent).join('')).toBe('forum ini harus')
  })

  test('many (overlapping) annotations on one page: anchor once, then draw each from its offsets on fresh text', () => {
    const root = body('<p>Ia menekankan bahwa forum ini harus menghasilkan keputusan konkret.</p><p>Bukan <b>sekadar</b> ajang seremonial.</p>')
    const saved = ['bahwa forum', 'forum ini harus', 'konkret.\nBukan sekadar'].map((needle) => describeRange(root, rangeOf(root, needle)))
    const canon = canonicalText(root)
    const anchored = saved.map((s) => anchorIn(canon, s)!)
    // Drawing splits text nodes, which makes `canon` and the other ranges stale; offsets stay valid.
    const drawn = anchored.map((a) => highlightRange(rangeFromOffsets(canonicalText(root), a.start, a.end)!, make).map((w) => w.textContent).join('|'))
    expect(drawn).toEqual(['bahwa forum', 'forum| ini harus', 'konkret.|Bukan |sekadar'])
    expect(root.textContent).toBe('Ia menekankan bahwa forum ini harus menghasilkan keputusan konkret.Bukan sekadar ajang seremonial.')
  })
})
