import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import type { PageReport } from '../core/page-report.ts'
import { sendToTab } from '../messages.ts'
import { t } from '../ui/i18n.ts'
import { PageNotes } from './PageNotes.tsx'
import { PageSummary } from './PageSummary.tsx'
import { QuoteList } from './QuoteList.tsx'
import { findTargetTab } from './target-tab.ts'

type Load = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; report: PageReport }

/** Asks the target tab's content script for its report; no answer means Kliping does not run there. */
async function loadReport(): Promise<Load> {
  const tab = await findTargetTab()
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
  useEffect(() => {
    void loadReport().then(setLoad)
  }, [])

  return (
    <>
      <header class="row">
        <h1>{t('popupHeading')}</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <section aria-live="polite" aria-busy={load.status === 'loading'} data-testid="page-state">
        {load.status === 'loading' && <p class="muted">{t('stateLoading')}</p>}
        {load.status === 'unavailable' && <p class="muted">{t('stateUnavailable')}</p>}
        {load.status === 'ready' && load.report.signals.length > 0 && (
          <details class="why" data-testid="signals">
            <summary>{t('whyHeading')}</summary>
            <ul>
              {load.report.signals.map((signal, index) => (
                <li key={index}>{signal}</li>
              ))}
            </ul>
          </details>
        )}
        {load.status === 'ready' && <PageSummary report={load.report} onReport={(report) => setLoad({ status: 'ready', report })} />}
      </section>
      {load.status === 'ready' && load.report.state === 'article' && <QuoteList report={load.report} />}
      {load.status === 'ready' && <PageNotes report={load.report} />}
    </>
  )
}
