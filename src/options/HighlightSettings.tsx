import { HIGHLIGHT_COLORS, toggleOffered, type HighlightColor } from '../core/highlight-colors.ts'
import type { Settings } from '../core/settings.ts'
import { t } from '../ui/i18n.ts'

export interface HighlightSettingsProps {
  settings: Pick<Settings, 'highlightColors' | 'defaultHighlightColor'>
  update: (change: Partial<Settings>) => Promise<void>
}

const LAST_COLOR_HINT = 'highlight-last-color'

/** The colour as it looks on a page: its tint and its underline pattern (hidden from assistive technology). */
function Sample({ color }: { color: HighlightColor }) {
  return (
    <span class="color-sample" data-color={color} aria-hidden="true">
      Aa
    </span>
  )
}

/**
 * Which highlight colours the selection toolbar offers (at least one: the last one cannot be switched off) and the
 * default colour of the keyboard shortcut, the context menu and notes, among the offered ones.
 */
export function HighlightSettings({ settings, update }: HighlightSettingsProps) {
  const offered = settings.highlightColors
  const lastOne = offered.length === 1
  return (
    <fieldset class="highlight-colors" data-testid="highlight-colors">
      <legend>{t('highlightColorsLegend')}</legend>
      <fieldset>
        <legend>{t('highlightOfferedLegend')}</legend>
        {HIGHLIGHT_COLORS.map((color) => {
          const locked = lastOne && offered.includes(color)
          return (
            <label key={color}>
              <input
                type="checkbox"
                name="highlightColors"
                value={color}
                checked={offered.includes(color)}
                disabled={locked}
                aria-describedby={locked ? LAST_COLOR_HINT : undefined}
                onChange={(e) => void update(toggleOffered(offered, settings.defaultHighlightColor, color, e.currentTarget.checked))}
              />
              <Sample color={color} />
              {t(`color_${color}`)}
            </label>
          )
        })}
        {lastOne && (
          <p id={LAST_COLOR_HINT} class="muted">
            {t('highlightLastColor')}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('highlightDefaultLegend')}</legend>
        {offered.map((color) => (
          <label key={color}>
            <input
              type="radio"
              name="defaultHighlightColor"
              value={color}
              checked={settings.defaultHighlightColor === color}
              onChange={() => void update({ defaultHighlightColor: color })}
            />
            <Sample color={color} />
            {t(`color_${color}`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  )
}
