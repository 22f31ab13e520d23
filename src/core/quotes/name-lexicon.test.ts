import { describe, expect, it } from 'vitest'
import { HONORIFICS, NOT_NAMES, ORG_WORDS, PLACE_HEADS, TITLE_WORDS } from './name-lexicon.ts'

describe('name lexicon', () => {
  it('is lower-case and keeps the word classes apart where it matters', () => {
    for (const set of [TITLE_WORDS, ORG_WORDS, PLACE_HEADS, HONORIFICS, NOT_NAMES]) {
      for (const w of set) expect(w).toBe(w.toLowerCase())
    }
    expect(TITLE_WORDS.has('bupati') && TITLE_WORDS.has('sekjen')).toBe(true)
    expect(PLACE_HEADS.has('kabupaten')).toBe(true)
    expect(HONORIFICS.has('drs')).toBe(true)
    // Common given names must never be office words or non-names.
    for (const name of ['bayu', 'nanda', 'tomsi', 'irfan', 'sri', 'agus']) {
      expect(ORG_WORDS.has(name) || NOT_NAMES.has(name) || TITLE_WORDS.has(name)).toBe(false)
    }
  })
})
