/**
 * The fixture bars, asserted: detection accuracy ≥ 0.98, zero article words lost on every fixture, ≥ 0.98 of
 * inserted promos removed. Prints the same figures as `npm run eval:detection`.
 */
import { describe, expect, test } from 'vitest'
import { formatSummary, runEvaluation } from '../eval/run-eval.ts'

describe('fixture evaluation', () => {
  const summary = runEvaluation()
  console.log(formatSummary(summary, process.env.KLIPING_EVAL_VERBOSE === '1'))

  test('has at least 40 fixture pages', () => {
    expect(summary.fixtures).toBeGreaterThanOrEqual(40)
  })
  test('detection accuracy ≥ 0.98', () => {
    expect(summary.accuracy).toBeGreaterThanOrEqual(0.98)
  })
  test('no article word lost on any fixture', () => {
    expect(summary.results.filter((r) => r.wordsLost.length).map((r) => `${r.file}: ${r.wordsLost.join(' ')}`)).toEqual([])
  })
  test('≥ 0.98 of inserted promos removed', () => {
    expect(summary.promosRemoved / summary.promosInserted).toBeGreaterThanOrEqual(0.98)
  })
  test('every article fixture strips the expected number of promos', () => {
    expect(summary.results.filter((r) => r.promosExpected !== null && r.promosFound !== r.promosExpected).map((r) => `${r.file}: ${r.promosFound} ≠ ${r.promosExpected}`)).toEqual([])
  })
  test('metadata matches the expectations', () => {
    expect(summary.results.flatMap((r) => r.metaMismatches.map((m) => `${r.file}: ${m}`))).toEqual([])
  })
})
