/**
 * The shipped acronym dictionary and dictionary layers. The data is src/data/acronyms.json plus
 * src/data/acronyms-rows.txt, compiled from the human-edited src/data/acronyms.tsv by src/data/acronyms-build.ts.
 * Both are imported as raw strings; the JSON is parsed on first use (`shippedDictionary()`), so a page that never
 * asks for acronyms pays only for the string literals.
 *
 * The data is built for a cold start (first call on a page load, no JIT yet): loading parses a small JSON (the
 * categories, the sources and two strings) and runs no JavaScript loop; nothing is turned into objects up front.
 * - the index (bucketed-index.ts) maps every form key and every token that starts a form to an `Entry` (a row
 *   number, or a small tuple for multi-token starts, dotted forms and lowercase variants), so the matcher does one
 *   lookup per token, and most tokens are answered from their empty bucket without a search;
 * - each row's senses are one line of the `rows` string ('\t' between fields, '|' between senses), split out only
 *   when a page contains the form.
 *
 * `layerFromEntries` turns entries given as data (the user's own dictionary, the article's definitions) into a
 * layer with the same interface.
 */
import raw from '../../data/acronyms.json?raw'
import shippedRows from '../../data/acronyms-rows.txt?raw'
import { regionFromCode } from '../metadata/region.ts'
import { buildIndex, formKey, singleToken } from './build-index.ts'
import { bucketLookup, entryMap } from './bucketed-index.ts'
import { keyShapes, mayBeKey } from './key-shapes.ts'
import {
  ACRONYM_CATEGORIES,
  FLAG_DEFAULT,
  FLAG_LOWER,
  type AcronymCategory,
  type AcronymEntry,
  type DictionaryLayer,
  type Entry,
  type Layer,
  type Sense,
} from './types.ts'

export { formKey } from './build-index.ts'

export interface CompiledDictionary {
  version: 5
  categories: string[]
  sources: string[]
  /** One line per form: `key|sense|sense…`, each sense `expansion\tcategory\tflags\tsource[\tregion[\tcues]]`. */
  rows: string
  /** The bucketed index (bucketed-index.ts): form key or token → Entry, whose row numbers are character offsets of lines in `rows`. */
  keys: string
  buckets: string
}

const hasLower = (s: string): boolean => s !== s.toUpperCase()

function parseLine(line: string, data: CompiledDictionary, layer: Layer): Sense[] {
  const parts = line.split('|')
  const key = parts[0] ?? ''
  const senses: Sense[] = []
  for (let i = 1; i < parts.length; i++) {
    const [expansion = '', cat = '0', flags = '0', src = '0', region, cues] = (parts[i] ?? '').split('\t')
    const f = Number(flags)
    const sense: Sense = {
      form: key,
      expansion,
      category: (data.categories[Number(cat)] ?? 'other') as AcronymCategory,
      source: data.sources[Number(src)] ?? '',
      flags: f,
      layer,
    }
    if (region) sense.region = region
    if (cues) sense.cues = cues.split(';')
    if (f & FLAG_DEFAULT) sense.isDefault = true
    senses.push(sense)
  }
  return senses
}

/** The layer over a compiled dictionary (the shipped one, or one compiled in tests). */
export function compiledLayer(data: CompiledDictionary, layer: Layer = 'dictionary'): DictionaryLayer {
  const { keys, buckets, rows } = data
  let lookups = 0
  let map: Map<string, Entry> | null = null
  const cache = new Map<number, Sense[]>()
  let upper: Map<string, number> | null = null
  return {
    layer,
    lookup(text) {
      if (map) return map.get(text)
      // A long article looks up tens of thousands of tokens: past a short article's worth, one Map of the whole
      // index answers faster than the buckets (measured on the 60,000-word page in Chromium: 60-70 -> ~52 ms).
      if (++lookups > LOOKUPS_BEFORE_MAP) {
        map = entryMap(keys)
        return map.get(text)
      }
      return bucketLookup(keys, buckets, text)
    },
    senses(row) {
      let hit = cache.get(row)
      if (!hit) {
        const end = rows.indexOf('\n', row)
        hit = parseLine(rows.slice(row, end < 0 ? rows.length : end), data, layer)
        cache.set(row, hit)
      }
      return hit
    },
    fromUpper(key) {
      if (!upper) {
        // Built only when a page has an all-caps headline block: syllabic single-word forms in capitals.
        upper = new Map()
        for (let at = 0; at < rows.length; ) {
          const end = rows.indexOf('\n', at)
          const stop = end < 0 ? rows.length : end
          const form = rows.slice(at, rows.indexOf('|', at))
          if (form.length >= 4 && hasLower(form) && singleToken(form) && !form.endsWith('.')) {
            const up = form.toUpperCase()
            if (bucketLookup(keys, buckets, up) === undefined && !upper.has(up)) upper.set(up, at)
          }
          at = stop + 1
        }
      }
      return upper.get(key) ?? -1
    },
  }
}

/** About ten news articles' tokens: a page that looks up more is long enough to pay for a Map of the index. */
const LOOKUPS_BEFORE_MAP = 5_000

let shipped: DictionaryLayer | null = null
/** Milliseconds the first `shippedDictionary()` call spent (one small JSON.parse). */
export let shippedLoadMs = 0

export function shippedDictionaryData(): CompiledDictionary {
  return { ...(JSON.parse(raw) as Omit<CompiledDictionary, 'rows'>), rows: shippedRows }
}

/** The shipped dictionary, parsed on first call. */
export function shippedDictionary(): DictionaryLayer {
  if (!shipped) {
    const t0 = performance.now()
    shipped = compiledLayer(shippedDictionaryData(), 'dictionary')
    shippedLoadMs = performance.now() - t0
  }
  return shipped
}

function resolveRegion(region: string | undefined): string | undefined {
  if (!region) return undefined
  if (region.length === 2 && region >= '10' && region <= '99') return regionFromCode(region).province ?? region
  return region
}

/**
 * A layer over entries given as data. Syllabic forms (with lower-case letters) also match in all-lowercase when
 * the entry is flagged `lower` or `lowerToo` is set (article definitions: "sekda (sekretaris daerah)" defines
 * Sekda), and a lowercase definition also covers its capitalised spelling.
 */
export function layerFromEntries(entries: readonly AcronymEntry[], layer: Layer, lowerToo = false): DictionaryLayer {
  const keys: string[] = []
  const rows: Sense[][] = []
  const rowOf = new Map<string, number>()
  for (const entry of entries) {
    const key = formKey(entry.form)
    if (!key || !entry.expansion.trim()) continue
    const category = (ACRONYM_CATEGORIES as readonly string[]).includes(entry.category) ? entry.category : 'other'
    const flags = (entry.flags ?? 0) | (entry.isDefault ? FLAG_DEFAULT : 0)
    const sense: Sense = { ...entry, form: key, category, flags, layer }
    const region = resolveRegion(entry.region)
    if (region) sense.region = region
    const row = rowOf.get(key)
    if (row !== undefined) rows[row]!.push(sense)
    else {
      rowOf.set(key, keys.length)
      keys.push(key)
      rows.push([sense])
    }
  }
  const flagsOf = (row: number): number => (rows[row] ?? []).reduce((f, s) => f | s.flags, 0)
  const index = buildIndex(keys, flagsOf, (key, row) => {
    if (!singleToken(key) || key.endsWith('.') || !hasLower(key)) return []
    const low = key.toLowerCase()
    const out: string[] = []
    if (low !== key && (lowerToo || flagsOf(row) & FLAG_LOWER)) out.push(low)
    if (low === key) out.push(key.charAt(0).toUpperCase() + key.slice(1))
    return out
  })
  const shapes = keyShapes(index.keys())
  let upper: Map<string, number> | null = null
  return {
    layer,
    lookup: (text) => (mayBeKey(shapes, text) ? index.get(text) : undefined),
    senses: (row) => rows[row] ?? [],
    fromUpper(key) {
      if (!upper) {
        upper = new Map()
        keys.forEach((form, row) => {
          if (form.length >= 4 && hasLower(form) && singleToken(form) && !form.endsWith('.')) upper!.set(form.toUpperCase(), row)
        })
      }
      return upper.get(key) ?? -1
    },
  }
}
