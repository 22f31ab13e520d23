import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts'
import { displayPattern, hostOfPattern } from '../core/sites/user-sites.ts'
import { sendToBackground } from '../messages.ts'
import { loadSettings, loadUserSites, onUserSitesChanged, saveSettings } from '../storage.ts'
import { t } from '../ui/i18n.ts'
import { StatusLine, useStatus } from '../ui/use-status.tsx'
import { declaredOutlets } from './declared-sites.ts'

/**
 * One switch per declared site (all *.go.id, then each outlet) and per site the user added from the popup:
 * switched off, Kliping does nothing there. Added sites can also be removed, which gives their permission back.
 */
export function SiteSwitches() {
  const manifest = browser.runtime.getManifest()
  const sites = ['go.id', ...declaredOutlets(manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [])]
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [userSites, setUserSites] = useState<string[]>([])
  const [loaded, setLoaded] = useState(false)
  const { status, ok, error } = useStatus()
  useEffect(() => {
    void Promise.all([loadSettings(), loadUserSites()]).then(([stored, added]) => {
      setSettings(stored)
      setUserSites(added)
      setLoaded(true)
    })
    return onUserSitesChanged(() => void loadUserSites().then(setUserSites))
  }, [])
  const toggle = async (site: string, on: boolean) => {
    // Read-modify-write from storage, so a change made in another page meanwhile is not lost.
    const stored = await loadSettings()
    const disabledSites = on ? stored.disabledSites.filter((s) => s !== site) : [...new Set([...stored.disabledSites, site])]
    const next = { ...stored, disabledSites }
    await saveSettings(next)
    setSettings(next)
  }
  const remove = async (site: string) => {
    try {
      const { removed } = await sendToBackground('background/removeUserSite', { site })
      if (!removed) throw new Error(displayPattern(site))
      setUserSites(await loadUserSites())
      ok(t('userSiteRemoved', displayPattern(site)))
    } catch (reason) {
      error(t('siteEnableFailed', reason instanceof Error ? reason.message : String(reason)))
    }
  }
  const siteSwitch = (site: string, label: string, name: string) => (
    <label class="switch">
      <input
        type="checkbox"
        name={`site-${site}`}
        checked={!settings.disabledSites.includes(site)}
        aria-label={t('siteSwitchLabel', name)}
        onChange={(e) => void toggle(site, e.currentTarget.checked)}
      />
      {label}
    </label>
  )
  return (
    <section aria-labelledby="sites-heading" data-testid="sites" data-loaded={loaded ? 'true' : 'false'}>
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p>{t('sitesIntro')}</p>
      <ul class="sites">
        {sites.map((site) => (
          <li key={site}>{siteSwitch(site, site === 'go.id' ? t('siteGoId') : site, site === 'go.id' ? '*.go.id' : site)}</li>
        ))}
      </ul>
      <h3 id="user-sites-heading">{t('userSitesHeading')}</h3>
      <p>{t('userSitesIntro')}</p>
      {userSites.length === 0 ? (
        <p class="muted">{t('userSitesEmpty')}</p>
      ) : (
        <ul class="user-sites" aria-labelledby="user-sites-heading" data-testid="user-sites">
          {userSites.map((site) => (
            <li key={site} class="buttons" data-site={site}>
              {siteSwitch(hostOfPattern(site), displayPattern(site), displayPattern(site))}
              <button type="button" class="small danger" aria-label={t('userSiteRemoveLabel', displayPattern(site))} onClick={() => void remove(site)}>
                {t('userSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <StatusLine status={status} />
    </section>
  )
}
