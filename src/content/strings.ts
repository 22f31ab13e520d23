/**
 * The in-page UI (selection toolbar, popovers, status lines) speaks the language the user chose in the options,
 * through the same `t` as the extension pages (src/ui/i18n.ts). browser.i18n in a content script always speaks the
 * browser's language, and a content script cannot read the extension's `_locales` files itself (Chrome refuses the
 * fetch from the page's origin), so for a fixed language the background sends the chosen catalogue once.
 */
import type { UiLanguageSetting } from '../core/settings.ts'
import { sendToBackground } from '../messages.ts'
import { fixedLanguage, useCatalogue } from '../ui/i18n.ts'

/** Switches the in-page UI to the setting's language; any failure keeps the browser's language. */
export async function useUiLanguage(setting: UiLanguageSetting): Promise<void> {
  if (setting === 'auto') return useCatalogue(null)
  if (fixedLanguage() === setting) return
  try {
    const { messages } = await sendToBackground('background/uiStrings', { language: setting })
    useCatalogue(setting, messages)
  } catch {
    useCatalogue(null)
  }
}
