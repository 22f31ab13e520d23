/**
 * The user's own dictionary: validation of entries, and import/export as CSV and JSON. Invalid rows are reported
 * by line with the reason; valid rows still count, and nothing already stored is touched until the caller saves.
 */
import { ACRONYM_CATEGORIES, type AcronymCategory, type AcronymEntry } from './types.ts'

export interface RowProblem {
  line: number
  problem: string
}

export interface ParsedEntries {
  entries: AcronymEntry[]
  problems: RowProblem[]
}

const MAX_FORM = 40
const MAX_EXPANSION = 300

export function checkEntry(form: unknown, expansion: unknown, category: unknown = 'other'): AcronymEntry | string {
  if (typeof form !== 'string' || !form.trim()) return 'bentuk singkat kosong / empty short form'
  if (typeof expansion !== 'string' || !expansion.trim()) return 'kepanjangan kosong / empty expansion'
  if (form.trim().length > MAX_FORM) return `bentuk singkat lebih dari ${MAX_FORM} karakter / short form over ${MAX_FORM} characters`
  if (expansion.trim().length > MAX_EXPANSION) return `kepanjangan lebih dari ${MAX_EXPANSION} karakter / expansion over ${MAX_EXPANSION} characters`
  const cat = typeof category === 'string' && category.trim() ? category.trim() : 'other'
  if (!(ACRONYM_CATEGORIES as readonly string[]).includes(cat)) return `kategori tidak dikenal: ${cat} / unknown category`
  return { form: form.trim(), expansion: expansion.trim().replace(/\s+/g, ' '), category: cat as AcronymCategory, source: 'user' }
}

/** Later rows replace earlier ones with the same short form (case-sensitive, as matching is). */
export function mergeEntries(existing: readonly AcronymEntry[], incoming: readonly AcronymEntry[]): AcronymEntry[] {
  const byForm = new Map(existing.map((entry) => [entry.form, entry]))
  for (const entry of incoming) byForm.set(entry.form, entry)
  return [...byForm.values()].sort((a, b) => a.form.localeCompare(b.form, 'id'))
}

/** One CSV record per line: form,expansion[,category]; quoted fields may hold commas and doubled quotes. */
function csvFields(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      fields.push(field)
      field = ''
    } else field += c
  }
  fields.push(field)
  return fields
}

export function parseEntriesCsv(text: string): ParsedEntries {
  const result: ParsedEntries = { entries: [], problems: [] }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((line, index) => {
    if (!line.trim()) return
    const [form, expansion, category] = csvFields(line)
    if (index === 0 && /^(bentuk|form)$/i.test((form ?? '').trim())) return
    const entry = checkEntry(form, expansion, category)
    if (typeof entry === 'string') result.problems.push({ line: index + 1, problem: entry })
    else result.entries.push(entry)
  })
  return result
}

export function parseEntriesJson(text: string): ParsedEntries {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { entries: [], problems: [{ line: 0, problem: `bukan JSON yang sah / not valid JSON: ${error instanceof Error ? error.message : ''}` }] }
  }
  if (!Array.isArray(data)) return { entries: [], problems: [{ line: 0, problem: 'harus berupa daftar / must be a list' }] }
  const result: ParsedEntries = { entries: [], problems: [] }
  data.forEach((row: unknown, index) => {
    const item = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>
    const entry = checkEntry(item.form, item.expansion, item.category)
    if (typeof entry === 'string') result.problems.push({ line: index + 1, problem: entry })
    else result.entries.push(entry)
  })
  return result
}

/** CSV a spreadsheet opens cleanly: BOM, every field quoted, a formula guard for cells starting with = + - @. */
export function entriesToCsv(entries: readonly AcronymEntry[]): string {
  const cell = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`
  return `\uFEFF${['"form","expansion","category"', ...entries.map((e) => [e.form, e.expansion, e.category].map(cell).join(','))].join('\r\n')}\r\n`
}

export function entriesToJson(entries: readonly AcronymEntry[]): string {
  return JSON.stringify(entries.map(({ form, expansion, category }) => ({ form, expansion, category })), null, 2)
}
