/**
 * The page pass: everything Kliping does to one document, in order, as pure DOM work (no extension APIs).
 *
 * 1. detect whether the page is an article and find its body (site rules, URL shape, JSON-LD, text density);
 * 2. on articles: mark the body, strip promos, collect the article's text blocks once, find the direct quotes with
 *    their speakers and the acronyms with their expansions (reading only), then draw both: the quotes, and the
 *    acronyms inside the quote wrappers;
 * 3. mark the page per the contract, last, so `data-kliping="article"` means "fully processed".
 *
 * The article's citation metadata (title, date, author …) is read on demand (`describeArticle`), outside the pass:
 * only the popup and exports need it, and the pass runs on every page load with a cold JIT, where every
 * millisecond counts. The region, which features need, comes from the host name alone.
 *
 * The content script calls it once per page (and again when a single-page site swaps the article); tests and
 * benchmarks call it directly. Each feature runs inside `runFeature`, so one failing feature is reported and the
 * others still run. Running it twice on the same page changes nothing: the second pass finds the promos already
 * stripped and carries the first pass's handles forward.
 */
import { ATTR_PROMOS, ATTR_ROOT, ATTR_STATE, type PageState } from './contract.ts'
import { detectArticle, type Detection } from './detect/detect-article.ts'
import { extractMetadata } from './metadata/extract-metadata.ts'
import { regionFromUrl, type Region } from './metadata/region.ts'
import { emptyReport, type ArticleSummary, type PageReport, type PromoSummary } from './page-report.ts'
import { ATTR_PROMO_SLOT, stripPromos, type StrippedPromo } from './promos/strip-promos.ts'
import { collectTextBlocks, refreshTextBlocks } from './dom/text-blocks.ts'
import { findQuotesInSlices } from './quotes/find-quotes.ts'
import { renderQuotesInSlices } from './quotes/render-quotes.ts'
import { shippedLoadMs } from './acronyms/dictionary.ts'
import { findAcronymsInSlices } from './acronyms/find-acronyms.ts'
import { renderAcronymsInSlices, type AcronymDisplayMode } from './acronyms/render-acronyms.ts'
import type { AcronymEntry } from './acronyms/types.ts'
import { safeSelectorList } from './text/article-text.ts'
import { runToCompletion } from './run-to-completion.ts'

export interface PagePassOptions {
  /** Show stripped promos right away (the user's "show promos" setting); they stay listed and hideable. */
  showPromos?: boolean
  /** How acronym expansions are shown (default 'first'). */
  acronymMode?: AcronymDisplayMode
  /** The user's own dictionary entries; they win over the shipped dictionary. */
  userAcronyms?: AcronymEntry[]
  /** Features switched off in the settings (all on by default). */
  features?: { promos?: boolean; quotes?: boolean; acronyms?: boolean }
}

export interface PagePass {
  report: PageReport
  detection: Detection | null
  /** The page's region from its host name (cheap; used by features such as acronym disambiguation). */
  region: Region
  /** Handles to every promo stripped from the current root, to show or hide them again. */
  promos: StrippedPromo[]
}

/**
 * Runs one feature and adds its time to `report.timings[name]`; a failure is recorded in the report instead of
 * escaping into the page.
 */
export function runFeature<T>(report: PageReport, name: string, feature: () => T): T | undefined {
  const start = performance.now()
  try {
    return feature()
  } catch (error) {
    report.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  } finally {
    report.timings[name] = (report.timings[name] ?? 0) + performance.now() - start
  }
}

/** The element that carries the page-level contract attributes; odd documents may not have one. */
export function contractHost(doc: Document): Element | null {
  return doc.documentElement ?? null
}

export function markPage(doc: Document, state: PageState): void {
  contractHost(doc)?.setAttribute(ATTR_STATE, state)
}

export function promoSummaries(promos: readonly StrippedPromo[]): PromoSummary[] {
  return promos.map((promo) => ({ id: promo.id, label: promo.label, title: promo.title, href: promo.href, visible: promo.shown }))
}

/**
 * The page pass, resumable: it yields between units of work whenever `shouldYield()` says the current task has
 * run long enough, so the content script can continue in a later task and never hold the main thread for long.
 * Steps that must stay together (detection and stripping, which read and change the body) run in one slice.
 */
export function* annotatePageInSlices(
  doc: Document,
  url: URL,
  options: PagePassOptions,
  previous: PagePass | undefined,
  shouldYield: () => boolean,
): Generator<void, PagePass, void> {
  const report = emptyReport(url.href)
  const detection = runFeature(report, 'detection', () => detectArticle(doc, url)) ?? null
  if (detection) report.signals.push(...detection.signals, ...(detection.reason ? [`reason: ${detection.reason}`] : []))
  const root = detection?.isArticle ? detection.root : null
  // A single-page site may have swapped the article: the old body is no longer ours to mark.
  const previousRoot = previous?.detection?.root
  if (previousRoot && previousRoot !== root) previousRoot.removeAttribute(ATTR_ROOT)
  const region = regionFromUrl(url)
  if (!detection || !root) {
    contractHost(doc)?.removeAttribute(ATTR_PROMOS)
    markPage(doc, 'other')
    return { report, detection, region, promos: [] }
  }

  root.setAttribute(ATTR_ROOT, '')
  // Promos stripped by an earlier pass over this same body stay stripped; keep the handles whose spot is still
  // in the body (a site that rewrote the body's content took those spots with it).
  const carried =
    previous?.detection?.root === root
      ? previous.promos.filter((promo) => root.querySelector(`[${ATTR_PROMO_SLOT}="${CSS.escape(promo.id)}"]`))
      : []
  const features = { promos: true, quotes: true, acronyms: true, ...options.features }
  // Promos switched off: whatever an earlier pass stripped comes back; the handles are kept (still marked in the
  // page) so switching promos on again strips them again.
  const stripped = features.promos ? runFeature(report, 'promos', () => stripPromos(root, detection.rule, detection.ignore, detection.end)) : undefined
  const promos = [...carried, ...(stripped?.promos ?? [])]
  if (stripped?.unsure.length) report.signals.push(...stripped.unsure.map((why) => `promo-unsure: ${why}`))
  const visible = !features.promos || options.showPromos === true
  for (const promo of promos) if (promo.shown !== visible) runFeature(report, 'promos', () => (visible ? promo.show() : promo.hide()))
  const counted = features.promos ? promos : []
  report.promos = promoSummaries(counted)
  report.counts.promos = counted.length
  if (shouldYield()) yield

  const ignore = safeSelectorList(detection.ignore, doc) ?? undefined
  const blocks = runFeature(report, 'text', () => collectTextBlocks(root, { exclude: ignore, end: detection.end })) ?? []
  if (shouldYield()) yield

  // Read phase: quotes and acronyms are found on the same block texts before anything is drawn, so a long page's
  // DOM stays as it was while the pass yields (the browser's rendering updates in between find nothing to lay
  // out again); the drawing follows in one stretch at the end.
  const texts = blocks.map((block) => block.text)
  const quotes = features.quotes ? ((yield* runSlicedFeature(report, 'quotes', findQuotesInSlices(texts, shouldYield))) ?? []) : []
  if (shouldYield()) yield
  const acronymContext = { region: { province: region.province, regency: region.regency }, userEntries: options.userAcronyms }
  let occurrences = features.acronyms ? ((yield* runSlicedFeature(report, 'acronyms', findAcronymsInSlices(texts, acronymContext, shouldYield))) ?? []) : []
  // Diagnostic: the share of the first acronym call spent parsing the shipped dictionary (once per page load).
  if (features.acronyms && shippedLoadMs > 0) report.timings['acronym-dictionary'] = shippedLoadMs
  if (shouldYield()) yield

  // Write phase.
  if (features.quotes) {
    report.quotes = (yield* runSlicedFeature(report, 'quotes-draw', renderQuotesInSlices(blocks, quotes, shouldYield))) ?? []
    report.counts.quotes = report.quotes.length
  }
  if (features.acronyms) {
    // Quote wrappers split text nodes: the acronyms are drawn on the blocks read afresh (inside the wrappers).
    // Their texts are the same characters, so the offsets found above still hold; should a block read differently
    // (a page script changed the article meanwhile), the acronyms are found again on what is there now.
    let acronymBlocks = blocks
    if (report.quotes.length) {
      acronymBlocks = runFeature(report, 'text', () => refreshTextBlocks(blocks, { exclude: ignore, end: detection.end })) ?? []
      if (!sameTexts(acronymBlocks, texts)) {
        const now = acronymBlocks.map((block) => block.text)
        occurrences = (yield* runSlicedFeature(report, 'acronyms', findAcronymsInSlices(now, acronymContext, shouldYield))) ?? []
      }
    }
    report.acronyms =
      (yield* runSlicedFeature(report, 'acronyms-draw', renderAcronymsInSlices(acronymBlocks, occurrences, options.acronymMode ?? 'first', shouldYield))) ?? []
    report.counts.acronyms = report.acronyms.reduce((sum, entry) => sum + entry.count, 0)
  }

  contractHost(doc)?.setAttribute(ATTR_PROMOS, String(counted.length))
  report.state = 'article'
  markPage(doc, 'article')
  return { report, detection, region, promos }
}

function sameTexts(blocks: readonly { text: string }[], texts: readonly string[]): boolean {
  if (blocks.length !== texts.length) return false
  for (let i = 0; i < texts.length; i++) if (blocks[i]!.text !== texts[i]) return false
  return true
}

/** The whole page pass in one go (tests, evaluations, and pages small enough not to need slicing). */
export function annotatePage(doc: Document, url: URL, options: PagePassOptions = {}, previous?: PagePass): PagePass {
  return runToCompletion(annotatePageInSlices(doc, url, options, previous, () => false))
}

/**
 * runFeature for a resumable feature: its time is summed over its slices (not the pauses between them), and a
 * failure in any slice is recorded instead of escaping.
 */
function* runSlicedFeature<T>(report: PageReport, name: string, steps: Generator<void, T, void>): Generator<void, T | undefined, void> {
  let start = performance.now()
  const add = () => {
    report.timings[name] = (report.timings[name] ?? 0) + performance.now() - start
  }
  try {
    for (;;) {
      const step = steps.next()
      if (step.done) {
        add()
        return step.value
      }
      add()
      yield
      start = performance.now()
    }
  } catch (error) {
    add()
    report.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

/**
 * Fills `pass.report.article` with the article's citation metadata, once (later calls reuse it). Call it after the
 * pass, when someone needs the metadata; it reads the head and a few elements near the body.
 */
export function describeArticle(doc: Document, pass: PagePass): ArticleSummary | null {
  const { report, detection } = pass
  if (report.article || report.state !== 'article' || !detection) return report.article
  const url = new URL(report.url)
  const metadata = runFeature(report, 'metadata', () => extractMetadata(doc, url, detection))
  report.article = {
    title: metadata?.title ?? null,
    published: metadata?.published ?? null,
    author: metadata?.author ?? null,
    outlet: metadata?.outlet ?? null,
    canonicalUrl: metadata?.canonicalUrl ?? url.href,
    // (The metadata's region: the host's, or for a regional host the gazetteer does not know, the one the site names.)
    region: metadata?.region.province ? { province: metadata.region.province, regency: metadata.region.regency } : { province: pass.region.province, regency: pass.region.regency },
  }
  return report.article
}

