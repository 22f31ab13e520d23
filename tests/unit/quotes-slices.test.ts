/**
 * The sliced quote pass (findQuotesInSlices) does the same work as findQuotes: on every labelled fixture, driven
 * with a predicate that asks to yield at every opportunity, it returns exactly what findQuotes returns; and on a
 * long article it yields at least once per paragraph (every paragraph is a unit of work in each stage).
 * Run: npx vitest run --project unit tests/unit/quotes-slices.test.ts
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findQuotes, findQuotesInSlices, type Quote } from '../../src/core/quotes/find-quotes.ts'

const DIR = join(import.meta.dirname, '../fixtures/quotes')
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, paragraphs: (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { paragraphs: string[] }).paragraphs }))

/** Run the generator to its end, counting its yields. */
function drive(paragraphs: readonly string[], shouldYield: () => boolean): { quotes: Quote[]; yields: number } {
  const work = findQuotesInSlices(paragraphs, shouldYield)
  let yields = 0
  for (;;) {
    const step = work.next()
    if (step.done === true) return { quotes: step.value, yields }
    yields++
  }
}

describe('findQuotesInSlices', () => {
  it.each(fixtures)('equals findQuotes on $file when it yields at every chance', ({ paragraphs }) => {
    const { quotes, yields } = drive(paragraphs, () => true)
    expect(quotes).toEqual(findQuotes(paragraphs))
    expect(yields).toBeGreaterThanOrEqual(paragraphs.length)
  })

  it('never yields when asked not to, and handles an empty article', () => {
    const paragraphs = fixtures[0]?.paragraphs ?? []
    expect(drive(paragraphs, () => false).yields).toBe(0)
    expect(drive([], () => true).quotes).toEqual([])
  })

  it('yields at least once per paragraph of a long article, and resumes to the same result', () => {
    // A long article: every fixture's paragraphs, cycled to 1,200 paragraphs.
    const all = fixtures.flatMap((f) => f.paragraphs)
    const paragraphs = Array.from({ length: 1200 }, (_, k) => all[k % all.length] ?? '')
    const withWork = paragraphs.filter((p) => p.trim() !== '').length
    // Yield on every other check: resuming mid-stage must not change anything.
    let tick = 0
    const { quotes, yields } = drive(paragraphs, () => tick++ % 2 === 0)
    expect(yields).toBeGreaterThanOrEqual(withWork)
    expect(quotes).toEqual(findQuotes(paragraphs))
    expect(drive(paragraphs, () => true).yields).toBeGreaterThanOrEqual(4 * withWork)
  })
})
