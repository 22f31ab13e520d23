/**
 * Kliping's small stores outside the database: settings (synced where the browser syncs extension data), the
 * user's acronym dictionary (local: it can grow beyond sync quotas) and the sites the user enabled Kliping on
 * (local: host permissions are granted per browser profile, so the list must not travel to another device).
 * Readable from the content script, the popup and the options page alike. Whatever storage holds is validated on
 * the way in.
 */
import browser from 'webextension-polyfill'
import type { AcronymEntry } from './core/acronyms/types.ts'
import { checkEntry } from './core/acronyms/user-entries.ts'
import { validSettings, type Settings } from './core/settings.ts'
import { validUserSites } from './core/sites/user-sites.ts'

const SETTINGS_KEY = 'settings'
const USER_ACRONYMS_KEY = 'userAcronyms'
const USER_SITES_KEY = 'userSites'

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>)
  return validSettings(stored[SETTINGS_KEY])
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: validSettings(settings) })
}

/** Calls `onChange` when the settings or the user's dictionary change (in any tab or extension page). */
export function onStoredOptionsChanged(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' && SETTINGS_KEY in changes) || (area === 'local' && USER_ACRONYMS_KEY in changes)) onChange()
  }
  browser.storage.onChanged.addListener(listener)
  return () => browser.storage.onChanged.removeListener(listener)
}

export async function loadUserAcronyms(): Promise<AcronymEntry[]> {
  const stored = (await browser.storage.local.get(USER_ACRONYMS_KEY))[USER_ACRONYMS_KEY]
  if (!Array.isArray(stored)) return []
  return stored.flatMap((row: Record<string, unknown>) => {
    const entry = checkEntry(row?.form, row?.expansion, row?.category)
    return typeof entry === 'string' ? [] : [entry]
  })
}

export async function saveUserAcronyms(entries: readonly AcronymEntry[]): Promise<void> {
  await browser.storage.local.set({ [USER_ACRONYMS_KEY]: entries.map(({ form, expansion, category }) => ({ form, expansion, category })) })
}

/** The match patterns the manifest declares the content script for (the default sites). */
export function declaredPatterns(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? []
}

/**
 * Sites the user enabled Kliping on (`https://host/*` patterns, see core/sites/user-sites.ts). Being listed is not
 * enough for Kliping to run there: the background registers only those whose host permission is granted.
 */
export async function loadUserSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(USER_SITES_KEY).catch(() => ({}) as Record<string, unknown>)
  return validUserSites(stored[USER_SITES_KEY], declaredPatterns())
}

export async function saveUserSites(sites: readonly string[]): Promise<void> {
  await browser.storage.local.set({ [USER_SITES_KEY]: validUserSites(sites, declaredPatterns()) })
}

/** Calls `onChange` when the list of user sites changes. */
export function onUserSitesChanged(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && USER_SITES_KEY in changes) onChange()
  }
  browser.storage.onChanged.addListener(listener)
  return () => browser.storage.onChanged.removeListener(listener)
}
