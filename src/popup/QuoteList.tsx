import { useState } from 'preact/hooks'
import type { PageReport } from '../core/page-report.ts'
import { formatQuoteCitation } from '../core/quotes/quote-citation.ts'
import type { QuoteSummary } from '../core/quotes/render-quotes.ts'
import { sendToTab } from '../messages.ts'
import { t, uiLanguage } from '../ui/i18n.ts'
import { findTargetTab } from './target-tab.ts'

/** Quotes grouped by speaker, in order of first appearance; unattributed quotes last. */
export function groupBySpeaker(quotes: readonly QuoteSummary[]): Array<{ speaker: string | null; role: string | null; quotes: QuoteSummary[] }> {
  const groups = new Map<string | null, { speaker: string | null; role: string | null; quotes: QuoteSummary[] }>()
  for (const quote of quotes) {
    const group = groups.get(quote.speaker) ?? { speaker: quote.speaker, role: quote.role, quotes: [] }
    group.role ??= quote.role
    group.quotes.push(quote)
    groups.set(quote.speaker, group)
  }
  return [...groups.values()].sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null))
}

/** The page's direct quotes, with "copy as citation" and one-click "save" (an annotation with its speaker). */
export function QuoteList({ report, onSaved }: { report: PageReport; onSaved: () => void }) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  async function copy(quote: QuoteSummary) {
    const citation = formatQuoteCitation(quote, report.article, report.url, uiLanguage() === 'en' ? 'en' : 'id')
    try {
      await navigator.clipboard.writeText(citation)
      setStatus({ kind: 'ok', text: t('copied') })
    } catch (error) {
      setStatus({ kind: 'error', text: t('copyFailed', error instanceof Error ? error.message : String(error)) })
    }
  }

  async function save(quote: QuoteSummary) {
    const tab = await findTargetTab()
    const result = tab ? await sendToTab(tab.id, 'page/saveQuote', { quoteId: quote.id }) : null
    if (result?.ok) {
      setStatus({ kind: 'ok', text: t('quoteSaved') })
      onSaved()
    } else {
      setStatus({ kind: 'error', text: t('saveFailed', result && !result.ok ? result.message : '-') })
    }
  }

  return (
    <section aria-labelledby="quotes-heading" data-testid="quotes">
      <h2 id="quotes-heading">
        {t('quotesHeading')} ({report.counts.quotes})
      </h2>
      {report.quotes.length === 0 ? (
        <p class="muted">{t('quotesNone')}</p>
      ) : (
        groupBySpeaker(report.quotes).map((group) => (
          <div class="speaker-group" key={group.speaker ?? ''} data-speaker={group.speaker ?? ''}>
            <h3 class={`speaker slot-${group.quotes[0]?.slot ?? 0}`}>
              {group.speaker ?? t('unknownSpeaker')}
              {group.role && <span class="muted"> · {group.role}</span>}
            </h3>
            <ul class="quotes">
              {group.quotes.map((quote) => (
                <li key={quote.id}>
                  <q>{quote.text}</q>
                  <div class="row">
                    <button type="button" class="small" onClick={() => void copy(quote)} data-testid={`copy-${quote.id}`}>
                      {t('copyCitation')}
                    </button>
                    <button type="button" class="small" onClick={() => void save(quote)} data-testid={`save-${quote.id}`}>
                      {t('saveQuote')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <p role="status" class={status?.kind === 'error' ? 'status-error' : 'status-ok'}>
        {status?.text ?? ''}
      </p>
    </section>
  )
}
