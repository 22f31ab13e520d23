import { describe, expect, it } from 'vitest'
import { scanQuoteMarks } from './normalize-quote-marks.ts'

const kinds = (text: string) => scanQuoteMarks(text).map((m) => [text.slice(m.start, m.end), m.cls, m.canOpen, m.canClose])

describe('scanQuoteMarks', () => {
  it('decides opening and closing by position, not glyph', () => {
    expect(kinds('”Kami siap,” ujarnya.')).toEqual([['”', 'double', true, false], ['”', 'double', false, true]])
    expect(kinds('"Kami siap," kata Nanda.')).toEqual([['"', 'double', true, false], ['"', 'double', false, true]])
  })
  it('reads doubled apostrophes and ’’ pairs as one double mark', () => {
    expect(kinds("''Siap,'' bebernya")).toEqual([["''", 'double', true, false], ["''", 'double', false, true]])
    expect(kinds('’’Aman’’ tegasnya')).toEqual([['’’', 'double', true, false], ['’’', 'double', false, true]])
  })
  it('reads mojibake quotes and ignores mojibake dashes and apostrophes inside names', () => {
    expect(kinds('â€œKami siap,â€\u009d kata Maâ€™ruf â€“ lalu')).toEqual([
      ['â€œ', 'double', true, false],
      ['â€\u009d', 'double', false, true],
    ])
    expect(kinds('â€œAman,â€ ujarnya')).toEqual([['â€œ', 'double', true, false], ['â€', 'double', false, true]])
  })
  it('skips apostrophes inside words', () => {
    expect(kinds("Ma'ruf dan Musa’ad")).toEqual([])
  })
  it('tolerates stray spaces around marks', () => {
    expect(kinds('” Kami siap ,” ujarnya')).toEqual([['”', 'double', true, false], ['”', 'double', false, true]])
    // Spaces on both sides: either role, for the span finder to decide.
    expect(kinds('kata " lalu')).toEqual([['"', 'double', true, true]])
  })
  it('treats a dagger after text as a lost closer only', () => {
    expect(kinds('bersama,† kata Bayu')).toEqual([['†', 'double', false, true]])
    expect(kinds('tanda † lain')).toEqual([])
  })
})
