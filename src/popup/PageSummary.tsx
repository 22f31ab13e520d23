import type { PageReport } from '../core/page-report.ts'
import { t } from '../ui/i18n.ts'

export function PageSummary({ report }: { report: PageReport }) {
  if (report.state !== 'article') return <p>{t('stateOther')}</p>
  const article = report.article
  return (
    <>
      <p class="status-ok">{t('stateArticle')}</p>
      {article?.title && <p class="summary-title">{article.title}</p>}
      <p class="muted">{[article?.outlet, article?.published, article?.region.province].filter(Boolean).join(' · ')}</p>
      <p>{t('promosRemoved', String(report.counts.promos))}</p>
      <p class="muted">{t('passDuration', report.durationMs.toFixed(1))}</p>
    </>
  )
}
