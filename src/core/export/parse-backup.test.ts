import { describe, expect, test } from 'vitest'
import { parseBackup, utf8Length } from './parse-backup.ts'
import { annotation, PAGE, sampleAnnotations } from './test-records.ts'
import { toWebAnnotation } from './web-annotation.ts'

const backup = () => toWebAnnotation([PAGE], sampleAnnotations().slice(0, 3), { id: 'urn:uuid:00000000-0000-4000-8000-000000000000', generated: 0 })
type Mutable = Record<string, any>
/** A backup as a mutable plain object, to damage in one place. */
const editable = (): Mutable => JSON.parse(JSON.stringify(backup()))
const errorsOf = (text: string, limits = {}) => {
  const result = parseBackup(text, limits)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.issues
}

describe('parseBackup: valid files', () => {
  test('a Kliping backup', () => {
    const result = parseBackup(JSON.stringify(backup()))
    expect(result.ok).toBe(true)
    expect(result.ok && result.annotations.map((a) => a.kind)).toEqual(['highlight', 'quote', 'note'])
  })

  test('a plain W3C annotation (no kliping: extension): kind from the selectors, page made from the URL, words derived', () => {
    const plain = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:6f1c0a2e-1111-4a5b-8c9d-0123456789ab',
      type: 'Annotation',
      created: '2026-09-01T03:04:05Z',
      body: { type: 'TextualBody', value: 'Cek angka ini', purpose: 'commenting' },
      target: { source: 'https://example.go.id/berita/1', selector: { type: 'TextQuoteSelector', exact: 'APBD 2025' } },
    }
    const result = parseBackup(JSON.stringify(plain))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.annotations).toEqual([{
      id: '6f1c0a2e-1111-4a5b-8c9d-0123456789ab', pageUrl: 'https://example.go.id/berita/1', kind: 'highlight', color: null,
      note: 'Cek angka ini', tags: [], quote: { exact: 'APBD 2025', prefix: '', suffix: '' }, position: null, speaker: null,
      createdAt: Date.UTC(2026, 8, 1, 3, 4, 5), updatedAt: Date.UTC(2026, 8, 1, 3, 4, 5), words: ['apbd', '2025', 'cek', 'angka', 'ini'],
    }])
    expect(result.pages).toEqual([{ url: 'https://example.go.id/berita/1', title: null, outlet: null, author: null, published: null, province: null, regency: null, firstVisit: Date.UTC(2026, 8, 1, 3, 4, 5), lastVisit: Date.UTC(2026, 8, 1, 3, 4, 5) }])
    expect(result.warnings).toEqual(['items[0].target: data artikel tidak ada; dibuat dari URL / article record missing; made from the URL'])
  })

  test('an array of annotations and an AnnotationPage are accepted too; unknown keys and selector types are ignored', () => {
    const file = editable()
    const items = file.first.items
    items[0].extra = { anything: true }
    items[0].target.selector.push({ type: 'XPathSelector', value: '/html/body/p[3]' })
    expect(parseBackup(JSON.stringify(items)).ok).toBe(true)
    expect(parseBackup(JSON.stringify({ type: 'AnnotationPage', items })).ok).toBe(true)
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true)
  })
})

describe('parseBackup: duplicates', () => {
  test('an identical repeat is skipped with a warning', () => {
    const file = editable()
    file.first.items.push(file.first.items[0])
    file.total++
    const result = parseBackup(JSON.stringify(file))
    expect(result.ok && result.annotations).toHaveLength(3)
    expect(result.ok && result.warnings).toEqual(['items[3]: duplikat identik; dilewati / identical duplicate; skipped'])
  })

  test('a conflicting repeat keeps the newest version', () => {
    const older = annotation({ note: 'lama', updatedAt: 1_000 })
    const newer = { ...older, note: 'baru', updatedAt: 2_000 }
    const result = parseBackup(JSON.stringify(toWebAnnotation([PAGE], [newer, older])))
    expect(result.ok && result.annotations.map((a) => a.note)).toEqual(['baru'])
    expect(result.ok && result.warnings[0]).toMatch(/duplikat berbeda/)
    const pages = parseBackup(JSON.stringify(toWebAnnotation([PAGE, { ...PAGE, title: 'Judul baru', lastVisit: PAGE.lastVisit + 1 }], [])))
    expect(pages.ok && pages.pages.map((p) => p.title)).toEqual(['Judul baru'])
  })
})

describe('parseBackup: malformed, truncated, oversized', () => {
  test('truncated JSON', () => {
    const text = JSON.stringify(backup())
    expect(errorsOf(text.slice(0, text.length / 2)).map((i) => i.code)).toEqual(['not-json'])
  })

  test.each([
    ['a number', '42'],
    ['a string', '"halo"'],
    ['null', 'null'],
    ['an unknown type', '{"type":"Bookmark","items":[]}'],
  ])('not a backup: %s', (_name, text) => {
    expect(errorsOf(text).map((i) => i.code)).toEqual(['not-backup'])
  })

  test('a paged collection (first is a link) is refused', () => {
    expect(errorsOf('{"type":"AnnotationCollection","first":"https://example.org/page1"}').map((i) => i.code)).toEqual(['paged'])
  })

  test('every bad item is reported with its position; nothing is returned', () => {
    const file = editable()
    const [a, b, c] = file.first.items
    a.id = 'urn:uuid:not-a-uuid'
    a.target.source = 'javascript:alert(1)'
    b.created = 'kemarin'
    b.target.selector[1] = { type: 'TextPositionSelector', start: 10, end: 2 }
    b['kliping:annotation'].kind = 'comment'
    c.body = [{ type: 'TextualBody', value: 42 }]
    file.first.items.push('bukan objek')
    const issues = errorsOf(JSON.stringify(file))
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'items[0].id not-uuid',
      'items[0].target.source not-url',
      'items[1].created not-date',
      'items[1].target.selector[1] bad-position',
      'items[1].kliping:annotation.kind bad-kind',
      'items[2].body[0].value wrong-type',
      'items[3] not-object',
    ])
    expect(issues.map((i) => i.item)).toEqual([0, 0, 1, 1, 1, 2, 3])
    const result = parseBackup(JSON.stringify(file))
    expect(!result.ok && result.errors[0]).toBe('items[0].id: id bukan UUID (urn:uuid:…) / id is not a UUID (urn:uuid:…)')
  })

  test('wrong types in page records', () => {
    const file = editable()
    file['kliping:pages'][0].title = ['x']
    file['kliping:pages'][0].firstVisit = -1
    file['kliping:pages'][0].url = 'ftp://example.org/x'
    expect(errorsOf(JSON.stringify(file)).map((i) => `${i.path} ${i.code}`)).toEqual([
      'kliping:pages[0].url not-url', 'kliping:pages[0].title wrong-type', 'kliping:pages[0].firstVisit wrong-type',
    ])
  })

  test('a highlight without text is refused', () => {
    const file = editable()
    file.first.items[0].target.selector = []
    expect(errorsOf(JSON.stringify(file)).map((i) => i.code)).toEqual(['needs-quote'])
  })

  test('over-long strings are refused, not truncated', () => {
    const file = editable()
    file.first.items[1]['kliping:annotation'].speaker = 'x'.repeat(301)
    file.first.items[1].body[0].value = 'y'.repeat(50_001)
    expect(errorsOf(JSON.stringify(file)).map((i) => `${i.path} ${i.code}`)).toEqual([
      'items[1].body[0].value too-long', 'items[1].kliping:annotation.speaker too-long',
    ])
  })

  test('oversized files are refused before parsing (bytes counted as UTF-8)', () => {
    const text = JSON.stringify(backup())
    expect(errorsOf(text, { maxBytes: text.length - 1 }).map((i) => i.code)).toEqual(['too-large'])
    // Same number of characters, but emoji take 4 bytes each in UTF-8 (2 UTF-16 units).
    const emoji = JSON.stringify({ type: 'AnnotationCollection', label: '🎉'.repeat(100) })
    expect(errorsOf(emoji, { maxBytes: emoji.length + 50 }).map((i) => i.code)).toEqual(['too-large'])
    expect(utf8Length('aé€🎉')).toBe(1 + 2 + 3 + 4)
  })

  test('too many items are refused before any item is read', () => {
    const file = editable()
    expect(errorsOf(JSON.stringify(file), { maxItems: 3 }).map((i) => i.code)).toEqual(['too-many'])
  })

  test('the error list is capped', () => {
    const items = Array.from({ length: 300 }, () => ({ type: 'Annotation' }))
    const result = parseBackup(JSON.stringify(items), { maxErrors: 10 })
    expect(!result.ok && result.errors).toHaveLength(11)
    expect(!result.ok && result.errors[10]).toMatch(/^dan \d+ kesalahan lain \/ and \d+ more errors$/)
  })
})

describe('parseBackup: hostile files', () => {
  test('__proto__, constructor and prototype keys are never assigned', () => {
    const file = editable()
    const text = JSON.stringify(file)
      .replace('"type":"AnnotationCollection"', '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"type":"AnnotationCollection"')
      .replace('"kind":"highlight"', '"kind":"highlight","__proto__":{"isAdmin":true}')
    const result = parseBackup(text)
    expect(result.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    if (!result.ok) return
    for (const record of [...result.pages, ...result.annotations]) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype)
      expect(Object.keys(record).some((k) => k === '__proto__' || k === 'constructor')).toBe(false)
      expect((record as unknown as Record<string, unknown>).isAdmin).toBeUndefined()
    }
  })

  test('inherited names are not read as data (a missing "kind" is not Object.prototype.constructor)', () => {
    const file = editable()
    delete file.first.items[0]['kliping:annotation'].kind
    expect(errorsOf(JSON.stringify(file)).map((i) => i.code)).toEqual(['bad-kind'])
  })

  test('deeply nested junk is rejected, not a crash', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(errorsOf(deep).map((i) => i.code)).toEqual(expect.arrayContaining([expect.stringMatching(/not-json|not-object/)]))
  })

  test('a target that is not an http(s) page, or several targets, is refused', () => {
    for (const target of ['javascript:alert(1)', ['https://a.go.id', 'https://b.go.id'], 42, { source: 'data:text/html,<script>' }]) {
      const file = editable()
      file.first.items[2].target = target
      expect(errorsOf(JSON.stringify(file)).length).toBeGreaterThan(0)
    }
  })
})
