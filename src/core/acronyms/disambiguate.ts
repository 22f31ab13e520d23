/**
 * Chooses the sense of a matched form, or none. Order of evidence (../shared/reference/acronyms.md §5), the first
 * decisive one wins:
 *
 * 1. an in-article definition (handled upstream: the article layer has one sense per form);
 *    then, for a form with a regional-office sense (category `regional-body`), a region name right after it:
 *    "Foto: Kominfo Baubau" is the city's Dinas Kominfo, not the ministry (the same reading as "Diskominfo Kotim");
 * 2. the long form of exactly one sense occurs elsewhere in the article;
 * 3. the region: senses tied to a province the page (host) or the article points to;
 * 4. cue words within about 20 tokens of the occurrence, or in the title (weak, positional and host cues: `cueSet`); a
 *    tie goes to nothing (equal words on both sides are no evidence for the default either);
 * 5. the sense an earlier occurrence of the form took from its own cue words, else the default sense;
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

/**
 * A sense's cues, parsed once (ACRONYMS.md, `cues`): plain words and phrases; weak ones (`~target`), which count only
 * together with another cue of the sense ("target" is the vehicle tax's only with "pajak" or "Samsat" near); and
 * positional ones, which count only right before (`target _`: "target PKB") or right after (`_ DPRD`: "BK DPRD") the
 * form, the words joined to it by spaces, or right before the form written in brackets (`Laut (_)`: "Kolonel Laut
 * (P)", the navy corps). All lower-case.
 */
interface CueSet {
  plain: string[]
  weak: string[]
  before: string[]
  after: string[]
  bracketed: string[]
  /** Provinces of the page (its host) that point to the sense (`@Jawa Tengah`), lower-case. */
  host: string[]
  /** A count right before the form points to the sense (`# _`: "84 KK", "ratusan KK" are households). */
  count: boolean
}
const cueSets = new WeakMap<Sense, CueSet>()
export function cueSet(sense: Sense): CueSet {
  let set = cueSets.get(sense)
  if (set) return set
  set = { plain: [], weak: [], before: [], after: [], bracketed: [], host: [], count: false }
  for (const cue of sense.cues ?? []) {
    const c = cue.toLowerCase()
    if (c === '# _') set.count = true
    else if (c.startsWith('@')) set.host.push(c.slice(1))
    else if (c.startsWith('~')) set.weak.push(c.slice(1))
    else if (c.endsWith(' (_)')) set.bracketed.push(c.slice(0, -4))
    else if (c.endsWith(' _')) set.before.push(c.slice(0, -2))
    else if (c.startsWith('_ ')) set.after.push(c.slice(2))
    else set.plain.push(c)
  }
  cueSets.set(sense, set)
  return set
}

/** The text of an occurrence's context that cues are looked for in (built once per occurrence, when asked). */
export interface CueContext {
  /** About 20 tokens each side, lower-case, the form blanked out. */
  window: string
  /** The title, lower-case, or ''. */
  title: string
  /** The few words right before and right after the form, lower-case. */
  before: string
  after: string
  /** The province of the page's host, lower-case, or ''. */
  province: string
}

/** Whether `phrase` ends `before` as whole words, with only spaces between it and the form. */
function rightBefore(before: string, phrase: string): boolean {
  const trimmed = before.trimEnd()
  if (trimmed.length === before.length || !trimmed.endsWith(phrase)) return false
  const at = trimmed.length - phrase.length
  return at === 0 || !isWordChar(trimmed.charCodeAt(at - 1))
}
/** Whether `phrase` opens `after` as whole words, with only spaces between the form and it. */
function rightAfter(after: string, phrase: string): boolean {
  const trimmed = after.trimStart()
  if (trimmed.length === after.length || !trimmed.startsWith(phrase)) return false
  return phrase.length === trimmed.length || !isWordChar(trimmed.charCodeAt(phrase.length))
}

/** Whether the form stands in brackets right after `phrase` ("laut (" before it, ")" after it, a space optional). */
function bracketedAfter(before: string, after: string, phrase: string): boolean {
  if (after.charCodeAt(0) !== 41 || !before.endsWith('(')) return false // ')' and '('
  const trimmed = before.slice(0, -1).trimEnd()
  if (!trimmed.endsWith(phrase)) return false
  const at = trimmed.length - phrase.length
  return at === 0 || !isWordChar(trimmed.charCodeAt(at - 1))
}

/** Positional cues of `sense` found right at the occurrence. */
function positionalHits(set: CueSet, ctx: CueContext, withCount = true): number {
  let hits = 0
  for (const c of set.before) if (rightBefore(ctx.before, c)) hits++
  for (const c of set.after) if (rightAfter(ctx.after, c)) hits++
  for (const c of set.bracketed) if (bracketedAfter(ctx.before, ctx.after, c)) hits++
  if (withCount && set.count && COUNT_BEFORE.test(ctx.before)) hits++
  return hits
}

/** A number or a count word right before the form, joined to it by a space: "84 KK", "1.200 KK", "ratusan KK". */
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}])(?:\d[\d.,]*|puluhan|ratusan|ribuan|belasan|seluruh|setiap|tiap)\s+$/u

/**
 * The cue score of `sense`: 2 per cue in the window, 1 per cue only in the title (`withTitle`), 2 per positional cue
 * found right at the form; weak cues add theirs only when another cue scored. A cue inside a longer cue that is found
 * too ("etik" in "kode etik") counts once, with it.
 */
function cueHits(sense: Sense, ctx: CueContext, withTitle = true): number {
  if (!sense.cues) return 0
  const set = cueSet(sense)
  const title = withTitle ? ctx.title : ''
  let hits = 2 * positionalHits(set, ctx)
  // The page's own province ("KPH" on a Javanese regency's site is Perhutani's): as strong as a cue word near the form.
  if (ctx.province && set.host.includes(ctx.province)) hits += 2
  let found: string[] | null = null
  for (const c of set.plain) {
    const w = hasWords(ctx.window, c) ? 2 : title && hasWords(title, c) ? 1 : 0
    if (!w) continue
    ;(found ??= []).push(c)
    hits += w
  }
  if (found && found.length > 1) {
    // Overlapping cues: a found cue that is a part of another found cue is the same words, counted once.
    for (const c of found) {
      if (found.some((other) => other !== c && other.length > c.length && hasWords(other, c))) hits -= hasWords(ctx.window, c) ? 2 : 1
    }
  }
  if (hits > 0) {
    for (const c of set.weak) {
      if (hasWords(ctx.window, c)) hits += 2
      else if (title && hasWords(title, c)) hits += 1
    }
  }
  return hits
}

/** Whether a plain or positional cue of `sense` is the word right before or after the form ("Fraksi PKB", "BK DPRD"). */
function cueAdjacent(sense: Sense, prev: string, next: string, ctx: CueContext): boolean {
  if (!sense.cues) return false
  const set = cueSet(sense)
  // (A count before the form only adds to the score: "Disdukcapil mencetak sebanyak 1.500 KK" is still the card.)
  return set.plain.some((c) => c === prev || c === next) || positionalHits(set, ctx, false) > 0
}

function cueContext(ev: ArticleEvidence, block: number, start: number, end: number, title: string): CueContext {
  const text = ev.blocks[block] ?? ''
  // The form itself is blanked out so "BPK" is not its own cue ("BPK RI" cue on a BPK occurrence still works).
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start).toLowerCase()
  const after = text.slice(end, end + CUE_WINDOW).toLowerCase()
  return { window: before + ' # ' + after, title, before: before.slice(-40), after: after.slice(0, 40), province: (ev.province ?? '').toLowerCase() }
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

/**
 * `earlier` is the sense an earlier occurrence of the same form took from the words around it: a later occurrence
 * with no cue of its own keeps it (one sense per article: "Bidang SDA" after the irrigation canal stays water
 * resources in a quote that names no water) rather than fall to the default. `byWords`, when given, says whether the
 * words around this occurrence (cue words, a cue next to it) decided.
 */
export function chooseSense(senses: readonly Sense[], block: number, start: number, end: number, ev: ArticleEvidence, earlier: Sense | null = null, byWords?: { decided: boolean }): Sense | null {
  if (byWords) byWords.decided = false
  if (senses.length === 0) return null
  // Senses tied to a region the article and page do not point to are out; so are evidence-only senses without evidence.
  if (senses.length === 1 && !(senses[0]!.flags & (FLAG_REGIONAL | FLAG_CUE | FLAG_TITLE))) return senses[0]!
  let cues: CueContext | null = null
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
      cues ??= cueContext(ev, block, start, end, title)
      if (!longFormPresent(sense, ev) && cueHits(sense, cues) === 0 && !officeHere(sense)) return false
    }
    return true
  })
  if (viable.length === 0) return null
  // A title right before the unit it heads ("Kapus Data dan Informasi" = Kepala Pusat): the unit written after it
  // outweighs any word around it (a health cue for the Kepala Puskesmas sense).
  if (senses.length > 1) {
    const titled = viable.filter((sense) => sense.flags & FLAG_TITLE)
    if (titled.length === 1) return titled[0]!
  }
  const offices = viable.filter(officeHere)
  if (offices.length === 1) {
    // "BPD Bali" after "BRI, BNI, dan": a region after the form names a regional office only when the words around
    // it do not point to another sense alone (the regional bank here).
    const local = (cues ??= cueContext(ev, block, start, end, title))
    const office = offices[0]!
    if (cueHits(office, local, false) > 0 || !viable.some((sense) => sense !== office && cueHits(sense, local, false) > 0)) return office
  }
  if (viable.length === 1 && senses.length === 1) return viable[0]!
  if (senses.length > 1 && viable.length === 1 && viable[0]!.flags & FLAG_REGIONAL) return viable[0]!

  // A cue word right next to the form decides first: "Fraksi PKB" is the party even in an article about the
  // vehicle tax, "opsen PKB" the tax even in one that names the party's faction; so does a positional cue ("target
  // PKB", "BK DPRD"). Weak cues never decide alone.
  if (viable.length > 1) {
    const text = ev.blocks[block] ?? ''
    const next = (text.slice(end, end + 40).match(/^\s*([\p{L}\p{N}-]+)/u)?.[1] ?? '').toLowerCase()
    const prev = (text.slice(Math.max(0, start - 40), start).match(/([\p{L}\p{N}-]+)\s*$/u)?.[1] ?? '').toLowerCase()
    const local = (cues ??= cueContext(ev, block, start, end, title))
    const adjacent = viable.filter((sense) => cueAdjacent(sense, prev, next, local))
    if (adjacent.length === 1) {
      if (byWords) byWords.decided = true
      return adjacent[0]!
    }
  }

  // 2. the long form elsewhere in the article, unless the words around this occurrence point only to another
  // sense ("Fraksi PKB" in an article that also writes "pajak kendaraan bermotor").
  const present = viable.filter((sense) => longFormPresent(sense, ev))
  if (present.length === 1) {
    const chosen = present[0]!
    if (!chosen.cues) return chosen
    const local = (cues ??= cueContext(ev, block, start, end, title))
    const near = (sense: Sense): boolean => cueHits(sense, local, false) > 0
    if (near(chosen) || !viable.some((sense) => sense !== chosen && near(sense))) return chosen
  }

  // 3. the region
  const regional = viable.filter((sense) => sense.region && regionSupported(sense.region, ev))
  if (regional.length === 1 && viable.some((sense) => sense.region)) return regional[0]!

  // 4. cue words
  cues ??= cueContext(ev, block, start, end, title)
  let best: Sense | null = null
  let bestHits = 0
  let tie = false
  for (const sense of viable) {
    const hits = cueHits(sense, cues)
    if (hits > bestHits) {
      best = sense
      bestHits = hits
      tie = false
    } else if (hits > 0 && hits === bestHits) tie = true
  }
  if (best && !tie) {
    if (byWords) byWords.decided = true
    return best
  }
  if (tie) return null
  if (earlier !== null && viable.includes(earlier)) return earlier

  // 5. the default sense
  const defaults = viable.filter((sense) => sense.flags & FLAG_DEFAULT)
  if (defaults.length === 1) return defaults[0]!
  if (viable.length === 1) return viable[0]!
  return null
}
