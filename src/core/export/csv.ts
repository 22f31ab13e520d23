/**
 * CSV export for spreadsheets: one row per annotation, joined with its article. Page text is untrusted, so every
 * field is quoted (a separator or quote cannot start a new cell), embedded quotes are doubled (RFC 4180), and a
 * cell that a spreadsheet would read as a formula gets a leading apostrophe (OWASP "CSV Injection"). Rows end in
 * CRLF; by default the file starts with a UTF-8 BOM, without which Excel shows “kutipan” and diacritics as
 * mojibake. Cost of the guard: legitimate text starting with "-" shows a visible apostrophe.
 */
import { isoTime, LABELS, pagesByUrl, type ExportAnnotation, type ExportLanguage, type ExportPage } from './types.ts'

export const BOM = '\uFEFF'
const CRLF = '\r\n'
/** =, +, -, @ start formulas; tab, CR, LF and NUL are stripped or reinterpreted by spreadsheets before them. */
const FORMULA_START = /^[=+\-@\t\r\n\0]/

/** One cell: neutralised, quotes doubled, always quoted. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true: the "CSV (Excel)" variant). */
  bom?: boolean
}

/**
 * @param language - header and kind labels ('id' default)
 * @returns the file's text; encode it as UTF-8 (a Blob of the string does)
 */
export function toCsv(pages: readonly ExportPage[], annotations: readonly ExportAnnotation[], language: ExportLanguage = 'id', options: CsvOptions = {}): string {
  const labels = LABELS[language]
  const byUrl = pagesByUrl(pages)
  const rows: string[] = [labels.columns.map(csvCell).join(',')]
  for (const a of annotations) {
    const page = byUrl.get(a.pageUrl)
    const cells = [
      isoTime(a.createdAt),
      page?.outlet ?? '',
      page?.title ?? '',
      page?.published ?? '',
      a.pageUrl,
      labels.kinds[a.kind] ?? a.kind,
      a.speaker ?? '',
      a.quote?.exact ?? '',
      a.note,
      a.tags.join('; '),
      a.color ?? '',
    ]
    rows.push(cells.map(csvCell).join(','))
  }
  return (options.bom === false ? '' : BOM) + rows.join(CRLF) + CRLF
}
