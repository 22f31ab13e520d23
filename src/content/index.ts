/**
 * Content script entry. Runs at document_idle on the pages the manifest (or the user) allows.
 * Nothing here may throw into the page: `startContentScript` contains every failure.
 */
import { startContentScript } from './content-session.ts'

startContentScript(window)
