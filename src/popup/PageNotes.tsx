import { useEffect, useState } from 'preact/hooks'
import type { PageReport } from '../core/page-report.ts'
import { database } from '../db/database.ts'
import { pageInfoOf } from '../core/page-info.ts'
import { addPageNote, listPageNotes } from '../db/page-notes.ts'
import type { AnnotationRecord } from '../db/schema.ts'
import { t, uiLanguage } from '../ui/i18n.ts'

function describeError(error: unknown): string {
  if (error instanceof Error && error.name === 'QuotaExceededError') return 'penyimpanan penuh / storage full'
  return error instanceof Error ? error.message : String(error)
}

/** Notes about the whole page: written here, stored in the extension's own IndexedDB. */
export function PageNotes({ report }: { report: PageReport }) {
  const page = pageInfoOf(report.url, report.article)
  const [notes, setNotes] = useState<AnnotationRecord[]>([])
  const [draft, setDraft] = useState('')
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    listPageNotes(database(), page.url)
      .then(setNotes)
      .catch((error: unknown) => setMessage({ kind: 'error', text: t('loadFailed', describeError(error)) }))
  }, [page.url])

  async function save(event: Event) {
    event.preventDefault()
    if (!draft.trim()) return
    setSaving(true)
    try {
      await addPageNote(database(), page, draft)
      setDraft('')
      setNotes(await listPageNotes(database(), page.url))
      setMessage({ kind: 'ok', text: t('noteSaved') })
    } catch (error) {
      // The draft stays in the text box: nothing the user typed is lost.
      setMessage({ kind: 'error', text: t('saveFailed', describeError(error)) })
    } finally {
      setSaving(false)
    }
  }

  const dateFormat = new Intl.DateTimeFormat(uiLanguage() === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('pageNotesHeading')}</h2>
      <form onSubmit={(event) => void save(event)}>
        <label for="page-note">{t('noteLabel')}</label>
        <textarea
          id="page-note"
          rows={3}
          value={draft}
          placeholder={t('notePlaceholder')}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <div class="row">
          <p role="status" class={message?.kind === 'error' ? 'status-error' : 'status-ok'}>{message?.text ?? ''}</p>
          <button type="submit" disabled={saving || !draft.trim()}>{t('saveNote')}</button>
        </div>
      </form>
      {notes.length === 0 ? (
        <p class="muted">{t('noNotes')}</p>
      ) : (
        <ul class="notes" data-testid="page-notes">
          {notes.map((note) => (
            <li key={note.id}>
              {note.note}
              <time dateTime={new Date(note.createdAt).toISOString()}>{dateFormat.format(note.createdAt)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
