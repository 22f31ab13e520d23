/**
 * Guards that veto a dictionary match whatever the dictionary says: person initials ("AS (38)", "berinisial MR",
 * "tersangka AF"), academic degrees after a name (", SE", "SE, MM": Sarjana Ekonomi, not Surat Edaran), Roman
 * numerals after "Komisi", "Kodam", "Pasal" …, company forms before a name ("PT Semen Contoh"), the second copy of a
 * reduplicated plural ("OPD-OPD") and the letters of a vehicle plate ("KT 1456 PU"); plus the per-block collection of
 * the initials an article declares ("berinisial AS (34)": every "AS" in it is that person).
 *
 * Runs on every match of every page on a cold engine, so it is charCode loops with no regular expression and no
 * substring unless a cheap test has already passed.
 */
import { isSpaceCode, isWordChar } from './tokenize.ts'

/** Academic degrees written after names: "Ahmad, SE, MM" (SE there is Sarjana Ekonomi, not Surat Edaran). */
const DEGREES = new Set(
  'SE SH ST SP SPd SKM SIP SSos SKom SAg SHI MM MH MT MSi MPd MAP MKes MAg MSc MBA MA Ak CA SSTP MIP SSi SKep Ns'.split(' '),
)
/** Words after which 2–3 capitals are a person's initials ("tersangka AF"). */
const INITIAL_CUES = new Set('inisial berinisial tersangka pelaku korban saksi terdakwa oknum pria wanita warga bocah sopir'.split(' '))
/** Short forms of events that people fall victim to: "korban PHK", "korban KDRT" are not a person's initials. */
const EVENT_FORMS = new Set(['PHK', 'KDRT', 'TPPO', 'TPKS', 'DBD', 'KLB'])
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

/** text[start,end) is 2–3 capital letters, nothing else ("AS", "MR"); tested in place, without a substring. */
function shortCapsAt(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3) return false
  for (let i = start; i < end; i++) if (!isCap(text.charCodeAt(i))) return false
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

/**
 * Adds the person initials one block introduces ("berinisial AS (34)", "AS (34)") to `found` (created on the first
 * one, so an article without any allocates nothing). Order-free: the caller asks only `has`.
 */
export function initialsInBlock(text: string, found: Set<string> | null): Set<string> | null {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (!ageAt(text, open)) continue
    let e = open
    while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--
    let b = e
    while (b > 0 && isWordChar(text.charCodeAt(b - 1))) b--
    if (shortCapsAt(text, b, e)) (found ??= new Set()).add(text.slice(b, e))
  }
  // "berinisial AS", and in English editions "identified only by her initials RS".
  found = initialsAfterCue(text, 'inisial', found)
  found = initialsAfterCue(text, 'initials ', found)
  return found
}

/** The initials right after each `cue` in `text` ("inisial AS", "initials RS"), added to `found`. */
function initialsAfterCue(text: string, cue: string, found: Set<string> | null): Set<string> | null {
  for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
    const b = skipSpaces(text, at + cue.length)
    let e = b
    while (e < text.length && isWordChar(text.charCodeAt(e))) e++
    if (shortCapsAt(text, b, e)) (found ??= new Set()).add(text.slice(b, e))
  }
  return found
}

/** I V X L C D M only (non-empty). */
function isRomanAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 73 && c !== 86 && c !== 88 && c !== 76 && c !== 67 && c !== 68 && c !== 77) return false
  }
  return end > start
}

/** `word` without its dots ("S.E." → "SE"), with no regular expression (split/join are native). */
const withoutDots = (word: string): string => (word.indexOf('.') < 0 ? word : word.split('.').join(''))

/**
 * A company form before the company's name: "PT Semen Contoh", "PT. Bank Contoh", "CV Maju Jaya". Never expanded
 * (the gold policy), even when the article defines "perguruan tinggi (PT)".
 */
function companyFormAt(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false
  const a = text.charCodeAt(start)
  const b = text.charCodeAt(start + 1)
  if (!((a === 80 && b === 84) || (a === 67 && b === 86))) return false // PT, CV
  let i = end
  if (text.charCodeAt(i) === 46) i++
  if (!isSpaceCode(text.charCodeAt(i))) return false
  return isCap(text.charCodeAt(skipSpaces(text, i)))
}

/**
 * The second copy of a reduplicated plural: "OPD-OPD", "PPK-PPK". Indonesian marks the plural by repeating the word;
 * the first copy carries the expansion, the second is read like an affix (the gold policy).
 */
function reduplicatedCopyAt(text: string, start: number, end: number): boolean {
  const n = end - start
  if (start < n + 1 || text.charCodeAt(start - 1) !== 45) return false // '-'
  const first = start - 1 - n
  if (first > 0 && isWordChar(text.charCodeAt(first - 1))) return false
  for (let i = 0; i < n; i++) if (text.charCodeAt(first + i) !== text.charCodeAt(start + i)) return false
  return true
}

/** Whether text[from,to) is `min`–`max` characters, each passing `test`. */
function runOf(text: string, from: number, to: number, min: number, max: number, test: (c: number) => boolean): boolean {
  if (to - from < min || to - from > max) return false
  for (let i = from; i < to; i++) if (!test(text.charCodeAt(i))) return false
  return true
}

/**
 * The region codes of Indonesian registration plates (Korlantas Polri). Only these open a plate: "DI 14 TPS" in an
 * all-caps headline ("… PSU DI 14 TPS …") is a preposition, a number and a form, not a plate.
 */
const PLATE_REGIONS: ReadonlySet<string> = new Set(
  ('A B D E F G H K L M N P R S T W Z AA AB AD AE AG BA BB BD BE BG BH BK BL BM BN BP DA DB DC DD DE DG DH DK DL DM DN ' +
    'DP DR DS DT DW EA EB ED KB KH KT KU PA PB').split(' '),
)

/**
 * The letters of a vehicle registration plate: "KT 1456 PU", "B 1234 ABC" (one or two capitals for the region, one to
 * four digits, one to three capitals). Tested on both sides of the number, so a form before or after a figure in
 * running text ("UU 23 2014", "Pasal 18 UU") is left alone.
 */
function plateLettersAt(text: string, start: number, end: number): boolean {
  // The match as the suffix: "<AA> <1234> " before it.
  if (runOf(text, start, end, 1, 3, isCap) && text.charCodeAt(start - 1) === 32) {
    let d = start - 1
    while (d > 0 && isDigit(text.charCodeAt(d - 1))) d--
    if (d < start - 1 && runOf(text, d, start - 1, 1, 4, isDigit) && text.charCodeAt(d - 1) === 32) {
      let p = d - 1
      while (p > 0 && isCap(text.charCodeAt(p - 1))) p--
      if (runOf(text, p, d - 1, 1, 2, isCap) && (p === 0 || !isWordChar(text.charCodeAt(p - 1))) && PLATE_REGIONS.has(text.slice(p, d - 1))) return true
    }
  }
  // The match as the region code: " <1234> <AAA>" after it.
  if (runOf(text, start, end, 1, 2, isCap) && text.charCodeAt(end) === 32 && PLATE_REGIONS.has(text.slice(start, end))) {
    let d = end + 1
    while (isDigit(text.charCodeAt(d))) d++
    if (runOf(text, end + 1, d, 1, 4, isDigit) && text.charCodeAt(d) === 32) {
      let q = d + 1
      while (isCap(text.charCodeAt(q))) q++
      if (runOf(text, d + 1, q, 1, 3, isCap) && (q >= text.length || !isWordChar(text.charCodeAt(q)))) return true
    }
  }
  return false
}

/**
 * A piece of a document number: "Nomor 100.3.4/SE/DISDUKCAPIL/V/2025", "800/123/BKPSDM/2025". The match sits in a
 * run without spaces that has at least two slashes and a digit: a reference, not running text ("K/L", "APBD/APBN"
 * have no digit).
 */
function documentNumberAt(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1)
  const after = text.charCodeAt(end)
  // Dotted numbering ("PAS-1187.PK.05.04"): a code between full stops with digits on both sides.
  if (before === 46 && after === 46 && isDigitCode(text.charCodeAt(end + 1)) && isDigitCode(text.charCodeAt(start - 2))) return true
  if (before !== 47 && after !== 47) return false // '/'
  let a = start
  while (a > 0 && !isSpaceCode(text.charCodeAt(a - 1))) a--
  let b = end
  while (b < text.length && !isSpaceCode(text.charCodeAt(b))) b++
  let slashes = 0
  let digit = false
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i)
    if (c === 47) slashes++
    else if (c >= 48 && c <= 57) digit = true
  }
  return slashes >= 2 && digit
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57
}

/** Words before a street's name. */
const STREET_WORDS = new Set(['jalan', 'jl', 'jln', 'gang', 'gg'])

/** Whether a number follows `end` after one space ("RW 03", "RT 5"). */
function numberAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end + 1)
  return text.charCodeAt(end) === 32 && c >= 48 && c <= 57
}

/** Whether "Sp." (with or without a space) stands right before `start`: the letters are a specialist's field. */
function specialistDegreeAt(text: string, start: number): boolean {
  let p = start
  if (p > 0 && text.charCodeAt(p - 1) === 32) p--
  return p >= 3 && text.charCodeAt(p - 1) === 46 && text.charCodeAt(p - 2) === 112 && text.charCodeAt(p - 3) === 83 &&
    (p === 3 || !isWordChar(text.charCodeAt(p - 4)))
}

/**
 * Whether a guard vetoes the match text[start,end) (`form` is that substring). `placeNameEndsAt(end)`: a region's name
 * follows and ends the name there ("PT Kaltim paling lambat", "PT Maluku Utara,"): "PT" is then the high court of that
 * region, not a company (a company's name goes on: "PT Kaltim Prima Coal").
 */
export function vetoed(text: string, start: number, end: number, form: string, placeNameEndsAt?: (end: number) => boolean): boolean {
  // Company forms: "PT Semen Contoh".
  if (companyFormAt(text, start, end) && !(form === 'PT' && placeNameEndsAt?.(end))) return true
  // The second copy of "OPD-OPD"; the letters of a plate "KT 1456 PU".
  if (reduplicatedCopyAt(text, start, end) || plateLettersAt(text, start, end)) return true
  // Document numbers: "100.3.4/SE/DISDUKCAPIL/V/2025".
  if (documentNumberAt(text, start, end)) return true
  // Person initials: "AS (38)", "berinisial MR", "tersangka AF".
  // (Not before a number: "warga RW 03" is the neighbourhood, not a resident's initials.)
  if (shortCapsAt(text, start, end) && (ageAt(text, end) || (INITIAL_CUES.has(previousWord(text, start)) && !EVENT_FORMS.has(form) && !numberAfter(text, end)))) return true
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
      if (DEGREES.has(withoutDots(text.slice(b, e)))) return true
    }
  }
  // "Jalan KH Wahid Hasyim": in a street's name, KH is the Kiai Haji of the person it is named after.
  if (form === 'KH' && STREET_WORDS.has(previousWord(text, start))) return true
  // "RA Kartini": the Raden Ajeng of the national heroine (Hari Kartini is kept at every TK and madrasah), not a
  // Raudhatul Athfal.
  if (form === 'RA' && text.startsWith(' Kartini', end)) return true
  // A physician's specialist degree: "dr. NAME, Sp.PD" (Spesialis Penyakit Dalam), "Sp.OG", "Sp. A".
  if (specialistDegreeAt(text, start)) return true
  // Roman numerals after "Komisi", "Kodam", "Pasal" …
  if (isRomanAt(text, start, end) && ROMAN_CONTEXT.has(previousWord(text, start))) return true
  // A word of a place's name in a dateline in capitals: "PANGKALAN BUN –" is the town, not the Bendahara Umum Negara
  // ("SUNGAI RAYA, KALBAR –" keeps its province after the comma).
  if (inDatelinePlace(text, start)) return true
  return false
}

/** Characters from a block's start that a dateline may take ("TANJUNG SELOR, KALTARA –"). */
const DATELINE_REACH = 40

/** Whether `start` is a word after another capitalised word (no comma between) in a block-opening dateline in capitals. */
function inDatelinePlace(text: string, start: number): boolean {
  if (start === 0 || start > DATELINE_REACH) return false
  let p = start
  while (p > 0 && text.charCodeAt(p - 1) === 32) p--
  if (p === start || p === 0) return false
  const before = text.charCodeAt(p - 1)
  if (!(before >= 65 && before <= 90)) return false
  // Everything before is capitals, spaces and commas, and a dash follows within reach: a dateline.
  for (let i = 0; i < start; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
  }
  for (let i = start; i < Math.min(text.length, DATELINE_REACH + 20); i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
    if ((c === 0x2013 || c === 0x2014 || c === 45) && text.charCodeAt(i - 1) === 32) return true
  }
  return false
}
