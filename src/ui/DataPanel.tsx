import { useState } from 'preact/hooks'
import type { AnnotationRecord, PageRecord } from '../core/annotation-model.ts'
import { toCslJson, toRis } from '../core/export/citation.ts'
import { toCsv } from '../core/export/csv.ts'
import { toMarkdown } from '../core/export/markdown.ts'
import { DEFAULT_LIMITS, parseBackup } from '../core/export/parse-backup.ts'
import { toWebAnnotation } from '../core/export/web-annotation.ts'
import { applyImport, everything, planImport, type ImportPlan } from '../db/backup.ts'
import { database } from '../db/database.ts'
import { searchLibrary, type LibraryQuery } from '../db/library.ts'
import { downloadText } from './download.ts'
import { t, uiLanguage } from './i18n.ts'
import { StatusLine, useStatus } from './use-status.tsx'

type Scope = 'page' | 'filter' | 'all'
type Format = 'csv' | 'markdown' | 'w3c' | 'ris' | 'csl'

const FORMATS: Array<{ format: Format; label: Parameters<typeof t>[0]; extension: string; type: string }> = [
  { format: 'csv', label: 'exportCsv', extension: 'csv', type: 'text/csv;charset=utf-8' },
  { format: 'markdown', label: 'exportMarkdown', extension: 'md', type: 'text/markdown;charset=utf-8' },
  { format: 'w3c', label: 'exportW3c', extension: 'jsonld', type: 'application/ld+json' },
  { format: 'ris', label: 'exportRis', extension: 'ris', type: 'application/x-research-info-systems' },
  { format: 'csl', label: 'exportCsl', extension: 'json', type: 'application/json' },
]

export function render(format: Format, pages: PageRecord[], annotations: AnnotationRecord[]): string {
  const language = uiLanguage() === 'en' ? 'en' : 'id'
  switch (format) {
    case 'csv':
      return toCsv(pages, annotations, language)
    case 'markdown':
      return toMarkdown(pages, annotations, language)
    case 'w3c':
      return JSON.stringify(toWebAnnotation(pages, annotations), null, 2)
    case 'ris':
      return toRis(pages, { language })
    case 'csl':
      return JSON.stringify(toCslJson(pages, { language }), null, 2)
  }
}

/**
 * Export (scope × format) and import of a backup: validated whole, previewed, merged in one transaction.
 * Shared by the popup and the options page (which has no page and no library filter: pass null).
 */
export function DataPanel({ pageUrl, libraryQuery }: { pageUrl: string | null; libraryQuery: LibraryQuery | null }) {
  const [scope, setScope] = useState<Scope>(pageUrl ? 'page' : 'all')
  const [plan, setPlan] = useState<ImportPlan | null>(null)
  const status = useStatus()

  async function collect(): Promise<{ pages: PageRecord[]; annotations: AnnotationRecord[] }> {
    const db = database()
    if (scope === 'all') return everything(db)
    const annotations =
      scope === 'page' && pageUrl
        ? await db.annotations.where('pageUrl').equals(pageUrl).sortBy('createdAt')
        : (await searchLibrary(db, libraryQuery ?? {})).map((item) => item.annotation)
    const urls = [...new Set(annotations.map((a) => a.pageUrl))]
    const pages = (await db.pages.bulkGet(urls)).filter((p): p is PageRecord => !!p)
    return { pages, annotations }
  }

  async function exportAs(format: Format, extension: string, type: string) {
    const { pages, annotations } = await collect()
    if (annotations.length === 0) return status.error(t('exportEmpty'))
    const filename = `kliping-${new Date().toISOString().slice(0, 10)}.${extension}`
    downloadText(filename, render(format, pages, annotations), type)
    status.ok(t('exportDone', filename))
  }

  async function choose(file: File | undefined) {
    setPlan(null)
    if (!file) return
    if (file.size > DEFAULT_LIMITS.maxBytes) return status.error(t('importTooBig', String(Math.round(DEFAULT_LIMITS.maxBytes / 1e6))))
    const parsed = parseBackup(await file.text())
    if (!parsed.ok) return status.error(`${t('importFailed')} ${parsed.errors.slice(0, 5).join(' · ')}`)
    const next = await planImport(database(), parsed.pages, parsed.annotations)
    setPlan(next)
    status.ok(
      t('importPlan', [next.newAnnotations.length, next.updatedAnnotations.length, next.newPages, next.unchanged, next.olderInFile].map(String)),
    )
  }

  async function confirm() {
    if (!plan) return
    try {
      await applyImport(database(), plan)
      setPlan(null)
      status.ok(t('importDone'))
    } catch (error) {
      status.error(`${t('importFailed')} ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <>
      <section aria-labelledby="export-heading" data-testid="export">
        <h2 id="export-heading">{t('exportHeading')}</h2>
        <fieldset>
          <legend>{t('exportScope')}</legend>
          {(['page', 'filter', 'all'] as const).filter((value) => (value !== 'filter' || libraryQuery) && (value !== 'page' || pageUrl)).map((value) => (
            <label key={value}>
              <input type="radio" name="scope" value={value} checked={scope === value} disabled={value === 'page' && !pageUrl} onChange={() => setScope(value)} />
              {t(value === 'page' ? 'scopePage' : value === 'filter' ? 'scopeFilter' : 'scopeAll')}
            </label>
          ))}
        </fieldset>
        <div class="buttons">
          {FORMATS.map(({ format, label, extension, type }) => (
            <button key={format} type="button" data-testid={`export-${format}`} onClick={() => void exportAs(format, extension, type)}>
              {t(label)}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="import-heading" data-testid="import">
        <h2 id="import-heading">{t('importHeading')}</h2>
        <label for="import-file">{t('importChoose')}</label>
        <input id="import-file" type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        {plan && (
          <div class="row">
            <button type="button" data-testid="import-confirm" onClick={() => void confirm()}>
              {t('importConfirm')}
            </button>
            <button type="button" class="small" onClick={() => setPlan(null)}>
              {t('importCancel')}
            </button>
          </div>
        )}
      </section>
      <StatusLine status={status.status} />
    </>
  )
}
