/**
 * One fixture proxy plus one browser with Kliping, shared by the tests of one browser in one file.
 * `describeInBrowsers` runs the same tests in Chromium and in Firefox.
 */
import { afterAll, beforeAll, describe } from 'vitest'
import { fixtureRoutes } from '../../fixtures/routes.ts'
import { startFixtureProxy, type FixtureProxy } from './fixture-proxy.ts'
import { BROWSERS, launchWithExtension, type BrowserName, type ExtensionBrowser } from './launch.ts'

export interface E2EContext {
  readonly session: ExtensionBrowser
  readonly proxy: FixtureProxy
}

export function describeInBrowsers(title: string, body: (context: E2EContext, name: BrowserName) => void): void {
  for (const name of BROWSERS) {
    describe(`${title} [${name}]`, () => {
      let session: ExtensionBrowser | undefined
      let proxy: FixtureProxy | undefined
      beforeAll(async () => {
        proxy = await startFixtureProxy(fixtureRoutes())
        session = await launchWithExtension(name, { proxyPort: proxy.port })
      })
      afterAll(async () => {
        await session?.close()
        await proxy?.close()
      })
      body(
        {
          get session() {
            if (!session) throw new Error('browser did not start')
            return session
          },
          get proxy() {
            if (!proxy) throw new Error('proxy did not start')
            return proxy
          },
        },
        name,
      )
    })
  }
}
