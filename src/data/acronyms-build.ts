/**
 * Compiles src/data/acronyms.tsv (human-edited, documented in ACRONYMS.md) into src/data/acronyms.json, the compact
 * lookup structure src/core/acronyms/dictionary.ts parses on first use, and checks the rows.
 *
 *   npx tsx src/data/acronyms-build.ts          # rewrite acronyms.json and acronyms-rows.txt (fails on any check)
 *   npx tsx src/data/acronyms-build.ts --check  # only report problems and the size by category
 *
 * The unit test src/data/acronyms-build.test.ts runs the same checks and fails when the JSON is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIndex } from '../core/acronyms/build-index.ts'
import { bucketIndex } from '../core/acronyms/bucketed-index.ts'
import type { CompiledDictionary } from '../core/acronyms/dictionary.ts'
import type { Entry } from '../core/acronyms/types.ts'
import { tokenize } from '../core/acronyms/tokenize.ts'
import { ACRONYM_CATEGORIES, FLAG_LOWER, FLAG_NAMES, FLAG_NODOT } from '../core/acronyms/types.ts'

export const COLUMNS = ['form', 'expansion', 'category', 'region', 'cues', 'flags', 'source', 'note'] as const

export interface TsvRow {
  line: number
  form: string
  expansion: string
  category: string
  region: string
  cues: string
  flags: string
  source: string
  note: string
}

const here = dirname(fileURLToPath(import.meta.url))
export const TSV_PATH = join(here, 'acronyms.tsv')
export const JSON_PATH = join(here, 'acronyms.json')
export const ROWS_PATH = join(here, 'acronyms-rows.txt')
const REGIONS_PATH = join(here, 'regions.json')

export function parseTsv(text: string): { rows: TsvRow[]; problems: string[] } {
  const rows: TsvRow[] = []
  const problems: string[] = []
  let header = false
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (!line.trim() || line.startsWith('#')) return
    const cells = line.split('\t')
    if (!header) {
      header = true
      if (cells.join('\t') !== COLUMNS.join('\t')) problems.push(`line ${i + 1}: header must be ${COLUMNS.join(' ⇥ ')}`)
      return
    }
    if (cells.length < 7 || cells.length > 8) {
      problems.push(`line ${i + 1}: ${cells.length} columns (want 7 or 8): ${line}`)
      return
    }
    const [form = '', expansion = '', category = '', region = '', cues = '', flags = '', source = '', note = ''] = cells
    rows.push({ line: i + 1, form, expansion, category, region, cues, flags, source, note })
  })
  return { rows, problems }
}

interface Regions {
  provinces: Record<string, { name: string }>
  regencies: Record<string, string>
}

export function loadRegions(): Regions {
  return JSON.parse(readFileSync(REGIONS_PATH, 'utf8')) as Regions
}

const BRACKETS: Record<string, string> = { ')': '(', ']': '[' }

function balanced(s: string): boolean {
  const stack: string[] = []
  for (const ch of s) {
    if (ch === '(' || ch === '[') stack.push(ch)
    else if (ch in BRACKETS) {
      if (stack.pop() !== BRACKETS[ch]) return false
    }
  }
  return stack.length === 0
}

/** Everything wrong with the rows; empty when they may ship. */
export function checkRows(rows: readonly TsvRow[], regions: Regions): string[] {
  const problems: string[] = []
  const where = (row: TsvRow): string => `line ${row.line} (${row.form})`
  const pairs = new Set<string>()
  const byForm = new Map<string, TsvRow[]>()
  const officialNames = new Set<string>()
  for (const p of Object.values(regions.provinces)) officialNames.add(p.name)
  for (const name of Object.values(regions.regencies)) {
    officialNames.add(name)
    officialNames.add(name.replace(/^(Kabupaten|Kota)( Administrasi)? /, ''))
  }
  for (const row of rows) {
    const { form, expansion } = row
    for (const [name, value] of Object.entries(row)) {
      if (typeof value === 'string' && value !== value.trim()) problems.push(`${where(row)}: ${name} has leading or trailing spaces`)
      if (typeof value === 'string' && /\s{2,}/.test(value)) problems.push(`${where(row)}: ${name} has double spaces`)
    }
    if (!form) problems.push(`line ${row.line}: empty form`)
    if (!/^[\p{L}\p{N}]/u.test(form)) problems.push(`${where(row)}: form must start with a letter or digit`)
    // Tokens must be joined by what the matcher joins on: one space, '-', '/', ' & '.
    const t = tokenize(form)
    for (let i = 1; i < t.start.length; i++) {
      const sep = form.slice(t.end[i - 1], t.start[i])
      if (![' ', '-', '/', ' & ', '&'].includes(sep)) problems.push(`${where(row)}: separator ${JSON.stringify(sep)} inside the form`)
    }
    const tail = form.slice(t.end[t.end.length - 1] ?? form.length)
    if (tail && tail !== '.') problems.push(`${where(row)}: form ends with ${JSON.stringify(tail)}`)
    if (!expansion) problems.push(`${where(row)}: empty expansion`)
    if (!/^[\p{Lu}\p{N}]/u.test(expansion)) problems.push(`${where(row)}: expansion must start with a capital letter`)
    if (!balanced(expansion)) problems.push(`${where(row)}: unbalanced brackets in the expansion`)
    if (/[,;:.\-/]$/.test(expansion) || /\s[,;:.]/.test(expansion)) problems.push(`${where(row)}: stray punctuation in the expansion`)
    if (expansion.toLowerCase() === form.toLowerCase()) problems.push(`${where(row)}: expansion equals the form`)
    if (!(ACRONYM_CATEGORIES as readonly string[]).includes(row.category)) problems.push(`${where(row)}: unknown category ${row.category}`)
    if (!row.source) problems.push(`${where(row)}: no source`)
    const flags = row.flags ? row.flags.split(',') : []
    for (const f of flags) if (!(f in FLAG_NAMES)) problems.push(`${where(row)}: unknown flag ${f}`)
    if (row.region && !regions.provinces[row.region]) problems.push(`${where(row)}: region ${row.region} is not a province code`)
    if (flags.includes('regional') && !row.region) problems.push(`${where(row)}: regional without a region`)
    if (flags.includes('nodot') && !form.endsWith('.')) problems.push(`${where(row)}: nodot on a form without a dot`)
    if (row.cues && row.cues.split(';').some((c) => !c.trim() || c !== c.trim())) problems.push(`${where(row)}: empty or padded cue`)
    // A weak cue is '~' and words; a positional one '_' and one space before or after its words, or its words, a
    // space and '(_)' for the form in brackets right after them (disambiguate.ts, cueSet).
    // A host cue is '@' and a province's name (the page's own province points to the sense).
    for (const c of row.cues ? row.cues.split(';') : []) {
      if (c === '# _') {
        if (flags.includes('title')) problems.push(`${where(row)}: a title row's cues are units, not count cues`)
        continue
      }
      if (c.startsWith('@')) {
        if (!Object.values(regions.provinces).some((p) => p.name === c.slice(1))) problems.push(`${where(row)}: host cue ${JSON.stringify(c)} is not a province's name`)
        if (flags.includes('title')) problems.push(`${where(row)}: a title row's cues are units, not host cues`)
        continue
      }
      const words = c.replace(/^~/, '').replace(/^_ /, '').replace(/ \(_\)$/, '').replace(/ _$/, '')
      if (!/^[\p{L}\p{N}]/u.test(words) || /[~_]/.test(words) || (c.startsWith('~') && words !== c.slice(1))) {
        problems.push(`${where(row)}: malformed cue ${JSON.stringify(c)}`)
      }
      if ((c.startsWith('_') || c.endsWith('_') || c.endsWith('(_)') || c.startsWith('~')) && flags.includes('title')) problems.push(`${where(row)}: a title row's cues are units, not weak or positional cues`)
    }
    // '|' and tabs separate senses and fields in the compiled JSON.
    if (Object.values(row).some((v) => typeof v === 'string' && v.includes('|'))) problems.push(`${where(row)}: '|' is reserved`)
    if (row.category === 'region' && row.source.includes('idn-area-data')) {
      if (!officialNames.has(expansion)) problems.push(`${where(row)}: ${expansion} is not an idn-area-data name`)
    }
    const pair = `${form}\u0000${expansion.toLowerCase()}`
    if (pairs.has(pair)) problems.push(`${where(row)}: duplicate (form, sense)`)
    pairs.add(pair)
    const list = byForm.get(form)
    if (list) list.push(row)
    else byForm.set(form, [row])
  }
  for (const [form, list] of byForm) {
    const defaults = list.filter((r) => r.flags.split(',').includes('default'))
    if (list.length === 1) {
      if (defaults.length) problems.push(`${where(list[0]!)}: 'default' on a form with one sense`)
      continue
    }
    if (defaults.length > 1) problems.push(`${form}: ${defaults.length} default senses`)
    for (const r of list) {
      const flags = r.flags.split(',')
      if (!r.cues && !r.region && !flags.includes('default')) problems.push(`${where(r)}: ambiguous form, sense without cues, region or default`)
    }
  }
  return problems
}

export function compile(rows: readonly TsvRow[], regions: Regions): CompiledDictionary {
  const sources: string[] = []
  const sourceIndex = new Map<string, number>()
  const senses = new Map<string, string[]>()
  const lower: Record<string, string> = {}
  const nodot: string[] = []
  for (const row of rows) {
    let src = sourceIndex.get(row.source)
    if (src === undefined) {
      src = sources.length
      sources.push(row.source)
      sourceIndex.set(row.source, src)
    }
    let flags = 0
    for (const f of row.flags ? row.flags.split(',') : []) flags |= FLAG_NAMES[f] ?? 0
    const fields = [row.expansion, String((ACRONYM_CATEGORIES as readonly string[]).indexOf(row.category)), String(flags), String(src)]
    const region = row.region ? (regions.provinces[row.region]?.name ?? row.region) : ''
    if (region || row.cues) fields.push(region)
    if (row.cues) fields.push(row.cues)
    const list = senses.get(row.form)
    if (list) list.push(fields.join('\t'))
    else senses.set(row.form, [fields.join('\t')])
    if (flags & FLAG_LOWER) {
      const low = row.form.toLowerCase()
      if (low !== row.form && !rows.some((r) => r.form === low)) lower[low] = row.form
    }
    if (flags & FLAG_NODOT && !nodot.includes(row.form)) nodot.push(row.form)
  }
  const keys = [...senses.keys()]
  const nodotSet = new Set(nodot)
  const lowerOf = new Map<string, string[]>()
  for (const [low, key] of Object.entries(lower)) lowerOf.set(key, [...(lowerOf.get(key) ?? []), low])
  const index = buildIndex(keys, (row) => (nodotSet.has(keys[row] ?? '') ? FLAG_NODOT : 0), (key) => lowerOf.get(key) ?? [])
  // Each line is `key|sense|sense…`; the index stores the line's character offset, so loading splits nothing.
  const lines = keys.map((key) => [key, ...(senses.get(key) ?? [])].join('|'))
  const offsets: number[] = []
  let at = 0
  for (const line of lines) {
    offsets.push(at)
    at += line.length + 1
  }
  const off = (row: number): number => (row < 0 ? -1 : (offsets[row] ?? -1))
  const compiledIndex: Array<[string, Entry]> = []
  for (const [text, e] of index) compiledIndex.push([text, typeof e === 'number' ? off(e) : [off(e[0]), off(e[1]), e[2], e[3]]])
  return {
    version: 5,
    categories: [...ACRONYM_CATEGORIES],
    sources,
    rows: lines.join('\n'),
    ...bucketIndex(compiledIndex),
  }
}

/**
 * The two shipped files: acronyms.json (everything but the rows) and acronyms-rows.txt (the rows, one line per
 * form). Keeping the rows out of the JSON means a page parses only the index; the rows stay one string.
 */
export function render(data: CompiledDictionary): { json: string; rowsText: string } {
  const comment = 'Generated from acronyms.tsv by acronyms-build.ts; do not edit. Rows: acronyms-rows.txt. Licences: see ACRONYMS.md.'
  const { rows, ...rest } = data
  return { json: JSON.stringify({ _comment: comment, ...rest }) + '\n', rowsText: rows }
}

export function buildFromDisk(): { json: string; rowsText: string; rows: TsvRow[]; problems: string[] } {
  const { rows, problems } = parseTsv(readFileSync(TSV_PATH, 'utf8'))
  const regions = loadRegions()
  problems.push(...checkRows(rows, regions))
  return { ...render(compile(rows, regions)), rows, problems }
}

export function countByCategory(rows: readonly TsvRow[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const row of rows) counts[row.category] = (counts[row.category] ?? 0) + 1
  return counts
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { json, rowsText, rows, problems } = buildFromDisk()
  for (const p of problems) console.error(p)
  console.log(`${rows.length} rows, ${new Set(rows.map((r) => r.form)).size} forms`, countByCategory(rows))
  if (problems.length) process.exit(1)
  if (!process.argv.includes('--check')) {
    writeFileSync(JSON_PATH, json)
    writeFileSync(ROWS_PATH, rowsText)
    console.log(`wrote ${JSON_PATH} (${json.length} bytes) and ${ROWS_PATH} (${rowsText.length} characters)`)
  }
}
