import type { PageReport } from '../core/page-report.ts'
import { t } from '../ui/i18n.ts'
import { PromoList } from './PromoList.tsx'

/** What Kliping found on the page: the article's citation facts and what it changed. */
export function PageSummary({ report, onReport }: { report: PageReport; onReport: (report: PageReport) => void }) {
  if (report.state !== 'article') return <p>{t('stateOther')}</p>
  const article = report.article
  const region = [article?.region.regency, article?.region.province].filter(Boolean).join(', ')
  const facts: Array<[string, string | null | undefined]> = [
    [t('outletLabel'), article?.outlet],
    [t('publishedLabel'), article?.published],
    [t('authorLabel'), article?.author],
    [t('regionLabel'), region],
  ]
  return (
    <>
      <p class="status-ok">{t('stateArticle')}</p>
      {article?.title && <p class="summary-title" data-testid="article-title">{article.title}</p>}
      <dl class="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <PromoList report={report} onReport={onReport} />
      {report.errors.length > 0 && <p class="status-error">{t('featureErrors', report.errors.join('; '))}</p>}
      <p class="muted">{t('passDuration', report.durationMs.toFixed(1))}</p>
    </>
  )
}
