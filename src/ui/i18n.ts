/**
 * UI strings come from `_locales` (Indonesian default, English). Keys are typed against the Indonesian catalogue,
 * so a missing key is a compile error, and a test checks the English catalogue has the same keys.
 */
import browser from 'webextension-polyfill'
import type catalogue from '../static/_locales/id/messages.json'

export type MessageKey = keyof typeof catalogue

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key
}

/** The UI language the browser picked for us, for `lang` attributes and date formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'id'
}
