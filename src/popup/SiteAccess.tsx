import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { displayPattern, isDeclaredUrl, userSitePatternForUrl } from '../core/sites/user-sites.ts'
import type { PageReport } from '../core/page-report.ts'
import { sendToBackground, sendToTab } from '../messages.ts'
import { isSiteDisabled } from '../core/settings.ts'
import { declaredPatterns, loadSettings, loadUserSites } from '../storage.ts'
import { t } from '../ui/i18n.ts'
import { StatusLine, useStatus } from '../ui/use-status.tsx'
import type { TargetTab } from './target-tab.ts'

interface Access {
  /** The host permission for this site is held. */
  granted: boolean
  /** The site is one of the user's own (Kliping registers its content script there). */
  listed: boolean
  /** The user switched the site off in the options: Kliping is registered there but does nothing. */
  switchedOff: boolean
}

/**
 * "Aktifkan di situs ini": on an http(s) page where Kliping does not run, asks the browser for this one site's host
 * permission and has the background run Kliping there from the next load; on a site the user added, turns it off
 * again. Shows nothing where the declared content script already runs, or when the tab's address is unknown (the
 * browser tells the popup a page's address only after a click on Kliping's button, or for sites Kliping holds).
 */
/** The page's report once Kliping runs there, polled for a few seconds (null when it does not start). */
async function reportOnceRunning(tabId: number): Promise<PageReport | null> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const report = await sendToTab(tabId, 'page/getReport', {}).catch(() => null)
    if (report) return report
    await new Promise((done) => setTimeout(done, 150))
  }
  return null
}

export function SiteAccess({ tab, running, onRunning }: { tab: TargetTab; running: boolean; onRunning: (report: PageReport | null) => void }) {
  const site = userSitePatternForUrl(tab.url)
  const declared = site !== null && tab.url !== null && isDeclaredUrl(tab.url, declaredPatterns())
  const [access, setAccess] = useState<Access | null>(null)
  const [busy, setBusy] = useState(false)
  const { status, ok, error } = useStatus()

  useEffect(() => {
    if (!site) return
    void Promise.all([browser.permissions.contains({ origins: [site] }), loadUserSites(), loadSettings()])
      .then(([granted, sites, settings]) =>
        setAccess({ granted, listed: sites.includes(site), switchedOff: tab.url !== null && isSiteDisabled(new URL(tab.url).hostname, settings.disabledSites) }),
      )
      .catch(() => setAccess(null))
  }, [site])

  if (!site || !access) return null
  // The manifest's own content script runs here: the page summary above says what it found.
  if (declared && access.granted) return null
  const enabled = access.granted && (access.listed || declared)
  const reload = { label: t('siteReload'), run: () => void browser.tabs.reload(tab.id).catch(() => {}) }

  const enable = () => {
    // First, synchronously: browsers grant a permission request only inside the click that asked for it.
    const asked = browser.permissions.request({ origins: [site] })
    setBusy(true)
    void asked
      .then(async (granted) => {
        if (!granted) {
          error(t('siteEnableDenied'))
          return
        }
        // A declared site the browser had withheld (Firefox lets users do that) needs only the permission back.
        if (!declared && !(await sendToBackground('background/addUserSite', { site })).enabled) {
          error(t('siteEnableFailed', displayPattern(site)))
          return
        }
        setAccess({ granted: true, listed: !declared, switchedOff: access.switchedOff })
        // The background starts Kliping in the site's open tabs at once; the reload is the fallback.
        const report = await reportOnceRunning(tab.id)
        if (report) {
          onRunning(report)
          ok(t('siteEnabledNow'))
        } else {
          ok(t('siteEnabledStatus'), reload)
        }
      })
      .catch((reason: unknown) => error(t('siteEnableFailed', reason instanceof Error ? reason.message : String(reason))))
      .finally(() => setBusy(false))
  }

  const disable = () => {
    setBusy(true)
    void sendToBackground('background/removeUserSite', { site })
      .then(() => browser.permissions.contains({ origins: [site] }))
      .then((granted) => {
        setAccess({ granted, listed: false, switchedOff: access.switchedOff })
        // The background took Kliping out of the site's open tabs: this page is back as it was.
        onRunning(null)
        ok(t('siteDisabledNow'))
      })
      .catch((reason: unknown) => error(t('siteEnableFailed', reason instanceof Error ? reason.message : String(reason))))
      .finally(() => setBusy(false))
  }

  return (
    <section aria-labelledby="site-access-text" data-testid="site-access" data-state={!enabled ? 'disabled' : access.switchedOff ? 'switched-off' : 'enabled'}>
      <p id="site-access-text">{t(!enabled ? 'siteAccessOff' : access.switchedOff ? 'siteAccessSwitchedOff' : 'siteAccessOn', displayPattern(site))}</p>
      {!enabled && <p class="muted">{t('siteEnableHint')}</p>}
      <div class="buttons">
        {!enabled && (
          <button type="button" data-action="enable-site" disabled={busy} onClick={enable}>
            {t('siteEnable')}
          </button>
        )}
        {enabled && access.listed && (
          <button type="button" data-action="disable-site" disabled={busy} onClick={disable}>
            {t('siteDisable')}
          </button>
        )}
        {enabled && !running && !status && (
          <button type="button" class="link-button" onClick={reload.run}>
            {t('siteReload')}
          </button>
        )}
      </div>
      <StatusLine status={status} />
    </section>
  )
}
