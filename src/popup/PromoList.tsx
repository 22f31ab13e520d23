import { useState } from 'preact/hooks'
import type { PageReport } from '../core/page-report.ts'
import { sendToTab } from '../messages.ts'
import { t } from '../ui/i18n.ts'
import { findTargetTab } from './target-tab.ts'

/** Links shown in the popup must be web links: page text is untrusted (a javascript: href must never be clickable). */
function safeHref(href: string | null): string | null {
  if (!href) return null
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** The promos stripped from the article, with their links, and the switch that shows them on the page again. */
export function PromoList({ report, onReport }: { report: PageReport; onReport: (report: PageReport) => void }) {
  const [busy, setBusy] = useState(false)
  const shown = report.promos.length > 0 && report.promos.every((promo) => promo.visible)

  async function toggle(visible: boolean) {
    setBusy(true)
    try {
      const tab = await findTargetTab()
      const updated = tab ? await sendToTab(tab.id, 'page/setPromosVisible', { visible }) : null
      if (updated) onReport(updated)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="promos-heading" data-testid="promos">
      <h2 id="promos-heading">
        {t('promosHeading')} ({report.counts.promos})
      </h2>
      {report.promos.length === 0 ? (
        <p class="muted">{t('promosNone')}</p>
      ) : (
        <>
          <ul class="promos">
            {report.promos.map((promo) => {
              const href = safeHref(promo.href)
              const text = promo.title || promo.label
              return (
                <li key={promo.id}>
                  <span class="muted">{promo.label}</span>{' '}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {text}
                    </a>
                  ) : (
                    <span>{text}</span>
                  )}
                </li>
              )
            })}
          </ul>
          <label class="switch">
            <input
              type="checkbox"
              checked={shown}
              disabled={busy}
              data-testid="show-promos"
              onChange={(event) => void toggle(event.currentTarget.checked)}
            />
            {t('showPromos')}
          </label>
        </>
      )}
    </section>
  )
}
