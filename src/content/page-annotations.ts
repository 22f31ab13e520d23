/**
 * The user's annotations on this page: saving a selection or a quote, drawing saved highlights again on revisit
 * (position → exact quote → fuzzy, never in the wrong place), and listing the ones that could not be found
 * (orphans). The content script never opens the database; it asks the background.
 *
 * Anchors are computed on the canonical article text (core/anchoring), with the same exclusions as the page pass,
 * so Kliping's own changes (stripped promos, acronym and quote wrappers) never move them.
 */
import type { AnnotationRecord } from '../core/annotation-model.ts'
import { anchorIn } from '../core/anchoring/anchor.ts'
import { canonicalText, rangeFromOffsets, type CanonicalOptions } from '../core/anchoring/canonical-text.ts'
import { describeRange } from '../core/anchoring/describe-range.ts'
import { highlightRange, removeHighlight } from '../core/anchoring/highlight-range.ts'
import { describeArticle, type PagePass } from '../core/annotate-page.ts'
import { ATTR_ANNOTATION_ID, ATTR_DESCRIBE, ATTR_QUOTE_ID, HIGHLIGHT_CLASS } from '../core/contract.ts'
import { DEFAULT_HIGHLIGHT_COLOR, isHighlightColor, type HighlightColor } from '../core/highlight-colors.ts'
import { pageInfoOf, type PageInfo } from '../core/page-info.ts'
import { safeSelectorList } from '../core/text/article-text.ts'
import type { NewAnnotation } from '../db/annotations.ts'
import { sendToBackground, type SaveResult } from '../messages.ts'
import { t } from '../ui/i18n.ts'

export const ATTR_COLOR = 'data-kliping-color'

export class PageAnnotations {
  /** Saved annotations of this page, by id (for the popover and redraws). */
  readonly records = new Map<string, AnnotationRecord>()
  /** Ids of saved annotations that could not be found on the page. */
  orphans: string[] = []

  constructor(
    private readonly doc: Document,
    private readonly pass: () => PagePass | null,
  ) {}

  private root(): Element | null {
    const pass = this.pass()
    return pass?.report.state === 'article' ? (pass.detection?.root ?? null) : null
  }

  private canonicalOptions(): CanonicalOptions {
    const detection = this.pass()?.detection
    return { exclude: safeSelectorList(detection?.ignore ?? [], this.doc) ?? undefined, end: detection?.end ?? null }
  }

  /** The page as it is keyed in the database: the article's canonical URL (normalised), with its citation facts. */
  pageInfo(): PageInfo | null {
    const pass = this.pass()
    if (!pass) return null
    return pageInfoOf(pass.report.url, describeArticle(this.doc, pass))
  }

  private draw(record: AnnotationRecord, range: Range): Element[] {
    const color = isHighlightColor(record.color) ? record.color : DEFAULT_HIGHLIGHT_COLOR
    return highlightRange(
      range,
      () => {
        const mark = this.doc.createElement('span')
        mark.className = HIGHLIGHT_CLASS
        mark.setAttribute(ATTR_ANNOTATION_ID, record.id)
        mark.setAttribute(ATTR_COLOR, color)
        mark.setAttribute(ATTR_DESCRIBE, 'highlight')
        return mark
      },
      { exclude: this.canonicalOptions().exclude },
    )
  }

  private async save(annotation: NewAnnotation, range: Range | null): Promise<SaveResult> {
    const page = this.pageInfo()
    if (!page) return { ok: false, error: 'invalid', message: 'not an article' }
    const result = await sendToBackground('background/saveAnnotation', { page, annotation })
    if (result.ok) {
      this.records.set(result.annotation.id, result.annotation)
      if (range) {
        const wrappers = this.draw(result.annotation, range)
        wrappers[0]?.setAttribute('tabindex', '0')
      }
    }
    return result
  }

  /** Saves a selection inside the article and draws it at once. */
  async saveRange(range: Range, color: string, note: string, tags: string[]): Promise<SaveResult> {
    const root = this.root()
    if (!root || !root.contains(range.commonAncestorContainer)) return { ok: false, error: 'no-selection', message: 'selection outside the article' }
    const { quote, position } = describeRange(root, range, this.canonicalOptions())
    if (!quote.exact) return { ok: false, error: 'no-selection', message: 'empty selection' }
    const kind = note.trim() ? 'note' : 'highlight'
    return this.save({ kind, color, note, tags, quote, position, speaker: null }, range)
  }

  /** The context menu and keyboard shortcut: highlight whatever is selected in the article. */
  async saveSelection(color: string | null): Promise<SaveResult> {
    const selection = this.doc.getSelection()
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return { ok: false, error: 'no-selection', message: 'nothing selected' }
    const result = await this.saveRange(selection.getRangeAt(0), color ?? DEFAULT_HIGHLIGHT_COLOR, '', [])
    if (result.ok) selection.removeAllRanges()
    return result
  }

  /** Saves one of the page's direct quotes with its speaker (kind "quote"), drawn in `color` (the user's default). */
  async saveQuote(quoteId: string, color: HighlightColor = DEFAULT_HIGHLIGHT_COLOR): Promise<SaveResult> {
    const root = this.root()
    const quote = this.pass()?.report.quotes.find((q) => q.id === quoteId)
    const pieces = root ? Array.from(root.querySelectorAll(`[${ATTR_QUOTE_ID}="${CSS.escape(quoteId)}"]`)) : []
    const first = pieces[0]
    const last = pieces[pieces.length - 1]
    if (!root || !quote || !first || !last) return { ok: false, error: 'no-selection', message: 'quote not found' }
    const range = this.doc.createRange()
    range.setStartBefore(first)
    range.setEndAfter(last)
    const { quote: selector, position } = describeRange(root, range, this.canonicalOptions())
    // Drawn at once, as it will be on every later visit.
    return this.save({ kind: 'quote', color, note: '', tags: [], quote: selector, position, speaker: quote.speaker }, range)
  }

  /** Removes every drawn highlight (the saved annotations stay in the database). */
  clear(): void {
    const marks = Array.from(this.doc.querySelectorAll(`.${HIGHLIGHT_CLASS}[${ATTR_ANNOTATION_ID}]`))
    if (marks.length) removeHighlight(marks)
  }

  /**
   * Fetches the page's annotations and draws them: all anchors are found on one canonical text first, then drawn
   * from the last to the first, so drawing one never shifts the offsets of the others.
   */
  async restore(): Promise<void> {
    const root = this.root()
    const page = this.pageInfo()
    if (!root || !page) return
    const records = await sendToBackground('background/listPageAnnotations', { pageUrl: page.url })
    this.clear()
    this.records.clear()
    const options = this.canonicalOptions()
    const canon = canonicalText(root, options)
    const found: Array<{ record: AnnotationRecord; start: number; end: number }> = []
    const orphans: string[] = []
    for (const record of records) {
      this.records.set(record.id, record)
      if (!record.quote) continue
      const anchored = anchorIn(canon, { quote: record.quote, position: record.position })
      if (anchored) found.push({ record, start: anchored.start, end: anchored.end })
      else orphans.push(record.id)
    }
    found.sort((a, b) => b.start - a.start)
    for (const { record, start, end } of found) {
      const range = rangeFromOffsets(canon, start, end)
      if (!range) {
        orphans.push(record.id)
        continue
      }
      const wrappers = this.draw(record, range)
      if (record.kind !== 'quote') wrappers[0]?.setAttribute('tabindex', '0')
    }
    this.orphans = orphans
  }

  scrollTo(id: string): boolean {
    const mark = this.doc.querySelector(`[${ATTR_ANNOTATION_ID}="${CSS.escape(id)}"]`) as HTMLElement | null
    if (!mark) return false
    const reduce = this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches
    mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' })
    if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '-1')
    mark.focus({ preventScroll: true })
    return true
  }

  /** What the popover says about a highlight: its note and tags. */
  describe(id: string): { heading: string; lines: string[] } | null {
    const record = this.records.get(id)
    if (!record) return null
    const heading = record.note || t('highlightSaved')
    const lines = record.tags.length ? [record.tags.map((tag) => `#${tag}`).join(' ')] : []
    return { heading, lines }
  }
}
