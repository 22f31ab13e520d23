/**
 * Kliping's settings: their shape, defaults, and the check that turns whatever storage holds (possibly written by
 * an older version, or edited by hand) into valid settings without losing the valid parts.
 */
import type { AcronymDisplayMode } from './acronyms/render-acronyms.ts'
import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS, defaultColorAmong, offeredColors, type HighlightColor } from './highlight-colors.ts'

export interface Settings {
  /** Strip promos from article bodies. */
  promos: boolean
  /** Show stripped promos right away (they stay listed in the popup). */
  showPromos: boolean
  acronyms: boolean
  acronymMode: AcronymDisplayMode
  quotes: boolean
  /** Draw saved highlights on revisit. */
  highlights: boolean
  /** The colours the selection toolbar offers, in the palette's order; never empty. */
  highlightColors: HighlightColor[]
  /** The colour of the keyboard shortcut, the context menu and notes; always one of `highlightColors`. */
  defaultHighlightColor: HighlightColor
  /** Declared sites the user switched off: domains ('kompas.com', 'go.id') covering their subdomains. */
  disabledSites: string[]
  /** Language of Kliping's pages: the browser's ('auto', Indonesian unless the browser is English) or fixed. */
  language: UiLanguageSetting
}

export type UiLanguageSetting = 'auto' | 'id' | 'en'
const LANGUAGES: readonly UiLanguageSetting[] = ['auto', 'id', 'en']

export const DEFAULT_SETTINGS: Settings = {
  promos: true,
  showPromos: false,
  acronyms: true,
  acronymMode: 'first',
  quotes: true,
  highlights: true,
  highlightColors: [...HIGHLIGHT_COLORS],
  defaultHighlightColor: DEFAULT_HIGHLIGHT_COLOR,
  disabledSites: [],
  language: 'auto',
}

const MODES: readonly AcronymDisplayMode[] = ['first', 'every', 'tooltip']

export function validSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>
  const highlightColors = offeredColors(value.highlightColors)
  const flag = (key: keyof Settings) => (typeof value[key] === 'boolean' ? (value[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean))
  return {
    promos: flag('promos'),
    showPromos: flag('showPromos'),
    acronyms: flag('acronyms'),
    acronymMode: MODES.includes(value.acronymMode as AcronymDisplayMode) ? (value.acronymMode as AcronymDisplayMode) : DEFAULT_SETTINGS.acronymMode,
    quotes: flag('quotes'),
    highlights: flag('highlights'),
    highlightColors,
    defaultHighlightColor: defaultColorAmong(value.defaultHighlightColor, highlightColors),
    disabledSites: Array.isArray(value.disabledSites)
      ? value.disabledSites.filter((site): site is string => typeof site === 'string' && /^[a-z0-9.-]+$/.test(site)).slice(0, 200)
      : [],
    language: LANGUAGES.includes(value.language as UiLanguageSetting) ? (value.language as UiLanguageSetting) : 'auto',
  }
}

/** True when `hostname` is one of the switched-off domains or below one. */
export function isSiteDisabled(hostname: string, disabledSites: readonly string[]): boolean {
  const host = hostname.toLowerCase()
  return disabledSites.some((site) => host === site || host.endsWith(`.${site}`))
}
