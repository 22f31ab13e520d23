/**
 * The acronym feature's shared types: dictionary entries (shipped, user or article-defined), the flags the
 * compiled dictionary carries, and the layer interface the matcher looks forms up in. Kept apart so the modules
 * (dictionary, definitions, matcher, disambiguate, find-acronyms) import types without importing each other.
 */

export const ACRONYM_CATEGORIES = [
  'ministry',
  'agency',
  'regional-body',
  'position',
  'budget',
  'law',
  'program',
  'region',
  'security',
  'parliament',
  'other',
] as const

/** `budget` = planning, budget and finance terms and documents ("document/budget" in the issue). */
export type AcronymCategory = (typeof ACRONYM_CATEGORIES)[number]

export interface AcronymEntry {
  /** As usually written: 'Sekda', 'Satpol PP', 'K/L', 'Prov.', 'KemenPAN-RB'. */
  form: string
  expansion: string
  category: AcronymCategory
  /** Province name ('Kalimantan Tengah') or Kemendagri province code ('62') the sense belongs to. */
  region?: string
  /** Words that point to this sense when the form has several (matched case-insensitively as whole words). */
  cues?: string[]
  /** Where the row is verified: a regulation, an official site, 'idn-area-data' … */
  source: string
  /** The sense to use for an ambiguous form when nothing else decides. */
  isDefault?: boolean
  /** Bit set of FLAG_* (shipped rows carry them; user entries may). */
  flags?: number
}

/** The default sense of an ambiguous form. */
export const FLAG_DEFAULT = 1
/** The all-lowercase spelling matches too ("rakor", "pemilu", "sekda"). */
export const FLAG_LOWER = 2
/** Expand only when the page or the article points to the entry's region (regency short names such as Kotim). */
export const FLAG_REGIONAL = 4
/** Expand only on evidence (article long form or a cue word), never by default. */
export const FLAG_CUE = 8
/** A dotted form ("Kab.") also matches without its dot ("Kab"). */
export const FLAG_NODOT = 16
/**
 * A title over a unit, expanded only before the unit it heads ("Kaur Keuangan", "Kaur Perencanaan"): the form alone
 * is also a place's name ("Kabupaten Kaur", "Kaur Selatan").
 */
export const FLAG_TITLE = 32

export const FLAG_NAMES: Record<string, number> = {
  default: FLAG_DEFAULT,
  lower: FLAG_LOWER,
  regional: FLAG_REGIONAL,
  cue: FLAG_CUE,
  nodot: FLAG_NODOT,
  title: FLAG_TITLE,
}

export type Layer = 'article' | 'user' | 'dictionary'

/** A sense as the matcher sees it. */
export interface Sense extends AcronymEntry {
  flags: number
  layer: Layer
}

/**
 * What a string spells in one layer, found with one hash lookup: a row number (an exact form), or
 * `[row, dottedRow, multi, dotOptional]` (-1 / 0 when absent) for a token that is also the start of longer forms
 * ("Satpol" → multi 2), the bare part of a dotted form ("Prov" → dottedRow of "Prov."), or a lowercase variant.
 */
export type Entry = number | readonly [number, number, number, number]

/** One source of forms (the article's definitions, the user's entries, the shipped dictionary). */
export interface DictionaryLayer {
  readonly layer: Layer
  /** The entry for a token or a normalised multi-token key ('Satpol PP', 'K/L'), case-sensitive; usually undefined. */
  lookup(text: string): Entry | undefined
  /** The senses of a row. */
  senses(row: number): readonly Sense[]
  /** The row of a syllabic single-word form whose all-caps spelling is `upperKey` (headline text), or -1. */
  fromUpper(upperKey: string): number
}
