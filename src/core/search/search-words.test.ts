import { describe, expect, it } from 'vitest'
import { searchWords } from './search-words.ts'

describe('searchWords', () => {
  it('lower-cases, de-duplicates and keeps Indonesian compounds and slash forms whole', () => {
    expect(searchWords('Sekda dan sekda: K/L, APBD-P dan “Rakor”!')).toEqual(['sekda', 'dan', 'k/l', 'apbd-p', 'rakor'])
  })

  it('joins several fields and skips empty ones', () => {
    expect(searchWords('Tomsi Tohir', null, undefined, '', 'tohir 2025')).toEqual(['tomsi', 'tohir', '2025'])
  })

  it('folds compatibility forms so full-width text is found by ordinary typing', () => {
    expect(searchWords('ＡＰＢＤ')).toEqual(['apbd'])
  })
})
