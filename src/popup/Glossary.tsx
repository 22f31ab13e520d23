import { useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import type { PageReport } from '../core/page-report.ts'
import { t } from '../ui/i18n.ts'

/** The article's acronyms with their expansions: a glossary a journalist can copy. */
export function Glossary({ report }: { report: PageReport }) {
  const [copied, setCopied] = useState<string>('')
  const text = report.acronyms.map((entry) => `${entry.form}: ${entry.expansion}`).join('\n')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(t('copied'))
    } catch (error) {
      setCopied(t('copyFailed', String(error)))
    }
  }
  const edit = (form: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#kamus=${encodeURIComponent(form)}`) })
  }
  return (
    <section aria-labelledby="glossary-heading" data-testid="glossary">
      <h2 id="glossary-heading">
        {t('glossaryHeading')} ({report.acronyms.length})
      </h2>
      {report.acronyms.length === 0 ? (
        <p class="muted">{t('glossaryNone')}</p>
      ) : (
        <>
          <dl class="glossary">
            {report.acronyms.map((entry) => (
              <div key={`${entry.form}-${entry.expansion}`} data-source={entry.source}>
                <dt>
                  <abbr title={entry.expansion}>{entry.form}</abbr>
                </dt>
                <dd>
                  {entry.expansion}{' '}
                  <button type="button" class="link-button small" onClick={() => edit(entry.form)} aria-label={`${t('editInDictionary')}: ${entry.form}`}>
                    {t('editInDictionary')}
                  </button>
                </dd>
              </div>
            ))}
          </dl>
          <button type="button" class="small" onClick={() => void copy()}>
            {t('copyGlossary')}
          </button>
          <p role="status" class="status-ok">
            {copied}
          </p>
        </>
      )}
    </section>
  )
}
