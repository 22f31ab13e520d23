// Unit tests run outside a browser extension.
// - Dexie gets an in-memory IndexedDB (real IndexedDB is used in the e2e tests).
// - webextension-polyfill refuses to load outside an extension; when `browser.runtime.id` exists it simply
//   re-exports `globalThis.browser`, so the in-memory fake browser stands in for it.
import 'fake-indexeddb/auto'
import { fakeBrowser } from '@webext-core/fake-browser'

Object.assign(globalThis, { browser: fakeBrowser, chrome: { runtime: { id: 'kliping-unit-test' } } })
