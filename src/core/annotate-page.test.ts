// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { annotatePage, runFeature } from './annotate-page.ts'
import { emptyReport } from './page-report.ts'

describe('runFeature', () => {
  it('turns a failing feature into a reported error instead of an exception', () => {
    const report = emptyReport('http://x.go.id/')
    const value = runFeature(report, 'acronyms', () => {
      throw new Error('boom')
    })
    expect(value).toBeUndefined()
    expect(report.errors).toEqual(['acronyms: boom'])
  })
})

describe('annotatePage on odd documents', () => {
  it('copes with a document without body', () => {
    const doc = document.implementation.createHTMLDocument('x')
    doc.body.remove()
    expect(() => annotatePage(doc, new URL('http://x.go.id/berita/read/1/a'))).not.toThrow()
    expect(doc.documentElement.getAttribute('data-kliping')).toBe('other')
  })

  it('copes with a document without any element', () => {
    const doc = document.implementation.createHTMLDocument('x')
    doc.documentElement.remove()
    expect(() => annotatePage(doc, new URL('http://x.go.id/'))).not.toThrow()
  })

  it('copes with an XML document', () => {
    const doc = new DOMParser().parseFromString('<rss><channel><title>a</title></channel></rss>', 'application/xml')
    expect(() => annotatePage(doc, new URL('http://x.go.id/feed.xml'))).not.toThrow()
    expect(doc.documentElement.getAttribute('data-kliping')).toBe('other')
  })
})
