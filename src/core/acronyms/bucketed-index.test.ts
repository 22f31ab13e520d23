import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { BUCKET_COUNT, bucketIndex, bucketKeys, bucketLookup, bucketOf, entryMap, OTHER_BUCKET } from './bucketed-index.ts'
import type { Entry } from './types.ts'

describe('bucketed index', () => {
  const index: Array<[string, Entry]> = [
    ['Sekda', 120],
    ['Satpol', [-1, -1, 2, 0]],
    ['Satpol PP', 340],
    ['Prov', [-1, 77, 0, 1]],
    ['sekda', 120],
    ['4G', 9],
    ['Ä', 3],
  ]
  const { keys, buckets } = bucketIndex(index)

  it('finds every key with its entry, and nothing else', () => {
    for (const [key, entry] of index) expect(bucketLookup(keys, buckets, key), key).toEqual(entry)
    for (const miss of ['Sekdu', 'Sekd', 'SEKDA', 'Satpol P', 'constructor', '__proto__', '', 'x'.repeat(80), '4g']) {
      expect(bucketLookup(keys, buckets, miss), miss).toBeUndefined()
    }
    expect(bucketKeys(keys).sort()).toEqual(index.map(([key]) => key).sort())
  })

  it('gives the same answers as a Map (the form long articles switch to)', () => {
    const map = entryMap(keys)
    expect(map.size).toBe(index.length)
    for (const [key, entry] of index) expect(map.get(key), key).toEqual(entry)
  })

  it('has one offset character per bucket plus the end, none a surrogate', () => {
    expect(buckets.length).toBe(BUCKET_COUNT + 1)
    expect(buckets.charCodeAt(BUCKET_COUNT)).toBe(keys.length)
    expect(bucketOf('Ä')).toBe(OTHER_BUCKET)
    expect(bucketOf('Sekda')).not.toBe(bucketOf('sekda'))
  })

  it('the shipped dictionary answers every one of its keys', () => {
    const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/acronyms.json'), 'utf8')) as { keys: string; buckets: string }
    const keysShipped = bucketKeys(shipped.keys)
    expect(keysShipped.length).toBeGreaterThan(1500)
    for (const key of keysShipped) expect(bucketLookup(shipped.keys, shipped.buckets, key), key).toBeDefined()
    for (let i = 0; i < shipped.buckets.length; i++) expect(shipped.buckets.charCodeAt(i)).toBeLessThan(0xd800)
  })
})
