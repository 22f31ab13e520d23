import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { database } from '../db/database.ts'
import { libraryFacets, libraryOrder, loadItems, loadSearchSnapshot, searchLibraryIds, searchSnapshot, snapshotItems, type LibraryItem, type LibraryQuery, type SearchSnapshot } from '../db/library.ts'
import { t } from '../ui/i18n.ts'
import { AnnotationItem } from './AnnotationItem.tsx'

/** Row height of the virtual list; rows are laid out in a fixed-height box so thousands stay cheap. */
const ROW = 112
const VIEWPORT = 360
const OVERSCAN = 4

const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : null)
const dayEnd = (value: string) => (value ? new Date(`${value}T23:59:59.999`).getTime() : null)

/**
 * Every annotation, searchable and filterable, newest first, in a virtualised list: searches return ids only, and
 * only the rows on screen are read from the database.
 */
export function LibraryPanel({ onQuery }: { onQuery: (query: LibraryQuery) => void }) {
  const [text, setText] = useState('')
  const [tag, setTag] = useState('')
  const [outlet, setOutlet] = useState('')
  const [province, setProvince] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [order, setOrder] = useState<string[] | null>(null)
  const [snapshot, setSnapshot] = useState<SearchSnapshot | null>(null)
  const [ids, setIds] = useState<string[]>([])
  const [loaded, setLoaded] = useState<Map<string, LibraryItem>>(new Map())
  const [facets, setFacets] = useState<{ tags: string[]; outlets: string[]; provinces: string[] }>({ tags: [], outlets: [], provinces: [] })
  const [scrollTop, setScrollTop] = useState(0)
  const box = useRef<HTMLDivElement>(null)

  const query: LibraryQuery = useMemo(
    () => ({ text, tag: tag || null, outlet: outlet || null, province: province || null, from: dayStart(from), to: dayEnd(to) }),
    [text, tag, outlet, province, from, to],
  )
  useEffect(() => {
    void libraryFacets(database()).then(setFacets)
    // First the order (keys only) so the first rows show quickly; then, in the background, the search snapshot
    // that makes every later search run in memory.
    void libraryOrder(database())
      .then(setOrder)
      .then(() => loadSearchSnapshot(database()))
      .then(setSnapshot)
  }, [])
  useEffect(() => {
    if (!order && !snapshot) return
    onQuery(query)
    let stale = false
    const found = snapshot ? Promise.resolve(searchSnapshot(snapshot, query)) : searchLibraryIds(database(), query, order ?? [])
    void found.then((result) => {
      if (!stale) setIds(result)
    })
    box.current?.scrollTo(0, 0)
    setScrollTop(0)
    return () => {
      stale = true
    }
  }, [query, order, snapshot])

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN)
  const last = Math.min(ids.length, Math.ceil((scrollTop + VIEWPORT) / ROW) + OVERSCAN)
  const visible = ids.slice(first, last)
  useEffect(() => {
    const missing = visible.filter((id) => !loaded.has(id))
    if (missing.length === 0) return
    if (snapshot) {
      // The snapshot holds the records: no database round trip for the rows on screen.
      setLoaded((previous) => {
        const next = new Map(previous)
        for (const item of snapshotItems(snapshot, missing)) next.set(item.annotation.id, item)
        return next
      })
      return
    }
    void loadItems(database(), missing).then((items) => {
      setLoaded((previous) => {
        const next = new Map(previous)
        for (const item of items) next.set(item.annotation.id, item)
        return next
      })
    })
  }, [visible.join(',')])
  const select = (id: string, label: string, value: string, set: (v: string) => void, options: string[]) => (
    <label for={id}>
      {label}
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">{t('filterAny')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <section aria-labelledby="library-heading" data-testid="library" data-search-ready={snapshot ? 'true' : 'false'}>
      <h2 id="library-heading" class="visually-hidden">
        {t('tabLibrary')}
      </h2>
      <label for="library-search">{t('searchLabel')}</label>
      <input id="library-search" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="filters">
        {select('filter-tag', t('filterTag'), tag, setTag, facets.tags)}
        {select('filter-outlet', t('filterOutlet'), outlet, setOutlet, facets.outlets)}
        {select('filter-region', t('filterRegion'), province, setProvince, facets.provinces)}
        <label for="filter-from">
          {t('filterFrom')}
          <input id="filter-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label for="filter-to">
          {t('filterTo')}
          <input id="filter-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      <p role="status" data-testid="library-count">
        {order === null ? '…' : ids.length === 0 ? t('libraryEmpty') : t('libraryCount', String(ids.length))}
      </p>
      <div class="virtual" ref={box} style={{ height: `${VIEWPORT}px` }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <ul class="annotations" style={{ height: `${ids.length * ROW}px`, position: 'relative' }}>
          {visible.map((id, index) => {
            const item = loaded.get(id)
            return (
              <li key={id} class="virtual-row" style={{ top: `${(first + index) * ROW}px`, height: `${ROW}px` }} aria-posinset={first + index + 1} aria-setsize={ids.length}>
                {item && (
                  <>
                    <p class="muted source">{[item.page?.outlet, item.page?.title].filter(Boolean).join(' · ')}</p>
                    <AnnotationItem annotation={item.annotation} />
                  </>
                )}
              </li>
            )
          })}
        </ul>
      </div>
    </section>
  )
}
