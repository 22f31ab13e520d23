/**
 * The words Kliping's in-page UI speaks (selection toolbar, popovers, status lines) in the language the user chose
 * in the options. browser.i18n in a content script always speaks the browser's language, and a content script
 * cannot read the extension's `_locales` files itself (Chrome refuses the fetch from the page's origin), so for a
 * fixed language the background sends the chosen catalogue once; 'auto' keeps browser.i18n.
 */
import browser from 'webextension-polyfill'
import type { UiLanguageSetting } from '../core/settings.ts'
import { sendToBackground } from '../messages.ts'
import { formatMessage, type MessageKey } from '../ui/i18n.ts'

let chosen: { language: 'id' | 'en'; messages: Record<string, string> } | null = null

/** Switches the in-page UI to the setting's language; any failure keeps the browser's language. */
export async function useUiLanguage(setting: UiLanguageSetting): Promise<void> {
  if (setting === 'auto') {
    chosen = null
    return
  }
  if (chosen?.language === setting) return
  try {
    const { messages } = await sendToBackground('background/uiStrings', { language: setting })
    chosen = Object.keys(messages).length ? { language: setting, messages } : null
  } catch {
    chosen = null
  }
}

/** The language the in-page UI speaks now (for `lang` attributes). */
export function pageUiLanguage(): 'id' | 'en' {
  if (chosen) return chosen.language
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'id'
}

/** One UI string, with Chrome's $1…$9 substitutions. */
export function ct(key: MessageKey, substitutions?: string | string[]): string {
  const message = chosen?.messages[key]
  if (message !== undefined) return formatMessage(message, substitutions === undefined ? [] : ([] as string[]).concat(substitutions))
  return browser.i18n.getMessage(key, substitutions) || key
}
