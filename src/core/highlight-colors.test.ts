import { describe, expect, it } from 'vitest'
import { defaultColorAmong, offeredColors, toggleOffered } from './highlight-colors.ts'

describe('offeredColors', () => {
  it('keeps known colours once each, in the palette order, and never returns none', () => {
    expect(offeredColors(['blue', 'yellow', 'blue'])).toEqual(['yellow', 'blue'])
    expect(offeredColors(['orange'])).toEqual(['yellow', 'green', 'blue', 'pink'])
    expect(offeredColors(undefined)).toEqual(['yellow', 'green', 'blue', 'pink'])
  })
})

describe('defaultColorAmong', () => {
  it('keeps an offered default, else falls back to yellow, else to the first offered colour', () => {
    expect(defaultColorAmong('green', ['green', 'pink'])).toBe('green')
    expect(defaultColorAmong('blue', ['yellow', 'pink'])).toBe('yellow')
    expect(defaultColorAmong(undefined, ['green', 'pink'])).toBe('green')
  })
})

describe('toggleOffered', () => {
  it('turns a colour on or off, keeping the palette order', () => {
    expect(toggleOffered(['yellow', 'pink'], 'yellow', 'green', true)).toEqual({ highlightColors: ['yellow', 'green', 'pink'], defaultHighlightColor: 'yellow' })
    expect(toggleOffered(['yellow', 'green', 'pink'], 'green', 'pink', false)).toEqual({ highlightColors: ['yellow', 'green'], defaultHighlightColor: 'green' })
  })

  it('moves the default when its colour is turned off, and keeps the last colour on', () => {
    expect(toggleOffered(['yellow', 'green', 'blue'], 'green', 'green', false)).toEqual({ highlightColors: ['yellow', 'blue'], defaultHighlightColor: 'yellow' })
    expect(toggleOffered(['blue'], 'blue', 'blue', false)).toEqual({ highlightColors: ['blue'], defaultHighlightColor: 'blue' })
  })
})
