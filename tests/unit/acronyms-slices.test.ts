/**
 * The sliced acronym pass (findAcronymsInSlices) does the same work as findAcronyms: on every labelled fixture,
 * driven with a predicate that asks to yield at every opportunity, it returns exactly what findAcronyms returns;
 * and on a long article it yields at least once per block (every block is a unit of work in each stage).
 * Run: npx vitest run --project unit tests/unit/acronyms-slices.test.ts
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findAcronyms, findAcronymsInSlices, type AcronymContext, type AcronymOccurrence } from '../../src/core/acronyms/find-acronyms.ts'

const DIR = join(import.meta.dirname, '../fixtures/acronyms')
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    const fx = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as {
      paragraphs?: string[]
      paragraphsFrom?: string
      region?: { province: string | null; regency: string | null } | string
    }
    const blocks = fx.paragraphsFrom
      ? readFileSync(join(DIR, fx.paragraphsFrom), 'utf8').replace(/\n+$/, '').split('\n')
      : (fx.paragraphs ?? [])
    const region = !fx.region
      ? { province: null, regency: null }
      : typeof fx.region === 'string'
        ? { province: fx.region, regency: null }
        : fx.region
    return { file, blocks, context: { region } as AcronymContext }
  })

/** Run the generator to its end, counting its yields. */
function drive(blocks: readonly string[], context: AcronymContext, shouldYield: () => boolean): { occurrences: AcronymOccurrence[]; yields: number } {
  const work = findAcronymsInSlices(blocks, context, shouldYield)
  let yields = 0
  for (;;) {
    const step = work.next()
    if (step.done === true) return { occurrences: step.value, yields }
    yields++
  }
}

describe('findAcronymsInSlices', () => {
  it.each(fixtures)('equals findAcronyms on $file when it yields at every chance', ({ blocks, context }) => {
    const { occurrences, yields } = drive(blocks, context, () => true)
    expect(occurrences).toEqual(findAcronyms(blocks, context))
    expect(yields).toBeGreaterThanOrEqual(blocks.length)
  })

  it('yields at least once per block on a long article, with the same result', () => {
    const blocks: string[] = []
    for (let i = 0; blocks.length < 600; i++) blocks.push(...(fixtures[i % fixtures.length]?.blocks ?? []))
    const context: AcronymContext = { region: { province: 'Kalimantan Tengah', regency: null } }
    const { occurrences, yields } = drive(blocks, context, () => true)
    expect(occurrences).toEqual(findAcronyms(blocks, context))
    expect(yields).toBeGreaterThanOrEqual(blocks.length)
  })

  it('never yields when asked not to, and handles an empty article', () => {
    const { blocks, context } = fixtures[0]!
    expect(drive(blocks, context, () => false).yields).toBe(0)
    expect(drive([], { region: { province: null, regency: null } }, () => true)).toEqual({ occurrences: [], yields: 1 })
  })
})
