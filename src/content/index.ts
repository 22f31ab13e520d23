/**
 * Content script entry. Runs at document_idle on the pages the manifest (or the user) allows.
 * Nothing here may throw into the page: `startContentScript` contains every failure.
 */
import { startContentScript } from './content-session.ts'

void startContentScript(window).catch((error: unknown) => {
  try {
    console.warn('[Kliping] start failed; the page was left as it is.', error)
  } catch {
    // Nothing more to do without a console.
  }
})
