import { useEffect, useState } from 'preact/hooks'
import type { AnnotationRecord } from '../core/annotation-model.ts'
import { pageKey } from '../core/page-info.ts'
import type { PageReport } from '../core/page-report.ts'
import { deleteAnnotation, listPageAnnotations, restoreAnnotation, StorageFullError, updateAnnotation, type AnnotationChanges } from '../db/annotations.ts'
import { database } from '../db/database.ts'
import { sendToTab } from '../messages.ts'
import { t } from '../ui/i18n.ts'
import { AnnotationItem } from './AnnotationItem.tsx'
import { findTargetTab } from './target-tab.ts'
import { StatusLine, useStatus } from '../ui/use-status.tsx'

async function tellPage(): Promise<PageReport | null> {
  const tab = await findTargetTab()
  return tab ? sendToTab(tab.id, 'page/annotationsChanged', {}).catch(() => null) : null
}

/** Highlights and notes on text of this page: edit, recolour, delete with undo, scroll to; orphans marked. */
export function PageAnnotations({ report, refreshKey }: { report: PageReport; refreshKey: number }) {
  const [items, setItems] = useState<AnnotationRecord[]>([])
  const [orphans, setOrphans] = useState<string[]>(report.orphans)
  const status = useStatus()
  const url = pageKey(report.url, report.article)

  const reload = async () => setItems((await listPageAnnotations(database(), url)).filter((a) => a.quote !== null))
  useEffect(() => {
    void reload().catch((error: unknown) => status.error(t('loadFailed', String(error))))
  }, [url, refreshKey])

  const afterChange = async () => {
    await reload()
    const updated = await tellPage()
    if (updated) setOrphans(updated.orphans)
  }
  const change = async (id: string, changes: AnnotationChanges) => {
    try {
      await updateAnnotation(database(), id, changes)
      status.ok(t('updatedStatus'))
      await afterChange()
    } catch (error) {
      status.error(t('saveFailed', error instanceof StorageFullError ? t('storageFull') : String(error)))
    }
  }
  const remove = async (id: string) => {
    const deleted = await deleteAnnotation(database(), id)
    await afterChange()
    if (deleted) {
      status.ok(t('deletedStatus'), {
        label: t('undoAction'),
        run: () => void restoreAnnotation(database(), deleted).then(afterChange).then(() => status.clear()),
      })
    }
  }
  const show = async (id: string) => {
    const tab = await findTargetTab()
    if (tab) await sendToTab(tab.id, 'page/scrollToAnnotation', { id })
  }

  return (
    <section aria-labelledby="annotations-heading" data-testid="page-annotations">
      <h2 id="annotations-heading">
        {t('annotationsHeading')} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p class="muted">{t('annotationsNone')}</p>
      ) : (
        <ul class="annotations">
          {items.map((annotation) => (
            <li key={`${annotation.id}-${annotation.updatedAt}`}>
              <AnnotationItem
                annotation={annotation}
                orphan={orphans.includes(annotation.id)}
                onChange={(changes) => void change(annotation.id, changes)}
                onDelete={() => void remove(annotation.id)}
                onShow={() => void show(annotation.id)}
              />
            </li>
          ))}
        </ul>
      )}
      <StatusLine status={status.status} />
    </section>
  )
}
