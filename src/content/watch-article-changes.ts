/**
 * Single-page sites change the URL or swap the article without a page load, and client-rendered portals (a shell
 * page whose script fetches the story after load) put the article in only after our first pass found none. This
 * watcher notices all three and asks for a new page pass, debounced and bounded (a site that rewrites itself
 * forever cannot make us loop).
 *
 * It only compares cheap facts (location.href, whether the article root is still connected, and — while there is
 * no article — how much text the page has), so the mutations our own pass makes never trigger a re-run.
 */

export interface WatchOptions {
  /** The article root of the last pass, or null when the page was not an article. */
  currentRoot: () => Element | null
  onChange: () => void
  signal: AbortSignal
  debounceMs?: number
  maxReruns?: number
  /**
   * While the last pass found no article: characters of text the page must gain before it is looked at again. A
   * story is longer than this; a ticking clock, a rotating banner or a lazy-loaded widget are mostly not.
   */
  growthChars?: number
}

/** Lets the page pass switch the watcher off while it changes the article itself. */
export interface ArticleWatcher {
  /** Stop observing: our own pass is about to change the article (thousands of changes on a long page). */
  pause(): void
  /** Observe again, and check once for anything the page changed meanwhile. */
  resume(): void
}

export function watchArticleChanges(win: Window, options: WatchOptions): ArticleWatcher {
  const { debounceMs = 400, maxReruns = 20, growthChars = 600 } = options
  // The fragment is not part of the article's identity: in-page anchors must not trigger a re-run.
  const href = () => win.location.href.replace(/#.*$/, '')
  let lastHref = href()
  let reruns = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const textLength = () => (win.document.body ?? win.document.documentElement)?.textContent?.length ?? 0
  /** The page's text length when the watcher started or last asked for a pass. */
  let lastTextLength = textLength()

  const changed = () => {
    if (href() !== lastHref) return true
    const root = options.currentRoot()
    if (root !== null) return !root.isConnected
    return textLength() - lastTextLength >= growthChars
  }

  const check = () => {
    timer = undefined
    // (A page being torn down may have no location any more: nothing to compare, and nothing to throw into the page.)
    try {
      if (options.signal.aborted || reruns >= maxReruns || !changed()) return
      lastHref = href()
      lastTextLength = textLength()
    } catch {
      return
    }
    reruns += 1
    options.onChange()
  }

  const schedule = () => {
    if (timer === undefined && !options.signal.aborted) timer = setTimeout(check, debounceMs)
  }

  const target = win.document.body ?? win.document.documentElement
  const idle: ArticleWatcher = { pause() {}, resume() {} }
  if (!target) return idle
  const observer = new MutationObserver(schedule)
  const observe = () => observer.observe(target, { childList: true, subtree: true })
  observe()
  win.addEventListener('popstate', schedule, { signal: options.signal })
  let paused = false
  options.signal.addEventListener('abort', () => {
    observer.disconnect()
    if (timer !== undefined) clearTimeout(timer)
  })
  return {
    pause() {
      if (paused || options.signal.aborted) return
      paused = true
      observer.disconnect()
    },
    resume() {
      if (!paused || options.signal.aborted) return
      paused = false
      observe()
      schedule()
    },
  }
}
