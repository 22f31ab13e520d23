import { describe, expect, it } from 'vitest'
import { isNewAnnotation, isPageInfo } from './validate-input.ts'

const good = {
  kind: 'highlight',
  color: 'yellow',
  note: '',
  tags: ['anggaran'],
  quote: { exact: 'Sekda', prefix: 'para ', suffix: ' dan' },
  position: { start: 10, end: 15 },
  speaker: null,
}

describe('isNewAnnotation', () => {
  it('accepts a well-formed highlight', () => {
    expect(isNewAnnotation(good)).toBe(true)
  })
  it.each([
    ['an unknown kind', { ...good, kind: 'script' }],
    ['a non-string note', { ...good, note: 42 }],
    ['tags that are not strings', { ...good, tags: [{}] }],
    ['a backwards position', { ...good, position: { start: 9, end: 2 } }],
    ['a fractional offset', { ...good, position: { start: 1.5, end: 2 } }],
    ['an oversized quote', { ...good, quote: { exact: 'x'.repeat(20_001), prefix: '', suffix: '' } }],
    ['null', null],
  ])('rejects %s', (_name, value) => {
    expect(isNewAnnotation(value)).toBe(false)
  })
})

describe('isPageInfo', () => {
  const page = { url: 'https://mmc.kalteng.go.id/berita/read/1/a', title: 't', outlet: null, author: null, published: null, province: null, regency: null }
  it('accepts an http(s) page and rejects other schemes', () => {
    expect(isPageInfo(page)).toBe(true)
    expect(isPageInfo({ ...page, url: 'javascript:alert(1)' })).toBe(false)
    expect(isPageInfo({ ...page, title: 7 })).toBe(false)
  })
})
