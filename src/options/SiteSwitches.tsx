import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts'
import { loadSettings, saveSettings } from '../storage.ts'
import { t } from '../ui/i18n.ts'
import { declaredOutlets } from './declared-sites.ts'

/** One switch per declared site (all *.go.id, then each outlet): switched off, Kliping does nothing there. */
export function SiteSwitches() {
  const manifest = browser.runtime.getManifest()
  const sites = ['go.id', ...declaredOutlets(manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [])]
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    void loadSettings().then((stored) => {
      setSettings(stored)
      setLoaded(true)
    })
  }, [])
  const toggle = async (site: string, on: boolean) => {
    // Read-modify-write from storage, so a change made in another page meanwhile is not lost.
    const stored = await loadSettings()
    const disabledSites = on ? stored.disabledSites.filter((s) => s !== site) : [...new Set([...stored.disabledSites, site])]
    const next = { ...stored, disabledSites }
    await saveSettings(next)
    setSettings(next)
  }
  return (
    <section aria-labelledby="sites-heading" data-testid="sites" data-loaded={loaded ? 'true' : 'false'}>
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p>{t('sitesIntro')}</p>
      <ul class="sites">
        {sites.map((site) => (
          <li key={site}>
            <label class="switch">
              <input
                type="checkbox"
                name={`site-${site}`}
                checked={!settings.disabledSites.includes(site)}
                aria-label={t('siteSwitchLabel', site === 'go.id' ? '*.go.id' : site)}
                onChange={(e) => void toggle(site, e.currentTarget.checked)}
              />
              {site === 'go.id' ? t('siteGoId') : site}
            </label>
          </li>
        ))}
      </ul>
    </section>
  )
}
