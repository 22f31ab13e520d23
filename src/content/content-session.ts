/**
 * One content-script session per document: runs the page pass inside the `kliping:annotate` measure, keeps its
 * result for the popup, re-runs it when a single-page site swaps the article, and answers the popup's messages.
 *
 * The pass is resumable (annotatePageInSlices): it runs in slices of at most SLICE_MS and continues in a later
 * task, so a very long article never holds the main thread; the measure spans the whole pass, pauses included.
 * Every entry point is contained: a failure is logged with a `[Kliping]` prefix and the page is left as it is.
 */
import type { AcronymEntry } from '../core/acronyms/types.ts'
import { annotatePageInSlices, describeArticle, markPage, promoSummaries, runFeature, type PagePass, type PagePassOptions } from '../core/annotate-page.ts'
import { ATTR_PROMOS, ATTR_ROOT, ATTR_STATE, MEASURE_NAME } from '../core/contract.ts'
import { regionFromUrl } from '../core/metadata/region.ts'
import { emptyReport, type PageReport } from '../core/page-report.ts'
import { removeDecorations } from '../core/remove-decorations.ts'
import { isHighlightColor } from '../core/highlight-colors.ts'
import { DEFAULT_SETTINGS, isSiteDisabled, type Settings } from '../core/settings.ts'
import { handleMessages, sendToBackground } from '../messages.ts'
import { loadSettings, loadUserAcronyms, onStoredOptionsChanged } from '../storage.ts'
import { describeForPopover } from './describe.ts'
import { PageAnnotations } from './page-annotations.ts'
import { installPopover } from './popover.ts'
import { installSelectionToolbar, type SelectionToolbar, type ToolbarColors } from './selection-toolbar.ts'
import { watchArticleChanges, type ArticleWatcher } from './watch-article-changes.ts'
import { t } from '../ui/i18n.ts'
import { useUiLanguage } from './strings.ts'

/** Longest stretch of main-thread work before the pass yields to the page (well under the 50 ms long-task mark). */
const SLICE_MS = 30

let current: PagePass | null = null
let running: Promise<PagePass> | null = null
let annotations: PageAnnotations | null = null
/** The single-page navigation watcher, paused while a pass changes the article. */
let articleWatcher: ArticleWatcher | null = null
/** The user switched this site off while it was open: no pass runs until it is switched on again. */
let siteOff = false
/** The user removed this site (one they had added) while it was open: nothing runs until the page loads again. */
let siteRemoved = false
/** The "saved highlights" setting as of the last pass. */
let highlightsOn = DEFAULT_SETTINGS.highlights

function logFailure(where: string, error: unknown): void {
  try {
    console.warn(`[Kliping] ${where} failed; the page was left as it is.`, error)
  } catch {
    // A page that broke console must still not see our error.
  }
}

function failedPass(doc: Document, url: URL, error: unknown): PagePass {
  logFailure('page pass', error)
  const report = emptyReport(url.href)
  report.errors.push(error instanceof Error ? error.message : String(error))
  try {
    markPage(doc, 'other')
  } catch (markError) {
    logFailure('marking the page', markError)
  }
  return { report, detection: null, region: regionFromUrl(url), promos: [] }
}

/** The user's settings and dictionary as pass options; storage trouble falls back to the defaults. */
async function passOptions(): Promise<PagePassOptions> {
  const [settings, userAcronyms] = await Promise.all([
    loadSettings().catch(() => DEFAULT_SETTINGS),
    loadUserAcronyms().catch((): AcronymEntry[] => []),
  ])
  highlightsOn = settings.highlights
  return {
    showPromos: settings.showPromos,
    acronymMode: settings.acronymMode,
    userAcronyms,
    features: { promos: settings.promos, quotes: settings.quotes, acronyms: settings.acronyms },
  }
}

/**
 * Continues in a new task as soon as the browser has handled what waits (input, rendering): scheduler.yield()
 * where the browser has it, else a MessageChannel message (setTimeout(0) is clamped to 4 ms after a few nested
 * calls, which would stretch a long pass for nothing).
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise<void>((resume) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resume()
    channel.port2.postMessage(null)
  })
}

/** Runs the whole page pass in slices and records its duration as the public `kliping:annotate` measure. */
export async function runMeasuredPass(win: Window, previous: PagePass | null): Promise<PagePass> {
  const doc = win.document
  // Read before the measure starts: it waits for extension storage, not for the page.
  const options = await passOptions()
  const url = new URL(win.location.href)
  // Our own changes to the article are not the page's: the navigation watcher looks away meanwhile.
  articleWatcher?.pause()
  const start = performance.now()
  let pass: PagePass
  try {
    let sliceStart = start
    const steps = annotatePageInSlices(doc, url, options, previous ?? undefined, () => performance.now() - sliceStart > SLICE_MS)
    for (;;) {
      const step = steps.next()
      if (step.done) {
        pass = step.value
        break
      }
      await nextTask()
      sliceStart = performance.now()
    }
  } catch (error) {
    pass = failedPass(doc, url, error)
  }
  const end = performance.now()
  articleWatcher?.resume()
  pass.report.durationMs = end - start
  try {
    performance.measure(MEASURE_NAME, { start, end })
    // Diagnostic sub-measures (not part of the page contract): where the pass spent its time.
    for (const [feature, duration] of Object.entries(pass.report.timings)) {
      performance.measure(`${MEASURE_NAME}:${feature}`, { start, duration })
    }
  } catch (error) {
    logFailure('performance.measure', error)
  }
  for (const error of pass.report.errors) logFailure('a feature', error)
  return pass
}

/** Starts a pass unless one is running; a change noticed meanwhile gets one more pass afterwards. */
function schedulePass(win: Window): Promise<PagePass | null> {
  if (siteOff || siteRemoved) return Promise.resolve(null)
  if (running) {
    const after = running.then(() => schedulePass(win))
    return after
  }
  running = runMeasuredPass(win, current)
    .then(async (pass) => {
      current = pass
      await restoreAnnotations(pass)
      return pass
    })
    .finally(() => {
      running = null
    })
  return running
}

/**
 * Draws the page's saved annotations after a pass (outside the measure: it waits for the database). Annotations
 * not found are retried twice as the page may still be loading content, then listed as orphans.
 */
async function restoreAnnotations(pass: PagePass, retries = 2): Promise<void> {
  if (!annotations || pass.report.state !== 'article') return
  if (!highlightsOn) {
    annotations.clear()
    pass.report.orphans = []
    return
  }
  try {
    await annotations.restore()
    pass.report.orphans = [...annotations.orphans]
    if (pass.report.orphans.length && retries > 0) {
      setTimeout(() => {
        if (current === pass && !running) void restoreAnnotations(pass, retries - 1)
      }, 2_000)
    }
  } catch (error) {
    logFailure('restoring annotations', error)
  }
}

async function settledPass(): Promise<PagePass | null> {
  return running ? running.catch(() => current) : current
}

async function setPromosVisible(visible: boolean): Promise<PageReport | null> {
  const pass = await settledPass()
  if (!pass) return null
  const report = pass.report
  for (const promo of pass.promos) runFeature(report, 'promos', () => (visible ? promo.show() : promo.hide()))
  report.promos = promoSummaries(pass.promos)
  return report
}

/**
 * Entry point: does nothing at all on a site the user switched off (no mark, no listener); otherwise starts the
 * session. Storage trouble counts as "not switched off".
 */
export async function startContentScript(win: Window): Promise<void> {
  let settings = DEFAULT_SETTINGS
  try {
    settings = await loadSettings()
  } catch (error) {
    logFailure('reading settings', error)
  }
  if (isSiteDisabled(win.location.hostname, settings.disabledSites)) return
  // Not awaited: the strings are needed only when our UI first shows, never by the page pass.
  void useUiLanguage(settings.language)
  startSession(win, settings)
}

/** The toolbar's colours from the settings. */
function toolbarColors(settings: Settings): ToolbarColors {
  return { offered: settings.highlightColors, defaultColor: settings.defaultHighlightColor }
}

/** Undoes everything Kliping did to the page, when the user switches the site off while it is open. */
function withdraw(win: Window): void {
  const pass = current
  if (!pass) return
  const root = pass.detection?.isArticle ? pass.detection.root : null
  if (root) {
    runFeature(pass.report, 'settings', () => removeDecorations(root))
    for (const promo of pass.promos) runFeature(pass.report, 'promos', () => promo.show())
    root.removeAttribute(ATTR_ROOT)
  }
  annotations?.clear()
  const html = win.document.documentElement
  html?.removeAttribute(ATTR_STATE)
  html?.removeAttribute(ATTR_PROMOS)
  current = null
}

function startSession(win: Window, settings: Settings): void {
  annotations = new PageAnnotations(win.document, () => current)
  const notes = annotations
  /** The highlight colours as of the last settings read (the options change them live). */
  let colors = toolbarColors(settings)
  try {
    void schedulePass(win).catch((error: unknown) => logFailure('start', error))
  } catch (error) {
    logFailure('start', error)
  }
  try {
    handleMessages({
      'page/getReport': async () => {
        const pass = await settledPass()
        if (!pass) return null
        describeArticle(win.document, pass)
        return pass.report
      },
      'page/setPromosVisible': ({ visible }) => setPromosVisible(visible === true),
      'page/highlightSelection': async ({ color }) => {
        await settledPass()
        // The context menu and the browser command send null: the user's default colour.
        return notes.saveSelection(isHighlightColor(color) ? color : colors.defaultColor)
      },
      'page/saveQuote': async ({ quoteId }) => {
        await settledPass()
        return notes.saveQuote(String(quoteId), colors.defaultColor)
      },
      'page/annotationsChanged': async () => {
        const pass = await settledPass()
        if (!pass) return null
        await restoreAnnotations(pass, 0)
        return pass.report
      },
      'page/withdraw': () => {
        siteRemoved = true
        withdraw(win)
        return { withdrawn: true }
      },
      'page/scrollToAnnotation': async ({ id }) => {
        await settledPass()
        return { found: notes.scrollTo(String(id)) }
      },
    })
  } catch (error) {
    logFailure('message listener', error)
  }
  const lifetime = new AbortController()
  try {
    installPopover(win.document, (target) => describeForPopover(target, (id) => notes.describe(id)), lifetime.signal)
  } catch (error) {
    logFailure('popover', error)
  }
  try {
    // Enter on a focused acronym: add or edit it in the user's dictionary (the popover says what it is now).
    win.document.addEventListener(
      'keydown',
      (event) => {
        const target = event.target as Element | null
        if (event.key !== 'Enter' || !target || target.nodeType !== 1 || !target.matches('abbr.kliping-acronym')) return
        event.preventDefault()
        void sendToBackground('background/openDictionary', { form: target.textContent ?? '' }).catch(() => {})
      },
      { signal: lifetime.signal },
    )
  } catch (error) {
    logFailure('acronym keys', error)
  }
  let toolbar: SelectionToolbar | null = null
  try {
    toolbar = installSelectionToolbar(
      win.document,
      () => (current?.report.state === 'article' ? (current.detection?.root ?? null) : null),
      (choice) => {
        void notes
          .saveRange(choice.range, choice.color, choice.note, choice.tags)
          .then((result) => {
            if (result.ok) {
              toolbar?.close()
              win.getSelection()?.removeAllRanges()
            } else {
              toolbar?.showStatus(
                result.error === 'storage-full'
                  ? t('storageFullStatus')
                  : t('saveFailedStatus', result.message),
              )
            }
          })
          .catch((error: unknown) => toolbar?.showStatus(t('saveFailedStatus', String(error))))
      },
      lifetime.signal,
      colors,
    )
  } catch (error) {
    logFailure('selection toolbar', error)
  }
  try {
    // Settings apply live: take our drawing out of the article and run the pass again with the new options
    // (stripped promos stay stripped unless promos were switched off; highlights are redrawn or cleared).
    onStoredOptionsChanged(() => {
      void loadSettings()
        .catch(() => DEFAULT_SETTINGS)
        .then((settings) => {
          void useUiLanguage(settings.language).then(() => toolbar?.relabel())
          colors = toolbarColors(settings)
          toolbar?.setColors(colors)
          siteOff = isSiteDisabled(win.location.hostname, settings.disabledSites)
          if (siteRemoved) return null
          if (siteOff) {
            withdraw(win)
            return null
          }
          const root = current?.detection?.isArticle ? current.detection.root : null
          if (root) runFeature(current!.report, 'settings', () => removeDecorations(root))
          return schedulePass(win)
        })
        .catch((error: unknown) => logFailure('applying settings', error))
    })
  } catch (error) {
    logFailure('settings listener', error)
  }
  try {
    articleWatcher = watchArticleChanges(win, {
      currentRoot: () => (current?.detection?.isArticle ? current.detection.root : null),
      onChange: () => void schedulePass(win).catch((error: unknown) => logFailure('re-run', error)),
      signal: lifetime.signal,
    })
  } catch (error) {
    logFailure('navigation watcher', error)
  }
}
