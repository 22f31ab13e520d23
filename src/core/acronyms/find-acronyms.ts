/**
 * The acronym feature's entry point: every acronym occurrence in an article given as text blocks, with its
 * expansion and where the expansion came from. Pure and string-level (no DOM): the renderer maps the offsets back
 * onto text nodes and applies the user's display mode.
 *
 * Pipeline: in-article definitions (definitions.ts) become the top layer → the user's entries → the shipped
 * dictionary (dictionary.ts, parsed on first use) → one linear scan per block (matcher.ts) → guards (guards.ts:
 * person initials "AS (38)", academic degrees ", SE", Roman numerals, plates) → sense choice (disambiguate.ts, and
 * dictionary-over-definition.ts where the words at the occurrence overrule the article's definition) → names made of
 * two parts ("Kadis PUPR", "Kanwil Kemenkum", "Bawaslu RI", "Balai TNK", "PPPK-PW": hyphen-qualifier.ts) → flags
 * (long-form-adjacent.ts, fold-text.ts). `findAcronymsInSlices` is the one implementation, a generator that can
 * give the main thread back between blocks on a long article; `findAcronyms` drives it without yielding.
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
import { definitionsInBlock, type Definition } from './definitions.ts'
import { dictionaryVariantsInBlock } from './dictionary-variant.ts'
import { layerFromEntries, shippedDictionary } from './dictionary.ts'
import { chooseSense, hasWords, type ArticleEvidence } from './disambiguate.ts'
import { dictionarySenseOverDefinition } from './dictionary-over-definition.ts'
import { foldedExpansion } from './fold-text.ts'
import { initialsInBlock, vetoed } from './guards.ts'
import { hyphenSuffixAt, qualifierAfterForm } from './hyphen-qualifier.ts'
import { longFormAdjacent } from './long-form-adjacent.ts'
import { scanBlock, type RawMatch } from './matcher.ts'
import { FLAG_LOWER, FLAG_REGIONAL, type AcronymCategory, type AcronymEntry, type DictionaryLayer, type Sense } from './types.ts'
import { isSpaceCode, isUpperCode, isWordChar } from './tokenize.ts'
import { runToCompletion } from '../run-to-completion.ts'
import { isRegionName } from '../metadata/region.ts'

export type { AcronymCategory, AcronymEntry } from './types.ts'
export { ACRONYM_CATEGORIES } from './types.ts'
export { foldText } from './fold-text.ts'

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

/** The long form a definition gives, completed with the dictionary's name when the letters stopped short. */
function definedLongForm(d: Definition, dictionary: DictionaryLayer, blocks: readonly string[]): { lf: string; senses: readonly Sense[] } {
  const e = dictionary.lookup(d.sf)
  const row = e === undefined ? -1 : typeof e === 'number' ? e : e[0]
  const senses = row < 0 ? [] : dictionary.senses(row)
  return { lf: completedLongForm(d, senses, blocks[d.block] ?? ''), senses }
}

/**
 * Forms the article defines more than once with different long forms ("Kekurangan Energi Kronis (KEK)", later "Kurang
 * Energi Kronis (KEK)"): each definition in article order, so an occurrence takes the nearest one before it.
 */
function redefinitions(definitions: readonly Definition[], dictionary: DictionaryLayer, blocks: readonly string[]): Map<string, Array<{ block: number; start: number; lf: string }>> {
  const all = new Map<string, Array<{ block: number; start: number; lf: string }>>()
  for (const d of definitions) {
    const list = all.get(d.sf)
    const entry = { block: d.block, start: d.sfStart, lf: definedLongForm(d, dictionary, blocks).lf }
    if (list) list.push(entry)
    else all.set(d.sf, [entry])
  }
  for (const [sf, list] of all) {
    if (list.every((entry) => foldedExpansion(entry.lf) === foldedExpansion(list[0]!.lf))) all.delete(sf)
  }
  return all
}

/** The long form of the last definition at or before (block, start), else the first one. */
function nearestDefinition(list: ReadonlyArray<{ block: number; start: number; lf: string }>, block: number, start: number): string {
  let lf = list[0]!.lf
  for (const entry of list) {
    if (entry.block > block || (entry.block === block && entry.start > start)) break
    lf = entry.lf
  }
  return lf
}

function entriesFromDefinitions(definitions: readonly Definition[], dictionary: DictionaryLayer, blocks: readonly string[]): AcronymEntry[] {
  const seen = new Set<string>()
  const entries: AcronymEntry[] = []
  for (const d of definitions) {
    if (seen.has(d.sf)) continue
    seen.add(d.sf)
    const { lf, senses } = definedLongForm(d, dictionary, blocks)
    const known = senses.find((sense) => sense.expansion.toLowerCase() === lf.toLowerCase())
    const entry: AcronymEntry = { form: d.sf, expansion: lf, category: known?.category ?? 'other', source: 'article' }
    // "Kasira (kader siaga rabies)", later "insentif kasira": a syllabic form defined by a lower-case long form is a
    // common noun, and its writer spells it in lower case too ("Bengkulu Tengah (Benteng)" leaves "benteng" alone) —
    // unless that spelling is an ordinary word ("tim Sigap (siaga …)", later "petugas bergerak sigap").
    if (SYLLABIC_FORM.test(d.sf) && lf === lf.toLowerCase() && !ORDINARY_WORDS.has(d.sf.toLowerCase())) entry.flags = FLAG_LOWER
    entries.push(entry)
    // A hyphenated form the article defines is also what its writer means spelled without the hyphen or with a
    // space ("Perubahan … (APBD-P)", later "dari APBDP", "dari APBD P").
    if (HYPHENATED_FORM.test(d.sf)) {
      for (const variant of [d.sf.replace('-', ''), d.sf.replace('-', ' ')]) {
        if (seen.has(variant)) continue
        seen.add(variant)
        entries.push({ form: variant, expansion: lf, category: known?.category ?? 'other', source: 'article' })
      }
    }
    // "Direktorat Jenderal Sumber Daya Air (Ditjen SDA)" also says what SDA is here, for a later "Dirjen SDA".
    const unit = unitOfDefinition(d.sf, lf)
    if (unit !== null && !seen.has(unit.form)) {
      seen.add(unit.form)
      entries.push({ form: unit.form, expansion: unit.expansion, category: 'other', source: 'article' })
    }
  }
  return entries
}

/** One capitalised syllabic word of four letters or more ("Kasira", "Bumil"). */
const SYLLABIC_FORM = /^[A-Z][a-z]{3,}$/

/**
 * Ordinary Indonesian words (KBBI adjectives and verbs) that programmes and teams take as their syllabic short forms
 * ("Sigap (siaga gerak antisipasi penyakit)", "Tangguh", "Cermat"): a form spelled like one keeps only its capitalised
 * spelling, since the writer's lower-case spelling is the word ("petugas bergerak sigap"). Lower case, four letters or
 * more (SYLLABIC_FORM).
 */
const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  'sigap', 'tanggap', 'siaga', 'tangguh', 'cermat', 'tepat', 'cepat', 'aman', 'bersih', 'sehat', 'peduli', 'santun',
  'berani', 'jujur', 'tertib', 'ramah', 'cerdas', 'mandiri', 'tuntas', 'hebat', 'prima', 'gesit', 'tangkas', 'ceria',
  'asri', 'indah', 'rapi', 'bijak', 'sejahtera', 'lestari', 'maju', 'bangkit', 'juara', 'mantap', 'sahabat', 'berkah',
])

/** A form of two capitalised parts joined by one hyphen ("APBD-P", "PBB-P2"). */
const HYPHENATED_FORM = /^[A-Z][A-Za-z]+-[A-Z0-9][A-Za-z0-9]*$/

/** Words for an echelon unit or an office, written before the short form of what it is in charge of. */
const UNIT_WORDS: ReadonlySet<string> = new Set(['ditjen', 'dirjen', 'direktorat', 'dit', 'biro', 'pusat', 'balai', 'dinas', 'badan', 'kantor', 'deputi', 'kedeputian', 'sekretariat', 'inspektorat'])
/** Lower-case words a long form skips between the words its initials spell. */
const SKIPPED_WORDS: ReadonlySet<string> = new Set(['dan', 'serta', 'atau', 'di', 'ke', 'dari', 'untuk', 'bagi', 'pada', 'yang'])

/**
 * The second part of a form "UNIT ABC" defined as a long form ending with words whose initials spell ABC: ABC and
 * those words. Null otherwise.
 */
function unitOfDefinition(sf: string, lf: string): { form: string; expansion: string } | null {
  const parts = sf.split(' ')
  if (parts.length !== 2 || !UNIT_WORDS.has((parts[0] as string).toLowerCase())) return null
  const form = parts[1] as string
  if (!/^[A-Z]{2,6}$/.test(form)) return null
  const words = lf.split(/\s+/)
  // From the end: the words whose initials, skipping function words, spell the form.
  let need = form.length - 1
  for (let i = words.length - 1; i >= 1; i--) {
    const w = words[i] as string
    if (SKIPPED_WORDS.has(w.toLowerCase())) continue
    if (w.charAt(0).toUpperCase() !== form.charAt(need)) return null
    if (need-- === 0) return { form, expansion: words.slice(i).join(' ') }
  }
  return null
}

/**
 * The article's long form, completed from the dictionary when the letter matching stopped a word short: "hukum
 * perdata dan tata usaha negara (Datun)" matches only "dan tata usaha negara", while the dictionary's "Perdata dan
 * Tata Usaha Negara" ends with it and the words before it in the text are the missing start. The article's own
 * spelling is kept.
 */
function completedLongForm(d: Definition, senses: readonly Sense[], text: string): string {
  const lf = d.lf.toLowerCase()
  for (const sense of senses) {
    const full = sense.expansion.toLowerCase()
    // Over-reached the other way ("peserta dari kelompok tani (poktan)": the letters found a "p" two words early): the
    // dictionary's name at the end is the long form when the words before it hold a preposition or a conjunction.
    if (lf.length > full.length && lf.endsWith(` ${full}`)) {
      const extra = lf.slice(0, lf.length - full.length).trim().split(' ')
      if (extra.some((word) => SKIPPED_WORDS.has(word))) return d.lf.slice(d.lf.length - full.length)
    }
    if (full.length <= lf.length || !full.endsWith(` ${lf}`)) continue
    const missing = full.length - lf.length
    const start = d.lfStart - missing
    if (start >= 0 && text.slice(start, d.lfStart).toLowerCase() === full.slice(0, missing) && (start === 0 || !isWordChar(text.charCodeAt(start - 1)))) {
      return text.slice(start, d.lfEnd)
    }
  }
  return d.lf
}

const userLayers = new WeakMap<readonly AcronymEntry[], DictionaryLayer>()

/** The user's layer, built once per entries array (the content script passes the same array on every page pass). */
function userLayer(user: readonly AcronymEntry[]): DictionaryLayer {
  let layer = userLayers.get(user)
  if (!layer) {
    layer = layerFromEntries(user, 'user')
    userLayers.set(user, layer)
  }
  return layer
}

/** Whether a match is an unambiguous province short form ("Kalteng"): evidence for regional senses. */
function namesProvince(m: RawMatch): string | undefined {
  const only = m.senses.length === 1 ? m.senses[0] : undefined
  return only && only.category === 'region' && only.region && !(only.flags & FLAG_REGIONAL) ? only.region : undefined
}

/** Whether an in-article definition's short form overlaps [start,end) (a loop, not a closure per match). */
function overlapsDefinition(defs: readonly Definition[], start: number, end: number): boolean {
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i]!
    if (start < d.sfEnd && end > d.sfStart) return true
  }
  return false
}

/**
 * An abbreviated head right before the short form of its unit, read as one name: a head title ("Kadis PUPR" = Kepala
 * Dinas Pekerjaan Umum …) or a regional office of a ministry or agency ("Kanwil Kemenkum" = Kantor Wilayah
 * Kementerian Hukum, "Kakanwil Kemenag").
 */
interface Head {
  /** The unit word the head's expansion ends with, dropped from the unit's own expansion ("Kadis" + "Dinas …"). */
  unitWord: string
  /** Categories of the short forms that name a unit after the head. */
  units: ReadonlySet<string>
  /** The category of the name the two make. */
  category: AcronymCategory
}
/** Categories of the short forms that name a unit after a head title. */
const UNIT_CATEGORIES: ReadonlySet<string> = new Set(['regional-body', 'agency', 'security', 'other'])
/** Ministries and agencies keep regional offices (Kanwil). */
const OFFICE_CATEGORIES: ReadonlySet<string> = new Set(['ministry', 'agency'])
const title = (unitWord: string): Head => ({ unitWord, units: UNIT_CATEGORIES, category: 'position' })
const HEADS: ReadonlyMap<string, Head> = new Map([
  ['Kadis', title('Dinas')], ['Kaban', title('Badan')], ['Kabid', title('Bidang')], ['Kasi', title('Seksi')], ['Kasie', title('Seksi')],
  ['Kasat', title('Satuan')], ['Kabag', title('Bagian')], ['Kasubag', title('Subbagian')], ['Kasubbag', title('Subbagian')],
  ['Kakan', title('Kantor')], ['Kanit', title('Unit')], ['Kalaksa', title('Pelaksana')],
  ['Kanwil', { unitWord: '', units: OFFICE_CATEGORIES, category: 'agency' }],
  ['Kakanwil', { unitWord: '', units: OFFICE_CATEGORIES, category: 'position' }],
])
/** Categories of national bodies whose short form takes "RI" as part of the name ("Bawaslu RI", like "DPR RI"). */
const NATIONAL_CATEGORIES: ReadonlySet<string> = new Set(['ministry', 'agency', 'parliament'])
/**
 * Words written out before a unit's short form that make one name with it: "Balai TNK" = Balai Taman Nasional
 * Komodo, as "Balai POM" is a dictionary row (a Balai is the field office named after what it manages).
 */
const OFFICE_WORDS = ['Balai Besar ', 'Balai ']
/** Categories of the short forms an office word names (not regions, positions or laws). */
const OFFICE_UNIT_CATEGORIES: ReadonlySet<string> = new Set(['agency', 'program', 'other', 'regional-body'])
/** A unit that is itself a body is no field of a Balai ("Balai Besar" + "BPOM" is not "Balai Besar Badan …"). */
const BODY_WORDS = ['Badan ', 'Balai ', 'Kementerian ', 'Dinas ', 'Kantor ']

/** The office word ("Balai ", "Balai Besar ") written right before text[start], at a word start, or ''. */
function officeWordBefore(text: string, start: number): string {
  // Asked for most matches: two character reads rule nearly all out ("…i " or "…r " before the form).
  const last = text.charCodeAt(start - 2)
  if (text.charCodeAt(start - 1) !== 32 || (last !== 105 && last !== 114)) return ''
  for (const word of OFFICE_WORDS) {
    const at = start - word.length
    if (at >= 0 && text.startsWith(word, at) && (at === 0 || !isWordChar(text.charCodeAt(at - 1)))) return word
  }
  return ''
}

/** Words that open a region's name after an office's short form: "Kominfo Kota Contoh", "Kominfo Kab. Contoh". */
const REGION_WORDS = ['Kota ', 'Kabupaten ', 'Kab. ', 'Provinsi ', 'Prov. ']

/** A region's name, lower-case, without "Kabupaten"/"Kota" ("Kota Bau Bau" → "bau bau"). */
function bareRegionName(name: string): string {
  const low = name.toLowerCase()
  if (low.startsWith('kabupaten ')) return low.slice(10)
  if (low.startsWith('kota ')) return low.slice(5)
  return low
}

/** The page's regency and province and the provinces the article names, as bare lower-case names (once per article). */
function namesOfRegions(province: string | null, regency: string | null, named: ReadonlySet<string>): string[] {
  const names: string[] = []
  if (regency) names.push(bareRegionName(regency))
  if (province) names.push(bareRegionName(province))
  for (const p of named) names.push(bareRegionName(p))
  return names
}

/**
 * Where `name` (lower-case) ends if text[i…] is that name as whole words, its spaces optional ("Baubau" for "bau
 * bau"), else -1.
 */
function nameEndAt(text: string, i: number, name: string): number {
  let j = i
  for (let n = 0; n < name.length; n++) {
    const c = name.charCodeAt(n)
    if (c === 32) {
      if (isSpaceCode(text.charCodeAt(j))) j++
      continue
    }
    const t = text.charCodeAt(j)
    if ((t >= 65 && t <= 90 ? t + 32 : t) !== c) return -1
    j++
  }
  return j >= text.length || !isWordChar(text.charCodeAt(j)) ? j : -1
}

/** The match of `block` starting at `start`, by binary search (matches come in block, then offset order). */
function matchAt(matches: readonly RawMatch[], block: number, start: number): RawMatch | undefined {
  let lo = 0
  let hi = matches.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const m = matches[mid]!
    if (m.block === block && m.start === start) return m
    if (m.block < block || (m.block === block && m.start < start)) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

/** The end of the run of capitalised words starting at text[i] ("Kota Contoh Baru" → after "Baru"). */
function capitalisedRunEnd(text: string, i: number): number {
  let end = i
  for (;;) {
    if (!isUpperCode(text.charCodeAt(i))) return end
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++
    end = i
    if (text.charCodeAt(i) !== 32) return end
    i++
  }
}

/**
 * Where the name of a region that follows text[end] after one space ends, or -1: "Kota …"/"Kabupaten …"/"Provinsi …",
 * a region short form the dictionary matched there (Kotim, Kalteng), or the name of the page's regency or province or
 * of a province the article names ("Baubau" on a Kota Baubau page). Asked only for forms with a regional-office sense
 * and for a "PT" before a capitalised word.
 */
function regionEndAfter(text: string, block: number, end: number, matches: readonly RawMatch[], names: readonly string[]): number {
  if (!isSpaceCode(text.charCodeAt(end))) return -1
  let i = end + 1
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  if (!isUpperCode(text.charCodeAt(i))) return -1
  for (const w of REGION_WORDS) if (text.startsWith(w, i)) return capitalisedRunEnd(text, i + w.length)
  const next = matchAt(matches, block, i)
  if (next && next.senses.some((sense) => sense.category === 'region')) return next.end
  for (const name of names) {
    const nameEnd = name ? nameEndAt(text, i, name) : -1
    if (nameEnd >= 0) return nameEnd
  }
  // Any regency or city the gazetteer knows ("PT Surabaya", the high court in the provincial capital): the longest
  // of up to three capitalised words.
  const words: number[] = []
  for (let k = i; words.length < 3 && isUpperCode(text.charCodeAt(k)); ) {
    while (k < text.length && isWordChar(text.charCodeAt(k))) k++
    words.push(k)
    if (text.charCodeAt(k) !== 32) break
    k++
  }
  for (let n = words.length - 1; n >= 0; n--) {
    const wordEnd = words[n] as number
    if (isRegionName(text.slice(i, wordEnd).toLowerCase())) return wordEnd
  }
  return -1
}

/** Whether a region's name follows text[end] and the name stops there: no further capitalised word ("PT Kaltim paling"). */
function regionNameEndsAfter(text: string, block: number, end: number, matches: readonly RawMatch[], names: readonly string[]): boolean {
  const regionEnd = regionEndAfter(text, block, end, matches, names)
  if (regionEnd < 0) return false
  let i = regionEnd
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  return i >= text.length || i === regionEnd || !isUpperCode(text.charCodeAt(i))
}

/**
 * The whole acronym pass as a generator that yields between units of work whenever `shouldYield()` is true, so
 * the content script can give the main thread back on a very long article. The units, each one block:
 * 1. in-article definitions and declared person initials;
 * 2. the dictionary scan (and the provinces the article names);
 * 3. guards, sense choice and flags for the block's matches.
 * Loading the shipped dictionary (one JSON.parse) is a unit of its own. The return value is the result.
 */
export function* findAcronymsInSlices(
  blocks: readonly string[],
  context: AcronymContext,
  shouldYield: () => boolean,
): Generator<void, AcronymOccurrence[], void> {
  const dictionary = context.dictionary ?? shippedDictionary()
  if (shouldYield()) yield

  // 1. Definitions and declared initials (both article-wide facts needed before any match is judged).
  const definitions: Definition[] = []
  let initials: Set<string> | null = null
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b] ?? ''
    definitionsInBlock(text, b, definitions)
    initials = initialsInBlock(text, initials)
    if (shouldYield()) yield
  }
  // The article's own spelling of a name the dictionary knows, given in place ("Dinas Perumahan Rakyat dan Kawasan
  // Permukiman (Disperkim)").
  const definedForms = new Set(definitions.map((d) => d.sf))
  for (let b = 0; b < blocks.length; b++) dictionaryVariantsInBlock(blocks[b] ?? '', b, dictionary, definedForms, definitions)
  const layers: DictionaryLayer[] = []
  // A form defined with capitals matches as written ("Bengkulu Tengah (Benteng)" leaves the word "benteng" alone); one
  // defined in lower case ("sekda (sekretaris daerah)") matches its capitalised spelling too (layerFromEntries), and a
  // capitalised syllabic one with a lower-case long form ("Kasira (kader siaga rabies)") its lower-case spelling.
  if (definitions.length) layers.push(layerFromEntries(entriesFromDefinitions(definitions, dictionary, blocks), 'article'))
  const user = context.userEntries
  if (user?.length) layers.push(userLayer(user))
  layers.push(dictionary)

  // 2. The scan. Provinces the article names (Kalteng, Jabar …) are evidence for regional senses.
  const matches: RawMatch[] = []
  const provincesNamed = new Set<string>()
  for (let b = 0; b < blocks.length; b++) {
    const from = matches.length
    scanBlock(blocks[b] ?? '', b, layers, matches)
    for (let k = from; k < matches.length; k++) {
      const province = namesProvince(matches[k]!)
      if (province) provincesNamed.add(province)
    }
    if (shouldYield()) yield
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
        // Once per article, native: about a millisecond on a 60,000-word article, within a unit's budget.
        lower ??= blocks.join('\n').toLowerCase()
        hit = hasWords(lower, phrase)
        known.set(phrase, hit)
      }
      return hit
    },
    regionAfter(block, end) {
      regionNames ??= namesOfRegions(context.region.province, context.region.regency, provincesNamed)
      return regionEndAfter(blocks[block] ?? '', block, end, matches, regionNames) >= 0
    },
  }
  let regionNames: string[] | null = null
  // The block being judged, for the company-form guard's question (one closure per article, not per match).
  let judged = 0
  const placeNameEndsAt = (end: number): boolean => {
    regionNames ??= namesOfRegions(context.region.province, context.region.regency, provincesNamed)
    return regionNameEndsAfter(blocks[judged] ?? '', judged, end, matches, regionNames)
  }
  const articleLower = (): string => (lower ??= blocks.join('\n').toLowerCase())

  const redefined = definitions.length > 1 ? redefinitions(definitions, dictionary, blocks) : null
  // Definitions per block, for `definedInPlace` (definitions come in block order: one pass groups them).
  const defined = new Map<number, Definition[]>()
  for (const d of definitions) {
    const list = defined.get(d.block)
    if (list) list.push(d)
    else defined.set(d.block, [d])
  }

  // 3. Judge the matches block by block (they come in block order).
  const out: AcronymOccurrence[] = []
  const seen = new Set<string>()
  // The sense each ambiguous form last took from the words around it (chooseSense's `earlier`).
  const senseByWords = new Map<string, Sense>()
  const byWords = { decided: false }
  let k = 0
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b] ?? ''
    const defs = defined.get(b)
    judged = b
    for (; k < matches.length && matches[k]!.block === b; k++) {
      const m = matches[k]!
      const form = text.slice(m.start, m.end)
      if (vetoed(text, m.start, m.end, form, placeNameEndsAt)) continue
      if (initials?.has(form) && m.senses[0]?.layer !== 'article') continue
      const ambiguous = m.senses.length > 1
      let sense: Sense | null = chooseSense(m.senses, b, m.start, m.end, evidence, ambiguous ? (senseByWords.get(form) ?? null) : null, ambiguous ? byWords : undefined)
      if (!sense) continue
      if (ambiguous && byWords.decided) senseByWords.set(form, sense)
      // "Fraksi PKS", "KEK Likupang", "PPK di sekretariat, pengelola anggaran": the words at the occurrence overrule
      // the article's definition.
      // (Not when the article's own region follows the form: "Kominfo Garut" after "Dinas … (Kominfo) Garut" is that Dinas,
      // whatever national body the paragraph also names.)
      if (sense.layer === 'article') {
        const over = dictionarySenseOverDefinition(text, m.start, m.end, form, sense, dictionary)
        const localBody = /^(?:dinas|badan|kantor|bagian|biro|sekretariat|inspektorat|satuan)\b/i.test(sense.expansion)
        if (over !== null && (over.category === 'parliament' || !localBody || !evidence.regionAfter!(b, m.end))) sense = over
      }
      const here = defs ? overlapsDefinition(defs, m.start, m.end) : false
      const definedInPlace = here || longFormAdjacent(text, m.start, m.end, sense.expansion)
      // "Kadis PUPR", "Kanwil Kemenkum": an abbreviated head right before its unit's short form is one name (Kepala
      // Dinas Pekerjaan Umum …, Kantor Wilayah Kementerian Hukum), as a reader would expand it; so is a national body
      // and "RI" ("Bawaslu RI", like the dictionary's "DPR RI"). The two matches become one occurrence.
      const previous = out[out.length - 1]
      const adjacent = previous && previous.block === b && previous.end + 1 === m.start && text.charCodeAt(previous.end) === 32
      const head = adjacent ? HEADS.get(previous.form) : undefined
      const country =
        adjacent && sense.expansion === 'Republik Indonesia' && NATIONAL_CATEGORIES.has(previous.category) && !previous.expansion.endsWith('Indonesia')
      if ((head !== undefined && head.units.has(sense.category)) || country) {
        const word = head?.unitWord
        const unit = word && sense.expansion.startsWith(`${word} `) ? sense.expansion.slice(word.length + 1) : sense.expansion
        const expansion = `${previous!.expansion} ${unit}`
        const group = foldedExpansion(expansion) || form
        out[out.length - 1] = {
          ...previous!,
          end: m.end,
          form: text.slice(previous!.start, m.end),
          expansion,
          source: country ? previous!.source : sense.layer,
          definedInPlace: country ? previous!.definedInPlace : definedInPlace,
          firstOfForm: !seen.has(group),
          category: head?.category ?? previous!.category,
          provenance: country ? previous!.provenance : sense.source,
        }
        seen.add(group)
        continue
      }
      let start = m.start
      let end = m.end
      let expansion = sense.expansion
      const versions = sense.layer === 'article' ? redefined?.get(form) : undefined
      if (versions) expansion = nearestDefinition(versions, b, m.start)
      let category = sense.category
      // "PPPK-PW" where the article writes "PPPK paruh waktu": the qualifier's words join the expansion.
      const suffix = hyphenSuffixAt(text, end)
      const qualifier = suffix && !matchAt(matches, b, end + 1) ? qualifierAfterForm(articleLower(), form, suffix) : null
      if (qualifier) {
        end += 1 + suffix.length
        expansion = `${expansion} ${qualifier}`
      }
      // "Balai TNK": the written-out office word and the unit's short form are one name.
      const office = OFFICE_UNIT_CATEGORIES.has(category) ? officeWordBefore(text, start) : ''
      if (office && !BODY_WORDS.some((word) => expansion.startsWith(word))) {
        start -= office.length
        expansion = office + expansion
        category = 'agency'
      }
      const group = foldedExpansion(expansion) || form
      const firstOfForm = !seen.has(group)
      seen.add(group)
      out.push({
        block: b,
        start,
        end,
        form: start === m.start && end === m.end ? form : text.slice(start, end),
        expansion,
        source: sense.layer,
        definedInPlace,
        firstOfForm,
        category,
        provenance: sense.source,
      })
    }
    if (shouldYield()) yield
  }
  return out
}

const never = (): boolean => false

/** The acronym pass in one go: `findAcronymsInSlices` driven without ever yielding. */
export function findAcronyms(blocks: readonly string[], context: AcronymContext): AcronymOccurrence[] {
  return runToCompletion(findAcronymsInSlices(blocks, context, never))
}
