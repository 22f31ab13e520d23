import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { keyShapes, mayBeKey } from './key-shapes.ts'
import { bucketKeys } from './bucketed-index.ts'
import { shippedDictionary } from './dictionary.ts'

const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/acronyms.json'), 'utf8')) as { keys: string }
const shippedKeys = bucketKeys(shipped.keys)

describe('key shapes', () => {
  it('never rules out a key (so no acronym is missed)', () => {
    const shapes = keyShapes(shippedKeys)
    expect(shippedKeys.length).toBeGreaterThan(1500)
    for (const key of shippedKeys) expect(mayBeKey(shapes, key), key).toBe(true)
  })

  it('rules out a good share of an article\'s words, which then cost no look-up', () => {
    const shapes = keyShapes(shippedKeys)
    const text = readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/seed-article.txt'), 'utf8')
    const words = text.match(/[A-Za-z0-9]+/g) ?? []
    const ruledOut = words.filter((word) => !mayBeKey(shapes, word))
    expect(ruledOut.length).toBeGreaterThan(words.length / 3)
    // ("pemerintah" is no longer among them since the lower-case key "poskamling" has its first letter and length: it
    // costs one hash look-up.)
    for (const word of ['yang', 'dan', 'untuk', 'tersebut', 'pelaksanaan']) expect(mayBeKey(shapes, word), word).toBe(false)
    for (const word of ruledOut) expect(shippedDictionary().lookup(word)).toBeUndefined()
  })

  it('looks up tokens it cannot judge: digits, non-ASCII first letters, very long tokens', () => {
    const shapes = keyShapes(['Sekda'])
    expect(mayBeKey(shapes, 'Sekda')).toBe(true)
    expect(mayBeKey(shapes, 'Sekdu')).toBe(true) // same first letter and length: the hash look-up decides
    expect(mayBeKey(shapes, 'Sekdaprov')).toBe(false)
    expect(mayBeKey(shapes, 'sekda')).toBe(false)
    expect(mayBeKey(shapes, '2025')).toBe(true)
    expect(mayBeKey(shapes, 'Émile')).toBe(true)
    expect(mayBeKey(shapes, 'x'.repeat(70))).toBe(true)
  })
})
