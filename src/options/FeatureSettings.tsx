import { useEffect, useRef, useState } from 'preact/hooks'
import type { AcronymDisplayMode } from '../core/acronyms/render-acronyms.ts'
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts'
import { loadSettings, saveSettings } from '../storage.ts'
import { t, type MessageKey } from '../ui/i18n.ts'
import { HighlightSettings } from './HighlightSettings.tsx'

const SWITCHES: Array<{ key: 'promos' | 'showPromos' | 'acronyms' | 'quotes' | 'highlights'; label: MessageKey }> = [
  { key: 'promos', label: 'settingPromos' },
  { key: 'showPromos', label: 'settingShowPromos' },
  { key: 'acronyms', label: 'settingAcronyms' },
  { key: 'quotes', label: 'settingQuotes' },
  { key: 'highlights', label: 'settingHighlights' },
]
const MODES: Array<{ mode: AcronymDisplayMode; label: MessageKey }> = [
  { mode: 'first', label: 'modeFirst' },
  { mode: 'every', label: 'modeEvery' },
  { mode: 'tooltip', label: 'modeTooltip' },
]

/**
 * Each feature on or off, the acronym display mode and the highlight colours; saved at once and applied to open
 * pages live.
 */
export function FeatureSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [loaded, setLoaded] = useState(false)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    void loadSettings().then((stored) => {
      setSettings(stored)
      setLoaded(true)
    })
  }, [])
  // Saves run one after another, each a read-modify-write of what storage holds, so neither a quick second click
  // nor a change made meanwhile elsewhere (the site switches above share the stored settings) is lost.
  const saving = useRef<Promise<void>>(Promise.resolve())
  const update = (change: Partial<Settings>): Promise<void> => {
    setSettings((shown) => ({ ...shown, ...change }))
    saving.current = saving.current
      .catch(() => {})
      .then(async () => {
        await saveSettings({ ...(await loadSettings()), ...change })
        setSaved(true)
      })
    return saving.current
  }
  return (
    <section aria-labelledby="settings-heading" data-testid="settings" data-loaded={loaded ? 'true' : 'false'}>
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      {SWITCHES.map(({ key, label }) => (
        <label key={key} class="switch">
          <input type="checkbox" name={key} checked={settings[key]} onChange={(e) => void update({ [key]: e.currentTarget.checked })} />
          {t(label)}
        </label>
      ))}
      <fieldset>
        <legend>{t('acronymModeLabel')}</legend>
        {MODES.map(({ mode, label }) => (
          <label key={mode}>
            <input type="radio" name="acronymMode" value={mode} checked={settings.acronymMode === mode} onChange={() => void update({ acronymMode: mode })} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <HighlightSettings settings={settings} update={update} />
      <label for="language">
        {t('languageLabel')}{' '}
        <select
          id="language"
          value={settings.language}
          onChange={(e) => {
            const language = e.currentTarget.value as Settings['language']
            // The page's strings were loaded for the old language: reload once the choice is stored.
            void update({ language }).then(() => location.reload())
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="id" lang="id">
            {t('languageId')}
          </option>
          <option value="en" lang="en">
            {t('languageEn')}
          </option>
        </select>
      </label>
      <p role="status" class="status-ok">
        {saved ? t('settingsSaved') : ''}
      </p>
    </section>
  )
}
