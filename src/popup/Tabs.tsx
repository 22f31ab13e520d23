import { t } from '../ui/i18n.ts'

export type TabId = 'page' | 'library' | 'data'
const TABS: Array<{ id: TabId; label: 'tabPage' | 'tabLibrary' | 'tabData' }> = [
  { id: 'page', label: 'tabPage' },
  { id: 'library', label: 'tabLibrary' },
  { id: 'data', label: 'tabData' },
]

/** WAI-ARIA tabs: arrow keys move between tabs, Home/End jump, only the active tab is in the Tab order. */
export function Tabs({ active, onSelect }: { active: TabId; onSelect: (id: TabId) => void }) {
  const move = (event: KeyboardEvent) => {
    const index = TABS.findIndex((tab) => tab.id === active)
    const next =
      event.key === 'ArrowRight' ? (index + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (index - 1 + TABS.length) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : -1
    if (next < 0) return
    event.preventDefault()
    const id = TABS[next]!.id
    onSelect(id)
    requestAnimationFrame(() => document.getElementById(`tab-${id}`)?.focus())
  }
  return (
    <div role="tablist" class="tabs" onKeyDown={move}>
      {TABS.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={active === id}
          aria-controls={`panel-${id}`}
          tabIndex={active === id ? 0 : -1}
          onClick={() => onSelect(id)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  )
}
