/**
 * The fixture evaluation: loads every page listed in tests/fixtures/sites/index.json into its own happy-dom window
 * at its real URL, runs the shipped page pass (annotatePage), reads the outcome through the page contract
 * (data-kliping, data-kliping-root, data-kliping-promos) and measures detection accuracy, article words lost,
 * promos removed / inserted and metadata agreement. Shared by the CLI (tests/eval/detection.ts) and the
 * unit test that asserts the bars (tests/unit/detection-eval.test.ts).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Window } from 'happy-dom'
import { annotatePage, describeArticle } from '../../src/core/annotate-page.ts'
import { articleText } from '../../src/core/text/article-text.ts'
import { normalizeSpace, splitWords } from '../../src/core/text/normalize-space.ts'

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/sites')

export interface FixtureEntry {
  url: string
  file: string
  note?: string
  expect: {
    kind: 'article' | 'other'
    title?: string
    published?: string
    author?: string
    outlet?: string
    canonicalUrl?: string
    region?: { province: string | null; regency: string | null }
    promos?: number
    promoTexts?: string[]
    articleText?: string
  }
}

export interface FixtureResult {
  file: string
  kind: 'article' | 'other'
  detected: 'article' | 'other'
  signals: string[]
  reason?: string
  wordsExpected: number
  wordsLost: string[]
  promosFound: number
  promosExpected: number | null
  promoTextsInserted: number
  promoTextsLeft: string[]
  unsure: string[]
  metaChecks: number
  metaMismatches: string[]
  ms: number
}

export interface EvalSummary {
  results: FixtureResult[]
  fixtures: number
  accuracy: number
  articleWords: number
  wordsLost: number
  promosInserted: number
  promosRemoved: number
  promoCountMatches: number
  promoCountFixtures: number
  metaChecks: number
  metaMismatches: number
}

export function loadIndex(): FixtureEntry[] {
  return (JSON.parse(readFileSync(join(FIXTURE_DIR, 'index.json'), 'utf8')) as { fixtures: FixtureEntry[] }).fixtures
}

/** A happy-dom document for `html` at `url`, with scripts, CSS and subresources off (as a static page load). */
export function loadDocument(html: string, url: string): { doc: Document; close: () => void } {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  })
  win.document.write(html)
  return { doc: win.document as unknown as Document, close: () => void win.happyDOM.close() }
}

function multisetMissing(expected: string[], actual: string[]): string[] {
  const have = new Map<string, number>()
  for (const w of actual) have.set(w, (have.get(w) ?? 0) + 1)
  const missing: string[] = []
  for (const w of expected) {
    const n = have.get(w) ?? 0
    if (n > 0) have.set(w, n - 1)
    else missing.push(w)
  }
  return missing
}

export function evaluateFixture(entry: FixtureEntry): FixtureResult {
  const source = readFileSync(join(FIXTURE_DIR, entry.file), 'utf8')
  const { doc, close } = loadDocument(source, entry.url)
  const url = new URL(entry.url)
  const t0 = performance.now()
  const pass = annotatePage(doc, url)
  const ms = performance.now() - t0
  const html = doc.documentElement
  const state = html.getAttribute('data-kliping')
  const root = doc.querySelector('[data-kliping-root]')
  const meta = describeArticle(doc, pass)
  const e = entry.expect
  const actualText = root ? normalizeSpace(articleText(root, pass.detection?.ignore ?? [], pass.detection?.end ?? null)) : ''
  const expectedWords = e.articleText ? splitWords(readFileSync(join(FIXTURE_DIR, e.articleText), 'utf8')) : []
  const res: FixtureResult = {
    file: entry.file,
    kind: e.kind,
    detected: state === 'article' ? 'article' : 'other',
    signals: pass.report.signals,
    reason: pass.detection?.reason,
    wordsExpected: expectedWords.length,
    wordsLost: expectedWords.length ? multisetMissing(expectedWords, splitWords(actualText)) : [],
    promosFound: Number(html.getAttribute('data-kliping-promos') ?? 0),
    promosExpected: e.kind === 'article' && typeof e.promos === 'number' ? e.promos : null,
    promoTextsInserted: e.promoTexts?.length ?? 0,
    promoTextsLeft: (e.promoTexts ?? []).filter((t) => actualText.includes(normalizeSpace(t))),
    unsure: pass.report.signals.filter((signal) => signal.startsWith('promo-unsure')),
    metaChecks: 0,
    metaMismatches: [],
    ms,
  }
  if (e.kind === 'article') {
    const check = (field: string, want: unknown, got: unknown) => {
      if (want === undefined) return
      res.metaChecks++
      if (JSON.stringify(want) !== JSON.stringify(got)) res.metaMismatches.push(`${field}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`)
    }
    check('title', e.title, meta?.title)
    check('published', e.published, meta?.published)
    check('author', e.author, meta?.author)
    check('outlet', e.outlet, meta?.outlet)
    check('canonicalUrl', e.canonicalUrl, meta?.canonicalUrl)
    check('region', e.region, e.region ? meta?.region : undefined)
  }
  close()
  return res
}

export function runEvaluation(entries: FixtureEntry[] = loadIndex()): EvalSummary {
  const results = entries.map(evaluateFixture)
  const counted = results.filter((r) => r.promosExpected !== null)
  return {
    results,
    fixtures: results.length,
    accuracy: results.filter((r) => r.kind === r.detected).length / Math.max(1, results.length),
    articleWords: results.reduce((n, r) => n + r.wordsExpected, 0),
    wordsLost: results.reduce((n, r) => n + r.wordsLost.length, 0),
    promosInserted: results.reduce((n, r) => n + r.promoTextsInserted, 0),
    promosRemoved: results.reduce((n, r) => n + r.promoTextsInserted - r.promoTextsLeft.length, 0),
    promoCountMatches: counted.filter((r) => r.promosFound === r.promosExpected).length,
    promoCountFixtures: counted.length,
    metaChecks: results.reduce((n, r) => n + r.metaChecks, 0),
    metaMismatches: results.reduce((n, r) => n + r.metaMismatches.length, 0),
  }
}

/** The figures as printed by the CLI and the unit test. */
export function formatSummary(s: EvalSummary, verbose = false): string {
  const lines: string[] = []
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`
  lines.push(`fixtures: ${s.fixtures} (${s.results.filter((r) => r.kind === 'article').length} articles, ${s.results.filter((r) => r.kind === 'other').length} other)`)
  lines.push(`detection accuracy: ${s.results.filter((r) => r.kind === r.detected).length}/${s.fixtures} = ${pct(s.accuracy)}`)
  lines.push(`article words lost: ${s.wordsLost} of ${s.articleWords}`)
  lines.push(`promos removed / inserted: ${s.promosRemoved}/${s.promosInserted} = ${pct(s.promosRemoved / Math.max(1, s.promosInserted))}`)
  lines.push(`promo count exact: ${s.promoCountMatches}/${s.promoCountFixtures} article fixtures`)
  lines.push(`metadata fields right: ${s.metaChecks - s.metaMismatches}/${s.metaChecks}`)
  for (const r of s.results) {
    const problems: string[] = []
    if (r.kind !== r.detected) problems.push(`detected ${r.detected}, expected ${r.kind} (${r.reason ?? r.signals.join(' ')})`)
    if (r.wordsLost.length) problems.push(`lost ${r.wordsLost.length} words: ${r.wordsLost.slice(0, 12).join(' ')}`)
    if (r.promoTextsLeft.length) problems.push(`promo text left: ${r.promoTextsLeft.join(' | ')}`)
    if (r.promosExpected !== null && r.promosFound !== r.promosExpected) problems.push(`promos ${r.promosFound}, expected ${r.promosExpected}`)
    problems.push(...r.metaMismatches)
    if (problems.length || verbose) lines.push(`  ${problems.length ? '✗' : '✓'} ${r.file} [${r.detected}; ${r.signals.join(', ')}${r.unsure.length ? `; unsure: ${r.unsure.join(' / ')}` : ''}] ${problems.join('; ')}`)
  }
  return lines.join('\n')
}
