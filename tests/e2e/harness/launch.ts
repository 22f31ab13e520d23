/**
 * Starts a real Chromium or Firefox ESR with the built extension installed and all traffic sent to the fixture
 * proxy, through puppeteer-core (CDP for Chromium, WebDriver BiDi for Firefox). The only browser-specific code of
 * the test suite lives here.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { GECKO_ID } from '../../../src/build/manifest-for-browser.ts'

export type BrowserName = 'chromium' | 'firefox'
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox']

const ROOT = resolve(import.meta.dirname, '../../..')

export interface ExtensionBrowser {
  name: BrowserName
  browser: Browser
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string
  /** Whether installing opened the onboarding page (the harness closes it so it cannot take the focus later). */
  onboardingOpened: boolean
  /** Opens an extension page (e.g. `src/popup/index.html`) in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>
  /**
   * Clicks Kliping's toolbar button for the tab of `page`, through the browser's own action code, so the browser
   * grants `activeTab` for it as it does for a user's click, and returns Kliping's popup about that tab. Chromium:
   * the real popup (CDP Extensions.triggerAction). Firefox: its toolbar button's action (the code path of a click
   * and of the keyboard shortcut, run from the browser chrome over BiDi); BiDi cannot drive the popup panel, so
   * the popup page is then opened in a tab, where it describes the tab used last: `page`.
   */
  openActionPopup(page: Page): Promise<Page>
  /**
   * Makes the browser's answer to the next `permissions.request` for `origin` "allow", without its native prompt,
   * which automation cannot click. Firefox: the profile's `extensions.webextOptionalPermissionPrompts` pref (set
   * at launch) already does that for every request. Chromium: grants the host from chrome://extensions (the
   * `developerPrivate` API behind its site-access controls); the extension does not hold it yet (permissions.contains
   * stays false), but the request then resolves true at once instead of prompting.
   */
  allowPermissionPrompt(origin: string): Promise<void>
  close(): Promise<void>
}

export interface LaunchOptions {
  proxyPort: number
  headless?: boolean
  /** Extra Chromium flags (e.g. a window size for the demo). */
  args?: string[]
}

function firstExisting(candidates: Array<string | undefined>): string {
  const found = candidates.find((path): path is string => !!path && existsSync(path))
  if (!found) throw new Error(`No browser found; tried ${candidates.filter(Boolean).join(', ')}. Run: npm run setup`)
  return found
}

export function chromiumPath(): string {
  // The real ELF, not Debian's /usr/bin/chromium wrapper that prepends flags from /etc/chromium.d.
  return firstExisting([process.env.KLIPING_CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/google-chrome'])
}

export function firefoxPath(): string {
  return firstExisting([process.env.KLIPING_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'])
}

function version(): string {
  return (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kliping-chromium-'))
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    userDataDir,
    pipe: true,
    enableExtensions: true,
    defaultViewport: null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ...(options.args ?? []),
    ],
  })
  const id = await browser.installExtension(resolve(ROOT, 'dist/chrome'))
  const origin = `chrome-extension://${id}`
  return {
    name: 'chromium',
    browser,
    extensionOrigin: origin,
    onboardingOpened: false,
    async openExtensionPage(path) {
      const page = await browser.newPage()
      await page.goto(`${origin}/${path}`, { waitUntil: 'load' })
      return page
    },
    async openActionPopup(page) {
      const extension = (await browser.extensions()).get(id)
      if (!extension) throw new Error('Kliping is not installed')
      const popupUrl = `${origin}/${POPUP_PATH}`
      const opened = browser.waitForTarget((target) => target.type() === 'page' && target.url() === popupUrl, { timeout: 15_000 })
      await page.bringToFront()
      await page.triggerExtensionAction(extension)
      const popup = await (await opened).asPage()
      await popup.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 })
      return popup
    },
    async allowPermissionPrompt(host) {
      const page = await browser.newPage()
      try {
        await page.goto('chrome://extensions', { waitUntil: 'load' })
        await page.evaluate(
          (extensionId: string, pattern: string) =>
            (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(extensionId, pattern),
          id,
          host,
        )
      } finally {
        await page.close()
      }
    },
    async close() {
      await browser.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const uuid = randomUUID()
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    defaultViewport: null,
    // Needed to navigate to moz-extension:// pages over BiDi, and to reach the browser chrome (openActionPopup).
    args: ['--remote-allow-system-access', ...(options.args ?? [])],
    extraPrefsFirefox: {
      // Pin the moz-extension UUID, which is otherwise random per profile.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': false,
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      'network.stricttransportsecurity.preloadlist': false,
      'browser.fixup.fallback-to-https': false,
      'privacy.reduceTimerPrecision': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      // permissions.request() resolves without the doorhanger (its answer is "allow"): the one way to accept an
      // optional host permission under automation. Only this throw-away profile gets it.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  })
  // The exact store artifact is what gets installed.
  await browser.installExtension(resolve(ROOT, `artifacts/kliping-firefox-${version()}.zip`))
  const origin = `moz-extension://${uuid}`
  const session: ExtensionBrowser = {
    name: 'firefox',
    browser,
    extensionOrigin: origin,
    onboardingOpened: false,
    async openActionPopup(page) {
      await page.bringToFront()
      // Toggle twice: the first run opens the popup panel (granting activeTab), the second closes it again so the
      // panel cannot hold the focus while the popup page is used in a tab.
      await evaluateInBrowserChrome(
        browser,
        `(async () => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)})
          const action = ExtensionParent.apiManager.global.browserActionFor(extension)
          await action.triggerAction(window)
          await new Promise((done) => setTimeout(done, 500))
          await action.triggerAction(window)
        })()`,
      )
      return session.openExtensionPage(POPUP_PATH)
    },
    async allowPermissionPrompt() {
      // extensions.webextOptionalPermissionPrompts=false in this profile: requests are allowed without a prompt.
    },
    async openExtensionPage(path) {
      const page = await browser.newPage()
      const url = `${origin}/${path}`
      // puppeteer#14314: goto to a moz-extension page never resolves; fire it and poll instead. Polls that land
      // while the tab switches documents can fail inside Firefox's BiDi ("right-hand side of 'in' should be an
      // object"): those are retried, not fatal.
      page.goto(url, { timeout: 0 }).catch(() => {})
      const deadline = Date.now() + 15_000
      for (;;) {
        const loaded = await page
          .evaluate((expected: string) => location.href === expected && document.readyState === 'complete', url)
          .catch(() => false)
        if (loaded) return page
        if (Date.now() > deadline) throw new Error(`extension page did not load: ${url}`)
        await new Promise((done) => setTimeout(done, 100))
      }
    },
    async close() {
      await browser.close()
    },
  }
  return session
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>
}

/**
 * Runs `expression` with chrome privileges in Firefox's browser window (needs `--remote-allow-system-access`).
 * Puppeteer has no API for chrome contexts; its BiDi connection takes the raw commands.
 */
async function evaluateInBrowserChrome(browser: Browser, expression: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: Array<{ context: string }> }
  const context = tree.contexts[0]?.context
  if (!context) throw new Error('no Firefox browser window')
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' })
  const outcome = result as { type: string; exceptionDetails?: { text?: string } }
  if (outcome.type === 'exception') throw new Error(`browser chrome: ${outcome.exceptionDetails?.text ?? 'exception'}`)
}

const POPUP_PATH = 'src/popup/index.html'
const ONBOARDING_PATH = '/src/onboarding/index.html'

/**
 * Installing opens the onboarding tab a moment later; if it appeared while a test runs it would take the focus
 * (and background tabs get no animation frames). Wait for it, note it, close it.
 */
async function closeOnboarding(browser: Browser): Promise<boolean> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      // Firefox's BiDi reports extension tabs as about:blank until asked from inside.
      const url = page.url().endsWith(ONBOARDING_PATH) ? page.url() : await page.evaluate(() => location.href).catch(() => '')
      if (url.endsWith(ONBOARDING_PATH)) {
        await page.close().catch(() => {})
        return true
      }
    }
    await new Promise((done) => setTimeout(done, 200))
  }
  return false
}

export async function launchWithExtension(name: BrowserName, options: LaunchOptions): Promise<ExtensionBrowser> {
  const session = name === 'chromium' ? await launchChromium(options) : await launchFirefox(options)
  session.onboardingOpened = await closeOnboarding(session.browser)
  return session
}

/** Loads `url` in `page` and waits until the content script has marked it (or the timeout proves it never will). */
export async function gotoMarked(page: Page, url: string): Promise<Page> {
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForSelector('html[data-kliping]', { timeout: 15_000 })
  return page
}

/** Opens a new tab on `url` and waits for the content script's mark. */
export async function openMarkedPage(session: ExtensionBrowser, url: string): Promise<Page> {
  return gotoMarked(await session.browser.newPage(), url)
}
