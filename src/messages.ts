/**
 * The one typed message map for every runtime boundary (content script ⇄ background ⇄ popup/options).
 *
 * Each message name is prefixed by the side that answers it (`page/…` is answered by the content script in a tab,
 * `background/…` by the background). Requests and responses are plain JSON; nothing is `any`. Messages arriving
 * from elsewhere are untrusted: `isMessage` checks the envelope before any handler sees it.
 */
import browser from 'webextension-polyfill'
import type { PageReport } from './core/page-report.ts'
import type { NewAnnotation, PageInfo } from './db/annotations.ts'
import type { AnnotationRecord } from './db/schema.ts'

/** Outcome of a save: the stored record, or why nothing was stored (the UI keeps the user's input). */
export type SaveResult =
  | { ok: true; annotation: AnnotationRecord }
  | { ok: false; error: 'storage-full' | 'invalid' | 'no-selection' | 'failed'; message: string }

export interface MessageMap {
  /** Popup → content script: what did the page pass find? `null` before the pass finished. */
  'page/getReport': { request: Record<string, never>; response: PageReport | null }
  /** Popup → content script: show or hide the promos Kliping stripped from the article. */
  'page/setPromosVisible': { request: { visible: boolean }; response: PageReport | null }
  /** Background → content script (context menu, keyboard shortcut): highlight the current selection. */
  'page/highlightSelection': { request: { color: string | null }; response: SaveResult }
  /** Popup → content script: save one of the page's direct quotes, with its speaker, as an annotation. */
  'page/saveQuote': { request: { quoteId: string }; response: SaveResult }
  /** Popup → content script: the page's annotations changed (edited, deleted, imported); redraw them. */
  'page/annotationsChanged': { request: Record<string, never>; response: PageReport | null }
  /** Popup → content script: scroll to an annotation's highlight and focus it. */
  'page/scrollToAnnotation': { request: { id: string }; response: { found: boolean } }
  /**
   * Background → content script: the user removed this site from their own sites (popup or options); take everything
   * Kliping drew out of the page and do nothing more until it is loaded again.
   */
  'page/withdraw': { request: Record<string, never>; response: { withdrawn: boolean } }
  /** Anyone → background: is the background alive, and which version is it? */
  'background/ping': { request: Record<string, never>; response: { version: string } }
  /** Content script → background: store an annotation of this page (content scripts never open the database). */
  'background/saveAnnotation': { request: { page: PageInfo; annotation: NewAnnotation }; response: SaveResult }
  /** Content script → background: open the user dictionary in the options page, at one short form. */
  'background/openDictionary': { request: { form: string }; response: { opened: boolean } }
  /** Content script → background: the stored annotations of a page, to draw them. */
  'background/listPageAnnotations': { request: { pageUrl: string }; response: AnnotationRecord[] }
  /**
   * Popup → background: the user granted this site's host permission (`https://host/*`); list it and run Kliping
   * there from the next page load. `enabled` is false when the permission is not actually held.
   */
  'background/addUserSite': { request: { site: string }; response: { enabled: boolean } }
  /**
   * Content script → background: the UI strings of a language the user fixed in the options (content scripts
   * cannot read `_locales` themselves). Key → message; empty when the language is unknown.
   */
  'background/uiStrings': { request: { language: 'id' | 'en' }; response: { messages: Record<string, string> } }
  /** Popup, options → background: stop running on this user site and give its host permission back. */
  'background/removeUserSite': { request: { site: string }; response: { removed: boolean } }
}

export type MessageType = keyof MessageMap
export type Request<K extends MessageType> = MessageMap[K]['request']
export type Response<K extends MessageType> = MessageMap[K]['response']

export interface Message<K extends MessageType = MessageType> {
  kliping: 1
  type: K
  payload: Request<K>
}

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>([
  'page/getReport',
  'page/setPromosVisible',
  'page/highlightSelection',
  'page/saveQuote',
  'page/annotationsChanged',
  'page/scrollToAnnotation',
  'page/withdraw',
  'background/ping',
  'background/saveAnnotation',
  'background/listPageAnnotations',
  'background/openDictionary',
  'background/addUserSite',
  'background/removeUserSite',
  'background/uiStrings',
])

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Message>
  return (
    candidate.kliping === 1 &&
    typeof candidate.type === 'string' &&
    MESSAGE_TYPES.has(candidate.type) &&
    typeof candidate.payload === 'object' &&
    candidate.payload !== null
  )
}

function envelope<K extends MessageType>(type: K, payload: Request<K>): Message<K> {
  return { kliping: 1, type, payload }
}

export async function sendToBackground<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  return (await browser.runtime.sendMessage(envelope(type, payload))) as Response<K>
}

export async function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Request<K>): Promise<Response<K>> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, payload))) as Response<K>
}

export type Handlers = {
  [K in MessageType]?: (payload: Request<K>, sender: browser.Runtime.MessageSender) => Promise<Response<K>> | Response<K>
}

/**
 * Registers handlers for the messages this side answers. Messages it does not answer are left to other listeners
 * (returning `undefined` lets another context respond), so a content script and the background can share a name
 * space without stealing each other's replies.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined
    const handler = handlers[message.type] as
      | ((payload: unknown, sender: browser.Runtime.MessageSender) => unknown)
      | undefined
    if (!handler) return undefined
    return Promise.resolve().then(() => handler(message.payload, sender))
  }
  browser.runtime.onMessage.addListener(listener)
  return () => browser.runtime.onMessage.removeListener(listener)
}
