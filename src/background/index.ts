/**
 * Background (a service worker in Chrome, an event page in Firefox). Kept stateless: every handler reads what it
 * needs, because either browser may stop the background between two messages. It owns the content scripts'
 * access to the database (they must not open it: it would live in the page's origin), the browser-level entry
 * points (context menu, keyboard shortcut) and the content script's registration on the user's own sites.
 */
import browser from 'webextension-polyfill'
import { listPageAnnotations, saveAnnotation, StorageFullError } from '../db/annotations.ts'
import { database } from '../db/database.ts'
import { isNewAnnotation, isPageInfo } from '../db/validate-input.ts'
import { handleMessages, sendToTab, type SaveResult } from '../messages.ts'
import { catalogueMessages } from '../ui/i18n.ts'
import { installEntryPoints } from './entry-points.ts'
import { grantedUserSites, installUserSites } from './user-sites.ts'

const refreshMenu = installEntryPoints((tabId, color) => sendToTab(tabId, 'page/highlightSelection', { color }), grantedUserSites)
const userSites = installUserSites(refreshMenu)

handleMessages({
  'background/ping': () => ({ version: browser.runtime.getManifest().version }),
  'background/saveAnnotation': async ({ page, annotation }): Promise<SaveResult> => {
    if (!isPageInfo(page) || !isNewAnnotation(annotation)) return { ok: false, error: 'invalid', message: 'invalid annotation' }
    try {
      return { ok: true, annotation: await saveAnnotation(database(), page, annotation) }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: error instanceof StorageFullError ? 'storage-full' : 'failed', message }
    }
  },
  'background/listPageAnnotations': async ({ pageUrl }) => (typeof pageUrl === 'string' ? listPageAnnotations(database(), pageUrl) : []),
  'background/openDictionary': async ({ form }) => {
    if (typeof form !== 'string' || form.length > 40) return { opened: false }
    await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#kamus=${encodeURIComponent(form)}`) })
    return { opened: true }
  },
  'background/addUserSite': ({ site }, sender) => userSites.add(site, sender),
  'background/removeUserSite': ({ site }, sender) => userSites.remove(site, sender),
  'background/uiStrings': async ({ language }) => {
    if (language !== 'id' && language !== 'en') return { messages: {} }
    const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`))
    return { messages: catalogueMessages(await response.json()) }
  },
})

// On first install (not on updates), show what Kliping does.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/onboarding/index.html') })
})
