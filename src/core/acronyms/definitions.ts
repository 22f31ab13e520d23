/**
 * Finds the acronyms an article defines itself: the Schwartz–Hearst (2003) long-form match with the Indonesian
 * adaptations of ../shared/reference/acronyms.md §4 (written from the published rule; no code copied):
 *
 * - both orders: "Sekretaris Daerah (Sekda)" and "Sekda (sekretaris daerah)", "Ratas (rapat terbatas)";
 * - slash pairs, matched part by part: "K/L (kementerian/lembaga)", "kementerian/lembaga (K/L)";
 * - legal and explanatory cues: "… yang selanjutnya disingkat RPJMD", "Bappeda merupakan singkatan dari …";
 * - the first SF letter may also sit right after a derivational prefix (Ke|polisian → Polri, Kepen|dudukan →
 *   Dukcapil), and the nearest such position wins, so the long form is the shortest one;
 * - rejections: days, months, caption and credit words, dates, verb-like long forms, mixed-case long forms, person
 *   initials ("Ahmad Fauzi (AF)"), long forms that leave content words unexplained;
 * - on English pages, the English name before the bracket when the letters do not spell it (english-gloss.ts).
 *
 * Pure and string-level: one pass over each block's parentheses plus an indexOf for the cue phrases.
 */
import { englishGlossBefore, isEnglishGlossInside, isEnglishText } from './english-gloss.ts'
import { isLetterCode, isSpaceCode, isUpperCode, isWordChar } from './tokenize.ts'
import { isRegionName } from '../metadata/region.ts'

export type DefinitionOrder = 'lf-sf' | 'sf-lf' | 'cue'

export interface Definition {
  block: number
  /** The short form as written ('Sekda', 'K/L'). */
  sf: string
  sfStart: number
  sfEnd: number
  /** The long form as written ('Sekretaris Daerah', 'kementerian/lembaga'). */
  lf: string
  lfStart: number
  lfEnd: number
  order: DefinitionOrder
}

/** Words that are never short forms in parentheses: days, months, captions, credits, positions in photos. */
const STOP = new Set(
  (
    'senin selasa rabu kamis jumat jum sabtu minggu ahad januari februari maret april mei juni juli agustus ' +
    'september oktober november desember kiri kanan tengah depan belakang atas bawah foto ist istimewa red dok ' +
    'antara int net sumber editor penulis reporter ket keterangan ilustrasi humas video youtube baca lihat ' +
    'dokumentasi tangkapan layar pewarta redaksi kontributor wib wita wit ' +
    'mc prokopim diskominfo'
  ).split(' '),
)

/** Function words exempt from the coverage and mixed-case checks. */
const FUNCTION_WORDS = new Set('dan serta atau di ke dari untuk yang pada dengan bagi & dalam atas oleh antar'.split(' '))

const VERB_EXCEPTIONS = new Set(['menteri', 'terintegrasi', 'terpadu', 'dikti'])

/** Prefixes after which the first SF letter may match (§4.5). */
const PREFIXES = new Set(['ke', 'kepen', 'keper', 'pe', 'pem', 'pen', 'peng', 'per', 'pel'])

/** Institution words: a long form made only of other capitalised words is taken for a person's name. */
const INSTITUTION_WORDS = new Set(
  (
    'badan dinas kementerian kementrian menteri komisi dewan lembaga pusat direktorat direktur sekretariat sekretaris ' +
    'cuti izin kartu tim pos posko ' +
    'kantor balai biro bagian bidang rumah sakit umum daerah nasional negara negeri republik indonesia provinsi ' +
    'kabupaten kota pemerintah pemerintahan partai perusahaan satuan unit rapat sistem program dana anggaran rencana ' +
    'laporan surat peraturan undang keputusan instruksi forum majelis mahkamah pengadilan kejaksaan kepolisian polisi ' +
    'tentara angkatan komando markas pasukan koperasi bank universitas institut sekolah perguruan tinggi yayasan ' +
    'asosiasi ikatan persatuan himpunan gerakan organisasi perhimpunan kesatuan pelayanan standar jaminan kesehatan ' +
    'sosial pendidikan keuangan pembangunan perencanaan tenaga kerja pegawai aparatur sipil kepala wakil ketua ' +
    'inspektorat inspektur jenderal pengawas pemeriksa pengelola kebijakan strategi satgas tim tugas gugus ' +
    'musyawarah pemilihan kawasan ekonomi khusus agama kebudayaan pariwisata perhubungan pertanian kehutanan ' +
    'lingkungan hidup perindustrian perdagangan energi sumber daya mineral desa kelurahan kecamatan wilayah ' +
    'resor sektor distrik militer kodam polda keluarga harapan bantuan kartu pintar sehat ulama muhammadiyah ' +
    'pengembangan pengendalian penanggulangan bencana statistik riset inovasi informasi komunikasi digital ' +
    'pekerjaan perumahan permukiman kependudukan pencatatan penanaman modal terpadu pintu pemberdayaan masyarakat ' +
    'perempuan anak perlindungan pemuda olahraga penyelenggara penyelenggaraan pemeriksaan pengadaan barang jasa'
  ).split(' '),
)

/** Dotted abbreviations whose dot does not end a sentence (window search). */
const DOTTED = new Set('prov kab kec kel no jl jln dr drs dra hj h ir st dll dsb dst tsb yth sdr bpk ibu gub kep'.split(' '))

const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c)
const isAlnum = (c: number): boolean => isWordChar(c)

function wordStartAt(text: string, i: number): number {
  let s = i
  while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--
  return s
}

function wordEndAt(text: string, i: number): number {
  let e = i
  while (e < text.length && isAlnum(text.charCodeAt(e))) e++
  return e
}

/** The result of matching an SF against a long-form window: where the long form starts and which characters matched. */
export interface LongFormMatch {
  start: number
  /** Offsets (in the window) of the characters matched by SF letters/digits, right to left. */
  positions: number[]
}

/**
 * Schwartz–Hearst's findBestLongForm: scan SF and window right to left, each SF letter/digit matching the nearest
 * equal character to the left (case-insensitive); the first SF character must start a word, or follow one of the
 * derivational PREFIXES at a word start. Returns null when some character finds no match.
 */
export function matchLongForm(sf: string, window: string): LongFormMatch | null {
  let first = -1
  for (let i = 0; i < sf.length; i++) {
    if (isAlnum(sf.charCodeAt(i))) {
      first = i
      break
    }
  }
  if (first < 0) return null
  const positions: number[] = []
  let l = window.length - 1
  for (let s = sf.length - 1; s >= first; s--) {
    const c = lowerCode(sf.charCodeAt(s))
    if (!isAlnum(c)) continue
    for (;;) {
      if (l < 0) return null
      if (lowerCode(window.charCodeAt(l)) === c) {
        if (s !== first) break
        const ws = wordStartAt(window, l)
        if (ws === l) break
        // After a prefix only when the next SF character matched in the same word (Ke|POlisian,
        // Kepen|DUdukan), so "pe|n…" in an unrelated word does not start the long form.
        const next = positions[positions.length - 1] ?? -1
        if (PREFIXES.has(window.slice(ws, l).toLowerCase()) && next > l && next < wordEndAt(window, l)) break
      }
      l--
    }
    positions.push(l)
    l--
  }
  const firstPos = positions[positions.length - 1] ?? 0
  return { start: wordStartAt(window, firstPos), positions }
}

interface LfWord {
  start: number
  end: number
  text: string
}

/** Words of a long form, split on spaces, slashes, hyphens and commas, with their offsets. */
function lfWords(lf: string): LfWord[] {
  const words: LfWord[] = []
  let open = -1
  for (let i = 0; i <= lf.length; i++) {
    const c = i < lf.length ? lf.charCodeAt(i) : 32
    const sep = isSpaceCode(c) || c === 47 || c === 45 || c === 44
    if (!sep && open < 0) open = i
    else if (sep && open >= 0) {
      words.push({ start: open, end: i, text: lf.slice(open, i) })
      open = -1
    }
  }
  return words
}

/** Number of content words of the long form that no SF character matched. */
function uncovered(words: readonly LfWord[], positions: readonly number[], offset: number): number {
  let missing = 0
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.text.toLowerCase())) continue
    if (!isWordChar(w.text.charCodeAt(0))) continue
    let hit = false
    for (const p of positions) {
      if (p - offset >= w.start && p - offset < w.end) {
        hit = true
        break
      }
    }
    if (!hit) missing++
  }
  return missing
}

/** Whitespace-separated word count. */
function wordCount(s: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i))
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/**
 * "menyampaikan", "diresmikan": a verb never belongs to a long form. Exactly
 * /^(?:me|mem|men|meng|meny|di|ber|ter)[a-z]{3,}(?:kan|i|nya)$/ as a charCode test (no regex to compile on a cold
 * page): the prefixes are exclusive by first letter except me/mem/men/meng/meny, where the shortest, "me", leaves
 * the longest all-letter middle and so decides; the suffixes are exclusive by last letter.
 */
function verbLike(low: string): boolean {
  const n = low.length
  if (n < 6) return false
  const c0 = low.charCodeAt(0)
  const c1 = low.charCodeAt(1)
  let p: number
  if ((c0 === 109 && c1 === 101) || (c0 === 100 && c1 === 105)) p = 2 // me…, di…
  else if ((c0 === 98 || c0 === 116) && c1 === 101 && low.charCodeAt(2) === 114) p = 3 // ber…, ter…
  else return false
  const z = low.charCodeAt(n - 1)
  let s: number
  if (z === 105) s = 1 // …i
  else if (z === 110 && low.charCodeAt(n - 2) === 97 && low.charCodeAt(n - 3) === 107) s = 3 // …kan
  else if (z === 97 && low.charCodeAt(n - 2) === 121 && low.charCodeAt(n - 3) === 110) s = 3 // …nya
  else return false
  if (n - s - p < 3) return false
  for (let i = p; i < n - s; i++) {
    const c = low.charCodeAt(i)
    if (c < 97 || c > 122) return false
  }
  // Loanword nouns that happen to start like a prefix and end in -i: "Meteorologi", "Distribusi", "Digitalisasi".
  if (low.endsWith('logi') || low.endsWith('grafi') || low.endsWith('isasi') || low.endsWith('ifikasi') || low.endsWith('busi')) return false
  return !VERB_EXCEPTIONS.has(low)
}

const alnumCount = (s: string): number => {
  let n = 0
  for (let i = 0; i < s.length; i++) if (isAlnum(s.charCodeAt(i))) n++
  return n
}

/** `s` without one final '.' (the regex-free `s.replace(/\\.$/, '')`). */
const withoutFinalDot = (s: string): string => (s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s)

export type SfShape = 'upper' | 'syllabic' | 'slash' | 'dotted' | 'lower'

/** Whether a string looks like a short form (§4.1), and which kind. */
export function sfShape(sf: string): SfShape | null {
  if (sf.length < 2 || sf.length > 24) return null
  if (!isAlnum(sf.charCodeAt(0))) return null
  const words = sf.split(' ')
  if (words.length > 3) return null
  const firstWord = withoutFinalDot(words[0] ?? '').toLowerCase()
  if (STOP.has(firstWord)) return null
  // Letters must dominate: "12/3/2024", "No. 5" are not short forms.
  let digits = 0
  let alnum = 0
  let upper = 0
  for (let i = 0; i < sf.length; i++) {
    const c = sf.charCodeAt(i)
    if (c >= 48 && c <= 57) digits++
    if (isAlnum(c)) alnum++
    if (isUpperCode(c)) upper++
  }
  if (alnum - digits < alnum / 2) return null
  if (sf.includes('/')) {
    const parts = sf.split('/')
    if (parts.length <= 3 && parts.every((p) => p.length >= 1 && p.length <= 12 && !p.includes(' '))) return 'slash'
    return null
  }
  if (upper >= 2) return 'upper'
  // A count and a capital ("3T", "5R"): its letter repeated that many times.
  if (sf.length === 2 && sf.charCodeAt(0) >= 50 && sf.charCodeAt(0) <= 57 && isUpperCode(sf.charCodeAt(1))) return 'upper'
  const capital = isUpperCode(sf.charCodeAt(0))
  if (sf.endsWith('.') && words.length === 1 && capital && sf.length <= 7) return 'dotted'
  if (capital && words.every((w) => w.length <= 20) && (words.length === 1 || words.every((w) => isUpperCode(w.charCodeAt(0))))) {
    return 'syllabic'
  }
  if (words.length === 1 && sf === sf.toLowerCase() && sf.length <= 12) return 'lower'
  return null
}

interface Candidate {
  lf: string
  lfStart: number
  positions: number[]
}

function postChecks(sf: string, lf: string, shape: SfShape): boolean {
  const n = alnumCount(sf)
  const words = wordCount(lf)
  if (lf.length < sf.length) return false
  const lowLf = lf.toLowerCase()
  const lowSf = withoutFinalDot(sf.toLowerCase())
  if (lowLf.includes(lowSf + ' ') || lowLf.endsWith(lowSf) || lowLf === lowSf) return false
  const maxWords = shape === 'syllabic' || shape === 'lower' || shape === 'dotted' ? n + 2 : Math.min(n + 5, 2 * n)
  if (words > Math.max(maxWords, 1)) return false
  if (n > 20) return false
  return true
}

/** Whether only the first word is capitalised ("Penasihat hukum", "Bantuan langsung tunai"): sentence case. */
function sentenceCased(words: readonly LfWord[]): boolean {
  for (let i = 1; i < words.length; i++) if (isUpperCode(words[i]!.text.charCodeAt(0))) return false
  return true
}

/**
 * `opensSentence`: the long form starts its sentence (or quote, or bracket), so a capital on its first word is the
 * sentence's, not a name's.
 */
function longFormOk(sf: string, lf: string, shape: SfShape, strict: boolean, positions: number[], offset: number, opensSentence = false): boolean {
  if (!postChecks(sf, lf, shape)) return false
  const words = lfWords(lf)
  if (!words.length) return false
  // A verb after "yang" is a relative clause inside the name ("lahan sawah yang dilindungi (LSD)").
  for (let i = 0; i < words.length; i++) {
    if (verbLike(words[i]!.text.toLowerCase()) && !(i > 0 && words[i - 1]!.text.toLowerCase() === 'yang')) return false
  }
  const last = words[words.length - 1]!.text.toLowerCase()
  if (FUNCTION_WORDS.has(last)) return false
  // Mixed case: "Kepala Dinas Sosial menyalurkan bantuan" is not a name. At the start of a sentence a lower-case long
  // form gets a capital anyway: "Penasihat hukum (PH) terdakwa …" is the lower-case "penasihat hukum".
  const firstCap = isUpperCode(lf.charCodeAt(0))
  if (firstCap && !(opensSentence && sentenceCased(words))) {
    for (const w of words) {
      const c = w.text.charCodeAt(0)
      if (!isUpperCode(c) && isLetterCode(c) && !FUNCTION_WORDS.has(w.text.toLowerCase())) return false
    }
  }
  if (positions.length) {
    const missing = uncovered(words, positions, offset)
    if (strict ? missing > 0 : missing > 1) return false
  }
  return true
}

/** Titles and honorifics written before a person's name ("Bupati Ahmad Fauzi (AF)"). */
const TITLES = new Set(
  (
    'bupati gubernur wali wakil kepala ketua sekretaris camat lurah direktur menteri presiden kapolres kapolda ' +
    'kapolsek kajari kajati dandim danrem sekda pj plt plh kadis kaban kabid kabag kasat kanit bapak pak ibu bu ' +
    'saudara saudari sdr tersangka terdakwa pelaku korban saksi almarhum almarhumah h hj dr drs dra ir prof ' +
    'kh ustaz ustadz anggota'
  ).split(' '),
)

/** The last words of regions' names ("Kotawaringin Timur", "Tanah Laut", "Sumba Barat Daya"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'daya', 'laut'])

/**
 * Person initials: "Bupati Ahmad Fauzi (AF)". Capitalised words without any institution word, after a title, or
 * with a two-letter SF, are taken for a name. ("Universal Health Coverage (UHC)" has no title and stays.)
 */
function looksLikePersonName(sf: string, lf: string, window: string, lfStart: number): boolean {
  const words = lfWords(lf)
  if (alnumCount(sf) > 3 || words.length < 2 || !isUpperCode(lf.charCodeAt(0))) return false
  if (words.some((w) => INSTITUTION_WORDS.has(w.text.toLowerCase()) || !isUpperCode(w.text.charCodeAt(0)))) return false
  // A compass word ends a region's name, never a person's: "Bengkulu Utara (BU)", "Sumba Barat Daya (SBD)"; nor is a
  // province or regency the gazetteer knows a person ("Rejang Lebong (RL)").
  if (COMPASS_WORDS.has((words[words.length - 1] as { text: string }).text.toLowerCase())) return false
  if (isRegionName(words.map((w) => w.text.toLowerCase()).join(' '))) return false
  // Nouns built with Indonesian affixes name things, not people: "Pembebasan Bersyarat (PB)".
  if (words.some((w) => derivedWord(w.text.toLowerCase()))) return false
  if (alnumCount(sf) === 2) return true
  const before = window.slice(0, lfStart).trimEnd()
  const prev = before.slice(wordStartAt(before, before.length)).toLowerCase()
  return TITLES.has(prev)
}

/**
 * A noun built with pe(N)-…-an, per-…-an or ke-…-an ("pembebasan", "perlindungan", "keamanan"), which personal names
 * do not carry. (Not ber-/ter- words: "Bernardus", "Teresia" are names.)
 */
function derivedWord(w: string): boolean {
  return w.length >= 7 && (w.startsWith('pe') || w.startsWith('ke')) && w.endsWith('an')
}

/**
 * The capitals a short form spells, one reading per way of counting its digits: a digit counts the capital before it
 * ("P4GN": four P's, Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkoba) or the one after it
 * ("TPS3R": three R's, reduce, reuse, recycle); a digit with a capital on one side only counts that one ("3T", "K3").
 * Empty when the form has a lower-case letter (no initials form). Usually one reading; two only for a digit between
 * capitals.
 */
export function capitalReadings(sf: string): string[] {
  // Most forms have no digit: one pass, one string (this runs for every bracket of the article).
  let plain = ''
  for (let i = 0; i < sf.length; i++) {
    const c = sf.charCodeAt(i)
    if (c >= 65 && c <= 90) plain += sf.charAt(i)
    else if (c >= 97 && c <= 122) return []
    else if (c >= 50 && c <= 57) return countedReadings(sf)
  }
  return [plain]
}

/** capitalReadings of a form with a count digit. */
function countedReadings(sf: string): string[] {
  const caps: string[] = []
  const digits: Array<[at: number, count: number]> = []
  for (let i = 0; i < sf.length; i++) {
    const c = sf.charCodeAt(i)
    if (c >= 65 && c <= 90) caps.push(sf.charAt(i))
    else if (c >= 97 && c <= 122) return []
    else if (c >= 50 && c <= 57) digits.push([caps.length, c - 48])
  }
  const spell = (countsBefore: boolean): string => {
    const times = caps.map(() => 1)
    for (const [at, count] of digits) {
      // at = the number of capitals before the digit: capital at-1 is before it, capital `at` after it.
      const target = (countsBefore && at > 0) || at >= caps.length ? at - 1 : at
      if (target >= 0) times[target] = count
    }
    return caps.map((cap, i) => cap.repeat(times[i]!)).join('')
  }
  const before = spell(true)
  const after = spell(false)
  return after === before ? [before] : [before, after]
}

/**
 * Initials of the words right before "(" spell the SF ("Survei Status Gizi Indonesia (SSGI)"): preferred over the
 * greedy S&H match, which would start at the last S ("Status Gizi Indonesia"). Function words may be skipped.
 */
function firstLetters(sf: string, window: string): Candidate | null {
  const readings = capitalReadings(sf)
  for (const letters of readings) {
    const found = initialsBefore(letters, window, 0)
    if (found) return found
  }
  // One capitalised word inside the name the SF leaves out ("Persatuan Bulu Tangkis Seluruh Indonesia (PBSI)", where
  // the greedy match would take the S of "Indonesia" and leave two words unspelled).
  for (const letters of readings) {
    const found = letters.length >= 3 ? initialsBefore(letters, window, 1) : null
    if (found) return found
  }
  return null
}

/**
 * The words at the end of `window` whose initials are `letters` (function words skipped, and up to `skips`
 * capitalised words between the first and the last), or null.
 */
function initialsBefore(letters: string, window: string, skips: number): Candidate | null {
  if (letters.length < 2 || letters.length > 8) return null
  // Walk the words right to left without allocating: each must start with the next SF letter, or be a function word.
  let k = letters.length - 1
  const positions: number[] = []
  let skipped = 0
  let e = window.length
  while (e > 0 && k >= 0) {
    while (e > 0 && !isWordChar(window.charCodeAt(e - 1))) e--
    let b = e
    while (b > 0 && isWordChar(window.charCodeAt(b - 1))) b--
    if (b === e) break
    const c = window.charCodeAt(b)
    if ((c === letters.charCodeAt(k) || c - 32 === letters.charCodeAt(k)) && isLetterCode(c)) {
      positions.push(b)
      if (--k < 0) return { lf: window.slice(b).trim(), lfStart: b, positions }
    } else if (skipped < skips && positions.length > 0 && isUpperCode(c)) skipped++
    else if (!FUNCTION_WORDS.has(window.slice(b, e).toLowerCase())) return null
    e = b
  }
  return null
}

/** The start of the reduplicated word whose second half starts at `start` ("pokok-pokok"), else `start`. */
function reduplicationStart(window: string, start: number): number {
  if (start < 2 || window.charCodeAt(start - 1) !== 45) return start // '-'
  let end = start
  while (end < window.length && isWordChar(window.charCodeAt(end))) end++
  const word = window.slice(start, end).toLowerCase()
  const first = start - 1 - word.length
  return first >= 0 && window.slice(first, start - 1).toLowerCase() === word && (first === 0 || !isWordChar(window.charCodeAt(first - 1))) ? first : start
}

/**
 * LF-first: the long form ends right before "(" and is found inside `window`. `opensSentence`: the window starts a
 * sentence, a quote or a bracket (a long form from its first word may carry the sentence's capital).
 */
function longFormBefore(sf: string, window: string, shape: SfShape, opensSentence = false): Candidate | null {
  const strict = shape === 'lower'
  if (shape === 'upper') {
    const initials = firstLetters(sf, window)
    if (initials && longFormOk(sf, initials.lf, shape, false, initials.positions, initials.lfStart, opensSentence && initials.lfStart === 0)) {
      return looksLikePersonName(sf, initials.lf, window, initials.lfStart) ? null : initials
    }
  }
  const m = matchLongForm(sf, window)
  if (m) {
    const lf = window.slice(m.start).trim()
    if (longFormOk(sf, lf, shape, strict, m.positions, m.start, opensSentence && m.start === 0)) {
      if (shape === 'upper' && looksLikePersonName(sf, lf, window, m.start)) return null
      // "Dinas Pemadam Kebakaran (Damkar)": a syllabic form spelled from the words after the office word ("pema-DAM
      // KebAKaRan") names the service, not the Dinas.
      const office = officeWordLength(lf)
      if (shape !== 'upper' && office > 0 && spelledWithin(sf, lf.slice(office))) {
        const start = m.start + (window.slice(m.start).length - window.slice(m.start).trimStart().length) + office
        return { lf: lf.slice(office), lfStart: start, positions: [] }
      }
      // "pokok-pokok pikiran (pokir)": the letters match from the second half of a reduplicated word; the long form
      // is the whole word.
      const start = reduplicationStart(window, m.start)
      return { lf: window.slice(start).trim(), lfStart: start, positions: m.positions }
    }
  }
  // "Perubahan Anggaran Pendapatan dan Belanja Daerah (APBD-P)": the letter after the hyphen spells the first word.
  const moved = /^([A-Z]{2,})-([A-Z])$/.exec(sf)
  if (moved) {
    const found = longFormBefore(`${moved[2]}${moved[1]}`, window, 'upper', opensSentence)
    if (found) return found
  }
  if (shape === 'slash') return slashBefore(sf, window)
  return null
}

/** Office words a service's name may follow ("Dinas Pemadam Kebakaran"). */
const OFFICE_LEAD = /^(?:dinas|badan|kantor)\s+/i

/** The length of a leading office word and its space in `lf`, or 0. */
function officeWordLength(lf: string): number {
  const m = OFFICE_LEAD.exec(lf)
  return m ? m[0].length : 0
}

/**
 * Whether a syllabic form's letters are spelled, in order, by `rest` starting inside its first word and ending in its
 * last ("Damkar" in "Pemadam Kebakaran"): then the form names `rest`, not the office word before it.
 */
function spelledWithin(sf: string, rest: string): boolean {
  const lower = rest.toLowerCase()
  const letters = sf.toLowerCase().replace(/[^a-z]/g, '')
  const firstEnd = lower.indexOf(' ') < 0 ? lower.length : lower.indexOf(' ')
  let at = lower.indexOf(letters.charAt(0))
  if (at < 0 || at >= firstEnd) return false
  for (let i = 1; i < letters.length; i++) {
    at = lower.indexOf(letters.charAt(i), at + 1)
    if (at < 0) return false
  }
  return lower.lastIndexOf(' ') < at
}

/** "kepada kementerian/lembaga (K/L)": align the parts from the right and match each pair. */
function slashBefore(sf: string, window: string): Candidate | null {
  const parts = sf.split('/')
  const segs = window.split('/')
  if (segs.length < parts.length) return null
  const tail = segs.slice(segs.length - parts.length)
  const lead = segs.slice(0, segs.length - parts.length).join('/')
  let offset = lead ? lead.length + 1 : 0
  let lfStart = -1
  for (let i = 0; i < parts.length; i++) {
    const seg = tail[i] ?? ''
    const m = matchLongForm(parts[i] ?? '', seg)
    if (!m) return null
    // Only the first part may trim its segment; later parts must cover theirs whole.
    if (i > 0 && seg.slice(0, m.start).trim()) return null
    if (i === 0) lfStart = offset + m.start
    if (lfWords(seg.slice(m.start)).length > 4) return null
    offset += seg.length + 1
  }
  const lf = window.slice(lfStart).trim()
  if (!lf || lf.length < sf.length) return null
  return { lf, lfStart, positions: [] }
}

/**
 * SF-first, initials: "GTRA merupakan singkatan dari Gugus Tugas Reforma Agraria yang …" → the first words whose
 * initials spell the SF; a count digit is read both ways ("3T (terdepan, terluar, tertinggal)", "TPS3R (tempat
 * pengolahan sampah reduce, reuse, recycle)"), then with the digits dropped ("BP2MI" read as B, P, M, I).
 */
function firstLettersAfter(sf: string, text: string): string | null {
  const readings = capitalReadings(sf)
  const bare = readings.length ? sf.replace(/[^A-Z]/g, '') : ''
  if (bare && !readings.includes(bare)) readings.push(bare)
  for (const letters of readings) {
    const found = initialsAfter(letters, text)
    if (found !== null) return found
  }
  return null
}

/** The first words of `text` whose initials are `letters` (function words skipped after the first), or null. */
function initialsAfter(letters: string, text: string): string | null {
  if (letters.length < 2 || letters.length > 8) return null
  let k = 0
  for (const word of lfWords(text)) {
    const c = word.text.charAt(0)
    if (k > 0 && FUNCTION_WORDS.has(word.text.toLowerCase())) continue
    if (c.toUpperCase() !== letters.charAt(k) || !isLetterCode(c.charCodeAt(0))) return null
    if (++k === letters.length) return text.slice(0, word.end)
  }
  return null
}

/** The separators of a list's items: a comma (with or without "dan"/"serta"), or "dan"/"serta" alone. */
const LIST_SEPARATOR = /\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+/

/**
 * A count and a letter ("3B", "4P") defined by a list of that many things in the bracket after it: "3B (ibu hamil, ibu
 * menyusui, dan balita)", whose initials need not spell the letter (the letter comes from a regional word: bumil,
 * busui, balita). Each item is one to four words, with no digit (no date or figure).
 */
function countedListMatches(sf: string, inside: string): boolean {
  const count = sf.charCodeAt(0) - 48
  if (sf.length !== 2 || count < 2 || count > 9 || !isUpperCode(sf.charCodeAt(1)) || /\d/.test(inside)) return false
  const items = inside.trim().split(LIST_SEPARATOR)
  // Things, not names or places ("3A (Pak Budi, Bu Ani, dan Pak Joko)"), and one of them starts with the letter
  // ("balita" for 3B; "2A (laki-laki dan perempuan)" defines nothing).
  const letter = sf.charAt(1).toLowerCase()
  return items.length === count && items.every((item) => item !== '' && lfWords(item).length <= 4 && !isUpperCode(item.charCodeAt(0))) &&
    items.some((item) => item.split(/\s+/).some((w) => w.charAt(0) === letter))
}

/** SF-first: the whole text `inside` (a parenthesis, or the words after a cue) is the long form. */
function longFormAfter(sf: string, inside: string, shape: SfShape, strict = true): Candidate | null {
  if (shape === 'upper') {
    const lf = firstLettersAfter(sf, inside)
    if (lf === inside) return { lf, lfStart: 0, positions: [] }
    if (countedListMatches(sf, inside)) return { lf: inside, lfStart: 0, positions: [] }
  }
  const m = matchLongForm(sf, inside)
  if (m && m.start === 0 && longFormOk(sf, inside, shape, strict, m.positions, 0)) {
    // The last word must explain the last SF character: no trailing words that the SF does not cover.
    const last = lfWords(inside).pop()
    if (last && m.positions[0] !== undefined && m.positions[0] >= last.start) return { lf: inside, lfStart: 0, positions: m.positions }
  }
  if (shape === 'slash') {
    const parts = sf.split('/')
    const segs = inside.split('/')
    if (segs.length !== parts.length) return null
    for (let i = 0; i < parts.length; i++) {
      const seg = segs[i] ?? ''
      const mm = matchLongForm(parts[i] ?? '', seg)
      if (!mm || mm.start !== 0 || lfWords(seg).length > 4) return null
    }
    return { lf: inside, lfStart: 0, positions: [] }
  }
  return null
}

/** The characters that end a long-form window: ( ) ! ? ; : “ ” " and the em/en dashes of datelines. */
const WINDOW_BOUNDARIES = ['(', ')', '!', '?', ';', ':', '\u201c', '\u201d', '"', '\u2013', '\u2014']

/**
 * Start of the long-form window before offset `end`: the previous bracket, quote or sentence end, at most 160
 * characters back. Searched with native lastIndexOf over those 160 characters, not a JavaScript loop per
 * character: every bracket of the article asks.
 */
function windowStart(text: string, end: number): number {
  if (end <= 0) return 0
  const limit = Math.max(0, end - 160)
  const window = text.slice(limit, end)
  let last = -1
  for (let k = 0; k < WINDOW_BOUNDARIES.length; k++) {
    const i = window.lastIndexOf(WINDOW_BOUNDARIES[k] as string)
    if (i > last) last = i
  }
  // A full stop before a space ends a sentence, unless it closes an abbreviation ("Prov. ") or an initial ("A. ").
  for (let i = window.lastIndexOf('.'); i > last; i = i > 0 ? window.lastIndexOf('.', i - 1) : -1) {
    const at = limit + i
    if (at + 1 < text.length && isSpaceCode(text.charCodeAt(at + 1))) {
      const ws = wordStartAt(text, at)
      const word = text.slice(ws, at).toLowerCase()
      if (!DOTTED.has(word) && !(word.length === 1 && isUpperCode(text.charCodeAt(ws)))) {
        last = i
        break
      }
    }
  }
  if (last >= 0) return limit + last + 1
  return limit === 0 ? 0 : wordStartAt(text, limit)
}

/** Whether a long-form window starting at `ws` (windowStart) opens a sentence, a quote or a bracket. */
function opensSentence(text: string, ws: number): boolean {
  if (ws === 0) return true
  const before = text.charAt(ws - 1)
  return before === '.' || WINDOW_BOUNDARIES.includes(before)
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return [start, end]
}

/** Cuts a parenthesis at the first ", " "; " or ":" (dates and captions follow those). */
function cutInside(text: string, open: number, close: number): [number, number] {
  let end = close
  for (let i = open + 1; i < close; i++) {
    const c = text.charCodeAt(i)
    if (c === 58 || ((c === 44 || c === 59) && i + 1 < close && isSpaceCode(text.charCodeAt(i + 1)))) {
      end = i
      break
    }
  }
  return trimRange(text, open + 1, end)
}

/** Whether text[i, i + word.length) is `word` followed by a space (a charCode test, no substring). */
function wordAt(text: string, i: number, word: string): boolean {
  return text.startsWith(word, i) && isSpaceCode(text.charCodeAt(i + word.length))
}

/**
 * A parenthesis that is a list joined by "dan"/"serta" ("Arafah, Muzdalifah, dan Mina", "Jakarta, Bogor serta
 * Depok"): its whole inside, trimmed, or null. Such a list is a long form that the cut at ", " would truncate, and
 * never a short form. Dates, captions and credits are not lists: a digit, ":" or ";" rules it out.
 */
function listInside(text: string, open: number, close: number): [number, number] | null {
  let lastComma = -1
  for (let i = open + 1; i < close; i++) {
    const c = text.charCodeAt(i)
    if (c === 58 || c === 59 || (c >= 48 && c <= 57)) return null
    if (c === 44) lastComma = i
  }
  if (lastComma < 0) return null
  // The conjunction must sit in the last item: "…, dan Mina" or "…, Maluku serta Papua".
  for (let i = lastComma + 1; i < close; i++) {
    if (isSpaceCode(text.charCodeAt(i - 1)) || i === lastComma + 1) {
      if (wordAt(text, i, 'dan') || wordAt(text, i, 'serta')) return trimRange(text, open + 1, close)
    }
  }
  return null
}

const SINGKATAN = /^(?:yang\s+)?(?:merupakan\s+|adalah\s+|ialah\s+|yakni\s+)?(?:singkatan|akronim|kependekan)\s+dari\s+/i

/** A short form with a count before one of its capitals right before a bracket: "… 3T (", "… TPS3R (". */
const COUNTED_FORM = /(?:^|\s)[A-Z0-9]*[2-9][A-Z][A-Z0-9]*\s*$/

function skipSpacesFrom(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  return i
}

function trimEndBefore(text: string, i: number): number {
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--
  return i
}

/** "e-" before a capital letter ("e-PPGBM", "e-KTP"): the prefix of an electronic version. */
function isElectronicPrefix(s: string): boolean {
  const c = s.charCodeAt(2)
  return s.length > 3 && s.charCodeAt(0) === 101 && s.charCodeAt(1) === 45 && c >= 65 && c <= 90
}

function definitionsInParentheses(text: string, block: number, out: Definition[]): void {
  let from = 0
  let english: boolean | undefined
  for (;;) {
    const open = text.indexOf('(', from)
    if (open < 0) return
    const close = text.indexOf(')', open + 1)
    if (close < 0) return
    from = open + 1
    if (close - open > 160) continue
    let [inStart, inEnd] = cutInside(text, open, close)
    if (inEnd <= inStart) continue
    // "Armuzna (Arafah, Muzdalifah, dan Mina)": a list is read whole, and only as a long form.
    let list = text.charCodeAt(inEnd) === 44 ? listInside(text, open, close) : null
    // "3T (terdepan, terluar, tertinggal)", "TPS3R (tempat pengolahan sampah reduce, reuse, recycle)": after a form
    // whose count stands for several words, the bracket is read whole, "dan" or not.
    if (!list && text.charCodeAt(inEnd) === 44 && COUNTED_FORM.test(text.slice(Math.max(0, open - 16), open))) {
      list = [skipSpacesFrom(text, open + 1), trimEndBefore(text, close)]
    }
    if (list) [inStart, inEnd] = list
    let inside = text.slice(inStart, inEnd)
    const cue = inside.includes('dari') ? SINGKATAN.exec(inside) : null
    if (cue) {
      inStart += cue[0].length
      inside = text.slice(inStart, inEnd)
    }

    // "… elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat (e-PPGBM)": the "e-" of an electronic version is
    // a prefix, like the "e-" of e-KTP and e-RDKK; the form defined is PPGBM, and its long form the words it stands for.
    if (!cue && !list && isElectronicPrefix(inside)) {
      inStart += 2
      inside = inside.slice(2)
    }

    // LF (SF)
    const shapeIn = cue || list ? null : sfShape(inside)
    if (shapeIn) {
      const ws = windowStart(text, open)
      const [wStart, wEnd] = trimRange(text, ws, open)
      const window = text.slice(wStart, wEnd)
      const cand = window ? longFormBefore(inside, window, shapeIn, opensSentence(text, ws)) : null
      if (cand) {
        // "the Indonesian Military (TNI)": an English article before the long form is not part of it — unless it is
        // capitalised and the form spells it ("The Nature Conservancy (TNC)").
        const article = /^the\s+/i.exec(cand.lf)
        const spelled = article !== null && cand.lf.startsWith('The') && cand.positions.some((at) => at - cand.lfStart < 3)
        const the = spelled ? null : article
        const lf = the ? cand.lf.slice(the[0].length) : cand.lf
        const lfStart = wStart + cand.lfStart + (the ? the[0].length : 0)
        out.push({ block, sf: inside, sfStart: inStart, sfEnd: inEnd, lf, lfStart, lfEnd: lfStart + lf.length, order: 'lf-sf' })
        continue
      }
      // "the National Disaster Mitigation Agency (BNPB)" on an English page: the English name is the long form.
      english ??= isEnglishText(text)
      const gloss = english ? englishGlossBefore(text, open) : null
      if (gloss) {
        out.push({ block, sf: inside, sfStart: inStart, sfEnd: inEnd, lf: text.slice(gloss[0], gloss[1]), lfStart: gloss[0], lfEnd: gloss[1], order: 'lf-sf' })
        continue
      }
    }

    // "(crude palm oil/CPO)": a long form and its short form in one bracket, after the word they gloss.
    const slash = cue || list ? -1 : inside.lastIndexOf('/')
    if (slash > 0 && inside.indexOf('/') === slash) {
      let sfStart = slash + 1
      while (sfStart < inside.length && isSpaceCode(inside.charCodeAt(sfStart))) sfStart++
      const sf = inside.slice(sfStart)
      const lf = inside.slice(0, slash).trimEnd()
      const shape = sfShape(sf)
      const cand = shape && shape !== 'lower' && wordCount(lf) >= 2 ? longFormAfter(sf, lf, shape) : null
      if (cand) {
        out.push({ block, sf, sfStart: inStart + sfStart, sfEnd: inEnd, lf: cand.lf, lfStart: inStart, lfEnd: inStart + lf.length, order: 'lf-sf' })
        continue
      }
    }

    // SF (LF)
    let wEnd = open
    while (wEnd > 0 && isSpaceCode(text.charCodeAt(wEnd - 1))) wEnd--
    let wStart = wEnd
    while (wStart > 0 && !isSpaceCode(text.charCodeAt(wStart - 1)) && text.charCodeAt(wStart - 1) !== 40) wStart--
    // Leading quotes or brackets are not part of the word.
    while (wStart < wEnd && !isWordChar(text.charCodeAt(wStart))) wStart++
    if (wEnd <= wStart) continue
    const word = text.slice(wStart, wEnd)
    const shape = sfShape(word)
    if (!shape) continue
    // "DJP (Directorate General of Taxes)", "BMKG (Meteorology, Climatology and Geophysics Agency)" on an English page:
    // the whole bracket, commas included.
    const whole = text.slice(open + 1, close).trim()
    if (whole !== inside && (english ??= isEnglishText(text)) && isEnglishGlossInside(whole)) {
      const at = text.indexOf(whole, open + 1)
      out.push({ block, sf: word, sfStart: wStart, sfEnd: wEnd, lf: whole, lfStart: at, lfEnd: at + whole.length, order: 'sf-lf' })
      continue
    }
    const insideWords = wordCount(inside)
    if (!(insideWords >= 2 || inside.includes('/') || inside.length > word.length * 1.5 || cue)) continue
    const cand = longFormAfter(word, inside, shape)
    if (cand) out.push({ block, sf: word, sfStart: wStart, sfEnd: wEnd, lf: cand.lf, lfStart: inStart, lfEnd: inEnd, order: 'sf-lf' })
    else if ((english ??= isEnglishText(text)) && isEnglishGlossInside(inside)) {
      out.push({ block, sf: word, sfStart: wStart, sfEnd: wEnd, lf: inside, lfStart: inStart, lfEnd: inEnd, order: 'sf-lf' })
    }
  }
}

const LEGAL_CUE = /(?:,\s*)?(?:\(\s*)?(?:yang\s+)?selanjutnya\s+(?:disingkat|disebut)(?:\s+dengan)?\s+([A-Za-z0-9\u00c0-\u024f][\w\u00c0-\u024f./&-]*)/gi
const AFTER_CUE = /([A-Za-z0-9\u00c0-\u024f][\w\u00c0-\u024f/.-]*)\s*,?\s+(?:yang\s+)?(?:merupakan\s+|adalah\s+|ialah\s+|yakni\s+)?(?:singkatan|akronim|kependekan)\s+dari\s+/gi

function definitionsByCue(text: string, block: number, out: Definition[]): void {
  if (text.includes('selanjutnya')) {
    LEGAL_CUE.lastIndex = 0
    for (let m = LEGAL_CUE.exec(text); m; m = LEGAL_CUE.exec(text)) {
      let sf = m[1] ?? ''
      if (sf.endsWith('.') && !/^[A-Z][a-z]{1,4}\.$/.test(sf)) sf = sf.slice(0, -1)
      const sfStart = m.index + m[0].length - (m[1] ?? '').length
      const shape = sfShape(sf)
      if (!shape) continue
      const ws = windowStart(text, m.index)
      const [wStart, wEnd] = trimRange(text, ws, m.index)
      const window = text.slice(wStart, wEnd).replace(/[,(]\s*$/, '')
      const cand = window ? longFormBefore(sf, window, shape, opensSentence(text, ws)) : null
      if (!cand) continue
      const lfStart = wStart + cand.lfStart
      out.push({ block, sf, sfStart, sfEnd: sfStart + sf.length, lf: cand.lf, lfStart, lfEnd: lfStart + cand.lf.length, order: 'cue' })
    }
  }
  if (/singkatan|akronim|kependekan/.test(text)) {
    AFTER_CUE.lastIndex = 0
    for (let m = AFTER_CUE.exec(text); m; m = AFTER_CUE.exec(text)) {
      const sf = m[1] ?? ''
      const shape = sfShape(sf)
      if (!shape) continue
      // The long form: the words after the cue up to punctuation, trying the longest prefix that matches.
      const from = m.index + m[0].length
      let to = from
      while (to < text.length && !/[.,;:()“”"!?]/.test(text.charAt(to))) to++
      const words = text.slice(from, to).split(/\s+/).filter(Boolean)
      const initials = shape === 'upper' ? firstLettersAfter(sf, words.join(' ')) : null
      if (initials) {
        out.push({ block, sf, sfStart: m.index, sfEnd: m.index + sf.length, lf: initials, lfStart: from, lfEnd: from + initials.length, order: 'cue' })
        continue
      }
      for (let k = Math.min(words.length, alnumCount(sf) + 3); k >= 1; k--) {
        const lf = words.slice(0, k).join(' ')
        const cand = longFormAfter(sf, lf, shape, false)
        if (cand) {
          out.push({ block, sf, sfStart: m.index, sfEnd: m.index + sf.length, lf, lfStart: from, lfEnd: from + lf.length, order: 'cue' })
          break
        }
      }
    }
  }
}

/**
 * The definitions of one block, appended to `out` (one unit of work for the sliced pipeline). A block without a
 * bracket or a cue word costs a few native indexOf calls.
 */
export function definitionsInBlock(text: string, block: number, out: Definition[]): void {
  if (text.includes('(')) definitionsInParentheses(text, block, out)
  if (text.includes('selanjutnya') || text.includes('singkatan') || text.includes('akronim') || text.includes('kependekan')) {
    definitionsByCue(text, block, out)
  }
}

/** Every definition in the article, in block order. */
export function findDefinitions(blocks: readonly string[]): Definition[] {
  const out: Definition[] = []
  for (let b = 0; b < blocks.length; b++) definitionsInBlock(blocks[b] ?? '', b, out)
  return out
}
