/**
 * The one place where the Chrome and Firefox manifests differ.
 *
 * `manifest.json` at the repository root is the single source. At build time this module derives the manifest for
 * one browser from it: Chrome gets an MV3 service worker, Firefox an event page (`background.scripts`) plus the
 * `browser_specific_settings.gecko` block AMO and addons-linter require. Everything else is shared unchanged.
 */
export type TargetBrowser = 'chrome' | 'firefox'

/** Stable add-on id: Firefox keys storage, the moz-extension UUID pref and AMO listings on it. */
export const GECKO_ID = 'kliping@kliping.id'

/** data_collection_permissions needs Firefox 140 (desktop) / 142 (Android); see ../shared notes in README. */
export const FIREFOX_MIN_VERSION = '142.0'

type Json = Record<string, unknown>

interface SourceManifest extends Json {
  version: string
  background: { service_worker: string; type?: string }
}

export function manifestForBrowser(source: SourceManifest, target: TargetBrowser, version: string): Json {
  const manifest: Json = structuredClone({ ...source, version })
  if (target === 'firefox') {
    manifest.background = { scripts: [source.background.service_worker] }
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    }
  }
  return manifest
}

export function targetFromMode(mode: string): TargetBrowser {
  return mode === 'firefox' ? 'firefox' : 'chrome'
}
