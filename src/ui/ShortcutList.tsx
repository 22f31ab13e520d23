import { Fragment } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { t } from './i18n.ts'

/** The manifest command that highlights the selection (see manifest.json `commands`). */
const HIGHLIGHT_COMMAND = 'highlight-selection'

/**
 * Every keyboard shortcut Kliping has, in one list (onboarding and options). The highlight key is read from the
 * browser, because the user may have changed or removed it in the browser's shortcut settings.
 */
export function ShortcutList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  // undefined: not read yet; '': the browser assigned no key (taken by another extension, or removed by the user).
  const [highlightKey, setHighlightKey] = useState<string | undefined>(undefined)
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setHighlightKey(commands.find((command) => command.name === HIGHLIGHT_COMMAND)?.shortcut ?? ''))
      .catch(() => setHighlightKey(''))
  }, [])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const rows: Array<[string, string]> = [
    [highlightKey || 'Alt+Shift+H', t('shortcutHighlight')],
    ['Esc', t('shortcutEscape')],
    ['Tab', t('shortcutTabAcronyms')],
    ['Enter', t('shortcutEnterAcronym')],
    ['← →  Home  End', t('shortcutPopupTabs')],
  ]
  return (
    <section aria-labelledby="shortcuts-heading" data-testid="shortcuts" data-loaded={highlightKey === undefined ? 'false' : 'true'}>
      <Heading id="shortcuts-heading">{t('shortcutsHeading')}</Heading>
      <dl class="shortcuts">
        {rows.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.split(/\s{2,}/).map((key, index) => (
                <Fragment key={key}>
                  {index > 0 && ' '}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      {highlightKey === '' && <p class="muted">{t('shortcutUnassigned')}</p>}
    </section>
  )
}
