/**
 * Browser-level ways to highlight: the context-menu item on a text selection and the keyboard command. Both ask
 * the tab's content script to highlight its current selection (it knows the article and draws at once).
 * The menu is created on install/startup because neither browser keeps menus across background restarts reliably,
 * and again when the user's own sites change (it shows where the content script runs: declared and user sites).
 */
import browser from 'webextension-polyfill'

export const MENU_HIGHLIGHT = 'kliping-highlight'
export const COMMAND_HIGHLIGHT = 'highlight-selection'

/**
 * Installs the menu and command listeners. `userSites` gives the user's own sites where Kliping runs; the returned
 * function re-creates the menu after they changed.
 */
export function installEntryPoints(
  highlight: (tabId: number, color: string | null) => Promise<unknown>,
  userSites: () => Promise<string[]>,
): () => void {
  // One re-creation at a time: overlapping removeAll/create pairs would create the id twice.
  let queue: Promise<unknown> = Promise.resolve()
  const createMenu = () => {
    queue = queue
      .then(async () => {
        const sites = await userSites().catch(() => [])
        await browser.contextMenus.removeAll()
        browser.contextMenus.create({
          id: MENU_HIGHLIGHT,
          title: browser.i18n.getMessage('menuHighlight'),
          contexts: ['selection'],
          documentUrlPatterns: [...(browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? []), ...sites],
        })
      })
      .catch((error: unknown) => console.warn('[Kliping] context menu', error))
  }
  browser.runtime.onInstalled.addListener(createMenu)
  browser.runtime.onStartup.addListener(createMenu)
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_HIGHLIGHT && tab?.id !== undefined) void highlight(tab.id, null).catch(() => {})
  })
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_HIGHLIGHT) return
    const tabId = tab?.id
    if (tabId !== undefined) void highlight(tabId, null).catch(() => {})
    else
      void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
        if (active?.id !== undefined) void highlight(active.id, null).catch(() => {})
      })
  })
  return createMenu
}
