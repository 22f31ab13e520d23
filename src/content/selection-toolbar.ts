/**
 * The small toolbar that appears over a text selection inside the article: the highlight colours the user offers
 * (all four unless the options say otherwise), "Catatan" (a note with tags), all reachable by keyboard (Tab between
 * buttons, Escape closes), in a UI host (ui-host.ts). It only reports what the user chose; saving and drawing
 * belong to the caller.
 */
import { t, uiLanguage } from '../ui/i18n.ts'
import { DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS, type HighlightColor } from '../core/highlight-colors.ts'
import { createUiHost } from './ui-host.ts'

export interface ToolbarChoice {
  range: Range
  color: HighlightColor
  note: string
  tags: string[]
}

/** The colours the toolbar offers, and the one the keyboard shortcut and the note's "Simpan" use. */
export interface ToolbarColors {
  offered: readonly HighlightColor[]
  defaultColor: HighlightColor
}

/**
 * On the toolbar's host element: the offered colours, space-separated in toolbar order. Not part of the page
 * contract; it lets tests (and assistive tooling that cannot reach into the closed shadow root) see what is offered.
 */
export const ATTR_TOOLBAR_COLORS = 'data-kliping-colors'

const SWATCH: Record<HighlightColor, string> = { yellow: '#ffe066', green: '#9be9a8', blue: '#a5d8ff', pink: '#fcc2d7' }

const STYLE = `
:host { all: initial; }
.bar { position: fixed; z-index: 2147483647; display: flex; flex-wrap: wrap; gap: 4px; align-items: center; padding: 4px;
  border-radius: 8px; background: #1f2328; color: #f6f8fa; box-shadow: 0 4px 14px rgba(0,0,0,.3);
  font: 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; max-width: 20rem; }
.bar[hidden] { display: none; }
button { font: inherit; cursor: pointer; border: 1px solid #57606a; border-radius: 6px; background: #2d333b; color: inherit; padding: 3px 8px; }
button.swatch { width: 26px; height: 26px; padding: 0; border: 2px solid #f6f8fa; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #8ab4f8; outline-offset: 2px; }
form { display: grid; gap: 4px; width: 100%; }
form[hidden] { display: none; }
textarea, input { font: inherit; border-radius: 6px; border: 1px solid #57606a; background: #0d1117; color: #f6f8fa; padding: 4px; }
.status { width: 100%; }
@media (prefers-reduced-motion: no-preference) { .bar { transition: opacity .12s; } }
`

export interface SelectionToolbar {
  showStatus(text: string): void
  close(): void
  /** The UI language changed: the toolbar is built afresh, with the new labels, when it next opens. */
  relabel(): void
  /** The colour settings changed: new swatches when the toolbar next opens; the new default applies at once. */
  setColors(colors: ToolbarColors): void
}

export function installSelectionToolbar(
  doc: Document,
  articleRoot: () => Element | null,
  onChoose: (choice: ToolbarChoice) => void,
  signal: AbortSignal,
  initialColors: ToolbarColors = { offered: HIGHLIGHT_COLORS, defaultColor: DEFAULT_HIGHLIGHT_COLOR },
): SelectionToolbar {
  let colors = initialColors
  let range: Range | null = null
  // The toolbar's DOM is built on first use: most page loads never select text, and building it (with its
  // translated labels) would cost every page a few milliseconds.
  let parts: ReturnType<typeof build> | null = null
  /** The UI language or the offered colours changed since the toolbar was built: build it again when it next opens. */
  let stale = false

  function build() {
    const bar = doc.createElement('div')
    bar.className = 'bar'
    bar.setAttribute('role', 'toolbar')
    bar.setAttribute('aria-label', t('toolbarLabel'))
    bar.hidden = true
    const ui = createUiHost(doc, 'kliping-toolbar', STYLE, bar, signal)
    // The host is in the page's DOM: its lang tells assistive technology (and tests) what the labels speak.
    ui.host.setAttribute('lang', uiLanguage())
    ui.host.setAttribute(ATTR_TOOLBAR_COLORS, colors.offered.join(' '))
    const swatches = colors.offered.map((color) => {
      const button = doc.createElement('button')
      button.type = 'button'
      button.className = 'swatch'
      button.style.background = SWATCH[color]
      const label = t(`color_${color}`)
      button.title = label
      button.setAttribute('aria-label', `${t('highlightAction')}: ${label}`)
      button.dataset.color = color
      button.addEventListener('click', () => choose(color, '', []))
      return button
    })
    const noteButton = doc.createElement('button')
    noteButton.type = 'button'
    noteButton.textContent = t('noteAction')
    const form = doc.createElement('form')
    form.hidden = true
    const note = doc.createElement('textarea')
    note.rows = 3
    note.setAttribute('aria-label', t('noteLabelInline'))
    const tags = doc.createElement('input')
    tags.setAttribute('aria-label', t('tagsLabel'))
    tags.placeholder = t('tagsPlaceholder')
    const save = doc.createElement('button')
    save.type = 'submit'
    save.textContent = t('saveAction')
    form.append(note, tags, save)
    const status = doc.createElement('div')
    status.className = 'status'
    status.setAttribute('role', 'status')
    bar.append(...swatches, noteButton, form, status)
    noteButton.addEventListener('click', () => {
      form.hidden = false
      note.focus()
    })
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      choose(colors.defaultColor, note.value, tags.value.split(','))
    })
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close()
    })
    return { ui, bar, form, note, tags, status }
  }

  function choose(color: HighlightColor, noteText: string, tagList: string[]) {
    if (!range) return
    onChoose({ range, color, note: noteText, tags: tagList })
  }

  function open(selected: Range) {
    range = selected.cloneRange()
    if (stale && parts) {
      parts.ui.host.remove()
      parts = null
    }
    stale = false
    parts ??= build()
    const { ui, bar, form, note, tags, status } = parts
    ui.attach()
    form.hidden = true
    note.value = ''
    tags.value = ''
    status.textContent = ''
    bar.hidden = false
    const rect = selected.getBoundingClientRect()
    const width = doc.defaultView?.innerWidth ?? 1024
    bar.style.left = `${Math.max(8, Math.min(rect.left, width - 330))}px`
    bar.style.top = `${Math.max(8, rect.top - 44)}px`
  }

  function close() {
    if (parts) parts.bar.hidden = true
    range = null
  }

  const selectionInArticle = (): Range | null => {
    const selection = doc.getSelection()
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
    const selected = selection.getRangeAt(0)
    const root = articleRoot()
    if (!root || !root.contains(selected.commonAncestorContainer) || !selected.toString().trim()) return null
    return selected
  }

  const onPointerOrKey = (event: Event) => {
    // Events inside our own toolbar arrive retargeted to its host: leave the toolbar open.
    if (parts && event.target === parts.ui.host) return
    if ((event as KeyboardEvent).key === 'Escape') return close()
    const selected = selectionInArticle()
    if (selected) open(selected)
    else if (parts && !parts.bar.hidden && event.type === 'mouseup') close()
  }
  const options = { signal, passive: true }
  doc.addEventListener('mouseup', onPointerOrKey, options)
  doc.addEventListener('keyup', onPointerOrKey, options)
  // Keyboard users: Alt+Shift+H highlights the selection in the default colour. The browser command with the same
  // keys does this when it is registered (the browser then keeps the key from the page); this listener covers pages
  // where the command was unassigned or is taken by another extension.
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyH') return
      const selected = selectionInArticle()
      if (!selected) return
      event.preventDefault()
      onChoose({ range: selected.cloneRange(), color: colors.defaultColor, note: '', tags: [] })
    },
    { signal },
  )
  return {
    showStatus(text: string) {
      if (parts) parts.status.textContent = text
    },
    close,
    relabel() {
      stale = true
    },
    setColors(next: ToolbarColors) {
      const changed = next.offered.join(' ') !== colors.offered.join(' ')
      colors = next
      if (changed) stale = true
    },
  }
}
