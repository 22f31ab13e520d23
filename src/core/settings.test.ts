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
})

describe('isSiteDisabled', () => {
  it('covers the domain and its subdomains, nothing else', () => {
    expect(isSiteDisabled('nasional.kompas.com', ['kompas.com'])).toBe(true)
    expect(isSiteDisabled('kompas.com', ['kompas.com'])).toBe(true)
    expect(isSiteDisabled('notkompas.com', ['kompas.com'])).toBe(false)
    expect(isSiteDisabled('mmc.kalteng.go.id', ['go.id'])).toBe(true)
  })
})
