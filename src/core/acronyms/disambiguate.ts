/**
 * Chooses the sense of a matched form, or none. Order of evidence (../shared/reference/acronyms.md §5), the first
 * decisive one wins:
 *
 * 1. an in-article definition (handled upstream: the article layer has one sense per form);
 *    then, for a form with a regional-office sense (category `regional-body`), a region name right after it:
 *    "Foto: Kominfo Baubau" is the city's Dinas Kominfo, not the ministry (the same reading as "Diskominfo Kotim");
 * 2. the long form of exactly one sense occurs elsewhere in the article;
 * 3. the region: senses tied to a province the page (host) or the article points to;
 * 4. cue words within about 20 tokens of the occurrence, or in the title;
 * 5. the default sense;
 * 6. otherwise nothing: a wrong expansion is worse than none.
 *
 * Regional senses (flag `regional`, e.g. Kotim, Mura) and evidence-only senses (flag `cue`) expand only with
 * evidence, even when they are the only sense of their form.
 */
import { isWordChar } from './tokenize.ts'
import { FLAG_CUE, FLAG_DEFAULT, FLAG_REGIONAL, FLAG_TITLE, type Sense } from './types.ts'

export interface ArticleEvidence {
  blocks: readonly string[]
  /** The page's region (from the host). */
  province: string | null
  regency: string | null
  /** Provinces the article names through an unambiguous province short form (Kalteng → Kalimantan Tengah). */
  provincesNamed: ReadonlySet<string>
  /** Whether a lower-case phrase occurs in the article as whole words (memoised per article). */
  present(phrase: string): boolean
  /**
   * Whether a region name follows offset `end` of a block directly ("Kominfo Baubau", "Kominfo Kotim", "Kominfo
   * Kota Contoh"): the form then names that region's office. Optional (tests may leave it out).
   */
  regionAfter?(block: number, end: number): boolean
}

/** Characters of context on each side of an occurrence for cue words (about 20 tokens). */
const CUE_WINDOW = 150

/** Whether `needle` (lower-case) occurs in `hay` (lower-case) as whole words. */
export function hasWords(hay: string, needle: string): boolean {
  if (!needle) return false
  let from = 0
  for (;;) {
    const i = hay.indexOf(needle, from)
    if (i < 0) return false
    const before = i > 0 ? hay.charCodeAt(i - 1) : 32
    const after = i + needle.length < hay.length ? hay.charCodeAt(i + needle.length) : 32
    if (!isWordChar(before) && !isWordChar(after)) return true
    from = i + 1
  }
}

function regionSupported(region: string, ev: ArticleEvidence): boolean {
  if (ev.province === region || ev.regency === region || ev.provincesNamed.has(region)) return true
  return ev.present(region.toLowerCase())
}

function longFormPresent(sense: Sense, ev: ArticleEvidence): boolean {
  return ev.present(sense.expansion.toLowerCase())
}

function cueHits(sense: Sense, window: string, title: string): number {
  if (!sense.cues) return 0
  let hits = 0
  for (const cue of sense.cues) {
    const c = cue.toLowerCase()
    if (hasWords(window, c)) hits += 2
    else if (title && hasWords(title, c)) hits += 1
  }
  return hits
}

function cueWindow(ev: ArticleEvidence, block: number, start: number, end: number): string {
  const text = ev.blocks[block] ?? ''
  // The form itself is blanked out so "BPK" is not its own cue ("BPK RI" cue on a BPK occurrence still works).
  return (text.slice(Math.max(0, start - CUE_WINDOW), start) + ' # ' + text.slice(end, end + CUE_WINDOW)).toLowerCase()
}

/** The title, when the first block looks like one (short, no sentence end). */
const titles = new WeakMap<ArticleEvidence, string>()
function titleOf(ev: ArticleEvidence, block: number): string {
  const first = ev.blocks[0]
  if (block === 0 || !first || first.length > 220) return ''
  let title = titles.get(ev)
  if (title === undefined) {
    title = first.toLowerCase()
    titles.set(ev, title)
  }
  return title
}

/** Words before a place's name ("Kabupaten Kaur", "di Kaur"), after which a title form is the place. */
const PLACE_LEAD_WORDS: ReadonlySet<string> = new Set(['kabupaten', 'kab', 'pemkab', 'bupati', 'wabup', 'dprd', 'kota', 'provinsi', 'di', 'ke', 'dari', 'se', 'asal', 'wilayah'])
/** Words after a place's name that make a district of it ("Kaur Selatan"). */
const COMPASS_AFTER: ReadonlySet<string> = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah'])

/**
 * Whether the title form at [start, end) heads a unit: one of the units its row lists in `cues` follows ("Kaur
 * Keuangan"; a name, a rank or a headline's next word after "Sekda Kaur", "Polres Kaur" is none), or, for a row that
 * lists none, any capitalised word that is no compass word; and no word that leads a place's name comes before
 * ("Kabupaten Kaur", "di Kaur").
 */
function headsUnit(text: string, start: number, end: number, units: readonly string[] | undefined): boolean {
  const next = /^ (\p{Lu}[\p{L}]*)/u.exec(text.slice(end, end + 30))
  if (!next) return false
  const word = (next[1] as string).toLowerCase()
  if (units !== undefined && units.length > 0 ? !units.some((unit) => unit.toLowerCase().split(' ')[0] === word) : COMPASS_AFTER.has(word)) return false
  const prev = /([\p{L}]+)[.-]?\s*$/u.exec(text.slice(Math.max(0, start - 30), start))
  return !prev || !PLACE_LEAD_WORDS.has((prev[1] as string).toLowerCase())
}

export function chooseSense(senses: readonly Sense[], block: number, start: number, end: number, ev: ArticleEvidence): Sense | null {
  if (senses.length === 0) return null
  // Senses tied to a region the article and page do not point to are out; so are evidence-only senses without evidence.
  if (senses.length === 1 && !(senses[0]!.flags & (FLAG_REGIONAL | FLAG_CUE | FLAG_TITLE))) return senses[0]!
  let window: string | null = null
  const title = titleOf(ev, block)
  // A regional office named by the region after it ("Kominfo Baubau"): asked only for forms that have such a sense.
  let office: boolean | null = null
  const officeHere = (sense: Sense): boolean =>
    senses.length > 1 && sense.category === 'regional-body' && (office ??= ev.regionAfter?.(block, end) ?? false)
  const viable = senses.filter((sense) => {
    if (sense.flags & FLAG_TITLE && !headsUnit(ev.blocks[block] ?? '', start, end, sense.cues)) return false
    if (sense.flags & FLAG_REGIONAL) {
      if (!sense.region || !(regionSupported(sense.region, ev) || longFormPresent(sense, ev))) return false
    }
    if (sense.flags & FLAG_CUE) {
      window ??= cueWindow(ev, block, start, end)
      if (!longFormPresent(sense, ev) && cueHits(sense, window, title) === 0 && !officeHere(sense)) return false
    }
    return true
  })
  if (viable.length === 0) return null
  const offices = viable.filter(officeHere)
  if (offices.length === 1) {
    // "BPD Bali" after "BRI, BNI, dan": a region after the form names a regional office only when the words around
    // it do not point to another sense alone (the regional bank here).
    window ??= cueWindow(ev, block, start, end)
    const office = offices[0]!
    const local = window
    if (cueHits(office, local, '') > 0 || !viable.some((sense) => sense !== office && cueHits(sense, local, '') > 0)) return office
  }
  if (viable.length === 1 && senses.length === 1) return viable[0]!
  if (senses.length > 1 && viable.length === 1 && viable[0]!.flags & FLAG_REGIONAL) return viable[0]!

  // A cue word right next to the form decides first: "Fraksi PKB" is the party even in an article about the
  // vehicle tax, "opsen PKB" the tax even in one that names the party's faction.
  if (viable.length > 1) {
    const text = ev.blocks[block] ?? ''
    const next = (text.slice(end, end + 40).match(/^\s*([\p{L}\p{N}-]+)/u)?.[1] ?? '').toLowerCase()
    const prev = (text.slice(Math.max(0, start - 40), start).match(/([\p{L}\p{N}-]+)\s*$/u)?.[1] ?? '').toLowerCase()
    const adjacent = viable.filter((sense) => !!sense.cues && sense.cues.some((cue) => {
      const c = cue.toLowerCase()
      return c === prev || c === next
    }))
    if (adjacent.length === 1) return adjacent[0]!
  }

  // 2. the long form elsewhere in the article, unless the words around this occurrence point only to another
  // sense ("Fraksi PKB" in an article that also writes "pajak kendaraan bermotor").
  const present = viable.filter((sense) => longFormPresent(sense, ev))
  if (present.length === 1) {
    const chosen = present[0]!
    if (!chosen.cues) return chosen
    window ??= cueWindow(ev, block, start, end)
    const local = window
    const near = (sense: Sense): boolean => !!sense.cues && sense.cues.some((cue) => hasWords(local, cue.toLowerCase()))
    if (near(chosen) || !viable.some((sense) => sense !== chosen && near(sense))) return chosen
  }

  // 3. the region
  const regional = viable.filter((sense) => sense.region && regionSupported(sense.region, ev))
  if (regional.length === 1 && viable.some((sense) => sense.region)) return regional[0]!

  // 4. cue words
  window ??= cueWindow(ev, block, start, end)
  let best: Sense | null = null
  let bestHits = 0
  let tie = false
  for (const sense of viable) {
    const hits = cueHits(sense, window, title)
    if (hits > bestHits) {
      best = sense
      bestHits = hits
      tie = false
    } else if (hits > 0 && hits === bestHits) tie = true
  }
  if (best && !tie) return best
  if (tie) return null

  // 5. the default sense
  const defaults = viable.filter((sense) => sense.flags & FLAG_DEFAULT)
  if (defaults.length === 1) return defaults[0]!
  if (viable.length === 1) return viable[0]!
  return null
}
