// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { nextTextNode, openingText } from './opening-text.ts'

const el = (html: string): Element => {
  const div = document.createElement('div')
  div.innerHTML = html
  return div
}

describe('opening text', () => {
  test('the first non-blank text node, past empty elements, whitespace and scripts', () => {
    const card = el('\n  <div class="jam"><script>var t = 1</script><img src="x.png"> <time>16.45 WIB</time></div><h3>Air mulai surut</h3>')
    expect(nextTextNode(card)?.nodeValue).toBe('16.45 WIB')
    expect(nextTextNode(card, nextTextNode(card))?.nodeValue).toBe('Air mulai surut')
    expect(nextTextNode(el('<p> </p><br>'))).toBeNull()
  })
  test('text nodes joined by a space, read only as far as asked', () => {
    const body = el('<p><strong>PENGUMUMAN</strong><br>Nomor:   470/1.284/2025</p><p>Sehubungan dengan pemeliharaan server, layanan ditutup.</p>')
    expect(openingText(body, 12)).toBe('PENGUMUMAN Nomor: 470')
    expect(openingText(body, 200)).toBe('PENGUMUMAN Nomor: 470/1.284/2025 Sehubungan dengan pemeliharaan server, layanan ditutup.')
  })
})
