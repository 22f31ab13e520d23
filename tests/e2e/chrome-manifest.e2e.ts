/**
 * Chrome's own verdict on dist/chrome: no manifest errors or install warnings. Chrome has no offline store linter,
 * but chrome://extensions records what it disliked while loading the package (in developer mode).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureRoutes } from '../fixtures/routes.ts'
import { startFixtureProxy, type FixtureProxy } from './harness/fixture-proxy.ts'
import { launchWithExtension, type ExtensionBrowser } from './harness/launch.ts'

interface ExtensionInfo {
  id: string
  manifestErrors: unknown[]
  installWarnings: unknown[]
  runtimeErrors: unknown[]
}

describe('Chrome loads dist/chrome [chromium]', () => {
  let proxy: FixtureProxy
  let session: ExtensionBrowser
  beforeAll(async () => {
    proxy = await startFixtureProxy(fixtureRoutes())
    session = await launchWithExtension('chromium', { proxyPort: proxy.port })
  })
  afterAll(async () => {
    await session?.close()
    await proxy?.close()
  })

  it('with no manifest errors and no install warnings', async () => {
    const id = session.extensionOrigin.replace('chrome-extension://', '')
    const page = await session.browser.newPage()
    await page.goto('chrome://extensions', { waitUntil: 'load' })
    const info = await page.evaluate(async (extensionId: string) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate
      interface DeveloperPrivate {
        updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>
        reload(id: string, options: { failQuietly: boolean; populateErrorForUnpacked: boolean }): Promise<unknown>
        getExtensionsInfo(options: { includeDisabled: boolean; includeTerminated: boolean }): Promise<ExtensionInfo[]>
      }
      interface ExtensionInfo {
        id: string
        manifestErrors: unknown[]
        installWarnings: unknown[]
        runtimeErrors: unknown[]
      }
      // Warnings are only recorded in developer mode, so turn it on and load the package again.
      await api.updateProfileConfiguration({ inDeveloperMode: true })
      await api.reload(extensionId, { failQuietly: false, populateErrorForUnpacked: true })
      const all = await api.getExtensionsInfo({ includeDisabled: true, includeTerminated: true })
      return all.find((extension) => extension.id === extensionId) ?? null
    }, id)
    expect(info).not.toBeNull()
    const { manifestErrors, installWarnings } = info as ExtensionInfo
    expect({ manifestErrors, installWarnings }).toEqual({ manifestErrors: [], installWarnings: [] })
    await page.close()
  })
})
