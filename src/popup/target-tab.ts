/**
 * Which tab the popup is about. As a real popup it is the active tab. When the popup page is open in a tab of its
 * own (keyboard users, tests, "open in tab"), the active tab is the popup itself, so the page it describes is the
 * other tab that was used last.
 */
import browser from 'webextension-polyfill'

export interface TargetTab {
  id: number
  url: string | null
}

export async function findTargetTab(): Promise<TargetTab | null> {
  const self = await browser.tabs.getCurrent()
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true })
    return active?.id === undefined ? null : { id: active.id, url: active.url ?? null }
  }
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== self.id && tab.id !== undefined)
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
  const target = others[0]
  return target?.id === undefined ? null : { id: target.id, url: target.url ?? null }
}
