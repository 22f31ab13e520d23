import { useState } from 'preact/hooks'
import { clearAll } from '../db/backup.ts'
import { database } from '../db/database.ts'
import { t } from '../ui/i18n.ts'

/** Deleting everything takes two deliberate steps, and the second says how much will go. */
export function ClearData() {
  const [count, setCount] = useState<number | null>(null)
  const [done, setDone] = useState(false)
  return (
    <section aria-labelledby="clear-heading">
      <h2 id="clear-heading">{t('clearHeading')}</h2>
      <p>{t('clearExplain')}</p>
      {count === null ? (
        <button type="button" class="small danger" onClick={() => void database().annotations.count().then(setCount)} data-testid="clear-start">
          {t('clearAction')}
        </button>
      ) : (
        <div class="buttons">
          <button
            type="button"
            class="danger"
            data-testid="clear-confirm"
            onClick={() =>
              void clearAll(database()).then(() => {
                setCount(null)
                setDone(true)
              })
            }
          >
            {t('clearConfirm', String(count))}
          </button>
          <button type="button" class="small" onClick={() => setCount(null)}>
            {t('importCancel')}
          </button>
        </div>
      )}
      <p role="status" class="status-ok">
        {done ? t('clearDone') : ''}
      </p>
    </section>
  )
}
