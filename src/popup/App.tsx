import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import type { PageReport } from '../core/page-report.ts'
import type { LibraryQuery } from '../db/library.ts'
import { sendToTab } from '../messages.ts'
import { t } from '../ui/i18n.ts'
import { DataPanel } from '../ui/DataPanel.tsx'
import { Glossary } from './Glossary.tsx'
import { LibraryPanel } from './LibraryPanel.tsx'
import { pageKey } from '../core/page-info.ts'
import { PageAnnotations } from './PageAnnotations.tsx'
import { PageNotes } from './PageNotes.tsx'
import { PageSummary } from './PageSummary.tsx'
import { QuoteList } from './QuoteList.tsx'
import { SiteAccess } from './SiteAccess.tsx'
import { findTargetTab, type TargetTab } from './target-tab.ts'
import { Tabs, type TabId } from './Tabs.tsx'

type Load = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; report: PageReport }

/** Asks the target tab's content script for its report; no answer means Kliping does not run there. */
async function loadReport(tab: TargetTab | null): Promise<Load> {
  if (!tab) return { status: 'unavailable' }
  try {
    const report = await sendToTab(tab.id, 'page/getReport', {})
    return report ? { status: 'ready', report } : { status: 'unavailable' }
  } catch {
    return { status: 'unavailable' }
  }
}

export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [tab, setTab] = useState<TabId>('page')
  const [libraryQuery, setLibraryQuery] = useState<LibraryQuery>({})
  const [refreshKey, setRefreshKey] = useState(0)
  const [target, setTarget] = useState<TargetTab | null>(null)
  useEffect(() => {
    void findTargetTab()
      .catch(() => null)
      .then(async (found) => {
        setTarget(found)
        setLoad(await loadReport(found))
      })
    // Ask once for persistent storage so the browser does not evict annotations under disk pressure.
    void navigator.storage?.persist?.().catch(() => false)
  }, [])
  const report = load.status === 'ready' ? load.report : null

  return (
    <>
      <header class="row">
        <h1>Kliping</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
        <button type="button" class="link-button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/onboarding/index.html') })}>
          {t('openOnboarding')}
        </button>
      </header>
      <Tabs active={tab} onSelect={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel">
        {tab === 'page' && (
          <>
            <section aria-live="polite" aria-busy={load.status === 'loading'} data-testid="page-state">
              <h2 class="visually-hidden">{t('popupHeading')}</h2>
              {load.status === 'loading' && <p class="muted">{t('stateLoading')}</p>}
              {load.status === 'unavailable' && <p class="muted">{t('stateUnavailable')}</p>}
              {report && report.signals.length > 0 && (
                <details class="why" data-testid="signals">
                  <summary>{t('whyHeading')}</summary>
                  <ul>
                    {report.signals.map((signal, index) => (
                      <li key={index}>{signal}</li>
                    ))}
                  </ul>
                </details>
              )}
              {report && <PageSummary report={report} onReport={(next) => setLoad({ status: 'ready', report: next })} />}
            </section>
            {target && load.status !== 'loading' && <SiteAccess tab={target} running={report !== null} onRunning={(next) => setLoad(next ? { status: 'ready', report: next } : { status: 'unavailable' })} />}
            {report?.state === 'article' && <PageAnnotations report={report} refreshKey={refreshKey} />}
            {report?.state === 'article' && <Glossary report={report} />}
            {report?.state === 'article' && <QuoteList report={report} onSaved={() => setRefreshKey((key) => key + 1)} />}
            {report && <PageNotes report={report} />}
          </>
        )}
        {tab === 'library' && <LibraryPanel onQuery={setLibraryQuery} />}
        {tab === 'data' && <DataPanel pageUrl={report?.state === 'article' ? pageKey(report.url, report.article) : null} libraryQuery={libraryQuery} />}
      </div>
    </>
  )
}
