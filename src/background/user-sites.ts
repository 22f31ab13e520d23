/**
 * Sites the user enabled Kliping on from the popup ("Aktifkan di situs ini"), outside the declared ones.
 *
 * Each is one origin pattern (`https://host/*`) whose host permission the user granted at run time (the manifest
 * lists `http://*\/*` and `https://*\/*` only as optional host permissions). The background keeps ONE dynamic
 * content script, `kliping-user-sites`, with the manifest content script's own files, registered for exactly the
 * listed sites whose permission is held, and re-checks that whenever it may have changed: on install and startup,
 * when it changes the list (only the background writes it), and when a permission is granted or revoked (the user
 * can revoke from the browser's own UI). Nothing runs on a site the user has not allowed.
 *
 * The popup may be closed by the browser's permission prompt before it can report the grant, so a granted single
 * host (permissions.onAdded) is added to the list here too; the popup's own message is the path when no prompt was
 * needed (the permission was already held). Either way Kliping starts at once in the site's open tabs, and removing
 * a site takes it out of them (a permission revoked from the browser's own UI hides the tabs' addresses, so those
 * pages keep what Kliping drew until they are reloaded).
 */
import browser, { type Permissions, type Runtime, type Scripting } from 'webextension-polyfill'
import { extensionRelativePath, isDeclaredPattern, isUserSitePattern } from '../core/sites/user-sites.ts'
import { sendToTab } from '../messages.ts'
import { declaredPatterns, loadUserSites, saveUserSites } from '../storage.ts'

export const USER_SITES_SCRIPT_ID = 'kliping-user-sites'

/** The listed sites whose host permission is held right now. */
export async function grantedUserSites(): Promise<string[]> {
  const sites = await loadUserSites()
  const held = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: [site] }).catch(() => false)))
  return sites.filter((_, index) => held[index])
}

/** The manifest content script's files as built (paths relative to the extension), or null without one. */
function contentScriptFiles(): { js: string[]; css: string[] } | null {
  const declared = browser.runtime.getManifest().content_scripts?.[0]
  if (!declared?.js?.length) return null
  const base = browser.runtime.getURL('')
  return { js: declared.js.map((file) => extensionRelativePath(file, base)), css: (declared.css ?? []).map((file) => extensionRelativePath(file, base)) }
}

/** The dynamic registration for `matches`: the manifest content script's files, at the same time. */
function userSitesScript(matches: string[]): Scripting.RegisteredContentScript | null {
  const files = contentScriptFiles()
  if (!files) return null
  return { id: USER_SITES_SCRIPT_ID, matches, ...files, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }
}

/** The open tabs of `site` (an origin pattern whose host permission is held: their addresses are visible). */
async function openTabsOf(site: string): Promise<number[]> {
  const tabs = await browser.tabs.query({ url: site }).catch(() => [])
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]))
}

/** Whether Kliping's content script answers in the tab (it registers its listener as soon as it loads). */
async function runsIn(tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabId, 'page/getReport', {})
    return true
  } catch {
    return false
  }
}

/**
 * Starts Kliping in the open tabs of newly enabled sites, as the registration will on their next load, so the page
 * the user is looking at changes at once. Tabs where it already runs are left alone.
 */
async function runInOpenTabs(sites: readonly string[]): Promise<void> {
  const files = contentScriptFiles()
  if (!files) return
  for (const site of sites) {
    for (const tabId of await openTabsOf(site)) {
      if (await runsIn(tabId)) continue
      try {
        if (files.css.length) await browser.scripting.insertCSS({ target: { tabId }, files: files.css })
        await browser.scripting.executeScript({ target: { tabId }, files: files.js })
      } catch (error) {
        // A tab that navigated away meanwhile, or a page the browser protects: it runs from its next load instead.
        console.warn('[Kliping] starting in an open tab', error)
      }
    }
  }
}

/** Takes Kliping out of the open tabs of a site being removed (while its addresses are still visible). */
async function withdrawFromOpenTabs(site: string): Promise<void> {
  for (const tabId of await openTabsOf(site)) await sendToTab(tabId, 'page/withdraw', {}).catch(() => null)
}

async function syncRegistration(onSites: () => void): Promise<void> {
  const granted = await grantedUserSites()
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] })
  const script = granted.length > 0 ? userSitesScript(granted) : null
  if (!script) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] })
  } else if (registered.length > 0) {
    await browser.scripting.updateContentScripts([script])
  } else {
    await browser.scripting.registerContentScripts([script])
  }
  onSites()
}

/** Single-host http(s) origins among `origins` that the declared content script does not already cover. */
function userSitesAmong(origins: readonly string[] | undefined): string[] {
  const declared = declaredPatterns()
  return (origins ?? []).filter((origin) => isUserSitePattern(origin) && !isDeclaredPattern(origin, declared))
}

function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''))
}

export interface UserSites {
  add(site: unknown, sender: Runtime.MessageSender): Promise<{ enabled: boolean }>
  remove(site: unknown, sender: Runtime.MessageSender): Promise<{ removed: boolean }>
}

/**
 * Starts keeping the registration in step. `onSites` is called after each sync (the context menu follows the
 * registered sites).
 */
export function installUserSites(onSites: () => void): UserSites {
  // One sync at a time: two overlapping ones could both try to register the same id.
  let queue: Promise<void> = Promise.resolve()
  const sync = () => {
    queue = queue.then(() => syncRegistration(onSites)).catch((error: unknown) => console.warn('[Kliping] user sites', error))
    return queue
  }
  const addSites = async (sites: string[]) => {
    if (sites.length === 0) return
    const listed = await loadUserSites()
    if (!sites.every((site) => listed.includes(site))) await saveUserSites([...listed, ...sites])
    await sync()
    // In the same queue, so the popup's message and the permission event never both start it in one tab.
    queue = queue.then(() => runInOpenTabs(sites)).catch((error: unknown) => console.warn('[Kliping] user sites', error))
    await queue
  }

  browser.runtime.onInstalled.addListener(() => void sync())
  browser.runtime.onStartup.addListener(() => void sync())
  browser.permissions.onAdded.addListener((permissions: Permissions.Permissions) => {
    void addSites(userSitesAmong(permissions.origins)).catch((error: unknown) => console.warn('[Kliping] user sites', error))
  })
  browser.permissions.onRemoved.addListener((permissions: Permissions.Permissions) => {
    const revoked = new Set(userSitesAmong(permissions.origins))
    void loadUserSites()
      .then(async (listed) => {
        if (listed.some((site) => revoked.has(site))) await saveUserSites(listed.filter((site) => !revoked.has(site)))
        await sync()
      })
      .catch((error: unknown) => console.warn('[Kliping] user sites', error))
  })

  return {
    async add(site, sender) {
      if (!fromExtensionPage(sender) || !isUserSitePattern(site) || isDeclaredPattern(site, declaredPatterns())) return { enabled: false }
      if (!(await browser.permissions.contains({ origins: [site] }))) return { enabled: false }
      await addSites([site])
      // Enabled means registered: a failed registration must not tell the user to reload for nothing.
      const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] })
      return { enabled: registered?.matches?.includes(site) ?? false }
    },
    async remove(site, sender) {
      if (!fromExtensionPage(sender) || !isUserSitePattern(site)) return { removed: false }
      const listed = await loadUserSites()
      await withdrawFromOpenTabs(site)
      await saveUserSites(listed.filter((entry) => entry !== site))
      // Give the permission back as well; a grant the browser will not take back (none is held, or it came with a
      // wider one) leaves the site unlisted, and unlisted sites are never registered.
      await browser.permissions.remove({ origins: [site] }).catch(() => false)
      await sync()
      return { removed: true }
    },
  }
}
