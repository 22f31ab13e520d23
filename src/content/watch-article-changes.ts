/**
 * Single-page sites change the URL or swap the article without a page load. This watcher notices both and asks
 * for a new page pass, debounced and bounded (a site that rewrites itself forever cannot make us loop).
 *
 * It only compares cheap facts (location.href, whether the article root is still connected), so the mutations our
 * own pass makes never trigger a re-run.
 */

export interface WatchOptions {
  /** The article root of the last pass, or null when the page was not an article. */
  currentRoot: () => Element | null
  onChange: () => void
  signal: AbortSignal
  debounceMs?: number
  maxReruns?: number
}

export function watchArticleChanges(win: Window, options: WatchOptions): void {
  const { debounceMs = 400, maxReruns = 20 } = options
  // The fragment is not part of the article's identity: in-page anchors must not trigger a re-run.
  const href = () => win.location.href.replace(/#.*$/, '')
  let lastHref = href()
  let reruns = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  const changed = () => {
    if (href() !== lastHref) return true
    const root = options.currentRoot()
    return root !== null && !root.isConnected
  }

  const check = () => {
    timer = undefined
    if (options.signal.aborted || reruns >= maxReruns || !changed()) return
    lastHref = href()
    reruns += 1
    options.onChange()
  }

  const schedule = () => {
    if (timer === undefined && !options.signal.aborted) timer = setTimeout(check, debounceMs)
  }

  const target = win.document.body ?? win.document.documentElement
  if (!target) return
  const observer = new MutationObserver(schedule)
  observer.observe(target, { childList: true, subtree: true })
  win.addEventListener('popstate', schedule, { signal: options.signal })
  options.signal.addEventListener('abort', () => {
    observer.disconnect()
    if (timer !== undefined) clearTimeout(timer)
  })
}
