import { describe, expect, test } from 'vitest'
import { editDistance, searchApprox, similarity } from './approx-match.ts'

/** Reference: the best edit distance of `pattern` against any substring of `text` ending at each position. */
function bruteEnds(text: string, pattern: string): number[] {
  const m = pattern.length
  let column = Array.from({ length: m + 1 }, (_, i) => i)
  const out: number[] = []
  for (let j = 0; j < text.length; j++) {
    const next = [0]
    for (let i = 1; i <= m; i++) {
      next[i] = Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1))
    }
    column = next
    out.push(column[m]!)
  }
  return out
}

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

describe('searchApprox (Myers, block-based)', () => {
  test('finds an exact occurrence with 0 errors', () => {
    expect(searchApprox('Sekda dan Kepala Bappeda', 'Kepala', 0)).toEqual([{ start: 10, end: 16, errors: 0 }])
  })

  test('finds a typo with its start and end', () => {
    const text = 'Tomsi meminta para Sekretaris Daerah memanfaatkan forum Rakor'
    const [best] = searchApprox(text, 'Sekretaris Dearah', 3)
    expect(best).toMatchObject({ errors: 2 })
    expect(text.slice(best!.start, best!.end)).toBe('Sekretaris Daerah')
  })

  test('nothing within the bound → empty', () => {
    expect(searchApprox('abcdefghij', 'xyz', 1)).toEqual([])
    expect(searchApprox('', 'abc', 2)).toEqual([])
    expect(searchApprox('abc', '', 2)).toEqual([])
  })

  // The minimum error count must equal the plain dynamic programme, for one-block and multi-block patterns.
  test.each([5, 31, 32, 33, 64, 65, 100])('agrees with brute force for patterns of %i characters', (m) => {
    const next = random(m * 7919)
    const alphabet = 'abcd'
    for (let round = 0; round < 20; round++) {
      const text = Array.from({ length: 300 }, () => alphabet[Math.floor(next() * 4)]).join('')
      const at = Math.floor(next() * (300 - m))
      // The pattern is a mutated copy of a piece of the text.
      const chars = text.slice(at, at + m).split('')
      for (let e = 0; e < 3; e++) chars[Math.floor(next() * chars.length)] = 'x'
      const pattern = chars.join('')
      const expected = Math.min(...bruteEnds(text, pattern))
      const k = Math.ceil(m / 2)
      const found = searchApprox(text, pattern, k)
      if (expected > k) {
        expect(found).toEqual([])
        continue
      }
      expect(found[0]!.errors).toBe(expected)
      // The reported start gives a substring at exactly that distance.
      const { start, end, errors } = found[0]!
      expect(editDistance(text.slice(start, end), pattern)).toBe(errors)
    }
  })
})

describe('editDistance / similarity', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['Kalteng', 'Kalteng', 0],
  ])('%s vs %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })
  test('similarity is 1 for equal, 0 for disjoint', () => {
    expect(similarity('', '')).toBe(1)
    expect(similarity('abc', 'abc')).toBe(1)
    expect(similarity('abc', 'xyz')).toBe(0)
  })
})
