import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, isSiteDisabled, validSettings } from './settings.ts'

describe('validSettings', () => {
  it('keeps valid parts and replaces the rest with defaults', () => {
    expect(validSettings({ promos: false, acronymMode: 'loud', quotes: 'yes', disabledSites: ['kompas.com', 7, 'bad site'] })).toEqual({
      ...DEFAULT_SETTINGS,
      promos: false,
      disabledSites: ['kompas.com'],
    })
    expect(validSettings(null)).toEqual(DEFAULT_SETTINGS)
  })

  it('offers all four highlight colours with yellow as the default unless told otherwise', () => {
    expect(DEFAULT_SETTINGS.highlightColors).toEqual(['yellow', 'green', 'blue', 'pink'])
    expect(DEFAULT_SETTINGS.defaultHighlightColor).toBe('yellow')
    expect(validSettings({ highlightColors: ['green', 'blue'], defaultHighlightColor: 'blue' })).toMatchObject({
      highlightColors: ['green', 'blue'],
      defaultHighlightColor: 'blue',
    })
  })

  it('repairs stored highlight colours: unknown and repeated colours go, the palette order holds, at least one stays', () => {
    expect(validSettings({ highlightColors: ['pink', 'red', 7, 'green', 'pink'] }).highlightColors).toEqual(['green', 'pink'])
    expect(validSettings({ highlightColors: [] }).highlightColors).toEqual(['yellow', 'green', 'blue', 'pink'])
    expect(validSettings({ highlightColors: 'green' }).highlightColors).toEqual(['yellow', 'green', 'blue', 'pink'])
    // The rest of the settings survive a bad colour list.
    expect(validSettings({ highlightColors: ['mauve'], promos: false }).promos).toBe(false)
  })

  it('keeps the default colour among the offered ones', () => {
    // Unknown default: yellow.
    expect(validSettings({ defaultHighlightColor: 'red' }).defaultHighlightColor).toBe('yellow')
    // A default no longer offered: yellow when offered, else the first offered colour; the offered list is kept.
    expect(validSettings({ highlightColors: ['yellow', 'blue'], defaultHighlightColor: 'pink' })).toMatchObject({
      highlightColors: ['yellow', 'blue'],
      defaultHighlightColor: 'yellow',
    })
    expect(validSettings({ highlightColors: ['blue', 'pink'], defaultHighlightColor: 'green' })).toMatchObject({
      highlightColors: ['blue', 'pink'],
      defaultHighlightColor: 'blue',
    })
    expect(validSettings({ highlightColors: ['pink'] }).defaultHighlightColor).toBe('pink')
  })
})

describe('isSiteDisabled', () => {
  it('covers the domain and its subdomains, nothing else', () => {
    expect(isSiteDisabled('nasional.kompas.com', ['kompas.com'])).toBe(true)
    expect(isSiteDisabled('kompas.com', ['kompas.com'])).toBe(true)
    expect(isSiteDisabled('notkompas.com', ['kompas.com'])).toBe(false)
    expect(isSiteDisabled('mmc.kalteng.go.id', ['go.id'])).toBe(true)
  })
})
