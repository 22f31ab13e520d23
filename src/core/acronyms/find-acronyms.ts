/**
 * The acronym feature's entry point: every acronym occurrence in an article given as text blocks, with its
 * expansion and where the expansion came from. Pure and string-level (no DOM): the renderer maps the offsets back
 * onto text nodes and applies the user's display mode.
 *
 * Pipeline: in-article definitions (definitions.ts) become the top layer → the user's entries → the shipped
 * dictionary (dictionary.ts, parsed on first use) → one linear scan per block (matcher.ts) → guards (person
 * initials "AS (38)", academic degrees ", SE", Roman numerals) → sense choice (disambiguate.ts) → flags.
 *
 * Display modes ('first' | 'every' | 'tooltip') are the renderer's business; it gets two flags per occurrence:
 * - `definedInPlace`: the article defines the form right here ("Sekretaris Daerah (Sekda)": the Sekda in the
 *   brackets; "Sekda (sekretaris daerah)": the Sekda before them; also "Kementerian Dalam Negeri (Kemendagri)" when
 *   the dictionary's long form sits next to the form). No inline expansion is needed there.
 * - `firstOfForm`: the first occurrence of this expansion in the article (spelling variants such as 'Prov.' and
 *   'Prov' share it). In 'first' mode the renderer expands an occurrence inline when it is `firstOfForm` and not
 *   `definedInPlace`; later occurrences get the tooltip only.
 */
import type { AcronymSource } from '../contract.ts'
import { findDefinitions, type Definition } from './definitions.ts'
import { layerFromEntries, shippedDictionary } from './dictionary.ts'
import { chooseSense, hasWords, type ArticleEvidence } from './disambiguate.ts'
import { scanBlock, type RawMatch } from './matcher.ts'
import { isSpaceCode, isWordChar } from './tokenize.ts'
import { FLAG_REGIONAL, type AcronymEntry, type DictionaryLayer, type Sense } from './types.ts'

export type { AcronymCategory, AcronymEntry } from './types.ts'
export { ACRONYM_CATEGORIES } from './types.ts'

export interface AcronymOccurrence {
  /** [start,end) UTF-16 offsets into blocks[block]. */
  block: number
  start: number
  end: number
  /** As written in the text, e.g. 'Prov.', 'K/L', 'APBD-P'. */
  form: string
  /** e.g. 'Provinsi', 'kementerian/lembaga'. */
  expansion: string
  source: AcronymSource
  /** The article defines it right here ("Sekretaris Daerah (Sekda)" → the Sekda in the brackets). */
  definedInPlace: boolean
  /** The first occurrence of this form (or this expansion) in the article. */
  firstOfForm: boolean
  /** Category of the chosen sense ('other' for article definitions the dictionary does not know). */
  category: AcronymEntry['category']
  /** Where the expansion is verified (dictionary and user rows), or 'article' for in-text definitions. */
  provenance: string
}

export interface AcronymContext {
  region: { province: string | null; regency: string | null }
  userEntries?: AcronymEntry[]
  /** A dictionary layer to use instead of the shipped one (tests, benchmarks). */
  dictionary?: DictionaryLayer
}

/** Academic degrees written after names: "Ahmad, SE, MM" (SE there is Sarjana Ekonomi, not Surat Edaran). */
const DEGREES = new Set(
  'SE SH ST SP SPd SKM SIP SSos SKom SAg SHI MM MH MT MSi MPd MAP MKes MAg MSc MBA MA Ak CA SSTP MIP SSi SKep Ns'.split(' '),
)
/** Words after which 2–3 capitals are a person's initials ("tersangka AF"). */
const INITIAL_CUES = new Set('inisial berinisial tersangka pelaku korban saksi terdakwa oknum pria wanita warga bocah sopir'.split(' '))
/** Words after which a Roman numeral is a number ("Komisi II", "Kodam XII", "Bab VII"). */
const ROMAN_CONTEXT = new Set(
  ('komisi kodam lantamal koarmada kogabwilhan pasal bab tahap sesi kelas angkatan jilid seri gelombang brigif yonif ' +
    'abad ke nomor no tingkat golongan gol zona wilayah dapil putaran hari triwulan semester pekan minggu bagian lampiran').split(' '),
)

const isCap = (c: number): boolean => c >= 65 && c <= 90
const isDigit = (c: number): boolean => c >= 48 && c <= 57

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  return i
}

/** The word ending right before `pos` (spaces and a '.' skipped), lower-cased. */
function previousWord(text: string, pos: number): string {
  let e = pos
  while (e > 0 && (isSpaceCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 46)) e--
  let b = e
  while (b > 0 && isWordChar(text.charCodeAt(b - 1))) b--
  return text.slice(b, e).toLowerCase()
}

/** 2–3 capital letters, nothing else ("AS", "MR"). */
function shortCaps(form: string): boolean {
  if (form.length < 2 || form.length > 3) return false
  for (let i = 0; i < form.length; i++) if (!isCap(form.charCodeAt(i))) return false
  return true
}

/** "(34)", "( 34 tahun )" right at `i`: an age after a name. */
function ageAt(text: string, i: number): boolean {
  i = skipSpaces(text, i)
  if (text.charCodeAt(i) !== 40) return false
  i = skipSpaces(text, i + 1)
  const d = i
  while (isDigit(text.charCodeAt(i))) i++
  if (i === d || i - d > 2) return false
  i = skipSpaces(text, i)
  if (text.startsWith('tahun', i)) i = skipSpaces(text, i + 5)
  return text.charCodeAt(i) === 41
}

/** Person initials the article introduces ("berinisial AS (34)"): every later "AS" in it is that person. */
function declaredInitials(blocks: readonly string[]): Set<string> | null {
  let found: Set<string> | null = null
  for (const text of blocks) {
    for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      if (!ageAt(text, open)) continue
      let e = open
      while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--
      let b = e
      while (b > 0 && isWordChar(text.charCodeAt(b - 1))) b--
      const word = text.slice(b, e)
      if (shortCaps(word)) (found ??= new Set()).add(word)
    }
    for (let at = text.indexOf('inisial'); at >= 0; at = text.indexOf('inisial', at + 1)) {
      const b = skipSpaces(text, at + 7)
      let e = b
      while (e < text.length && isWordChar(text.charCodeAt(e))) e++
      const word = text.slice(b, e)
      if (shortCaps(word)) (found ??= new Set()).add(word)
    }
  }
  return found
}

/** Guards that veto a match whatever the dictionary says. */
function vetoed(text: string, start: number, end: number, form: string): boolean {
  // Person initials: "AS (38)", "berinisial MR", "tersangka AF".
  if (shortCaps(form) && (ageAt(text, end) || INITIAL_CUES.has(previousWord(text, start)))) return true
  // Degrees: ", SE", "SE, MM" after a name.
  if (DEGREES.has(form)) {
    let p = start
    while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--
    if (text.charCodeAt(p - 1) === 44) return true
    const c = skipSpaces(text, end)
    if (text.charCodeAt(c) === 44) {
      const b = skipSpaces(text, c + 1)
      let e = b
      while (e < text.length && (isWordChar(text.charCodeAt(e)) || text.charCodeAt(e) === 46)) e++
      if (DEGREES.has(text.slice(b, e).replace(/\./g, ''))) return true
    }
  }
  // Roman numerals after "Komisi", "Kodam", "Pasal" …
  if (isRoman(form) && ROMAN_CONTEXT.has(previousWord(text, start))) return true
  return false
}

function isRoman(form: string): boolean {
  for (let i = 0; i < form.length; i++) if ('IVXLCDM'.indexOf(form.charAt(i)) < 0) return false
  return form.length > 0
}

function entriesFromDefinitions(definitions: readonly Definition[], dictionary: DictionaryLayer): AcronymEntry[] {
  const seen = new Set<string>()
  const entries: AcronymEntry[] = []
  for (const d of definitions) {
    if (seen.has(d.sf)) continue
    seen.add(d.sf)
    const e = dictionary.lookup(d.sf)
    const row = e === undefined ? -1 : typeof e === 'number' ? e : e[0]
    const known = row < 0 ? undefined : dictionary.senses(row).find((sense) => sense.expansion.toLowerCase() === d.lf.toLowerCase())
    entries.push({ form: d.sf, expansion: d.lf, category: known?.category ?? 'other', source: 'article' })
  }
  return entries
}

const userLayers = new WeakMap<readonly AcronymEntry[], DictionaryLayer>()

/** Lower case, every run of non-word characters except '/' as one space ("Badan Meteorologi, Klimatologi, …"). */
export function foldText(text: string): string {
  const low = text.toLowerCase()
  let out = ''
  let gap = false
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i)
    if (isWordChar(c) || c === 47) {
      if (gap && out) out += ' '
      out += low.charAt(i)
      gap = false
    } else gap = true
  }
  return out
}

const folded = new Map<string, string>()
function normExpansion(expansion: string): string {
  let f = folded.get(expansion)
  if (f === undefined) {
    f = foldText(expansion)
    folded.set(expansion, f)
  }
  return f
}

/** Whether the sense's long form sits right next to the occurrence: "Kementerian Dalam Negeri (Kemendagri)". */
function longFormAdjacent(text: string, start: number, end: number, expansion: string): boolean {
  // Cheap test first: a bracket right before or after the form.
  let b = start - 1
  while (b >= 0 && isSpaceCode(text.charCodeAt(b))) b--
  let a = end
  while (a < text.length && isSpaceCode(text.charCodeAt(a))) a++
  if (text.charCodeAt(b) !== 40 && text.charCodeAt(a) !== 40) return false
  const lf = expansion.toLowerCase()
  const before = text.slice(Math.max(0, start - lf.length - 3), start).toLowerCase()
  if (/\(\s*$/.test(before) && before.replace(/\s*\(\s*$/, '').endsWith(lf)) return true
  const after = text.slice(end, end + lf.length + 3).toLowerCase()
  return /^\s*\(\s*/.test(after) && after.replace(/^\s*\(\s*/, '').startsWith(lf)
}

export function findAcronyms(blocks: readonly string[], context: AcronymContext): AcronymOccurrence[] {
  const dictionary = context.dictionary ?? shippedDictionary()
  const definitions = findDefinitions(blocks)
  const layers: DictionaryLayer[] = []
  if (definitions.length) layers.push(layerFromEntries(entriesFromDefinitions(definitions, dictionary), 'article', true))
  const user = context.userEntries
  if (user?.length) {
    let layer = userLayers.get(user)
    if (!layer) {
      layer = layerFromEntries(user, 'user')
      userLayers.set(user, layer)
    }
    layers.push(layer)
  }
  layers.push(dictionary)

  const matches: RawMatch[] = []
  for (let b = 0; b < blocks.length; b++) scanBlock(blocks[b] ?? '', b, layers, matches)

  // Provinces the article names (Kalteng, Jabar …): evidence for regional senses.
  const provincesNamed = new Set<string>()
  for (const m of matches) {
    const only = m.senses.length === 1 ? m.senses[0] : undefined
    if (only && only.category === 'region' && only.region && !(only.flags & FLAG_REGIONAL)) provincesNamed.add(only.region)
  }
  let lower: string | null = null
  const known = new Map<string, boolean>()
  const evidence: ArticleEvidence = {
    blocks,
    province: context.region.province,
    regency: context.region.regency,
    provincesNamed,
    present(phrase) {
      let hit = known.get(phrase)
      if (hit === undefined) {
        lower ??= blocks.join('\n').toLowerCase()
        hit = hasWords(lower, phrase)
        known.set(phrase, hit)
      }
      return hit
    },
  }

  const defined = new Map<number, Definition[]>()
  for (const d of definitions) {
    const list = defined.get(d.block)
    if (list) list.push(d)
    else defined.set(d.block, [d])
  }

  const initials = declaredInitials(blocks)
  const out: AcronymOccurrence[] = []
  const seen = new Set<string>()
  for (const m of matches) {
    const text = blocks[m.block] ?? ''
    const form = text.slice(m.start, m.end)
    if (vetoed(text, m.start, m.end, form)) continue
    if (initials?.has(form) && m.senses[0]?.layer !== 'article') continue
    const defs = defined.get(m.block)
    const sense: Sense | null = chooseSense(m.senses, m.block, m.start, m.end, evidence)
    if (!sense) continue
    const here = defs?.some((d) => m.start < d.sfEnd && m.end > d.sfStart) ?? false
    const definedInPlace = here || longFormAdjacent(text, m.start, m.end, sense.expansion)
    const group = normExpansion(sense.expansion) || form
    const firstOfForm = !seen.has(group)
    seen.add(group)
    out.push({
      block: m.block,
      start: m.start,
      end: m.end,
      form,
      expansion: sense.expansion,
      source: sense.layer,
      definedInPlace,
      firstOfForm,
      category: sense.category,
      provenance: sense.source,
    })
  }
  return out
}
