import { useState } from 'preact/hooks'
import type { AnnotationRecord } from '../core/annotation-model.ts'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/highlight-colors.ts'
import type { AnnotationChanges } from '../db/annotations.ts'
import { t, type MessageKey } from '../ui/i18n.ts'

const COLOR_LABEL: Record<HighlightColor, MessageKey> = { yellow: 'color_yellow', green: 'color_green', blue: 'color_blue', pink: 'color_pink' }

export interface AnnotationItemProps {
  annotation: AnnotationRecord
  orphan?: boolean
  onChange?: (changes: AnnotationChanges) => void
  onDelete?: () => void
  onShow?: () => void
}

/** One annotation: its text, note, tags and colour, editable in place. */
export function AnnotationItem({ annotation, orphan = false, onChange, onDelete, onShow }: AnnotationItemProps) {
  const [note, setNote] = useState(annotation.note)
  const [tags, setTags] = useState(annotation.tags.join(', '))
  const id = annotation.id
  const commit = () => {
    const nextTags = tags.split(',').map((tag) => tag.trim()).filter(Boolean)
    if (note !== annotation.note || nextTags.join('\u0000') !== annotation.tags.join('\u0000')) onChange?.({ note, tags: nextTags })
  }
  return (
    <div class={`annotation color-${annotation.color ?? 'none'}`} data-annotation-id={id} data-orphan={orphan ? 'true' : undefined}>
      {annotation.quote && <blockquote>{annotation.quote.exact}</blockquote>}
      {annotation.speaker && <p class="muted">— {annotation.speaker}</p>}
      {orphan && <p class="status-error">{t('orphanLabel')}</p>}
      {onChange ? (
        <>
          <label for={`note-${id}`}>{t('editNote')}</label>
          <textarea id={`note-${id}`} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} onBlur={commit} />
          <label for={`tags-${id}`}>{t('editTags')}</label>
          <input id={`tags-${id}`} value={tags} onInput={(e) => setTags(e.currentTarget.value)} onBlur={commit} />
          {annotation.kind !== 'note' && (
            <fieldset class="colors">
              <legend>{t('colorLabel')}</legend>
              {HIGHLIGHT_COLORS.map((color) => (
                <label key={color} class={`swatch color-${color}`}>
                  <input type="radio" name={`color-${id}`} value={color} checked={annotation.color === color} onChange={() => onChange({ color })} />
                  {t(COLOR_LABEL[color])}
                </label>
              ))}
            </fieldset>
          )}
        </>
      ) : (
        <>
          {annotation.note && <p>{annotation.note}</p>}
          {annotation.tags.length > 0 && <p class="muted">{annotation.tags.map((tag) => `#${tag}`).join(' ')}</p>}
        </>
      )}
      <div class="row">
        {onShow && !orphan && annotation.quote && (
          <button type="button" class="small" onClick={onShow}>
            {t('showInPage')}
          </button>
        )}
        {onDelete && (
          <button type="button" class="small danger" onClick={onDelete} data-testid={`delete-${id}`}>
            {t('deleteAction')}
          </button>
        )}
      </div>
    </div>
  )
}
