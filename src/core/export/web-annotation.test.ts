import { describe, expect, test } from 'vitest'
import { parseBackup } from './parse-backup.ts'
import { annotation, HOSTILE_PAGE, PAGE, sampleAnnotations } from './test-records.ts'
import { ANNO_CONTEXT, KLIPING_NS, toWebAnnotation } from './web-annotation.ts'

describe('toWebAnnotation', () => {
  test('a W3C AnnotationCollection with one AnnotationPage', () => {
    const collection = toWebAnnotation([PAGE], sampleAnnotations().slice(0, 3), { id: 'urn:uuid:00000000-0000-4000-8000-000000000000', generated: 0 })
    expect(collection['@context'][0]).toBe(ANNO_CONTEXT)
    expect(collection['@context'][1]).toMatchObject({ kliping: KLIPING_NS, 'kliping:pages': { '@type': '@json' } })
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 3, generated: '1970-01-01T00:00:00.000Z', first: { type: 'AnnotationPage' } })
    expect(collection.first.items).toHaveLength(3)
  })

  test('a quote with a note and tags: commenting, bodies, selectors, extension', () => {
    const a = sampleAnnotations()[1]!
    const [item] = toWebAnnotation([PAGE], [a]).first.items
    expect(item).toEqual({
      id: `urn:uuid:${a.id}`,
      type: 'Annotation',
      created: '2025-10-29T03:04:05.678Z',
      modified: '2025-10-29T03:04:05.678Z',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: 'Cek ke APBD 2025', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'anggaran', format: 'text/plain', purpose: 'tagging' },
        { type: 'TextualBody', value: 'prioritas', format: 'text/plain', purpose: 'tagging' },
      ],
      target: {
        source: PAGE.url,
        selector: [
          { type: 'TextQuoteSelector', exact: a.quote!.exact, prefix: a.quote!.prefix, suffix: a.quote!.suffix },
          { type: 'TextPositionSelector', start: 900, end: 951 },
        ],
      },
      'kliping:annotation': { kind: 'quote', color: null, speaker: 'Tomsi Tohir' },
    })
  })

  test('motivations: bare highlight, tags only, page note', () => {
    const items = toWebAnnotation([PAGE], [
      annotation(),
      annotation({ tags: ['x'] }),
      annotation({ kind: 'note', quote: null, position: null, note: 'n', color: null }),
    ]).first.items
    expect(items.map((i) => i.motivation)).toEqual(['highlighting', 'highlighting', 'commenting'])
    expect(items[0]!.body).toBeUndefined()
    expect(items[0]!.target.styleClass).toBe('kliping-kuning')
    expect(items[2]!.target).toEqual({ source: PAGE.url })
  })

  test('hostile colours never reach styleClass', () => {
    const [item] = toWebAnnotation([PAGE], [annotation({ color: 'x} body{display:none' })]).first.items
    expect(item!.target.styleClass).toBeUndefined()
    expect(item!['kliping:annotation'].color).toBe('x} body{display:none')
  })
})

describe('round trip: parseBackup(JSON.stringify(toWebAnnotation(p, a)))', () => {
  test('returns exactly the pages and annotations, hostile and Unicode text included', () => {
    const pages = [PAGE, HOSTILE_PAGE]
    const annotations = sampleAnnotations()
    const result = parseBackup(JSON.stringify(toWebAnnotation(pages, annotations)))
    expect(result).toMatchObject({ ok: true, warnings: [] })
    if (!result.ok) return
    expect(result.pages).toEqual(pages)
    expect(result.annotations).toEqual(annotations)
  })

  test('empty collection round-trips', () => {
    expect(parseBackup(JSON.stringify(toWebAnnotation([], [])))).toEqual({ ok: true, pages: [], annotations: [], warnings: [], issues: [] })
  })

  test('a page without annotations is kept', () => {
    const result = parseBackup(JSON.stringify(toWebAnnotation([PAGE], [])))
    expect(result.ok && result.pages).toEqual([PAGE])
  })
})
