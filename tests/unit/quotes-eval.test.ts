/**
 * Evaluates quote detection and speaker attribution on every labelled fixture in tests/fixtures/quotes/ and
 * asserts the bars. Detection: a predicted quote matches a gold quote when their whitespace-normalised texts
 * are equal or their word overlap is ≥ 0.9 (one-to-one, in document order). Attribution: over matched gold quotes,
 * the predicted speaker must equal the gold speaker; a null prediction is wrong unless the gold is null.
 * Run: npx vitest run --project unit tests/unit/quotes-eval.test.ts
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findQuotes, type Quote } from '../../src/core/quotes/find-quotes.ts'

interface GoldQuote {
  text: string
  speaker: string | null
}
interface Fixture {
  name: string
  paragraphs: string[]
  quotes: GoldQuote[]
}

const DIR = join(import.meta.dirname, '../fixtures/quotes')
const fixtures: Array<Fixture & { file: string }> = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture) }))

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim()
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Shared words (as a multiset) over the longer text's word count. */
export function wordOverlap(a: string, b: string): number {
  const wa = words(a)
  const wb = words(b)
  if (wa.length === 0 || wb.length === 0) return 0
  const counts = new Map<string, number>()
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1)
  let shared = 0
  for (const w of wb) {
    const c = counts.get(w) ?? 0
    if (c > 0) {
      shared++
      counts.set(w, c - 1)
    }
  }
  return shared / Math.max(wa.length, wb.length)
}

const matches = (gold: string, predicted: string): boolean =>
  squash(gold) === squash(predicted) || wordOverlap(gold, predicted) >= 0.9

describe('quote detection and attribution on the labelled fixtures', () => {
  let tp = 0
  let fp = 0
  let fn = 0
  let attributed = 0
  let correct = 0
  const problems: string[] = []

  for (const fx of fixtures) {
    const predicted: Quote[] = findQuotes(fx.paragraphs)
    const used = new Set<number>()
    for (const gold of fx.quotes) {
      const k = predicted.findIndex((p, i) => !used.has(i) && matches(gold.text, p.text))
      if (k < 0) {
        fn++
        problems.push(`${fx.file}: MISSED “${gold.text.slice(0, 60)}”`)
        continue
      }
      used.add(k)
      tp++
      attributed++
      const speaker = predicted[k]?.speaker ?? null
      if (speaker === gold.speaker) correct++
      else problems.push(`${fx.file}: SPEAKER ${JSON.stringify(speaker)} ≠ gold ${JSON.stringify(gold.speaker)} for “${gold.text.slice(0, 50)}”`)
    }
    predicted.forEach((p, i) => {
      if (used.has(i)) return
      fp++
      problems.push(`${fx.file}: EXTRA “${p.text.slice(0, 60)}”`)
    })
  }

  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall)
  const accuracy = correct / Math.max(1, attributed)
  const goldCount = fixtures.reduce((n, f) => n + f.quotes.length, 0)

  console.log(`quotes-eval fixtures: ${fixtures.length} files, ${goldCount} gold quotes, ${tp + fp} predicted`)
  console.log(`quotes-eval detection: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (TP ${tp}, FP ${fp}, FN ${fn}; bar F1 >= 0.95)`)
  console.log(`quotes-eval attribution: accuracy ${accuracy.toFixed(3)} (${correct}/${attributed} matched gold quotes; bar >= 0.92)`)
  if (problems.length > 0) console.log(`quotes-eval errors:\n  ${problems.join('\n  ')}`)

  it('has at least 60 labelled quotes', () => {
    expect(goldCount).toBeGreaterThanOrEqual(60)
  })
  it('detects quotes with F1 >= 0.95', () => {
    expect(f1).toBeGreaterThanOrEqual(0.95)
  })
  it('attributes matched quotes with accuracy >= 0.92', () => {
    expect(accuracy).toBeGreaterThanOrEqual(0.92)
  })
})
