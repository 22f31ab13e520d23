import { describe, expect, it } from 'vitest'
import { isNarrativeSpeechWord, postCue } from './reporting-verbs.ts'

describe('postCue', () => {
  it('knows bare roots, -nya forms and typos', () => {
    expect(postCue('kata')).toEqual({ root: 'kata', pronoun: false, confidence: 1 })
    expect(postCue('ujarnya')).toEqual({ root: 'ujar', pronoun: true, confidence: 1 })
    expect(postCue('pesannya')?.root).toBe('pesan')
    expect(postCue('seloroh')?.confidence).toBeLessThan(1)
    expect(postCue('ujanya')).toEqual({ root: 'ujar', pronoun: true, confidence: 0.7 })
    // A rejoinder in a debate: "…,” balas Zulkarnain.
    expect(postCue('balasnya')).toEqual({ root: 'balas', pronoun: true, confidence: 0.85 })
  })
  it('does not take pleonastic -nya words for cues', () => {
    for (const w of ['selanjutnya', 'sebelumnya', 'harapannya', 'rencananya', 'tentunya', 'dan']) expect(postCue(w)).toBeNull()
  })
})

describe('isNarrativeSpeechWord', () => {
  it('marks speech clauses', () => {
    expect(isNarrativeSpeechWord('mengatakan')).toBe(true)
    expect(isNarrativeSpeechWord('menurutnya')).toBe(true)
    expect(isNarrativeSpeechWord('jalan')).toBe(false)
  })
})

describe('a -nya cue typed with one letter missing or doubled', () => {
  it('reads "tegasya", "ungkpnya", "jelsnya", "ujarya", "katannya" as cues; words one letter from a cue stay words ("desanya", "pajaknya", "tandanya", "harapanya" …)', () => {
    for (const [word, root] of [['tegasya', 'tegas'], ['ungkpnya', 'ungkap'], ['jelsnya', 'jelas'], ['ujarya', 'ujar'], ['katannya', 'kata']]) {
      expect(postCue(word as string)?.root, word).toBe(root)
    }
    for (const word of ['hanya', 'biasanya', 'selanjutnya', 'caranya', 'sebenarnya', 'karenanya', 'desanya', 'pajaknya', 'sakunya', 'ujinya',
      'apanya', 'alasnya', 'tandanya', 'papanya', 'teganya', 'capnya', 'jawanya', 'harapanya', 'tulisanya']) expect(postCue(word), word).toBeNull()
  })
})

