/**
 * UI strings come from `_locales` (Indonesian default, English). Keys are typed against the Indonesian catalogue,
 * so a missing key is a compile error, and a test checks the English catalogue has the same keys.
 *
 * The browser picks the catalogue from its own language; the user can fix Kliping's language in the options.
 * browser.i18n cannot switch catalogues, so an extension page that honours the setting loads the chosen
 * catalogue itself (loadUiLanguage, before rendering) and formats its messages the same way ($1…$9).
 */
import browser from 'webextension-polyfill'
import type catalogue from '../static/_locales/id/messages.json'
import { DEFAULT_SETTINGS } from '../core/settings.ts'
import { loadSettings } from '../storage.ts'

export type MessageKey = keyof typeof catalogue
type Catalogue = Record<string, { message?: string } | undefined>

/** The catalogue of a language fixed in the options (key → message); null follows the browser (browser.i18n). */
let chosen: { language: 'id' | 'en'; messages: Record<string, string> } | null = null

/**
 * Makes `t` and `uiLanguage` speak `language` from `messages` (key → message), or the browser's language again
 * with null. Extension pages load the catalogue themselves (loadUiLanguage); the content script, which cannot read
 * `_locales`, gets it from the background.
 */
export function useCatalogue(language: 'id' | 'en' | null, messages: Record<string, string> = {}): void {
  chosen = language && Object.keys(messages).length ? { language, messages } : null
}

/** The language currently fixed by useCatalogue, or null when following the browser. */
export function fixedLanguage(): 'id' | 'en' | null {
  return chosen?.language ?? null
}

/** Applies the language setting for this page; call once before the first render. Failures keep the browser's. */
export async function loadUiLanguage(): Promise<void> {
  try {
    const { language } = await loadSettings().catch(() => DEFAULT_SETTINGS)
    if (language === 'auto') return
    const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`))
    useCatalogue(language, catalogueMessages(await response.json()))
  } catch {
    useCatalogue(null)
  }
}

/** A `messages.json` catalogue as key → message, keeping only well-formed entries. */
export function catalogueMessages(json: unknown): Record<string, string> {
  const messages: Record<string, string> = {}
  if (typeof json !== 'object' || json === null) return messages
  for (const [key, entry] of Object.entries(json as Catalogue)) {
    if (typeof entry?.message === 'string') messages[key] = entry.message
  }
  return messages
}

/** Chrome's message format: $1…$9 are the substitutions, $$ is a dollar sign. */
export function formatMessage(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')))
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const message = chosen?.messages[key]
  if (message !== undefined) return formatMessage(message, substitutions === undefined ? [] : ([] as string[]).concat(substitutions))
  return browser.i18n.getMessage(key, substitutions) || key
}

/** The language Kliping's pages speak, for `lang` attributes, dates and exports. */
export function uiLanguage(): 'id' | 'en' {
  if (chosen) return chosen.language
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'id'
}
