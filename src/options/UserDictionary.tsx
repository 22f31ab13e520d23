import { useEffect, useState } from 'preact/hooks'
import type { AcronymEntry } from '../core/acronyms/types.ts'
import { ACRONYM_CATEGORIES } from '../core/acronyms/types.ts'
import { checkEntry, entriesToCsv, entriesToJson, mergeEntries, parseEntriesCsv, parseEntriesJson } from '../core/acronyms/user-entries.ts'
import { loadUserAcronyms, saveUserAcronyms } from '../storage.ts'
import { downloadText } from '../ui/download.ts'
import { t } from '../ui/i18n.ts'

/** The user's own acronym entries: add, edit, delete, import and export. User entries win over the dictionary. */
export function UserDictionary() {
  const [entries, setEntries] = useState<AcronymEntry[]>([])
  const [form, setForm] = useState('')
  const [expansion, setExpansion] = useState('')
  const [category, setCategory] = useState('other')
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  useEffect(() => {
    void loadUserAcronyms().then((loaded) => {
      setEntries(loaded)
      // The popup links here with #kamus=<form> to add or edit one entry.
      const wanted = /^#kamus=(.*)$/.exec(location.hash)?.[1]
      if (wanted) {
        const name = decodeURIComponent(wanted)
        const existing = loaded.find((entry) => entry.form === name)
        setForm(name)
        setExpansion(existing?.expansion ?? '')
        setCategory(existing?.category ?? 'other')
        document.getElementById('entry-expansion')?.focus()
      }
    })
  }, [])

  const store = async (next: AcronymEntry[], text: string) => {
    await saveUserAcronyms(next)
    setEntries(next)
    setMessage({ kind: 'ok', text })
  }
  const add = async (event: Event) => {
    event.preventDefault()
    const entry = checkEntry(form, expansion, category)
    if (typeof entry === 'string') return setMessage({ kind: 'error', text: entry })
    await store(mergeEntries(entries, [entry]), t('entrySaved'))
    setForm('')
    setExpansion('')
  }
  const importFile = async (file: File | undefined) => {
    if (!file) return
    const text = await file.text()
    const parsed = /\.json$/i.test(file.name) || text.trimStart().startsWith('[') ? parseEntriesJson(text) : parseEntriesCsv(text)
    if (parsed.entries.length) await store(mergeEntries(entries, parsed.entries), t('entriesImported', String(parsed.entries.length)))
    if (parsed.problems.length) {
      setMessage({ kind: 'error', text: t('entriesProblems', parsed.problems.slice(0, 10).map((p) => `${p.line}: ${p.problem}`).join('; ')) })
    }
  }

  return (
    <section aria-labelledby="dictionary-heading" id="kamus">
      <h2 id="dictionary-heading">{t('dictionaryHeading')}</h2>
      <p>{t('dictionaryIntro')}</p>
      <form class="entry-form" onSubmit={(event) => void add(event)}>
        <label for="entry-form">{t('formLabel')}</label>
        <input id="entry-form" value={form} maxLength={40} onInput={(e) => setForm(e.currentTarget.value)} required />
        <label for="entry-expansion">{t('expansionLabel')}</label>
        <input id="entry-expansion" value={expansion} maxLength={300} onInput={(e) => setExpansion(e.currentTarget.value)} required />
        <label for="entry-category">{t('categoryLabel')}</label>
        <select id="entry-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
          {ACRONYM_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <button type="submit">{t('addEntry')}</button>
      </form>
      <p role="status" class={message?.kind === 'error' ? 'status-error' : 'status-ok'}>
        {message?.text ?? ''}
      </p>
      {entries.length === 0 ? (
        <p class="muted">{t('dictionaryEmpty')}</p>
      ) : (
        <table class="entries" data-testid="user-entries">
          <thead>
            <tr>
              <th scope="col">{t('formLabel')}</th>
              <th scope="col">{t('expansionLabel')}</th>
              <th scope="col">{t('categoryLabel')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('deleteAction')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.form}>
                <td>{entry.form}</td>
                <td>{entry.expansion}</td>
                <td>{entry.category}</td>
                <td>
                  <button
                    type="button"
                    class="small danger"
                    aria-label={`${t('deleteAction')}: ${entry.form}`}
                    onClick={() => void store(entries.filter((e) => e.form !== entry.form), t('entryDeleted'))}
                  >
                    {t('deleteAction')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="buttons">
        <label class="file-button">
          {t('importEntries')}
          <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" class="small" onClick={() => downloadText('kliping-kamus.csv', entriesToCsv(entries), 'text/csv;charset=utf-8')}>
          {t('exportCsvEntries')}
        </button>
        <button type="button" class="small" onClick={() => downloadText('kliping-kamus.json', entriesToJson(entries), 'application/json')}>
          {t('exportJsonEntries')}
        </button>
      </div>
    </section>
  )
}
