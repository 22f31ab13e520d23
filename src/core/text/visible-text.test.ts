// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { visibleText } from './visible-text.ts'

const element = (html: string): Element => {
  const div = document.createElement('div')
  div.innerHTML = html
  return div
}

describe('visibleText', () => {
  test('an ad unit reads as its label: its loader script is no text', () => {
    const unit = element('<span>- Advertisement -</span><ins class="adsbygoogle"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>')
    expect(visibleText(unit)).toBe('- Advertisement -')
  })
  test('styles, templates and <noscript> fallbacks are left out, text around them is kept and normalised', () => {
    const box = element('<style>.x{color:red}</style><p>Satu\n  dua</p><noscript><img src="/a.jpg"></noscript><template><p>Tiga</p></template><p>empat</p>')
    expect(visibleText(box)).toBe('Satu duaempat')
  })
  test('without any of them it is the normalised textContent', () => {
    expect(visibleText(element('<p> Baca  juga </p>'))).toBe('Baca juga')
  })
})
