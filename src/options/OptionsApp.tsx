import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { database } from '../db/database.ts'
import { t } from '../ui/i18n.ts'
import { DataPanel } from '../ui/DataPanel.tsx'
import { ClearData } from './ClearData.tsx'
import { FeatureSettings } from './FeatureSettings.tsx'
import { SiteSwitches } from './SiteSwitches.tsx'
import { UserDictionary } from './UserDictionary.tsx'
import { ShortcutList } from '../ui/ShortcutList.tsx'

function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`
}

export function OptionsApp() {
  const manifest = browser.runtime.getManifest()
  const [usage, setUsage] = useState<string | null>(null)
  const [count, setCount] = useState<number | null>(null)

  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then((estimate) =>
        setUsage(
          estimate.usage !== undefined && estimate.quota !== undefined
            ? t('storageUsage', [formatBytes(estimate.usage), formatBytes(estimate.quota)])
            : t('storageUnknown'),
        ),
      )
      .catch(() => setUsage(t('storageUnknown')))
    void database()
      .annotations.count()
      .then(setCount)
      .catch(() => setCount(null))
  }, [])

  return (
    <>
      <header>
        <h1>{t('optionsHeading')}</h1>
        <p>{t('optionsAbout')}</p>
        <p class="muted">{t('versionLabel', manifest.version)}</p>
        <p>
          <a href={browser.runtime.getURL('src/onboarding/index.html')}>{t('openOnboarding')}</a>
        </p>
      </header>
      <SiteSwitches />
      <FeatureSettings />
      <UserDictionary />
      <ShortcutList />
      <section aria-labelledby="data-heading" class="data">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <DataPanel pageUrl={null} libraryQuery={null} />
      </section>
      <ClearData />
      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">{t('storageHeading')}</h2>
        <p role="status">{usage ?? '…'}</p>
        {count !== null && <p>{t('annotationCount', String(count))}</p>}
      </section>
    </>
  )
}
