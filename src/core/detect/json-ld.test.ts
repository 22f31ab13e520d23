// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { isArticleType, readJsonLd } from './json-ld.ts'

describe('readJsonLd', () => {
  test('a live report (LiveBlogPosting) is the article node, not one of its updates', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: 'Laporan Langsung: Banjir', datePublished: '2025-08-29T06:30:00+07:00', liveBlogUpdate: [{ '@type': 'BlogPosting', headline: 'Air surut', datePublished: '2025-08-29T16:45:00+07:00' }] }
    const doc = new DOMParser().parseFromString(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`, 'text/html')
    const info = readJsonLd(doc)
    expect(isArticleType('LiveBlogPosting')).toBe(true)
    expect(info.article?.headline).toBe('Laporan Langsung: Banjir')
    expect(info.article?.datePublished).toBe('2025-08-29T06:30:00+07:00')
  })
})
