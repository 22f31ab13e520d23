/**
 * Background (a service worker in Chrome, an event page in Firefox). Kept stateless: every handler reads what it
 * needs, because either browser may stop the background between two messages.
 */
import browser from 'webextension-polyfill'
import { handleMessages } from '../messages.ts'

handleMessages({
  'background/ping': () => ({ version: browser.runtime.getManifest().version }),
})
