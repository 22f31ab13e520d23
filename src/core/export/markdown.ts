/**
 * Markdown export (Obsidian, Logseq, Notion): one section per article with a citation line, then each annotation
 * as a blockquote followed by its note, tags and speaker. Page text and notes are escaped so they can never become
 * links, images, HTML, autolinks (`<javascript:…>`), headings, lists or tables: every Markdown punctuation mark is
 * backslash-escaped (CommonMark allows that for any ASCII punctuation) and line starts are neutralised.
 */
import { dateParts, LABELS, pagesByUrl, type ExportAnnotation, type ExportLanguage, type ExportPage } from './types.ts'

/** Inline constructs: emphasis, code, links, HTML, entities, tables, strikethrough, math ($), wiki links, marks. */
const INLINE = /[\\`*_[\]{}<>()#|~&!$=^%]/g
/** Line starts that open a block: headings, quotes, list bullets, numbered lists, setext underlines. */
const LINE_START = /^([-+>:]|\d+(?=[.)]))/

/** Escapes one line of untrusted text for use in Markdown prose. */
export function escapeMarkdownLine(line: string): string {
  // Leading spaces would make an indented code block.
  const trimmed = line.replace(/^[ \t]+/, '')
  return trimmed.replace(INLINE, '\\$&').replace(LINE_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`))
}

/** Escapes multi-line text; lines are kept apart with hard line breaks. */
export function escapeMarkdown(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeMarkdownLine).join('\\\n')
}

/** A page URL as an autolink when it is a well-formed http(s) URL (the parser percent-encodes spaces and <>). */
function linkOf(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return `<${parsed.href}>`
  } catch {
    // fall through: shown as text
  }
  return escapeMarkdown(url)
}

function quoteBlock(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => (line.trim() ? `> ${escapeMarkdownLine(line)}` : '>'))
}

function citation(page: ExportPage | undefined, url: string, language: ExportLanguage): string[] {
  const labels = LABELS[language]
  const title = page?.title ? escapeMarkdown(page.title) : labels.untitled
  const parts: string[] = [page?.outlet ? `*${escapeMarkdown(page.outlet)}*` : labels.unknownOutlet]
  if (page?.author) parts.push(escapeMarkdown(page.author))
  const date = dateParts(page?.published ?? null)
  if (date) parts.push(`${labels.published} ${date.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-')}`)
  parts.push(linkOf(url))
  return [`## ${title}`, '', parts.join(' · ')]
}

function annotationBlock(a: ExportAnnotation, language: ExportLanguage): string[] {
  const labels = LABELS[language]
  const lines: string[] = []
  if (a.quote?.exact) {
    lines.push(...quoteBlock(a.quote.exact))
    if (a.speaker) lines.push('>', `> — ${escapeMarkdownLine(a.speaker)}`)
  } else if (a.speaker) {
    lines.push(`**${labels.speaker}:** ${escapeMarkdownLine(a.speaker)}`)
  }
  const details: string[] = []
  if (a.note) details.push(`**${a.quote ? labels.note : labels.pageNote}:** ${escapeMarkdown(a.note)}`)
  if (a.tags.length) details.push(`**${labels.tags}:** ${a.tags.map(escapeMarkdownLine).join(', ')}`)
  if (details.length) {
    if (lines.length) lines.push('')
    lines.push(details.join('\\\n'))
  }
  return lines
}

/**
 * @param language - labels ('id' default)
 * @returns the document, '' when there is nothing to export
 */
export function toMarkdown(pages: readonly ExportPage[], annotations: readonly ExportAnnotation[], language: ExportLanguage = 'id'): string {
  const byUrl = pagesByUrl(pages)
  const groups = new Map<string, ExportAnnotation[]>()
  // Articles in the order of `pages`, then any annotation whose page record is missing.
  for (const page of pages) groups.set(page.url, [])
  for (const a of annotations) {
    const list = groups.get(a.pageUrl)
    if (list) list.push(a)
    else groups.set(a.pageUrl, [a])
  }
  const sections: string[] = []
  for (const [url, list] of groups) {
    if (!list.length) continue
    // Reading order: page notes first, then by position in the article, then by time.
    list.sort((x, y) => (x.position?.start ?? -1) - (y.position?.start ?? -1) || x.createdAt - y.createdAt)
    const lines = citation(byUrl.get(url), url, language)
    for (const a of list) {
      const block = annotationBlock(a, language)
      if (block.length) lines.push('', ...block)
    }
    sections.push(lines.join('\n'))
  }
  return sections.length ? `${sections.join('\n\n')}\n` : ''
}
