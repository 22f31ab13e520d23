/**
 * Speaker attribution (design notes §3.3–3.4): a precision-first sieve over the tokenised article — a cue after the
 * quote ("…,” ujar NAME / kata JABATAN NAME / ujarnya / kata dia), a cue before it ("NAME mengatakan, “…”",
 * "NAME: “…”"), the second half of a split quote, then a lone follow-up quote. Pronoun cues (-nya, dia, ia) resolve
 * to the speech-salient person: the latest subject of a speech clause, quote speaker or new sentence subject —
 * never simply the nearest name, and never a name inside a quote or after "kepada/didampingi/bersama".
 * Two forward passes, one paragraph per call so a caller can pause between paragraphs: collectPersons (pass 1,
 * every paragraph) fills the alias table, then attributeParagraph (pass 2, every paragraph) attributes the quotes.
 * Every look-around is bounded, so the work is linear in the article length.
 */

import { nameGender, pronounFits, type Gender } from './gender.ts'
import { isProvinceName, isRegionName } from '../metadata/region.ts'
import type { MentionContext } from './mention-context.ts'
import { ANONYMITY_WORDS, HEADLINE_SMALL_WORDS, HEADLINE_VERBS, SENTENCE_CONNECTORS } from './attribution-words.ts'
import { HONORIFICS, NAME_STARTERS, NEWS_OUTLETS, ORG_WORDS, TITLE_WORDS } from './name-lexicon.ts'
import { honorificAt, isNameWord, isOrgWord, judgeBefore, pairTitleAt, parseMention, quotedNickname, quotedNicknameLength, rajaOfNegeriAt, readNameRun, type Mention, type NamedMention } from './person-mentions.ts'
import { AliasTable, isBalineseShortForm, type Person } from './speaker-aliases.ts'
import { AGREEING_PASSIVES, ENGLISH_CUE_PRONOUNS, ENGLISH_SPEECH_VERBS } from './reporting-verbs.ts'
import {
  COLON,
  COMMA,
  EM_DASH,
  EN_DASH,
  F_ALL_CAPS,
  F_CAP,
  F_DIGIT_START,
  F_ENDS_SENTENCE,
  HYPHEN,
  LPAREN,
  PERIOD,
  RPAREN,
  T_NONE,
  T_PUNCT,
  T_QUOTE,
  T_WORD,
  sentenceEnd,
  type TokenStore,
} from './tokenize.ts'
import {
  C_ABBREVIATION,
  C_COLLECTIVE,
  C_CUE_PRONOUN,
  C_EPITHET_END,
  C_FRONTED_CLAUSE,
  C_HONORIFIC,
  C_OBJECT_PREP,
  C_ORG,
  C_PLACE_HEAD,
  C_PLACE_TAIL,
  C_PASSIVE,
  C_POST_CUE,
  C_PRONOUN_MARKER,
  C_SPEECH_VERB,
  C_SUBJECT_PRONOUN,
  C_TITLE,
  C_VERB_ADVERB,
  C_VERB_PREFIX,
  W_BAHWA,
  W_DEMIKIAN,
  W_INISIAL,
  W_DR,
  W_MENURUT,
  W_OLEH,
  W_RAJA,
  W_WALI,
  X_INITIALS_PERSON,
} from './vocabulary.ts'

/** How a quote got its speaker. */
export type Attribution = 'cue-after' | 'cue-before' | 'split' | 'follow-up' | 'none'

export interface QuoteAttribution {
  person: Person | null
  cue: string | null
  via: Attribution
  /** A cue named or pointed at the speaker (after, before, or split): the quote is speech, not a quoted term. */
  explicit: boolean
  /** Confidence of the attribution alone. */
  confidence: number
}

/** Where each quote span's tokens sit: the first and last paragraph of its segments. */
export interface SpanPlacement {
  readonly firstParagraph: number
  readonly lastParagraph: number
}

const EPITHET_ROLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['orang nomor satu', ['bupati', 'wali kota', 'gubernur', 'presiden']],
  ['orang nomor dua', ['wakil bupati', 'wakil wali kota', 'wakil gubernur']],
]
/**
 * The heads' roles in the order the epithet's place suggests: "di Provinsi …"/a province's name → the governor first,
 * "di Kota …" → the mayor first, else as given.
 */
function placeFirst(epithet: string, roles: readonly string[]): readonly string[] {
  const at = epithet.indexOf(' di ')
  if (at < 0) return roles
  const place = epithet.slice(at + 4).replace(/\s+(itu|tersebut|ini)$/, '')
  const first = place.startsWith('kota ') ? 'wali kota' : place.startsWith('provinsi ') || isProvinceName(place) ? 'gubernur' : null
  if (first === null) return roles
  const wanted = roles.filter((role) => role.endsWith(first))
  return [...wanted, ...roles.filter((role) => !role.endsWith(first))]
}

/** Words a description before an appositive may take ("istri terdakwa, NAME (36),"). */
const DESCRIPTION_REACH = 10
/** Descriptions of people the news is about rather than sources: their appositive does not become the speaker. */
const NOT_SPEAKER_DESCRIPTIONS: ReadonlySet<string> = new Set(['korban', 'tersangka', 'pelaku', 'terdakwa', 'terpidana', 'almarhum', 'almarhumah', 'jenazah'])

/** Cues that make a quote a turn of a question-and-answer exchange. */
function exchangeCue(cue: string | null): boolean {
  if (!cue) return false
  const first = cue.toLowerCase().split(' ')[0] ?? ''
  return first.startsWith('tanya') || first.startsWith('jawab') || first.startsWith('balas') || first.startsWith('sahut')
}

/** Lone quotes inherit the salient speaker only while the last speech act is this close, in paragraphs. */
const FOLLOW_UP_REACH = 2
/** Tokens a short introductory phrase takes before its comma ("Sementara itu, …", "Di tempat yang sama, …"). */
const SHORT_INTRO_REACH = 7
/** Tokens a fronted clause may take before the comma after which a person is the subject. */
const FRONTED_CLAUSE_REACH = 20
/** Tokens the description of an unnamed speaker may take before its speech verb ("seorang operator … mengaku"). */
const UNNAMED_DESCRIPTION_REACH = 20
/** Words between a mention's start and its speech verb: title chains are long ("Kepala Badan … Rimbajaya Mega …"). */
const SPEECH_GATE = 20

/** Index of the speech verb after a mention, skipping adverbs ("Bayu kembali menegaskan"), or -1. */
function speechVerbAfter(s: TokenStore, j: number): number {
  let k = j
  if (s.isPunct(k, COMMA)) return -1
  // (Also a short clause of circumstance: "JPU Rendy saat dikonfirmasi menyebut …", "NAME ketika ditemui mengatakan".)
  if (s.isWord(k) && CIRCUMSTANCE_WORDS.has(s.lower(k)) && s.isWord(k + 1) && s.lower(k + 1).startsWith('di')) k += 2
  for (let guard = 0; guard < 3; guard++) {
    if (!s.isWord(k)) return -1
    const cls = s.wordClass(k)
    if ((cls & C_SPEECH_VERB) !== 0) return k
    if ((cls & C_VERB_ADVERB) === 0) return -1
    k++
  }
  return -1
}

/** Words that open a short clause of circumstance between a subject and its verb ("saat dikonfirmasi"). */
const CIRCUMSTANCE_WORDS: ReadonlySet<string> = new Set(['saat', 'ketika', 'sewaktu', 'usai', 'seusai', 'sesaat'])

/** Minang customary titles written after a name ("Zulhendri Dt. Rajo Mangkuto"): what follows is another name. */
const CUSTOMARY_TITLES: ReadonlySet<string> = new Set(['dt', 'datuk', 'datuak'])

/** A person named only by initials ("SN", "AS", "Sn", "S.N.") or by a given name and an initial ("Agus S"). */
const INITIALS_NAME = /^(?:[A-Z][a-z.]?\s?){1,4}$|^[A-Z][a-z]+ [A-Z]\.?$/

/** A Roman numeral or a single capital letter ("kelas V", "kelompok B"). */
const ROMAN_OR_LETTER = /^(?:[IVX]{1,4}|[A-Z])$/

/** Nouns whose owner follows them ("kunjungan Bupati", "sambutan Wali Kota"): a title after one is no subject. */
const OWNING_NOUNS: ReadonlySet<string> = new Set(['kunjungan', 'sambutan', 'hadapan', 'depan', 'arahan', 'pidato', 'rombongan',
  'kedatangan', 'kehadiran', 'instruksi', 'perintah', 'bersama', 'dengan', 'oleh', 'kepada', 'acara', 'rapat'])

/** The words that open the description of an unnamed person ("Seorang petani …", "Salah seorang warga …"). */
const UNNAMED_HEADS: ReadonlySet<string> = new Set(['seorang', 'salah'])

/** Words after which capitalised words name a place, not a person ("seorang ibu asal Parak Laweh"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['asal', 'dari', 'di', 'from', 'in', 'at'])

/** Passives whose agent leads an event rather than speaks (reporting-verbs.ts PASSIVE_SPEECH, last line). */
const EVENT_PASSIVES: ReadonlySet<string> = new Set(['dipimpin', 'diketuai', 'dibuka', 'diresmikan', 'dipandu'])

/** Words that make the title after them part of a document's name ("Peraturan Bupati …", "Keputusan Gubernur …"). */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['peraturan', 'keputusan', 'instruksi', 'edaran', 'surat', 'perintah'])

/** Cue words that may open the sentence before a colon and its quote ("Kata Bupati NAME …: “…”"). */
const SENTENCE_CUES: ReadonlySet<string> = new Set(['kata', 'ujar', 'tutur', 'ucap', 'pesan'])

/** Manner words between a speech verb and its colon ("menjawab singkat:", "berkata tegas:"). */
const MANNER_WORDS: ReadonlySet<string> = new Set(['singkat', 'tegas', 'lantang', 'pelan', 'lirih', 'santai', 'datar', 'spontan'])

/** The parts people play in a case, which a cue may name them by ("ujar terdakwa", "tanya hakim Siregar"). */
const CASE_PARTIES: ReadonlySet<string> = new Set(['terdakwa', 'tersangka', 'saksi', 'hakim', 'jaksa', 'korban', 'pelapor', 'terlapor', 'penggugat', 'tergugat'])

/**
 * Tokens between an introduced subject and its speech verb: degrees written with dots and a relative clause
 * ("…, Antonius Jalong, S.Tr.Sos., yang melakukan asesmen, menjelaskan").
 */
const INTRODUCED_VERB_REACH = 18

/** Verbs that set up an interview transcript. */
const INTERVIEW_VERBS: ReadonlySet<string> = new Set(['mewawancarai', 'mewawancara'])

/** Words between "yang" and a nickname verb: "yang akrab disapa", "yang biasa dipanggil". */
// (And "yang dikenal dengan panggilan …".)
const NICKNAME_ADVERBS: ReadonlySet<string> = new Set(['akrab', 'biasa', 'lebih', 'kerap', 'sering', 'karib', 'dikenal', 'dengan'])

/** Verbs that introduce a nickname: "yang akrab disapa …", "biasa dipanggil …". */
// (And the nouns of "dikenal dengan panggilan …", "akrab dengan sapaan …".)
const NICKNAME_VERBS: ReadonlySet<string> = new Set(['disapa', 'dipanggil', 'sebutan', 'julukan', 'dijuluki', 'panggilan', 'sapaan'])
/** Nouns that name a nickname only after "dengan" ("dikenal dengan panggilan …"); alone they are a summons, a greeting. */
const NICKNAME_NOUNS: ReadonlySet<string> = new Set(['panggilan', 'sapaan'])

/** A nickname verb: "disapa", "dipanggil" …, or "panggilan"/"sapaan" after "dengan" (lower-case words). */
function isNicknameVerb(word: string, previous: string | undefined): boolean {
  return NICKNAME_VERBS.has(word) && (!NICKNAME_NOUNS.has(word) || previous === 'dengan')
}

/** isNicknameVerb at token k. */
function nicknameVerbAt(s: TokenStore, k: number): boolean {
  return s.isWord(k) && isNicknameVerb(s.lower(k), s.isWord(k - 1) ? s.lower(k - 1) : undefined)
}

/** English verbs of a nickname clause ("who is known in the village as …", "who is nicknamed …"). */
const ENGLISH_NICKNAME_VERBS: ReadonlySet<string> = new Set(['known', 'called', 'nicknamed', 'dubbed'])
/** The verbs of "whom the villagers call NAME". */
const ENGLISH_CALL_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called'])
/** Words between "who" and such a verb ("who is also better known as"). */
const ENGLISH_NICKNAME_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'also', 'better', 'widely', 'popularly', 'affectionately', 'locally'])

/**
 * "who is known in the village as" right before k+1: the index of "who", or -1. The verb may be followed by a short
 * phrase of lower-case words before "as" (none for "nicknamed"/"called"/"dubbed", which take the name directly).
 */
function englishNicknameClauseAt(s: TokenStore, k: number): number {
  if (!s.isWord(k)) return -1
  // "…, whom everyone in Kalikebo calls Bu Tri": "whom", a few words, then the verb right before the nickname.
  if (ENGLISH_CALL_VERBS.has(s.lower(k))) {
    for (let w = k - 1; w > k - 6 && s.isWord(w); w--) if (s.lower(w) === 'whom') return w
    return -1
  }
  let v = k
  if (s.lower(k) === 'as') {
    v = k - 1
    while (v > k - 5 && s.isWord(v) && !s.cap(v) && !ENGLISH_NICKNAME_VERBS.has(s.lower(v))) v--
  }
  if (!s.isWord(v) || !ENGLISH_NICKNAME_VERBS.has(s.lower(v)) || (v === k && s.lower(v) === 'known')) return -1
  let w = v - 1
  while (w > v - 4 && s.isWord(w) && ENGLISH_NICKNAME_AUXILIARIES.has(s.lower(w))) w--
  return w < v - 1 && s.isWord(w) && s.lower(w) === 'who' ? w : -1
}

/** Words that open a short phrase between "yang" and a nickname clause ("yang di gampong itu dikenal dengan …"). */
const NICKNAME_PHRASE_OPENERS: ReadonlySet<string> = new Set(['di', 'oleh', 'dalam', 'pada', 'bagi'])

/** Particles inside a name ("br.", "boru", "bin", "binti"). */
const JOINING_PARTICLES: ReadonlySet<string> = new Set(['br', 'boru', 'bin', 'binti'])

/** An age in brackets somewhere in a paragraph: "(41)". */
const AGE_IN_BRACKETS = /\(\d{1,3}\)/

/** Capitalised words at i (two to four) followed by an age in brackets: "Faozisokhi Zega (41)". A cheap gate. */
function agedNameAt(s: TokenStore, i: number): boolean {
  let k = i + 1
  // (A particle may join the name: "Rosdiana br. Naibaho (74)", "Tiurma boru Sihite (61)".)
  while (k < i + 4 && s.isWord(k) && (s.cap(k) || (JOINING_PARTICLES.has(s.lower(k)) && s.isWord(k + (s.isPunct(k + 1, PERIOD) ? 2 : 1)) && s.cap(k + (s.isPunct(k + 1, PERIOD) ? 2 : 1))))) {
    k += !s.cap(k) && s.isPunct(k + 1, PERIOD) ? 2 : 1
  }
  return (k > i + 1 && ageAfter(s, k)) || (k === i + 1 && adultAgeAfter(s, k))
}

/**
 * "(48)" at j with an adult's age (15–110): a one-word name before it is a person too ("wajah Imas (48), warga …"),
 * which a bracketed number after any other word is not ("Tahap (2)").
 */
function adultAgeAfter(s: TokenStore, j: number): boolean {
  if (!ageAfter(s, j)) return false
  const digits = s.textOf(j + 1)
  if (digits.length < 2 || digits.length > 3) return false
  const age = Number(digits)
  return age >= 15 && age <= 110
}

/**
 * A nickname in brackets at j, right after a full name ("Rahmat Hidayat (Dayat)", "Muhammad Rizali (Ijai)"): one
 * capitalised name word, not an acronym in capitals, an age, an office word or a place.
 */
function bracketNicknameAt(s: TokenStore, j: number, ctx: MentionContext): boolean {
  return s.isPunct(j, LPAREN) && s.isPunct(j + 2, RPAREN) && s.isWord(j + 1) && !s.hasFlag(j + 1, F_ALL_CAPS) &&
    isNameWord(s, j + 1, ctx) && ctx.knownPlaceLength(s, j + 1, j + 2) === 0
}

/** The end of the capitalised words (up to three) of an alias from k ("alias Kiki", "alias Pan Sari"). */
function aliasEnd(s: TokenStore, k: number): number {
  let end = k
  while (end < k + 3 && s.isWord(end) && s.cap(end) && !s.hasFlag(end, F_DIGIT_START)) end++
  return end
}

/** Offices named after the place they serve ("Puskesmas Tarusan", "Polsek Garut Kota", "KUA Indrajaya"). */
const PLACE_NAMED_OFFICES: ReadonlySet<string> = new Set(['puskesmas', 'pustu', 'polsek', 'polres', 'koramil', 'kodim', 'kua', 'rsud', 'lapas', 'rutan'])

/** A bracketed nickname (bracketNicknameAt) after the capitalised words from i, at most five of them. */
function bracketNicknameWithin(s: TokenStore, i: number, ctx: MentionContext): boolean {
  for (let k = i + 1; k <= i + 5; k++) {
    if (s.isPunct(k, LPAREN)) return bracketNicknameAt(s, k, ctx)
    if (!s.isWord(k) || !s.cap(k)) return false
  }
  return false
}

/** "(58)" at j: the age Indonesian news gives after a private person's name ("Salah seorang pedagang, Masrah (58),"). */
function ageAfter(s: TokenStore, j: number): boolean {
  return s.isPunct(j, LPAREN) && s.hasFlag(j + 1, F_DIGIT_START) && s.isPunct(j + 2, RPAREN)
}

/** Who asks the questions of an interview: a reporter, or the outlet itself ("Tempo asked", "tanya Kompas"). */
const INTERVIEWERS: ReadonlySet<string> = new Set(['wartawan', 'jurnalis', 'pewarta', 'reporter', 'reporters', 'journalist', 'journalists',
  'interviewer', ...NEWS_OUTLETS])

/** An interviewer at k, after an optional "the"/"a". */
function interviewerAt(s: TokenStore, k: number): boolean {
  const at = s.isWord(k) && (s.lower(k) === 'the' || s.lower(k) === 'a') ? k + 1 : k
  return s.isWord(at) && INTERVIEWERS.has(s.lower(at))
}

/** Function words that open a clause, never an unnamed speaker's description. */
// (And institutions, which are nobody: "Menurutnya, pemerintah daerah akan menyampaikan jawaban …" keeps the speaker.)
const NOT_UNNAMED_SUBJECT: ReadonlySet<string> = new Set(['yang', 'bahwa', 'jika', 'bila', 'agar', 'supaya', 'karena', 'sehingga', 'hal', 'ini', 'itu',
  'pemerintah', 'pemda', 'pemkab', 'pemkot', 'pemprov', 'dinas', 'instansi', 'lembaga', 'kementerian', 'dprd'])

/** Words an unnamed common-noun subject and its adverbs may take before the speech verb ("pembawa acara berulang kali"). */
const UNNAMED_NOUN_REACH = 6

/** Prepositions that end a description after "said the …" ("said the governor at a press conference"). */
const ENGLISH_CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'while', 'when', 'as', 'to'])

/** Words that make a title a deputy's ("Deputy Governor", "Wakil Bupati"). */
const DEPUTY_WORDS: ReadonlySet<string> = new Set(['deputy', 'vice', 'wakil', 'wagub', 'wabup', 'wawali', 'wamen'])

const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019

/** English subordinating conjunctions: the subject right after one is not the sentence's speaker. */
/** Words that describe a resident or bystander after a name ("kata Jaya, warga setempat"). */
const RESIDENT_WORDS: ReadonlySet<string> = new Set(['warga', 'petani', 'pedagang', 'nelayan', 'seorang', 'salah', 'penduduk', 'pengunjung', 'pemilik', 'buruh', 'sopir', 'ibu', 'bapak', 'pelajar', 'siswa', 'mahasiswa'])

/** "Hal serupa/senada/(yang) sama …": a similar case, befalling the next person named. */
const SIMILAR_CASE_WORDS: ReadonlySet<string> = new Set(['serupa', 'senada', 'sama'])
/** The nouns such a sentence opens with: "Hal/Nasib/Kondisi/Keluhan/Pengalaman/Kejadian serupa …". */
const SIMILAR_CASE_NOUNS: ReadonlySet<string> = new Set(['hal', 'nasib', 'kondisi', 'keluhan', 'pengalaman', 'kejadian', 'cerita', 'harapan'])

/** Words that open a time clause before its subject ("Belum selesai NAME memaparkan, …", "Saat NAME menjelaskan, …"). */
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['selesai', 'sebelum', 'saat', 'ketika', 'usai', 'seusai', 'setelah', 'sesudah',
  'begitu', 'selagi', 'sewaktu', 'tatkala', 'sambil'])
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'after', 'before', 'if', 'because', 'since', 'although', 'once', 'until'])
/**
 * Words that open a circumstance, not a description, after a cue's name and its comma ("kata Fathurrozi, di sela aksi",
 * "said Muttaqin, adding that …"): the name is still the one the article introduced in full.
 */
const AFTER_CUE_CIRCUMSTANCES: ReadonlySet<string> = new Set([...CIRCUMSTANCE_WORDS, ...PLACE_PREPOSITIONS, ...ENGLISH_CLAUSE_PREPOSITIONS, ...SUBORDINATORS,
  'dalam', 'kepada', 'pada', 'sambil', 'sembari', 'seraya', 'kemarin', 'dan', 'yang', 'sebelum', 'setelah', 'sesudah', 'selepas', 'menjelang', 'jelang',
  'adding', 'noting', 'saying', 'who', 'referring', 'pointing'])

/** Capitalised office words an English edition writes before a title and its holder ("Bank Indonesia Governor NAME"). */
const ENGLISH_OFFICE_BEFORE_TITLE = 6

/** Documents that "say" something in English editions: "the court ruling read", "the ministry said in a statement". */
const ENGLISH_DOCUMENTS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'ruling', 'verdict', 'bulletin', 'release', 'letter', 'report', 'decision', 'circular',
  'notice', 'decree', 'announcement', 'post', 'website', 'guidelines', 'guideline', 'rules', 'regulation', 'law',
])
/** What a document "says": "the court ruling read", "The guidelines state:", "the regulation stipulates". */
const DOCUMENT_VERBS: ReadonlySet<string> = new Set(['read', 'reads', 'state', 'states', 'say', 'says', 'stipulate', 'stipulates', 'note', 'notes'])

/** English titles that name the same office as another word of a role ("the judge" for "Justice NAME"). */
const ENGLISH_TITLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice', 'hakim']], ['justice', ['judge', 'hakim']], ['spokesperson', ['spokesman', 'spokeswoman', 'jubir', 'bicara']],
  ['spokesman', ['spokesperson', 'spokeswoman', 'jubir', 'bicara']], ['spokeswoman', ['spokesperson', 'spokesman', 'jubir', 'bicara']],
  ['chief', ['head', 'kepala', 'kapolda', 'kapolres']], ['head', ['chief', 'kepala']], ['regent', ['bupati']], ['governor', ['gubernur']],
  ['minister', ['menteri']], ['mayor', ['walikota', 'wali']], ['police', ['polda', 'polres', 'polri', 'kepolisian']],
])

/** Nouns whose capitalised name after them is an event's or a programme's ("prosesi Seba", "tradisi Kasada"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'prosesi', 'tradisi', 'upacara', 'ritual', 'festival', 'program', 'lomba', 'pameran', 'perayaan',
  'pesta', 'gerakan', 'kampanye', 'operasi', 'event',
])

/** Words a description between a name and "yang akrab disapa" may take ("…, penambang yang biasa disapa …"). */
const NICKNAME_DESCRIPTION_WORDS = 4
/** Tokens a lower-case description before an appositive subject may take ("veteran pejuang Trikora,"). */
const DESCRIPTION_BEFORE_APPOSITIVE = 6
/** Tokens back from a nickname clause's "yang" where the name it glosses may start (name, degrees, commas). */
const NICKNAME_OWNER_REACH = 16

/** Words a subject description may take before "yang akrab disapa NICK itu" ("Ibu tiga anak yang …"). */
const NICKNAMED_SUBJECT_REACH = 8

/** ", 38," at j: the age English editions give after a person's name. */
function englishAgeAfter(s: TokenStore, j: number): boolean {
  return s.isPunct(j, COMMA) && s.isWord(j + 1) && s.hasFlag(j + 1, F_DIGIT_START) && (s.ends[j + 1] as number) - (s.starts[j + 1] as number) <= 3 &&
    s.isPunct(j + 2, COMMA)
}

/** Tokens a relative clause after an appositive may take ("yang hadir dalam sosialisasi di Aula …,"). */
const RELATIVE_CLAUSE_REACH = 14

/** Tokens a description after a name and age may take ("sopir angkutan sembako rute Muara Belayan-Datah Bilang"). */
const DESCRIPTION_AFTER_AGE_REACH = 16

/** The index after the comma closing a lower-case description at j ("sopir angkutan …,"), or j when there is none. */
function afterDescription(s: TokenStore, j: number): number {
  if (!s.isWord(j) || s.cap(j)) return j
  for (let k = j + 1; k < j + DESCRIPTION_AFTER_AGE_REACH; k++) {
    if (s.isPunct(k, COMMA)) return k + 1
    if (s.kinds[k] === T_QUOTE || s.isPunct(k, PERIOD)) return j
  }
  return j
}

/**
 * Words before a person who is the object ("Kepada Orang Kaya Ur Maren, Fransiskus Elmas, Bupati …"), after whom a
 * name between commas is that person's name too. (Not "di", "dari": a place there is followed by the subject's name,
 * "kepala suku di Kobakma Hulu, NAME, mengapresiasi".)
 */
const APPOSED_OBJECT_WORDS: ReadonlySet<string> = new Set(['kepada', 'didampingi', 'bersama', 'beserta', 'mewakili', 'menggantikan', 'samping', 'sebelah'])

/** Reporters, who ask and are never the speaker an epithet points back to. */
const REPORTER_WORDS: ReadonlySet<string> = new Set(['wartawan', 'jurnalis', 'reporter', 'pewarta'])

/** Geographic features whose names are often people's names ("Gunung Slamet", "Sungai Musi", "Pulau Sebatik"). */
const GEOGRAPHIC_WORDS: ReadonlySet<string> = new Set(['gunung', 'sungai', 'danau', 'bukit', 'pulau', 'teluk', 'selat', 'pantai', 'kali', 'lembah',
  'pegunungan', 'gua', 'goa', 'telaga', 'rawa', 'muara', 'tanjung', 'bendungan', 'waduk', 'air', 'lapangan', 'stadion', 'bandara', 'pelabuhan', 'masjid'])
/** Lower-case words a named subject's predicate may take before a colon and its quote ("was unimpressed:"). */
const COLON_CLAUSE_WORDS = 5
/** Tokens a subject's mention may take before that predicate. */
const MAX_COLON_SUBJECT = 8
/** Forms of address a careless writer leaves in lower case before a name ("kata bu lilik", "ujar pak tarmuji"). */
const LOWER_CASE_ADDRESS: ReadonlySet<string> = new Set(['bu', 'ibu', 'pak', 'bapak', 'mas', 'mbak', 'kang', 'teh', 'bang', 'kak'])
/** Words that open an epithet naming an office ("orang nomor satu di …", "sang bupati"). */
const EPITHET_OPENERS: ReadonlySet<string> = new Set(['orang', 'sang'])
/** Tokens a subject's epithet may take ("orang nomor satu di Kota Kedungsari itu"). */
const MAX_SUBJECT_EPITHET = 9

/** Lower-case nouns for kinds of place, between a place preposition and a place's name ("di pertigaan Sukawangi"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['pertigaan', 'perempatan', 'simpang', 'pasar', 'jalan', 'desa', 'kampung', 'dusun', 'kelurahan',
  'kecamatan', 'kota', 'kabupaten', 'pantai', 'pelabuhan', 'terminal', 'gang', 'lorong', 'sungai', 'kawasan', 'wilayah', 'daerah',
  'kompleks', 'komplek', 'perumahan', 'pulau', 'gunung', 'lapangan', 'alun-alun'])

/** A person's own speech that someone else may read out ("sambutan Gubernur …, yang dibacakan …"). */
const AUTHORED_SPEECH: ReadonlySet<string> = new Set(['sambutan', 'sambutannya', 'amanat', 'amanatnya', 'pidato', 'pidatonya', 'arahan', 'arahannya', 'pesan'])

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, k) => word === b[k])
}

/** Words a headline's name may take before the word its nickname comes from. */
const HEADLINE_NAME_WORDS = 5

/** Words before initials that name suspects, victims and the like: such initials never make a person here. */
const INITIALS_OWNERS: ReadonlySet<string> = new Set(['tersangka', 'terdakwa', 'pelaku', 'korban', 'berinisial', 'inisial', 'terpidana', 'terlapor', 'pelapor', 'saksi'])

/** Relatives named by their tie to someone ("cucunya", "istrinya"): another, unnamed person. */
const KINSHIP_NYA: ReadonlySet<string> = new Set(['cucunya', 'anaknya', 'istrinya', 'suaminya', 'ibunya', 'ayahnya', 'adiknya',
  'kakaknya', 'keponakannya', 'menantunya', 'neneknya', 'kakeknya'])

/** A paragraph that may name a document's author: a signature, or a written address read out. */
const DOCUMENT_AUTHOR_CUE = /ditandatangani|(?:sambutan|amanat|pidato|arahan|pesan)(?:nya)? tertulis/i
/** Paragraphs after the one naming a document's author in which "tertulis: “…”" still quotes that document. */
const DOCUMENT_AUTHOR_REACH = 2

/** Words that introduce a person's name in a description ("seorang warga bernama NAME"). */
const NAMING_WORDS: ReadonlySet<string> = new Set(['bernama', 'named', 'nama'])

/** Verbs after which a sentence lists who attended ("Turut hadir …", "Turut mendampingi …", "Tampak hadir …"). */
const ATTENDANCE_VERBS: ReadonlySet<string> = new Set(['hadir', 'mendampingi', 'menyaksikan', 'mengikuti', 'serta'])

/**
 * Whether the sentence at a lists attendees: "Hadir pula …", "Mendampingi …", or "Turut/Tampak/Ikut/Juga" before an
 * attendance verb ("Turut mendampingi Wakapolres NAME, Kasat NAME …"). None of them speaks by being listed.
 */
function attendeeListAt(s: TokenStore, a: number): boolean {
  if (!s.isWord(a)) return false
  const first = s.lower(a)
  if (first === 'hadir' || first === 'mendampingi') return true
  return (first === 'turut' || first === 'tampak' || first === 'ikut' || first === 'juga') && s.isWord(a + 1) && ATTENDANCE_VERBS.has(s.lower(a + 1))
}

/** Words that introduce a companion ("didampingi cucunya, NAME"). */
const COMPANION_WORDS: ReadonlySet<string> = new Set(['didampingi', 'bersama', 'beserta', 'ditemani', 'diapit'])
/** Nouns naming a companion by their tie to someone ("didampingi cucu, NAME"); a "-nya" word does too ("cucunya"). */
const COMPANION_NOUNS: ReadonlySet<string> = new Set(['istri', 'suami', 'anak', 'cucu', 'putra', 'putri', 'ajudan', 'ibu', 'ayah', 'kakak', 'adik', 'rekan', 'sahabat', 'pendamping', 'menantu', 'keponakan'])
/** Lower-case words a companion's description may take between the preposition and the comma ("istri tercintanya"). */
const COMPANION_DESCRIPTION_REACH = 4

/**
 * A name at i in apposition to a companion ("didampingi cucunya, Nadia, mengaku …", "bersama istrinya, Rina, …"): an
 * object of the preposition, never the subject of the verb that follows it.
 */
function companionAppositiveAt(s: TokenStore, i: number): boolean {
  if (!s.isPunct(i - 1, COMMA)) return false
  // The words before the comma name a tie or a role ("cucunya", "istri", "kuasa hukum perusahaan"): "Pada kesempatan
  // bersama wartawan, NAME …" names none.
  let tied = false
  for (let k = i - 2; k >= i - 1 - COMPANION_DESCRIPTION_REACH && s.isWord(k) && !s.cap(k); k--) {
    const lower = s.lower(k)
    if (lower.endsWith('nya') || COMPANION_NOUNS.has(lower) || (s.wordClass(k) & C_TITLE) !== 0) tied = true
  }
  if (!tied) return false
  for (let k = i - 2; k >= i - 1 - COMPANION_DESCRIPTION_REACH; k--) {
    if (!s.isWord(k) || s.cap(k)) return false
    if (COMPANION_WORDS.has(s.lower(k))) return k < i - 2
  }
  return false
}

/** The index after the comma closing a relative clause "yang …," at j, or j when there is none. */
/** Whether [from, i) is capitalised office words and a lower-case title right before i ("Commission IX chairwoman"). */
function officeWordsThenTitle(s: TokenStore, from: number, i: number): boolean {
  if (!s.isWord(i - 1) || s.cap(i - 1) || (s.wordClass(i - 1) & C_TITLE) === 0 || i - 1 === from) return false
  for (let t = from; t < i - 1; t++) if (!s.isWord(t) || !s.cap(t)) return false
  return true
}

/** Whether the speech verb at v (or -1) opens a quote right after it, or after its comma or colon ("mengatakan, “…”"). */
function verbOpensQuote(s: TokenStore, v: number): boolean {
  if (v < 0) return false
  const next = s.isPunct(v + 1, COMMA) || s.isPunct(v + 1, COLON) ? v + 2 : v + 1
  return s.kinds[next] === T_QUOTE
}

/** The speech verb that ends a relative clause without commas at j ("yang berdiri di samping NAME mengatakan"), or -1. */
function relativeClauseSpeechVerb(s: TokenStore, j: number, b: number): number {
  for (let t = j + 1; t < Math.min(b, j + RELATIVE_CLAUSE_REACH); t++) {
    if (!s.isWord(t)) return -1
    if (!s.cap(t) && (s.wordClass(t) & C_SPEECH_VERB) !== 0) return t
  }
  return -1
}

function afterRelativeClause(s: TokenStore, j: number): number {
  if (!s.isWord(j) || s.lower(j) !== 'yang') return j
  for (let k = j + 1; k < j + RELATIVE_CLAUSE_REACH; k++) {
    if (s.isPunct(k, COMMA)) return k + 1
    if (!s.isWord(k)) return j
  }
  return j
}

/**
 * The speech verb of a mention: right after it, or after the comma that closes an appositive name
 * ("Anggota Komisi III dari Fraksi …, Yuliana Tambunan, menilai"), or -1. Only a bare name counts as appositive:
 * a trailing role ("Bambang Sutrisno, Kepala Dinas PUPR Rimbajaya, menjawab") is a title chain, not a new person.
 * An age in brackets after the name is skipped ("…, Masrah (58), mengaku", "Masrah (58) mengatakan").
 */
/** Audiences a speaker addresses between the name and the speech verb ("kepada wartawan", "di hadapan media"). */
const AUDIENCE_WORDS: ReadonlySet<string> = new Set(['wartawan', 'media', 'jurnalis', 'awak', 'para', 'peserta', 'warga', 'hadirin'])

/** The index after "kepada wartawan" / "kepada para wartawan" / "kepada awak media" at k, or k. */
function audienceEnd(s: TokenStore, k: number): number {
  if (!s.isWord(k) || s.lower(k) !== 'kepada') return k
  let j = k + 1
  while (j < k + 4 && s.isWord(j) && AUDIENCE_WORDS.has(s.lower(j))) j++
  return j > k + 1 ? j : k
}

function speechVerbOf(s: TokenStore, m: Mention): number {
  if (m.nameLength > 0 && ageAfter(s, m.to)) {
    const after = m.to + 3
    // "Hamdani (45), sopir angkutan sembako …, mengatakan": a description between the age and the verb.
    if (s.isPunct(after, COMMA) && !s.isPunct(m.from - 1, COMMA)) {
      const at = speechVerbAfter(s, after + 1)
      if (at >= 0) return at
      const described = afterDescription(s, after + 1)
      if (described <= after + 1) return -1
      // "NAME (27), warga Desa Cisurupan, yang mengaku …": the description's relative clause opens with the verb.
      const verb = speechVerbAfter(s, described)
      return verb >= 0 || !s.isWord(described) || s.lower(described) !== 'yang' ? verb : speechVerbAfter(s, described + 1)
    }
    if (!(s.isPunct(after, COMMA) && s.isPunct(m.from - 1, COMMA))) return speechVerbAfter(s, after)
    // "…, Tjong Ah Kiong (61), yang hadir dalam sosialisasi …, berharap": a relative clause may sit before the verb.
    const at = speechVerbAfter(s, after + 1)
    return at >= 0 ? at : speechVerbAfter(s, afterRelativeClause(s, after + 1))
  }
  const at = speechVerbAfter(s, m.to)
  if (at >= 0 || m.nameLength === 0) return at
  // "Wakil Bupati NAME kepada wartawan menyampaikan …": the audience between the speaker and the verb.
  const audience = audienceEnd(s, m.to)
  if (audience > m.to) {
    const after = speechVerbAfter(s, audience)
    if (after >= 0) return after
  }
  // "Mas Danang dari POPT mengingatkan …", "Rina dari Dinas Sosial menjelaskan …": the body the person comes from.
  if (s.isWord(m.to) && s.lower(m.to) === 'dari') {
    let k = m.to + 1
    while (k < m.to + 5 && s.isWord(k) && s.cap(k)) k++
    if (k > m.to + 1) {
      const from = speechVerbAfter(s, k)
      if (from >= 0) return from
    }
  }
  // "NAME of the People's Welfare Party (PKR) faction said".
  if (!s.isPunct(m.to, COMMA)) return englishVerbAfterName(s, m.to)
  // "…, Yuliana Tambunan, menilai", and an office with its holder's name after a comma ("The Regional Secretary of
  // North Sulawesi, Maria Theresia Runtuwene, SE, MM, explained").
  // (Also after a description in lower case: "Saksi berikutnya, kontraktor NAME, mengaku …".)
  const apposedName = s.isPunct(m.from - 1, COMMA) || (s.isWord(m.from - 1) && !s.cap(m.from - 1) && s.isPunct(m.from - 2, COMMA))
  if ((apposedName && m.role === null) || (m.role !== null && m.nameAfterComma)) {
    const apposed = speechVerbAfter(s, m.to + 1)
    if (apposed >= 0) return apposed
  }
  return describedVerbAfter(s, m.to)
}

/** Tokens an affiliation after a name may take before its verb ("of the People's Welfare Party (PKR) faction"). */
const AFFILIATION_REACH = 14

/**
 * The English speech verb after a name at j, past a description between commas ("NAME, 22, a nursing graduate …,
 * said") or an affiliation ("NAME of the … faction said", "NAME from the … said"), or -1.
 */
function englishVerbAfterName(s: TokenStore, j: number): number {
  if (s.isPunct(j, COMMA)) {
    const verb = describedVerbAfter(s, j)
    return verb >= 0 && ENGLISH_SPEECH_VERBS.has(s.lower(verb)) ? verb : -1
  }
  if (!s.isWord(j) || (s.lower(j) !== 'of' && s.lower(j) !== 'from')) return -1
  for (let t = j + 1; t < j + AFFILIATION_REACH && t < s.hi; t++) {
    // "NAME of the NasDem faction, whose electoral district covers …, said": a description after the affiliation.
    if (s.isPunct(t, COMMA)) {
      const verb = describedVerbAfter(s, t)
      return verb >= 0 && ENGLISH_SPEECH_VERBS.has(s.lower(verb)) ? verb : -1
    }
    if (s.kinds[t] === T_QUOTE || s.isPunct(t, PERIOD)) return -1
    if (s.isWord(t) && !s.cap(t) && ENGLISH_SPEECH_VERBS.has(s.lower(t))) return t
  }
  return -1
}

/** Tokens a description between commas after a name may take ("a mother of two from Cakung who brought …"). */
const NAME_DESCRIPTION_REACH = 32

/** Whether the full stop at t closes an abbreviation ("Mr.", "Dr.", "H.") written against it, not a sentence. */
function abbreviationStop(s: TokenStore, t: number): boolean {
  const w = t - 1
  return s.isWord(w) && s.ends[w] === s.starts[t] && ((s.wordClass(w) & C_ABBREVIATION) !== 0 || ((s.ends[w] as number) - (s.starts[w] as number) === 1 && s.cap(w)))
}

/**
 * The speech verb after a name's description between commas, from the comma at j, or -1: an age ("NAME, 34, said"),
 * then a description that opens in lower case ("NAME, a transportation economist at …, said", "NAME, the regional
 * secretary of …, said", "NAME, who leads …, said", "NAME, warga setempat, mengatakan"). A quote or a sentence end
 * inside ends the search.
 */
function describedVerbAfter(s: TokenStore, j: number): number {
  let k = j + 1
  if (s.isWord(k) && s.hasFlag(k, F_DIGIT_START) && s.isPunct(k + 1, COMMA)) {
    const aged = speechVerbAfter(s, k + 2)
    if (aged >= 0) return aged
    k += 2
  }
  if (!s.isWord(k) || s.cap(k)) return -1
  let segments = 1
  for (let t = k + 1; t < k + NAME_DESCRIPTION_REACH && t < s.hi; t++) {
    // A term in quote marks may sit inside ("which runs a “Safe Seas” campaign"); a sentence end may not.
    // (An abbreviation's full stop is none: "who visited the village with Mr. Arief …, said".)
    if ((s.isPunct(t, PERIOD) && !abbreviationStop(s, t)) || (s.kinds[t] === T_QUOTE && s.hasFlag(t, F_ENDS_SENTENCE))) return -1
    if (s.isPunct(t, COMMA)) {
      const verb = speechVerbAfter(s, t + 1)
      // A second description ("NAME, the head of Lewobelen village, about four kilometres from the crater, said").
      if (verb >= 0 || segments === 2 || !s.isWord(t + 1) || s.cap(t + 1)) return verb
      segments++
    }
  }
  return -1
}

/**
 * A speech verb within the next `reach` tokens of the open paragraph, before `to` (≤ its end) and before any quote:
 * the first speech verb or quote from `from` on (TokenStore.stops) is a verb, close enough.
 */
function speechVerbWithin(s: TokenStore, from: number, to: number, reach: number): boolean {
  if (from >= to || (s.openClasses & C_SPEECH_VERB) === 0) return false
  const stop = s.stops[from] as number
  return stop < Math.min(to, from + reach) && s.kinds[stop] === T_WORD
}

/**
 * A headline or other Title-Case line ("Bupati Rimbajaya Tinjau Jembatan Gantung"): its capitalised words are not
 * names, so it never introduces persons; its mentions may only resolve to persons the body introduces.
 * Opens paragraph p.
 */
export function isHeadlineLike(s: TokenStore, p: number): boolean {
  s.open(p)
  // Headlines keep small function words lower-case ("… Minta Sekda dan Kepala Bappeda …"); every other word is
  // capitalised, while a prose sentence soon has a lower-case verb. The tokenizer counted both kinds of word.
  const words = s.contentWords[p] as number
  const caps = s.capitalWords[p] as number
  const last = s.hi - 1
  const endsSentence = last >= s.lo && (s.isPunct(last, PERIOD) || (s.kinds[last] === T_QUOTE && s.hasFlag(last, F_ENDS_SENTENCE)))
  return words >= 3 && caps / words >= 0.85 && !endsSentence
}

/** The words that can open a person mention in pass 1, or introduce one. */
const PERSON_GATE_CLASSES = C_TITLE | C_HONORIFIC | C_SPEECH_VERB | C_POST_CUE | C_PASSIVE
const PERSON_GATE_WORDS = (1 << W_WALI) | (1 << W_MENURUT) | (1 << W_INISIAL) | (1 << W_RAJA)

/** Attributes every quote span of an article, paragraph by paragraph (see the header). */
/** English weekdays and months, which a comma may set after a description ("said the head of the agency, Tuesday"). */
const ENGLISH_DATE_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])
/** English occupations written as titles before a name ("Economist NAME") that an article also gives as descriptions. */
const ENGLISH_OCCUPATIONS: ReadonlySet<string> = new Set(['economist', 'researcher', 'analyst', 'activist', 'lecturer', 'observer'])
/** How many tokens an English description after "said the" may run before the comma and the name it apposes. */
const ENGLISH_DESCRIPTION_REACH = 30
/** Lower-case words inside an English title ("Deputy for Food and Agribusiness Coordination"). */
const ENGLISH_TITLE_JOINERS: ReadonlySet<string> = new Set(['for', 'of', 'and', 'the', 'on'])
/** Tokens an English title may take after the cue before the honorific of the name. */
const ENGLISH_TITLE_REACH = 12

/** Words of a subject before a passive speech verb ("Hal senada disampaikan …"). */
const PASSIVE_SUBJECT_REACH = 4
/** What makes "namanya … ditulis" a request to stay unnamed: "meminta namanya tidak ditulis", "enggan namanya disebut". */
const ANONYMITY_ASKS: ReadonlySet<string> = new Set(['meminta', 'minta', 'memohon', 'enggan', 'tidak', 'tak', 'jangan', 'menolak', 'keberatan'])

export class SpeakerAttributor {
  readonly table = new AliasTable()
  /** Mentions parsed at a token (global index), memoised: both passes and several sieves ask about the same words. */
  private readonly mentions = new Map<number, Mention | null>()
  private readonly results: QuoteAttribution[] = []
  private readonly preCue: Array<QuoteAttribution | null> = []
  private readonly splitFrom: Array<Person | null | undefined> = []
  private salient: Person | null = null
  /** Where pass 1 first met each person (a token index): namesakes are told apart by who was introduced already. */
  private readonly firstMention = new Map<Person, number>()
  /** Each person's sex as a form of address before their name told it (else their name tells it, or nothing). */
  private readonly addressed = new Map<Person, Gender>()
  /** The persons who were salient, most recent last (once each): whom "she"/"he" can mean when the salient one cannot. */
  private readonly recent: Person[] = []
  /** Where pass 1 first parsed each full name (lower-case words joined by spaces), whether it registered it or not. */
  private readonly firstNamed = new Map<string, number>()
  private salientParagraph = -Infinity
  /** Quotes attributed as the next turn of a question-and-answer exchange. */
  private readonly turns = new Set<number>()
  /** The two sides of an interview the article set up ("wartawan …, NAME, mewawancarai NAME"), for "Tanya:"/"Jawab:". */
  private interviewer: Person | null = null
  private interviewee: Person | null = null
  private currentParagraph = -1
  /** Who the article calls "terdakwa", "saksi" …: a person, or null when several share the word. */
  private readonly caseParties = new Map<string, Person | null>()

  /** `headline[p]` is 1 for Title-Case paragraphs (isHeadlineLike); the context must be complete. */
  constructor(
    private readonly s: TokenStore,
    private readonly placements: readonly SpanPlacement[],
    private readonly ctx: MentionContext,
    private readonly headline: Uint8Array,
  ) {
    for (let q = 0; q < placements.length; q++) {
      this.results.push({ person: null, cue: null, via: 'none', explicit: false, confidence: 0 })
      this.preCue.push(null)
      this.splitFrom.push(undefined)
    }
  }

  private mentionAt(i: number): Mention | null {
    const s = this.s
    if (i < s.lo || i >= s.hi) return null
    let m = this.mentions.get(i)
    if (m === undefined) this.mentions.set(i, (m = parseMention(s, i, this.ctx)))
    return m
  }

  /** Pass 1 for paragraph p: collect persons from titled mentions and from names in speech slots. */
  collectPersons(p: number): void {
    if (this.headline[p]) return
    const s = this.s
    // Nothing in the paragraph can open or introduce a person: skip it without reading its tokens. (An age in
    // brackets, "NAME (41)", introduces one too: one native regex test on the paragraph's text.)
    if ((s.paragraphClasses[p]! & PERSON_GATE_CLASSES) === 0 && (s.paragraphWords[p]! & PERSON_GATE_WORDS) === 0 &&
      !AGE_IN_BRACKETS.test(s.paragraphs[p] ?? '')) return
    s.open(p)
    const vocab = s.vocab
    for (let i = s.lo; i < s.hi; i++) {
      if (s.kinds[i] !== T_WORD) continue
      const id = s.values[i] as number
      const special = vocab.special[id] as number
      if (special === W_INISIAL) {
        this.noteInitials(i + 1)
        continue
      }
      if (((s.flags[i] as number) & F_CAP) === 0 && special !== W_DR) continue
      // Initials the article gives a person with an age, set off by a comma ("Salah satu penerima remisi, YK (29), …",
      // "Sementara itu, RM (41), …"): a person known only by them — not a suspect's ("tersangka AS (34)").
      if (s.hasFlag(i, F_ALL_CAPS) && s.isPunct(i - 1, COMMA) && (s.ends[i] as number) - (s.starts[i] as number) <= 3 &&
        ageAfter(s, i + 1) && !this.suspectBefore(i)) {
        vocab.facts[id] = (vocab.facts[id] as number) | X_INITIALS_PERSON
      }
      // Parse only where a person can start: a title or honorific, after a cue, or before a speech verb.
      const cls = vocab.classes[id] as number
      const before = i - 1
      const beforeCls = s.wordClass(before)
      const gate = (cls & (C_TITLE | C_HONORIFIC)) !== 0 || special === W_WALI || (special === W_RAJA && rajaOfNegeriAt(s, i)) || pairTitleAt(s, i) || judgeBefore(s, i) ||
        speechVerbWithin(s, i + 1, s.hi, SPEECH_GATE) ||
        (beforeCls & (C_POST_CUE | C_PASSIVE)) !== 0 || s.special(before) === W_MENURUT || agedNameAt(s, i) ||
        (s.isWord(before) && s.lower(before) === 'to' && s.special(before - 1) === W_MENURUT) ||
        // A nickname ("… yang akrab disapa Ama Desi."), which names the person before it.
        nicknameVerbAt(s, before) ||
        // A full name with its nickname in brackets a few words on ("… Puskesmas Wonosari Rahmat Hidayat (Dayat) …").
        bracketNicknameWithin(s, i, this.ctx) ||
        // An appositive name between commas ("Salah satu pejabat yang dilantik, NAME, S.STP., M.Si., kini …"): a
        // person when degrees follow it (checked once parsed).
        (s.isPunct(before, COMMA) && s.isWord(i + 1) && s.cap(i + 1))
      // The name of a street, village or district ("di Jalan Niaga") is no person, nor a title in a document's
      // name ("Peraturan Bupati Pasih Kauh Nomor 31").
      if (!gate || ((beforeCls & C_PLACE_HEAD) !== 0 && (cls & (C_TITLE | C_HONORIFIC)) === 0) || this.afterEventNoun(i) ||
        ((cls & (C_TITLE | C_HONORIFIC)) === 0 && this.afterPlacePreposition(i))) continue
      if (s.isWord(before) && DOCUMENT_WORDS.has(s.lower(before))) continue
      const m = this.mentionAt(i)
      if (m === null) continue
      // Where each full name first appears, registered or not (an appositive "…, Lamria Simanjuntak, menunjukkan …").
      if (m.nameLength >= 2) {
        const key = m.nameLower.join(' ')
        if (!this.firstNamed.has(key)) this.firstNamed.set(key, m.from)
      }
      if (m.nameLength > 0) {
        const slot = speechVerbOf(s, m) >= 0 || (s.isWord(before) &&
          (((beforeCls & C_POST_CUE) !== 0 && !vocab.cues[s.values[before] as number]?.pronoun) ||
            s.special(before) === W_MENURUT || (beforeCls & C_PASSIVE) !== 0))
        // A full name with an age ("kepada Faozisokhi Zega (41), nelayan …") is a person, wherever it stands.
        // So is a full name with a nickname in brackets ("petugas sanitarian Rahmat Hidayat (Dayat) bersama …").
        // (An age may follow the alias: "Muhammad Rizki alias Kiki (24)".)
        const ageAt = this.afterAlias(m.to)
        const aged = (m.nameLength >= 2 ? ageAfter(s, ageAt) : m.nameLength === 1 && !m.titled && adultAgeAfter(s, ageAt)) ||
          (m.nameLength >= 2 && (m.hasDegrees || bracketNicknameAt(s, m.to, this.ctx)))
        // A nickname ("yang akrab disapa Mamiq Zaini") names someone already met, never a new person.
        // So does an alias ("Tan Ek Liong alias Edward Tanujaya") and a nickname glossed as one ("ujar Gung Oka,
        // sapaan akrab Bupati").
        const nickname = nicknameVerbAt(s, m.from - 1) || (s.isWord(m.from - 1) && s.lower(m.from - 1) === 'alias') || englishNicknameClauseAt(s, m.from - 1) >= 0 ||
          ((isBalineseShortForm(m.nameLower[0] ?? '') || this.nicknameGlossAt(m.to) || (m.nameLength === 1 && honorificAt(s, m.from))) &&
            this.table.resolveNickname(m.nameLower) !== null) ||
          // "Kadis Frans" after "Kepala Dinas … Fransiskus Xaverius Moa Laka": a given name shortened after the title.
          this.titledShortForm(m) !== null ||
          // "kata Teh Nisa" after "Annisa Rahmawati": a name's ending after a form of address.
          (m.nameLength === 1 && honorificAt(s, m.from) && this.table.resolveNameEnding(m.nameLower[0] ?? '') !== null) ||
          // "Gung Sudi memastikan …" after "Bupati yang akrab disapa Gung Sudi itu": the headline names its holder.
          this.headlineNicknames.some((pending) => sameWords(pending.nickname, m.nameLower))
        if (nickname) this.noteNickname(m, p)
        if ((m.titled || slot || aged) && !nickname && !this.namesKnownOffice(m) &&
          (this.table.resolveLowerName(m.nameLower) !== null || this.byShortName(m) === null)) {
          let named = this.fullerForm(m, p)
          // "bidan Puskesmas Indrajaya Nurul Hayati, Amd.Keb.", "Puskesmas Tarusan Rahmat Hidayat (Dayat)": right after
          // an office word, a run of three words or more starts with the office's place when the article names that
          // place, or when the office is one named after its place and a bracketed nickname closes the name.
          if (m.role === null && m.nameLength >= 3 && s.isWord(m.from - 1) && isOrgWord(s, m.from - 1, this.ctx)) {
            const known = this.ctx.knownPlaceLength(s, m.from, m.from + m.nameLength - 2)
            const drop = known > 0 ? known : PLACE_NAMED_OFFICES.has(s.lower(m.from - 1)) && bracketNicknameAt(s, m.to, this.ctx) ? 1 : 0
            if (drop > 0) named = { name: named.name.slice(drop), role: named.role, roleLong: named.roleLong }
          }
          const person = this.table.add(named)
          if (person !== null) {
            if (!this.firstMention.has(person)) this.firstMention.set(person, m.from)
            this.noteGender(person, m)
            if (m.role === null) {
              const title = this.lowerTitleBefore(m.from)
              if (title !== null) this.table.giveRole(person, title)
            }
            this.noteAlias(person, m.to)
            this.noteCaseParty(m, person)
          }
        }
      }
      i = Math.max(i, m.to - 1)
    }
  }

  private titledPlacesChecked = false

  /**
   * Once pass 1 knows the article's persons: a "place" read after a title that is a person's full name was the
   * holder's name ("Kepala Desa Hasan Basri, yang …" after "Kepala Desa Koto Baru Hulu, Hasan Basri"). Forget it, and
   * the mentions parsed with it.
   */
  /** Nicknames given to a title alone ("Bupati yang akrab disapa Gung Sudi itu") whose holder the body never names. */
  private readonly headlineNicknames: Array<{ title: string; nickname: readonly string[] }> = []

  /**
   * The holder of such a title named in the headline: the title, the place the article names, then the name up to the
   * word the nickname's last word begins ("Sudi" → "Sudiartana"). In a headline every word is capitalised, so that
   * word is what ends the name. Opens paragraphs: runs before pass 2.
   */
  private holdersFromHeadline(): void {
    const s = this.s
    for (const { title, nickname } of this.headlineNicknames) {
      const last = nickname[nickname.length - 1]
      if (last === undefined || last.length < 3) continue
      for (let p = 0; p < this.headline.length; p++) {
        if (!this.headline[p]) continue
        s.open(p)
        let found: Person | null = null
        for (let t = s.lo; t < s.hi && found === null; t++) {
          if (!s.isWord(t) || s.lower(t) !== title) continue
          const from = t + 1 + this.ctx.knownPlaceLength(s, t + 1, t + 5)
          for (let w = from; w < Math.min(s.hi, from + HEADLINE_NAME_WORDS); w++) {
            if (!s.isWord(w) || !s.cap(w)) break
            if (!s.lower(w).startsWith(last)) continue
            const name: string[] = []
            for (let k = from; k <= w; k++) name.push(s.textOf(k))
            const role: string[] = []
            for (let k = t; k < from; k++) role.push(s.textOf(k))
            found = this.table.add({ name, role: role.join(' '), roleLong: role.join(' ') })
            break
          }
        }
        if (found !== null) {
          this.table.addAlias(found, nickname)
          break
        }
      }
    }
  }

  /**
   * A titled person the headline names and the body calls by title only ("Kalak BPBD Cianjur Asep Sudrajat Minta …",
   * then "Kepala Pelaksana BPBD Kabupaten Cianjur … mengatakan"): registered with the title, the name ending before
   * the headline's verb (Title Case capitalises it too), two to four words. Only when the body names nobody with that
   * title. Runs before pass 2.
   */
  private holdersNamedInHeadline(): void {
    const s = this.s
    for (let p = 0; p < this.headline.length; p++) {
      if (!this.headline[p]) continue
      s.open(p)
      for (let t = s.lo; t < s.hi; t++) {
        if (!s.isWord(t) || !s.cap(t) || (s.wordClass(t) & C_TITLE) === 0 || (s.isWord(t - 1) && s.cap(t - 1))) continue
        const m = parseMention(s, t, this.ctx, false)
        if (m === null || m.role === null || m.nameLength < 2) continue
        // Where the headline's verb (or a small word) stands: the mention may have read it as the office's place
        // ("Wagub NTB Tinjau Pengungsi Banjir": no name) or as part of the name (cut there).
        let stop = m.to
        for (let k = t + 1; k < m.to; k++) {
          if (s.isWord(k) && (HEADLINE_VERBS.has(s.lower(k)) || HEADLINE_SMALL_WORDS.has(s.lower(k)))) {
            stop = k
            break
          }
        }
        const name: string[] = []
        let nameFrom = m.to
        for (let k = m.to - 1; k > t && s.isWord(k) && s.cap(k); k--) nameFrom = k
        // (The name's words are the capitalised run that ends the mention, up to its own length.)
        nameFrom = Math.max(nameFrom, m.to - m.nameLength)
        if (stop <= nameFrom) {
          t = m.to - 1
          continue
        }
        for (let k = nameFrom; k < stop; k++) if (s.isWord(k)) name.push(s.textOf(k))
        if (name.length >= 2 && name.length <= 4 && this.table.resolveRole(m.role) === null && this.table.resolveName(name) === null) {
          this.table.add({ name, role: m.role, roleLong: m.roleLong })
        }
        t = m.to - 1
      }
    }
  }

  private forgetPlacesThatNamePersons(): void {
    if (this.headlineNicknames.length > 0) this.holdersFromHeadline()
    this.holdersNamedInHeadline()
    this.titledPlacesChecked = true
    let forgot = false
    for (const person of this.table.persons) {
      if (person.tokens.length >= 2 && this.ctx.forgetTitledPlace(person.tokens.join(' '))) forgot = true
    }
    // A place read after a title that ends with a person's name ("Kepala Desa Sampang Kusnadi, …" and "Kusnadi
    // mengucapkan …"): the name is the holder's, not the place's. Pass 1 then reads those mentions again, so the holder
    // gets the title.
    let trimmed = false
    for (const key of this.ctx.titledPlaces()) {
      const words = key.split(' ')
      for (const person of this.table.persons) {
        const name = person.name.toLowerCase().split(' ')
        if (name.length >= words.length || words.slice(-name.length).join(' ') !== name.join(' ')) continue
        this.ctx.trimTitledPlace(key, words.length - name.length)
        trimmed = true
        break
      }
    }
    if (forgot || trimmed) this.mentions.clear()
    if (trimmed) for (let p = 0; p < this.headline.length; p++) this.collectPersons(p)
  }

  /** Pass 2 for paragraph p (after pass 1 saw every paragraph): track the salient speaker, attribute quotes. */
  attributeParagraph(p: number): void {
    if (!this.titledPlacesChecked) this.forgetPlacesThatNamePersons()
    const s = this.s
    s.open(p)
    this.currentParagraph = p
    this.demikianForPrevious(p)
    const documents = DOCUMENT_AUTHOR_CUE.test(s.paragraphs[p] ?? '')
    for (let a = s.lo; a < s.hi; ) {
      const b = sentenceEnd(s, a)
      if (documents) this.noteDocumentAuthor(p, a, b)
      this.sentence(p, a, b)
      a = b
    }
  }

  /** The author of the last document the article named ("ditandatangani NAME", "amanat tertulis Gubernur NAME"). */
  private documentAuthor: Person | null = null
  private documentAuthorParagraph = -1

  private noteDocumentAuthor(p: number, a: number, b: number): void {
    const s = this.s
    for (let k = a; k < b; k++) {
      if (!s.isWord(k)) continue
      const word = s.lower(k)
      let at = -1
      if (word === 'ditandatangani') at = s.special(k + 1) === W_OLEH ? k + 2 : k + 1
      else if (AUTHORED_SPEECH.has(word) && s.isWord(k + 1) && s.lower(k + 1) === 'tertulis') at = k + 2
      if (at < 0) continue
      const m = this.mentionAt(at)
      if (m === null || (m.nameLength === 0 && m.role === null)) continue
      const person = this.personOf(m, true)
      if (person === null) continue
      this.documentAuthor = person
      this.documentAuthorParagraph = p
      return
    }
  }

  /** The attributions, once pass 2 saw every paragraph. */
  finish(): QuoteAttribution[] {
    const results = this.results
    // Pre-cue and split results apply where no cue after the quote was found.
    for (let q = 0; q < results.length; q++) {
      const r = results[q]
      if (r === undefined || r.via === 'cue-after') continue
      const pre = this.preCue[q]
      if (pre != null) results[q] = pre
      else if (this.splitFrom[q] !== undefined) {
        results[q] = { person: this.splitFrom[q] ?? null, cue: null, via: 'split', explicit: true, confidence: 0.9 }
      }
    }
    return results
  }

  private setSalient(person: Person | null, p: number): void {
    if (person === null) return
    this.salient = person
    this.salientParagraph = p
    const at = this.recent.indexOf(person)
    if (at >= 0) this.recent.splice(at, 1)
    this.recent.push(person)
  }

  /** Notes the sex a mention's form of address tells of its person. */
  private noteGender(person: Person | null, m: Mention): void {
    if (person === null || this.addressed.has(person)) return
    const gender = m.addressGender
    if (gender !== null) this.addressed.set(person, gender)
  }

  private genderOf(person: Person): Gender | null {
    return this.addressed.get(person) ?? nameGender(person.name)
  }

  /**
   * Whom an English "she"/"he" means: the salient person, unless their sex rules them out; then the one most recently
   * salient whose sex fits ("she said" after the police chief spoke, about the regent named before him); else nobody.
   * Other pronouns ("ia", "dia") mean the salient person.
   */
  private pronounSpeaker(pronoun: string): Person | null {
    const salient = this.salient
    if (salient === null || (pronoun !== 'she' && pronoun !== 'he') || pronounFits(pronoun, this.genderOf(salient))) return salient
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const person = this.recent[k] as Person
      const gender = this.genderOf(person)
      if (person !== salient && gender !== null && pronounFits(pronoun, gender)) return person
    }
    return null
  }

  /**
   * A person can start here: a title or honorific, a name the article already knows, two capitalised name words,
   * or any name right before a speech verb ("Tomsi meminta").
   */
  private plausibleSubject(at: number): boolean {
    const m = this.mentionAt(at)
    if (m === null) return false
    if (m.titled || speechVerbAfter(this.s, m.to) >= 0 || m.nameLength >= 2) return true
    return this.table.resolveLowerName(m.nameLower) !== null
  }

  /**
   * The person named with an age after a lower-case description at the subject slot ("tetangga korban, Bu Minah
   * (45), …", "pedagang daging sapi Darmansyah (52) justru …"), or null. Descriptions of victims, suspects and the dead are left out: the speaker
   * of the next -nya cue is then usually the official who spoke before.
   */
  private describedSubject(k: number, b: number): Person | null {
    const s = this.s
    // "Seorang pedagang canang …, NAME (52), …" at the start of a sentence: the description follows "Seorang".
    if (s.isWord(k) && s.cap(k) && s.lower(k) === 'seorang') k++
    // "Salah satu wali murid Bu Warsini …", "Salah seorang warga, NAME (52), …": likewise after "Salah satu/seorang".
    else if (s.isWord(k) && s.cap(k) && s.lower(k) === 'salah' && s.isWord(k + 1) && (s.lower(k + 1) === 'satu' || s.lower(k + 1) === 'seorang')) k += 2
    if (!s.isWord(k) || s.cap(k) || NOT_SPEAKER_DESCRIPTIONS.has(s.lower(k))) return null
    // A title in lower case opens a title chain: "anggota Fraksi PDI Perjuangan Yoga Pratama Putra mengacungkan …".
    if ((s.wordClass(k) & C_TITLE) !== 0) {
      const m = parseMention(s, k, this.ctx, true)
      if (m !== null && m.nameLength > 0 && m.role !== null) return this.personOf(m, true)
      // "Dalam kesempatan itu, bupati mengatakan …": the holder of the title speaks.
      if (m !== null && m.role !== null && speechVerbAfter(s, m.to) >= 0) return this.table.resolveRole(m.role)
    }
    for (let t = k + 1; t < Math.min(b, k + DESCRIPTION_REACH); t++) {
      // "…, NAME (36)," after a comma, or straight after the description ("pedagang daging sapi Darmansyah (52)").
      // A place in the description ("pedagang canang di Pantai Batu Belah, NAME (52),") is passed over.
      // An office in the description ("ekonom Universitas Ranah Minang, Dr. NAME, S.E., menilai") is passed over,
      // with the capitalised words of its name.
      // So is a place named by its head ("Seorang warga Jalan Hiu Putih yang …, NAME (52), …").
      if (s.isWord(t) && s.cap(t) && (isOrgWord(s, t, this.ctx) || (s.wordClass(t) & C_PLACE_HEAD) !== 0)) {
        while (t + 1 < b && s.isWord(t + 1) && s.cap(t + 1)) t++
        continue
      }
      const at = s.isPunct(t, COMMA) ? t + 1 : s.isWord(t) && s.cap(t) && !this.afterPlacePreposition(t) ? t : -1
      if (at >= 0) {
        const m = this.mentionAt(at)
        if (m === null || m.nameLength === 0) return null
        // A name with an age, or a full appositive name before its speech verb.
        // (Or a name with its form of address, without the comma: "Salah satu wali murid Bu Warsini asal … mengaku".)
        const speaks = ((s.isPunct(t, COMMA) && m.nameLength >= 2) || (m.nameLength >= 1 && honorificAt(s, at))) &&
          speechVerbWithin(s, m.to, this.sentenceEndOf(m.to), INTRODUCED_VERB_REACH)
        return ageAfter(s, m.to) || speaks ? this.personOf(m, true) : null
      }
      if (!s.isWord(t)) return null
    }
    return null
  }

  /** The end of the sentence that token k is in (the open paragraph). */
  private sentenceEndOf(k: number): number {
    return sentenceEnd(this.s, k)
  }

  /**
   * "wartawan Huluwatu Pos, Fadli Hasan, sempat mewawancarai Irfan": the last person named before the verb asks, the
   * person after it answers (for a transcript of "Tanya:" / "Jawab:" lines that follows).
   */
  private noteInterview(a: number, b: number): void {
    const s = this.s
    for (let v = a; v < b; v++) {
      if (!s.isWord(v) || !INTERVIEW_VERBS.has(s.lower(v))) continue
      let asker: Mention | null = null
      for (let k = a; k < v; k++) {
        if (!s.isWord(k) || !s.cap(k)) continue
        const m = this.mentionAt(k)
        if (m === null) continue
        if (m.nameLength > 0) asker = m
        k = Math.max(k, m.to - 1)
      }
      const answerer = this.mentionAt(v + 1)
      this.interviewer = asker !== null ? this.personOf(asker, true) : null
      this.interviewee = answerer !== null && answerer.nameLength > 0 ? this.personOf(answerer, true) : null
      return
    }
  }

  /** A subject pronoun or a plausible person (plausibleSubject) starts at k. */
  /**
   * The start of an appositive name after a short lower-case description at k ("veteran pejuang Trikora, NAME (89),"):
   * the name's first token when a comma closes the description within a few words and a person's full name with an
   * age, closed by a comma, follows it; else k.
   */
  private appositiveAfterDescription(k: number, b: number): number {
    const s = this.s
    if (!s.isWord(k) || s.cap(k) || (s.wordClass(k) & (C_TITLE | C_SUBJECT_PRONOUN | C_PRONOUN_MARKER | C_CUE_PRONOUN | C_VERB_PREFIX | C_SPEECH_VERB)) !== 0) return k
    for (let c = k + 1; c < Math.min(b, k + DESCRIPTION_BEFORE_APPOSITIVE); c++) {
      if (s.isWord(c)) {
        if ((s.wordClass(c) & (C_VERB_PREFIX | C_SPEECH_VERB)) !== 0 && !s.cap(c)) return k
        continue
      }
      if (!s.isPunct(c, COMMA)) return k
      const m = this.mentionAt(c + 1)
      if (m === null || m.nameLength < 2) return k
      // With an age: a resident or a veteran the article introduces ("…, NAME (89), tak kuasa menahan haru").
      const end = m.to
      const aged = s.isPunct(end, LPAREN) && s.isWord(end + 1) && s.hasFlag(end + 1, F_DIGIT_START) && s.isPunct(end + 2, RPAREN)
      return aged && s.isPunct(end + 3, COMMA) ? c + 1 : k
    }
    return k
  }

  private startsSubject(k: number): boolean {
    const s = this.s
    if (!s.isWord(k)) return false
    return (s.wordClass(k) & C_SUBJECT_PRONOUN) !== 0 || (s.cap(k) && this.plausibleSubject(k))
  }

  /**
   * A one-word name met first in a speech slot ("ujar Joko", "kata Fitriani") whose full name the article gave
   * earlier where no person is registered: an appositive or an object ("anggota Fraksi Karya Rakyat, Joko Santoso.",
   * "dipandu moderator Fitriani Lubis"). The first earlier run of name words that starts with this word, outside
   * quotes and headlines, is the name as first introduced. Runs only for names the alias table does not know, so a
   * page pays for it a few times at most. Leaves paragraph p open.
   */
  private fullerForm(m: Mention, p: number): NamedMention {
    if (m.nameLength !== 1) return m
    // A last name followed by its own description or age introduces someone new ("kata Sutrisno, petani Desa …"): it
    // takes no earlier full name it ends.
    const s = this.s
    const introduces = ageAfter(s, m.to) || (s.isPunct(m.to, COMMA) && s.isWord(m.to + 1) && !s.cap(m.to + 1) && !AFTER_CUE_CIRCUMSTANCES.has(s.lower(m.to + 1)))
    const target = m.nameLower[0]
    const lower = s.vocab.lower
    let found: NamedMention | null = null
    for (let q = 0; q <= p && found === null; q++) {
      if (this.headline[q]) continue
      const first = s.first[q] as number
      const end = q === p ? m.from : first + (s.length[q] as number)
      for (let k = first; k < end; k++) {
        if (s.kinds[k] !== T_WORD || lower[s.values[k] as number] !== target) continue
        s.open(q)
        if (!isNameWord(s, k, this.ctx)) continue
        // The name starts the run, or follows a place's last word ("di Distrik Walesi Hulu Yulianus Hubi"); or it ends
        // an appositive name ("Koordinator aksi, Muhammad Fathurrozi, …" for a later "teriak Fathurrozi").
        let from = k
        // (After a one-word place the article names, or one right after a place head: "Petugas POPT Kecamatan Sidoharjo
        // Danang Setiawan" for a later "tegas Danang".)
        // (Not for a resident introduced by the cue, "kata Jaya (54), warga setempat": a re-described official, "kata
        // Danang, petugas POPT …", is the one met before.)
        const resident = ageAfter(s, m.to) || (s.isPunct(m.to, COMMA) && s.isWord(m.to + 1) && RESIDENT_WORDS.has(s.lower(m.to + 1)))
        const afterPlace = !resident && (this.ctx.namesPlaceAt(s, k - 1) || (s.isWord(k - 2) && (s.wordClass(k - 2) & C_PLACE_HEAD) !== 0 && s.cap(k - 2)))
        if (!afterPlace && isNameWord(s, k - 1, this.ctx) && (s.wordClass(k - 1) & C_PLACE_TAIL) === 0) {
          if (introduces) continue
          from = this.appositiveNameStart(k)
          if (from < 0) continue
          // A mountain, river or island named after someone is no person ("lereng Gunung Slamet" for "Slamet
          // menambahkan").
          if (GEOGRAPHIC_WORDS.has(s.lower(from))) continue
        }
        const e = readNameRun(s, from, this.ctx)
        if (e === from + 1 || e <= k) continue
        k = from
        const name: string[] = []
        for (let j = k; j < e; j++) {
          const word = s.text.slice(s.starts[j], s.ends[j])
          // The full stop of an initial stays with it ("Yohana Ch. Pattiasina").
          if (s.kinds[j] === T_WORD) name.push(word)
          else if (name.length) name[name.length - 1] += word
        }
        found = { name, role: m.role, roleLong: m.roleLong }
        break
      }
    }
    s.open(p)
    return found ?? m
  }

  /**
   * The start of the full name (two to four words) whose last word is k: an appositive between commas ("…, Muhammad
   * Fathurrozi, …") or a name with nothing but its run before it ("Ahmad Zainal Muttaqin of the PKB faction …"),
   * for a later cue by that last word ("teriak Fathurrozi", "Muttaqin said"); or -1.
   */
  private appositiveNameStart(k: number): number {
    const s = this.s
    let from = k
    while (from > Math.max(s.lo, k - 3) && isNameWord(s, from - 1, this.ctx)) from--
    if (from === k) return -1
    // (The run must start the name: no capitalised word before it, and no place head, whose place it would begin:
    // "kepala desa Sampang Kusnadi".)
    // Nor "asal" before it, or a place's preposition or a lower-case title before a run that opens with a place, whose
    // place it would be: "pedagang asal Sampang Kusnadi", "camat Gunung Sindur Kusnadi" (but "lurah Sri Wahyuni").
    if (s.isWord(from - 1) && (s.cap(from - 1) || (s.wordClass(from - 1) & C_PLACE_HEAD) !== 0 || s.lower(from - 1) === 'asal')) return -1
    if (s.isWord(from - 1) && ((s.wordClass(from - 1) & C_TITLE) !== 0 || PLACE_PREPOSITIONS.has(s.lower(from - 1))) &&
      (GEOGRAPHIC_WORDS.has(s.lower(from)) || this.ctx.namesPlaceAt(s, from) || isRegionName(s.lower(from)))) return -1
    // (Or k is a middle word of a name set between commas: "…, whose head, Muhammad Fadhil Nasution, arrived" for a
    // later "Fadhil said".)
    const run = readNameRun(s, from, this.ctx)
    // Or the word right after a name's opener ("Baiq Dewi Anjani" for "Ms. Dewi", "Muhammad Fadhil …" for "Fadhil").
    // ("Lalu" opening a sentence is the conjunction "then": "Lalu Budi Santoso datang …".)
    const opener = k === from + 1 && NAME_STARTERS.has(s.lower(from)) && !(s.lower(from) === 'lalu' && (from === s.lo || !s.isWord(from - 1)))
    const between = s.isPunct(from - 1, COMMA) && s.isPunct(run, COMMA)
    return run === k + 1 || (run > k + 1 && (between || opener)) ? from : -1
  }

  /** An unknown "name" that only continues a known holder's office ("pungkas Dirjen Perikanan Tangkap"). */
  private namesKnownOffice(m: Mention): boolean {
    return m.role !== null && this.table.resolveLowerName(m.nameLower) === null && this.table.resolveRoleWithName(m) !== null
  }

  /**
   * A title with a shortened given name ("Kadis Frans" after "Kepala Dinas Pertanian … Fransiskus Xaverius Moa Laka"):
   * the holder of that title, when the name (four letters at least) begins a word of theirs and of nobody else's.
   */
  private titledShortForm(m: Mention): Person | null {
    if (m.nameLength !== 1 || m.role === null || (m.nameLower[0] ?? '').length < 4 || this.table.resolveLowerName(m.nameLower) !== null) return null
    const person = this.table.resolveNickname(m.nameLower)
    return person !== null && this.table.resolveRole(m.role) === person ? person : null
  }

  /**
   * Resolve a parsed mention to a person; unknown untitled names are registered only with slot evidence, and none in
   * a headline (Title Case capitalises every word) unless `inHeadline` allows it.
   */
  private personOf(m: Mention, evidence: boolean, inHeadline = false): Person | null {
    if (m.nameLength > 0) {
      const known = this.table.resolveLowerName(m.nameLower)
      if (known !== null) {
        // Met before without a title (pass 1 took the full name from "kata NAME" later on): the title here is theirs,
        // so a later "ujar hakim" finds them ("kata hakim ketua NAME …").
        if (m.role !== null && m.nameLength >= 2) this.table.giveRole(known, m.role)
        this.noteGender(known, m)
        return known
      }
      const holder = m.role !== null ? this.table.resolveRoleWithName(m) : null
      if (holder !== null) return holder
      // A nickname: "ujar Gung Oka, sapaan akrab Bupati", "kata Koh Aliong, sapaan akrabnya".
      if (isBalineseShortForm(m.nameLower[0] ?? '') || this.nicknameGlossAt(m.to)) {
        const nicknamed = this.table.resolveNickname(m.nameLower)
        if (nicknamed !== null) return nicknamed
      }
      const shortened = this.titledShortForm(m)
      if (shortened !== null) return shortened
      const byName = this.byShortName(m)
      if (byName !== null) return byName
      // "pungkas Cak Nas" after "…, yang akrab disapa Cak Nas": the form of address is skipped, the nickname remains.
      if (m.nameLength === 1 && honorificAt(this.s, m.from)) {
        const nicknamed = this.table.resolveNickname(m.nameLower)
        if (nicknamed !== null) return nicknamed
      }
      if (!(m.titled || evidence) || (!inHeadline && this.headline[this.currentParagraph])) return null
      const added = this.table.add(this.fullerForm(m, this.currentParagraph))
      this.noteGender(added, m)
      return added
    }
    const role = m.role
    if (role !== null) {
      const roleLong = m.roleLong
      return this.table.resolveRole(role, this.salient) ?? (roleLong !== null ? this.table.resolveRole(roleLong, this.salient) : null)
    }
    return null
  }

  /**
   * "Bong Kim Liong yang akrab disapa Koh Aliong": the nickname m becomes another name of the person named right
   * before "yang", so a later "ucap Koh Aliong" finds him.
   */
  private noteNickname(m: Mention, p: number): void {
    const s = this.s
    let k = m.from - 1
    // "The reje of Mude Kala, Salihin, who is known in the village as Aman Rahmi, said": the name before "who".
    const who = englishNicknameClauseAt(s, k)
    if (who >= 0) {
      // (A description and an age may stand between the name and the clause: "NAME, 52, a rice trader whom …".)
      let at = who
      while (at > who - NICKNAME_DESCRIPTION_WORDS && s.isWord(at - 1) && !s.cap(at - 1)) at--
      if (at < who && s.isPunct(at - 1, COMMA)) at--
      if (s.isWord(at - 1) && s.hasFlag(at - 1, F_DIGIT_START) && s.isPunct(at - 2, COMMA)) at -= 2
      const person = this.personEndingAt(at, p) ?? this.personNamedAt(at - 1, p) ?? (at === who ? null : this.personEndingAt(who, p))
      if (person !== null) this.table.addAlias(person, m.nameLower)
      return
    }
    if (!nicknameVerbAt(s, k)) return
    k--
    while (s.isWord(k) && NICKNAME_ADVERBS.has(s.lower(k))) k--
    // "yang oleh warga akrab disapa …", "yang oleh para petani disapa …": who calls them so (up to three words).
    for (let by = 1; by <= 3; by++) {
      if (!s.isWord(k - by + 1) || s.cap(k - by + 1)) break
      if (s.isWord(k - by) && s.lower(k - by) === 'oleh') {
        k -= by + 1
        break
      }
    }
    // "yang di gampong itu dikenal dengan panggilan …": a short phrase of lower-case words after "yang".
    for (let by = 2; by <= 5 && s.isWord(k) && s.lower(k) !== 'yang'; by++) {
      if (!s.isWord(k - by + 2) || s.cap(k - by + 2)) break
      if (s.isWord(k - by) && s.lower(k - by) === 'yang' && NICKNAME_PHRASE_OPENERS.has(s.lower(k - by + 1))) k -= by
    }
    if (!s.isWord(k) || s.lower(k) !== 'yang') return
    // "Lora Ahmad Fadhilah, yang akrab disapa Ra Fadil, …": a comma may close the name before the clause, and an age
    // may stand between ("Ahmad Jafar (56), yang akrab disapa Ama Fitri"), and a description after it ("Irwan
    // Syahputra (36), penambang yang biasa disapa Bang Iwan").
    let end = k
    let described = end
    while (described > k - NICKNAME_DESCRIPTION_WORDS && s.isWord(described - 1) && !s.cap(described - 1)) described--
    if (described < end && s.isPunct(described - 1, COMMA)) end = described
    if (s.isPunct(end - 1, COMMA)) end--
    if (ageAfter(s, end - 3)) end -= 3
    // "Sekda yang akrab disapa Kang Eman itu", "Bupati yang akrab disapa Gung Sudi itu": a title alone before the
    // clause; the nickname is its holder's.
    if (s.isWord(end - 1) && (s.wordClass(end - 1) & C_TITLE) !== 0 && (end - 1 === s.lo || !s.isWord(end - 2) || !s.cap(end - 2))) {
      const holder = this.table.resolveRole(s.lower(end - 1))
      if (holder !== null) {
        this.table.addAlias(holder, m.nameLower)
        return
      }
      // No holder in the body: the headline may name one ("Bupati Tukad Mas I Gusti Ngurah Sudiartana Tinjau …").
      this.headlineNicknames.push({ title: s.lower(end - 1), nickname: m.nameLower })
      return
    }
    let start = end
    while (start > s.lo && end - start < 6 && s.isWord(start - 1) && s.cap(start - 1)) start--
    if (start === end) {
      // Degrees between the name and the clause ("Annisa Rahmawati, S.P., yang …"): the mention that ends there.
      const person = this.personEndingAt(k, p)
      if (person !== null) this.table.addAlias(person, m.nameLower)
      return
    }
    const lower: string[] = []
    for (let t = start; t < end; t++) lower.push(s.lower(t))
    let person = this.table.resolveLowerName(lower)
    // Someone introduced right here ("Bong Kim Liong yang akrab disapa …"): a full name, a person.
    if (person === null) {
      const named = this.mentionAt(start)
      if (named !== null && named.to === end && named.nameLength >= 2) person = this.table.add(this.fullerForm(named, p))
    }
    if (person !== null) this.table.addAlias(person, m.nameLower)
  }

  /** Whether a word naming a suspect, a victim or initials stands in the few words before k ("tersangka, AS (34),"). */
  private suspectBefore(k: number): boolean {
    const s = this.s
    for (let t = k - 1; t >= Math.max(s.lo, k - 4); t--) if (s.isWord(t) && INITIALS_OWNERS.has(s.lower(t))) return true
    return false
  }

  /**
   * The person whose mention (name, degrees, a closing comma) ends right before token k, looking back a few tokens:
   * known already, or introduced right here with a full name. Null when none ends there.
   */
  /** The person a one-word name right before k names ("…, Salihin, who …"), known or new, or null. */
  private personNamedAt(k: number, p: number): Person | null {
    const s = this.s
    const at = s.isPunct(k, COMMA) ? k - 1 : k
    if (!s.isWord(at) || !s.cap(at)) return null
    const named = this.mentionAt(at)
    if (named === null || named.nameLength === 0 || named.to !== at + 1) return null
    return this.table.resolveLowerName(named.nameLower) ?? this.table.add(this.fullerForm(named, p))
  }

  private personEndingAt(k: number, p: number): Person | null {
    const s = this.s
    for (let t = k - 2; t >= Math.max(s.lo, k - NICKNAME_OWNER_REACH); t--) {
      if (!s.isWord(t) || !s.cap(t) || (s.isWord(t - 1) && s.cap(t - 1))) continue
      const named = this.mentionAt(t)
      if (named === null || named.nameLength < 2) continue
      if (named.to !== k && !(s.isPunct(named.to, COMMA) && named.to + 1 === k)) continue
      return this.table.resolveLowerName(named.nameLower) ?? this.table.add(this.fullerForm(named, p))
    }
    return null
  }

  /**
   * A party to a case named by its part in it, after a cue: "ujar terdakwa" (the one introduced as "terdakwa Darwin
   * Pohan"), "tanya hakim Siregar" / "jawab saksi Siregar" (the namesake whose role fits). Null when unknown.
   */
  private caseParty(n: number): Person | null {
    const s = this.s
    if (!s.isWord(n) || s.cap(n)) return null
    const noun = s.lower(n)
    if (!CASE_PARTIES.has(noun)) return null
    if (s.isWord(n + 1) && s.cap(n + 1) && isNameWord(s, n + 1, this.ctx)) return this.table.resolveNameByRole([s.lower(n + 1)], noun)
    return this.caseParties.get(noun) ?? null
  }

  /** "terdakwa Darwin Pohan (47)": remember who the article calls "terdakwa" (null once two people share it). */
  private noteCaseParty(m: Mention, person: Person): void {
    const s = this.s
    const before = m.from - 1
    if (!s.isWord(before) || s.cap(before) || !CASE_PARTIES.has(s.lower(before))) return
    const noun = s.lower(before)
    const known = this.caseParties.get(noun)
    this.caseParties.set(noun, known === undefined || known === person ? person : null)
  }

  /** "berinisial DW (34)": a person known by initials, so "tulis DW" later names them. */
  private noteInitials(j: number): void {
    const s = this.s
    if (!s.isWord(j) || !s.hasFlag(j, F_ALL_CAPS) || (s.ends[j] as number) - (s.starts[j] as number) > 4) return
    this.table.add({ name: [s.textOf(j)], role: null, roleLong: null })
  }

  /** A cue's target in initials the article introduced ("tulis DW"), or null. */
  private initialsPerson(n: number): Person | null {
    const s = this.s
    if (!s.isWord(n) || !s.hasFlag(n, F_ALL_CAPS) || (s.ends[n] as number) - (s.starts[n] as number) > 4) return null
    return this.table.resolveLowerName([s.lower(n)])
  }

  /**
   * A one-word name that the table cannot resolve alone: after a form of address, the end of a known name ("Bu Ani"
   * for Hj. Suryani); with a role, the one of several namesakes whose role fits ("hakim Siregar", "saksi Siregar").
   */
  private byShortName(m: Mention): Person | null {
    if (m.nameLength !== 1) return null
    const word = m.nameLower[0] ?? ''
    if (m.role !== null) {
      const person = this.table.resolveNameByRole(m.nameLower, m.role)
      if (person !== null) return person
    }
    // Namesakes ("kata Sitanggang" in an article that later names a second Sitanggang): the one the article has
    // introduced by this point, when only one has been; else the one just quoted, when it is one of them.
    const namesakes = this.table.personsWithToken(word)
    if (namesakes.length > 1) {
      let introduced: Person | null = null
      let count = 0
      for (const person of namesakes) {
        const at = Math.min(this.firstMention.get(person) ?? Infinity, this.firstNamed.get(person.name.toLowerCase()) ?? Infinity)
        if (at >= m.from) continue
        introduced = person
        count++
      }
      if (count === 1) return introduced
      if (this.salient !== null && namesakes.includes(this.salient)) return this.salient
    }
    return honorificAt(this.s, m.from) ? this.table.resolveNameEnding(word) : null
  }

  /**
   * A title in lower case right before a name, or before the comma of an appositive name, with the office words
   * before it: "Foreign Ministry spokesperson NAME" → "Foreign Ministry spokesperson", "The first witness, NAME" →
   * "witness". Null when there is none.
   */
  private lowerTitleBefore(from: number): string | null {
    const s = this.s
    let k = s.isPunct(from - 1, COMMA) ? from - 2 : from - 1
    if (!s.isWord(k) || s.cap(k) || (s.wordClass(k) & C_TITLE) === 0) return null
    let start = k
    while (start > k - 3 && s.isWord(start - 1) && s.cap(start - 1) && (s.wordClass(start - 1) & C_ORG) !== 0) start--
    let role = s.textOf(start)
    for (let t = start + 1; t <= k; t++) role += ` ${s.textOf(t)}`
    return role
  }

  /** ", sapaan akrab(nya) …" at j: the name before it is a nickname. */
  private nicknameGlossAt(j: number): boolean {
    const s = this.s
    return s.isPunct(j, COMMA) && s.isWord(j + 1) && s.lower(j + 1) === 'sapaan'
  }

  /**
   * Another name given right after a person's name at j: "… alias Edward Tanujaya", a Minang customary title
   * "… Dt. Rajo Mangkuto", a Lampung adat title "… gelar Batin Mangku Alam". Later mentions by that name find the
   * person.
   */
  /** After "alias NAME" at j, else j. */
  private afterAlias(j: number): number {
    const s = this.s
    if (!s.isWord(j) || s.lower(j) !== 'alias') return j
    const end = aliasEnd(s, j + 1)
    return end > j + 1 ? end : j
  }

  private noteAlias(person: Person, j: number): void {
    const s = this.s
    // "Ahmad 'Amat' Fauzi": the nickname inside the name, which later cues use alone ("ujar Amat").
    for (let k = Math.max(s.lo, j - 8); k < j; k++) {
      if (quotedNicknameLength(s, k) > 0 && s.isWord(k - 1) && person.tokens.includes(s.lower(k - 1))) this.table.addAlias(person, [quotedNickname(s, k)])
    }
    // "Rahmat Hidayat (Dayat)": later cues use the nickname alone ("terang Dayat").
    if (person.tokens.length >= 2 && bracketNicknameAt(s, j, this.ctx)) {
      this.table.addAlias(person, [s.lower(j + 1)])
      return
    }
    if (!s.isWord(j)) return
    const word = s.lower(j)
    let k: number
    // "Herman Syahputra gelar Batin Mangku Alam": a Lampung adat title given after the name.
    if (word === 'alias' || word === 'gelar') k = j + 1
    else if (CUSTOMARY_TITLES.has(word)) k = s.isPunct(j + 1, PERIOD) ? j + 2 : j + 1
    else return
    // (An alias is a name by construction, whatever its words: "alias Pan Sari", a Balinese teknonym whose "Pan" is
    // also a party's acronym.)
    const end = word === 'alias' ? aliasEnd(s, k) : readNameRun(s, k, this.ctx)
    if (end <= k) return
    const lower: string[] = []
    for (let t = k; t < end; t++) if (s.isWord(t)) lower.push(s.lower(t))
    this.table.addAlias(person, lower)
  }

  /** One sentence [a, b) of the open paragraph p. */
  private sentence(p: number, a: number, b: number): void {
    const s = this.s
    const vocab = s.vocab
    // The subject slot: the sentence start, or after a short introductory phrase ("Sementara itu, …").
    let subjectAt = a
    // A dateline ("RIMBAJAYA – …", "MMCKalteng - Jatinangor – …") is not the subject.
    for (let k = a; k < Math.min(b, a + 5); k++) {
      const kind = s.kinds[k]
      if (kind === T_PUNCT && (s.values[k] === EN_DASH || s.values[k] === EM_DASH || s.values[k] === HYPHEN) && (s.starts[k] as number) > 0) subjectAt = k + 1
      else if (kind !== T_WORD || ((s.flags[k] as number) & (F_CAP | F_DIGIT_START)) === 0) break
    }
    // "Namun Abdul-Rahman kembali menyela": a conjunction without a comma stands before the subject.
    if (s.isWord(subjectAt) && s.isWord(subjectAt + 1) && s.cap(subjectAt + 1) && SENTENCE_CONNECTORS.has(s.lower(subjectAt))) subjectAt++
    // Every sentence starts with a capital, so a lone unknown capitalised word there ("Seorang", "Menanggapi") is
    // no name unless a speech verb follows it; then the subject may follow a short introductory phrase, or a longer
    // fronted clause ("Saat ditanya wartawan apakah …, Syarif belum mau berkomentar") when a person starts after
    // its comma. Only a subordinator or preposition opens such a clause: in "Piagam diterima oleh Direktur …, Hj.
    // NAME," the comma closes an object's appositive, not a fronted clause.
    // The sentence's first words, before any introductory phrase is passed over ("The ministry, which …, said").
    const leadSlot = subjectAt
    if (s.isWord(subjectAt) && (s.wordClass(subjectAt) & C_SUBJECT_PRONOUN) === 0 && !this.plausibleSubject(subjectAt)) {
      const fronted = (s.wordClass(subjectAt) & C_FRONTED_CLAUSE) !== 0
      const start = subjectAt
      for (let k = subjectAt + 1; k < Math.min(b, subjectAt + (fronted ? FRONTED_CLAUSE_REACH : SHORT_INTRO_REACH)); k++) {
        if (s.kinds[k] === T_QUOTE) break
        if (s.isPunct(k, COMMA) && (k < subjectAt + SHORT_INTRO_REACH || this.startsSubject(k + 1))) {
          subjectAt = k + 1
          break
        }
      }
      // A short fronted phrase written without its comma ("Di sana Bupati berdialog …", "Dalam sambutannya Kades
      // berpesan …"): a title after its lower-case words opens the subject, when a verb follows the title's words
      // and no noun owns the title ("Di sela kunjungan Bupati warga lain menyampaikan …": the visit is the Bupati's).
      if (subjectAt === start && fronted) {
        for (let k = start + 1; k < Math.min(b, start + 4) && s.isWord(k); k++) {
          if (!s.cap(k)) continue
          let after = k + 1
          while (after < b && s.isWord(after) && s.cap(after)) after++
          if ((s.wordClass(k) & C_TITLE) !== 0 && !OWNING_NOUNS.has(s.lower(k - 1)) && s.isWord(after) && (s.wordClass(after) & C_VERB_PREFIX) !== 0) subjectAt = k
          break
        }
      }
    }
    // "Di tribun kehormatan, veteran pejuang Trikora, Sersan Mayor (Purn) NAME (89), tak kuasa …": after the
    // introductory phrase, a short lower-case description whose comma is followed by the person's name and a comma.
    if (subjectAt > leadSlot) subjectAt = this.appositiveAfterDescription(subjectAt, b)
    // "Ibu tiga anak yang akrab disapa Ceu Imas itu kini …": a description that names its person by nickname, as the
    // subject, makes that person the one a following -nya means, whatever the verb.
    const nicknamed = this.nicknamedSubject(subjectAt, b)
    if (nicknamed !== null) this.setSalient(nicknamed, p)
    // "The agriculture minister further explained …": the person the description names speaks.
    // "The ministry said in a written statement: “…”": an institution speaks, so no person is salient.
    const leadVerb = this.englishDescribedSubject(leadSlot)
    const describedAt = leadVerb >= 0 ? leadSlot : subjectAt
    const describedVerb = leadVerb >= 0 ? leadVerb : subjectAt === leadSlot ? -1 : this.englishDescribedSubject(subjectAt)
    if (describedVerb >= 0) {
      // The description proper ends at its first comma: "The minister, who toured the site with Governor NAME, said".
      let descriptionEnd = describedAt + 1
      while (descriptionEnd < describedVerb && !s.isPunct(descriptionEnd, COMMA)) descriptionEnd++
      const institution = this.englishInstitution(describedAt + 1, descriptionEnd)
      const person = institution ? null : this.englishEpithetPerson(describedAt + 1, descriptionEnd)
      let titledDescription = institution
      for (let t = describedAt + 1; t < descriptionEnd && !titledDescription; t++) titledDescription = s.isWord(t) && (s.wordClass(t) & C_TITLE) !== 0
      // Nobody the article names (an institution, or a title whose holder is unknown): no one earlier is meant either.
      if (person === null && titledDescription) {
        this.salient = null
        this.salientParagraph = p
      } else this.setSalient(person, p)
    }
    // "The Deputy Governor, accompanied by …, then watched …": an English title the article gave someone, as the
    // sentence's subject with any verb, makes that person the one a following "he said" means (as "Bupati meninjau …"
    // does in Indonesian).
    if (describedVerb < 0 && s.isWord(leadSlot) && s.lower(leadSlot) === 'the') {
      let end = leadSlot + 1
      let titled = false
      while (end < leadSlot + 5 && s.isWord(end) && s.cap(end)) titled = (s.wordClass(end++) & C_TITLE) !== 0 || titled
      if (titled && (s.isPunct(end, COMMA) || (s.isWord(end) && !s.cap(end)))) {
        const person = this.englishEpithetPerson(leadSlot + 1, end)
        if (person !== null && person !== this.salient) this.setSalient(person, p)
      }
    }
    // An unnamed new speaker ("seorang wartawan menanyakan …"): whoever spoke before is no longer the salient
    // person, so a -nya or epithet cue after it ("tanya wartawan itu") stays empty.
    // "Ia meminta namanya tidak ditulis.": whoever the pronoun means asked to stay unnamed, so no one the article
    // names is meant by a -nya after it (a named person would not ask so).
    // (A description with commas, "Seorang petani asal Kecamatan …, Gorontalo Utara, yang ikut hadir mengaku …", was
    // passed over above as if it were an introductory phrase: it is read from the sentence's first word.)
    const unnamedLead = subjectAt > leadSlot && s.isWord(leadSlot) && UNNAMED_HEADS.has(s.lower(leadSlot)) && this.unnamedSpeaker(leadSlot, b)
    if (unnamedLead || this.unnamedSpeaker(subjectAt, b) || this.asksAnonymity(subjectAt, b) || this.describedAnonymously(leadSlot, b)) {
      this.salient = null
      this.salientParagraph = p
    }
    const introduced = subjectAt > a && s.isPunct(subjectAt - 1, COMMA)
    const frontedLead = introduced && subjectAt > leadSlot && s.isWord(leadSlot) && (s.wordClass(leadSlot) & C_FRONTED_CLAUSE) !== 0 && s.special(leadSlot) !== W_MENURUT
    const headline = this.headline[p] === 1
    let sentenceSpeaker: Person | null = null
    let sentenceHasSubject = false
    // "istri terdakwa, Ny. Nurmala Gea (36), yang datang …": a description, then the person it describes, named with
    // an age, is the sentence's subject whatever the verb.
    // After "Menurut …," the clause is what someone says; after "Hadir pula …" / "Turut hadir …" it lists who attended.
    // Neither names a new speaker unless a speech verb does.
    this.noteInterview(a, b)
    const reported = s.special(a) === W_MENURUT || attendeeListAt(s, a)
    const described = headline ? null : (this.describedSubject(subjectAt, b) ?? this.subjectEpithet(subjectAt, b) ?? this.similarCaseAgent(a, b))
    if (described !== null) {
      this.setSalient(described, p)
      sentenceHasSubject = true
      sentenceSpeaker = described
    }

    for (let i = a; i < b; i++) {
      const kind = s.kinds[i]
      if (kind === T_QUOTE) {
        i = this.handleQuote(p, i, a, b, sentenceHasSubject ? sentenceSpeaker : null)
        continue
      }
      if (kind !== T_WORD) continue
      // "The minister, who toured the site with Kim and Governor NAME, said": the names inside the description are
      // its companions, not the speaker the description names.
      if (describedVerb >= 0 && i > describedAt && i < describedVerb) continue
      const id = s.values[i] as number
      const cls = vocab.classes[id] as number
      const special = vocab.special[id] as number
      if (i === subjectAt && s.lower(i) === 'yang' && s.isWord(i + 1) && s.lower(i + 1) === 'bersangkutan') {
        // "Yang bersangkutan membantah …": the person just named speaks on.
        if (this.salient !== null) this.salientParagraph = p
        sentenceHasSubject = true
        sentenceSpeaker = this.salient
        i++
        continue
      }
      if (i === subjectAt && (cls & C_SUBJECT_PRONOUN) !== 0) {
        // "Ia menekankan …": the salient person is still speaking; keep them fresh. ("She added …" after a man spoke:
        // the woman last salient.)
        const meant = this.pronounSpeaker(s.lower(i))
        if (meant !== this.salient) {
          this.salient = null
          this.setSalient(meant, p)
        }
        if (this.salient !== null) this.salientParagraph = p
        sentenceHasSubject = true
        sentenceSpeaker = this.salient
        continue
      }
      if ((cls & C_PRONOUN_MARKER) !== 0) {
        if (this.salient !== null) this.salientParagraph = p
        continue
      }
      if (special === W_MENURUT || (cls & C_PASSIVE) !== 0) {
        // (An agreeing passive in a sentence whose subject already speaks: "… sudah diakui Presiden NAME sebagai …".)
        if (AGREEING_PASSIVES.has(s.lower(i)) && (sentenceHasSubject || (s.isWord(i - 1) && s.lower(i - 1) === 'tidak'))) continue
        // "sambutan Gubernur NAME yang dibacakan Asisten I NAME": the speech is the Gubernur's, its reader only reads
        // it; a faction's view read out ("Pandangan Fraksi … dibacakan NAME") has no other author than its reader.
        if (s.lower(i) === 'dibacakan' && this.authoredSpeechBefore(a, i)) continue
        let k = i + 1
        // "Rapat dipimpin langsung Ketua Komisi NAME": the adverb before the agent.
        if (s.isWord(k) && s.lower(k) === 'langsung' && special !== W_MENURUT) k++
        if (s.special(k) === W_OLEH || (special === W_MENURUT && s.isWord(k) && s.lower(k) === 'to')) k++
        // "According to Health Minister NAME": office words before the title.
        let at = k
        while (at < k + ENGLISH_OFFICE_BEFORE_TITLE && s.isWord(at) && s.cap(at) && (s.wordClass(at) & C_ORG) !== 0 && (s.wordClass(at) & C_TITLE) === 0) at++
        let m = this.mentionAt(at > k && s.isWord(at) && (s.wordClass(at) & C_TITLE) !== 0 ? at : k)
        // "Menurut juru bicara Fraksi …, NAME, “…”": a title in lower case after "menurut" opens the mention too.
        if (m === null && special === W_MENURUT && s.isWord(k) && !s.cap(k) && (s.wordClass(k) & C_TITLE) !== 0) m = parseMention(s, k, this.ctx, true)
        if (m !== null) {
          // The one who leads an event ("Pemeriksaan dipimpin Kanit NAME") takes over only from a speaker of an
          // earlier paragraph: in "Ia menyebut … Pemeriksaan dipimpin …" the event is part of what "ia" reports.
          const event = EVENT_PASSIVES.has(s.lower(i))
          if (!event || this.salient === null || this.salientParagraph !== p) this.setSalient(this.personOf(m, true), p)
          i = m.to - 1
        }
        continue
      }
      if (((s.flags[i] as number) & F_CAP) === 0 && special !== W_DR) continue
      // Only the subject slot and names before a speech verb matter here; skip the parse elsewhere (but an object is
      // read whole, so a name set after it between commas cannot pass for the subject when the verb comes near).
      const beforeCls = s.wordClass(i - 1)
      if (i !== subjectAt && (beforeCls & C_OBJECT_PREP) === 0 && !speechVerbWithin(s, i + 1, s.hi, SPEECH_GATE) &&
        !(i <= subjectAt + ENGLISH_OFFICE_BEFORE_TITLE && officeWordsThenTitle(s, subjectAt, i))) continue
      // An object ("kepada NAME") or a place's name ("di Jalan Niaga mengaku"): no subject.
      if ((beforeCls & C_OBJECT_PREP) !== 0 || ((beforeCls & C_PLACE_HEAD) !== 0 && (s.wordClass(i) & C_TITLE) === 0) || this.afterEventNoun(i) ||
        companionAppositiveAt(s, i) || ((s.wordClass(i) & (C_TITLE | C_HONORIFIC)) === 0 && this.afterPlacePreposition(i))) {
        // Skip the whole object mention so its name words cannot look like a new subject, and the name set after it
        // between commas ("Kepada Orang Kaya Ur Maren, Fransiskus Elmas, Bupati NAME menitipkan …").
        const m = this.mentionAt(i)
        if (m !== null) {
          const objectStart = i
          i = m.to - 1
          if (APPOSED_OBJECT_WORDS.has(s.lower(objectStart - 1)) && s.isPunct(m.to, COMMA)) {
            const apposed = this.mentionAt(m.to + 1)
            if (apposed !== null && apposed.nameLength > 0 && apposed.role === null && s.isPunct(apposed.to, COMMA)) i = apposed.to - 1
          }
        }
        continue
      }
      const m = this.mentionAt(i)
      if (m === null) continue
      // A name inside the introductory clause before a subject the sentence already named ("Belum selesai Zulkifli
      // memaparkan, anggota Komisi II … Rini Marlina menyela"): the subject speaks, not the clause's person.
      // So are the names inside a fronted clause before its comma ("Menjawab permintaan Mama Ester, Bupati
      // memerintahkan …", "Menanggapi permintaan Puang La Beddu, Bupati …"): objects of the clause, not its subject.
      if ((described !== null || frontedLead) && i < subjectAt) {
        // (Not past the subject: "Mama Ester, Bupati …" may read the title after the comma as her office.)
        i = Math.min(Math.max(i, m.to - 1), subjectAt - 1)
        continue
      }
      const verbAt = speechVerbOf(s, m)
      // (English: "Commission IX chairwoman NAME cut in …" — capitalised office words, a lower-case title, then the name,
      // from the sentence's first word.)
      const atSubject = i === subjectAt || (i > subjectAt && i <= subjectAt + ENGLISH_OFFICE_BEFORE_TITLE && officeWordsThenTitle(s, subjectAt, i))
      if (atSubject && !headline && !this.plausibleSubject(i) && !introduced) {
        i = Math.max(i, m.to - 1)
        continue
      }
      // "Camat Kuok Irwan Syafril yang berdiri di samping Rosnaini mengatakan …": a relative clause between the subject
      // and its speech verb; the names inside it do not speak.
      if (atSubject && !headline && m.nameLength > 0 && s.isWord(m.to) && s.lower(m.to) === 'yang') {
        const verb = relativeClauseSpeechVerb(s, m.to, b)
        if (verb >= 0) {
          const person = this.personOf(m, true)
          if (person !== null) {
            this.setSalient(person, p)
            sentenceHasSubject = true
            sentenceSpeaker = person
          }
          i = verb
          continue
        }
      }
      // "Menurut dia, Faozisokhi bukan pelaku utama …": its subject is talked about, not a new speaker; so is one
      // followed by a cue that gives the sentence to the salient speaker ("Kadis NAME, kata dia, sudah meminta …"), and
      // the subject of an English subordinate clause ("When Tempo asked …, she replied: “…”").
      if ((reported && verbAt < 0) || this.parentheticalCueAt(m.to) || (i === a + 1 && s.isWord(a) && SUBORDINATORS.has(s.lower(a))) ||
        this.reportedByPronoun(i, sentenceHasSubject && sentenceSpeaker !== null && !verbOpensQuote(s, verbAt))) {
        i = Math.max(i, m.to - 1)
        continue
      }
      if ((verbAt >= 0 || atSubject) && !headline) {
        // An adverb may stand before the verb ("Abdul-Rahman kembali menyela").
        const next = s.isWord(m.to) && (s.wordClass(m.to) & C_VERB_ADVERB) !== 0 && s.isWord(m.to + 1) ? m.to + 1 : m.to
        const verbLike = s.isWord(next) && !s.cap(next)
        // (A titled full name at the subject slot before any lower-case word: "Commission IX chairwoman NAME cut in".)
        const evidence = verbAt >= 0 || (m.nameLength >= 2 && verbLike && (s.wordClass(next) & C_VERB_PREFIX) !== 0) ||
          (atSubject && (m.titled || i !== subjectAt) && m.nameLength >= 2 && verbLike) ||
          (atSubject && introduced && speechVerbWithin(s, m.to, b, INTRODUCED_VERB_REACH)) ||
          // "Hamdani (45), sopir angkutan …, mengatakan": a name with an age at the subject slot is a person, also
          // in English editions ("NAME, 38, a mother of three, sat …").
          (atSubject && (ageAfter(s, m.to) || englishAgeAfter(s, m.to)))
        const person = this.personOf(m, evidence)
        if (person !== null) {
          this.setSalient(person, p)
          if (atSubject) {
            sentenceHasSubject = true
            sentenceSpeaker = person
          }
        }
      }
      i = Math.max(i, m.to - 1)
    }
  }

  /** "Ia meminta namanya tidak ditulis", "Dia enggan namanya disebutkan": a pronoun subject asking to stay unnamed. */
  private asksAnonymity(k: number, b: number): boolean {
    const s = this.s
    if (!s.isWord(k) || (s.wordClass(k) & C_SUBJECT_PRONOUN) === 0) return false
    for (let t = k + 1; t < Math.min(b, k + 8); t++) {
      if (!s.isWord(t) || s.lower(t) !== 'namanya') continue
      // A request or a refusal must be there: "Ia membantah namanya disebut dalam dakwaan" names someone who is named.
      let anonymity = false
      let asks = false
      let initials = false
      for (let u = Math.max(k + 1, t - 3); u <= Math.min(b - 1, t + 3); u++) {
        if (!s.isWord(u)) continue
        const word = s.lower(u)
        if (ANONYMITY_WORDS.has(word)) anonymity = true
        else if (ANONYMITY_ASKS.has(word)) asks = true
        else if (word === 'inisial' || word === 'inisialnya') initials = true
      }
      // (Asking to be named by initials, "Ia meminta namanya ditulis inisial", keeps the one the article names so, when
      // the salient person is such a person; else whoever spoke before is no longer meant.)
      return anonymity && asks && !(initials && this.salient !== null && INITIALS_NAME.test(this.salient.name))
    }
    return false
  }

  /** The person a subject description at k names by nickname ("… yang akrab disapa NICK itu"), or null. */
  private nicknamedSubject(k: number, b: number): Person | null {
    const s = this.s
    for (let t = k; t < Math.min(b, k + NICKNAMED_SUBJECT_REACH); t++) {
      if (!s.isWord(t)) return null
      if (s.lower(t) !== 'yang') continue
      let v = t + 1
      while (s.isWord(v) && NICKNAME_ADVERBS.has(s.lower(v))) v++
      if (!nicknameVerbAt(s, v)) return null
      const words: string[] = []
      let n = v + 1
      for (; n < v + 5 && s.isWord(n) && s.cap(n); n++) if (!honorificAt(s, n)) words.push(s.lower(n))
      return words.length > 0 && s.isWord(n) && s.lower(n) === 'itu' ? this.table.resolveNickname(words) : null
    }
    return null
  }

  /**
   * A mention right after the speech verb of "Ia"/"Dia"/"Beliau" ("Ia menyebut Deputi NAME telah meminta …"): what
   * the salient speaker reports, not a new speaker, whatever verb follows it.
   */
  private reportedByPronoun(i: number, namedSubjectSpoke = false): boolean {
    const s = this.s
    let v = i - 1
    // "Hendra menambahkan, Bupati NAME meminta …": the comma after the verb opens what is reported.
    const comma = s.isPunct(v, COMMA)
    if (comma) v--
    if (!s.isWord(v) || (s.wordClass(v) & C_SPEECH_VERB) === 0 || s.cap(v)) return false
    v--
    if (s.isWord(v) && (s.wordClass(v) & C_VERB_ADVERB) !== 0) v--
    if (s.isWord(v) && (s.wordClass(v) & C_SUBJECT_PRONOUN) !== 0) return true
    // Or after the verb of the sentence's named subject, who spoke ("Hendra menambahkan, …") — not of a time clause
    // ("Belum selesai Zulkifli memaparkan, anggota Komisi II NAME menyela": the one after the comma speaks).
    if (!comma || !namedSubjectSpoke || !s.isWord(v) || !s.cap(v)) return false
    let before = v
    while (before > s.lo && s.isWord(before) && s.cap(before)) before--
    return !(s.isWord(before) && TIME_CLAUSE_OPENERS.has(s.lower(before)))
  }

  /** ", kata dia," / ", katanya," at j: the sentence is what the salient speaker says. */
  private parentheticalCueAt(j: number): boolean {
    const s = this.s
    if (!s.isPunct(j, COMMA) || !s.isWord(j + 1) || (s.wordClass(j + 1) & C_POST_CUE) === 0) return false
    const cue = s.vocab.cues[s.values[j + 1] as number]
    if (cue?.pronoun) return s.isPunct(j + 2, COMMA)
    return s.isWord(j + 2) && (s.wordClass(j + 2) & C_CUE_PRONOUN) !== 0 && s.isPunct(j + 3, COMMA)
  }

  /**
   * "seorang NOUN [NOUN …] VERB" or "salah seorang/satu NOUN … VERB" at k, VERB a speech verb, no name between. The
   * description may run on ("seorang operator rubber tyred gantry (RTG) yang enggan disebutkan namanya mengaku"):
   * lower-case words and bracketed acronyms; a capitalised word or a comma (an appositive name) ends it.
   */
  private unnamedSpeaker(k: number, b: number): boolean {
    const s = this.s
    if (!s.isWord(k)) return false
    // "Hal senada disampaikan seorang warga lain …", "Keluhan yang sama diungkapkan seorang …": the passive speech verb
    // names the unnamed speaker after it.
    for (let v = k + 1; v < Math.min(b, k + PASSIVE_SUBJECT_REACH); v++) {
      if (!s.isWord(v) || s.cap(v)) break
      if ((s.wordClass(v) & C_PASSIVE) !== 0) return this.unnamedAfter(v + 1, b, true)
    }
    // "Cucunya, seorang mahasiswi …, mengaku …": a relative of someone named, never named, speaks.
    if (KINSHIP_NYA.has(s.lower(k)) && speechVerbWithin(s, k + 1, b, UNNAMED_DESCRIPTION_REACH)) return true
    return this.unnamedAfter(k, b, false) || this.unnamedNounSubject(k, b)
  }

  /**
   * A subject after an introductory phrase that is a common noun in lower case, with a speech verb a few words on
   * ("Di sela acara, pembawa acara berulang kali mengingatkan …", "Usai rapat, wartawan bertanya …"): an unnamed
   * speaker. Not a title ("bupati mengatakan" means the Bupati), a pronoun or a word with -nya ("ia", "pihaknya",
   * "istrinya": someone tied to the salient speaker) or a connector.
   */
  private unnamedNounSubject(k: number, b: number): boolean {
    const s = this.s
    if (!s.isWord(k) || s.cap(k) || !s.isPunct(k - 1, COMMA) || (s.wordClass(k) & (C_VERB_PREFIX | C_SPEECH_VERB)) !== 0) return false
    for (let t = k; t < Math.min(b, k + UNNAMED_NOUN_REACH); t++) {
      if (!s.isWord(t) || s.cap(t)) return false
      const cls = s.wordClass(t)
      if (t > k && (cls & C_SPEECH_VERB) !== 0) return true
      if ((cls & (C_TITLE | C_SUBJECT_PRONOUN | C_PRONOUN_MARKER | C_CUE_PRONOUN | C_OBJECT_PREP | C_COLLECTIVE)) !== 0 ||
        SENTENCE_CONNECTORS.has(s.lower(t)) || NOT_UNNAMED_SUBJECT.has(s.lower(t)) || s.lower(t).endsWith('nya')) return false
    }
    return false
  }

  /**
   * The description of an unnamed person at k ("seorang …", "salah seorang/satu …", in English "a/an …"), followed by a
   * speech verb, or (`spoken`: a passive speech verb came before it) by anything; an anonymous source ("… yang enggan
   * disebut namanya") needs no verb at all. Commas of a relative clause, a place after "asal"/"from" and an event's name
   * after its noun ("prosesi Seba") may stand inside; any other capitalised word is a name, so the person is named.
   */
  private unnamedAfter(k: number, b: number, spoken: boolean): boolean {
    const s = this.s
    if (!s.isWord(k)) return false
    let j = k
    if (s.lower(j) === 'salah') j++
    const head = s.isWord(j) ? s.lower(j) : ''
    // A source ("Sumber Tempo di KPK yang enggan disebut namanya mengatakan …", "Sumber di lingkungan Istana …"): an
    // unnamed person by definition. The outlet and the institution it sits in are capitalised, so any capital may
    // stand in its description. (Not "Sumber daya …", resources.)
    if ((head === 'sumber' || head === 'narasumber') && j === k && !(s.isWord(j + 1) && s.lower(j + 1) === 'daya')) return this.sourceDescribed(j + 1, b)
    // English editions: "An official … who asked not to be named said", "a fisherman from … said".
    if (head !== 'seorang' && !(head === 'satu' && j > k) && head !== 'a' && head !== 'an') return false
    // "Seorang warga Ngadas Wetan yang enggan disebut namanya …": who declines to be named is nobody named, whatever
    // capitalised place or office describes them.
    if (this.anonymousWithin(j + 1, b)) return true
    for (let t = j + 1; t < Math.min(b, j + UNNAMED_DESCRIPTION_REACH); t++) {
      if (!s.isWord(t)) {
        // Brackets, and the commas of a relative clause ("An elderly man …, who declined to give his name, said").
        if (s.isPunct(t, LPAREN) || s.isPunct(t, RPAREN) || s.isPunct(t, COMMA)) continue
        if (s.isPunct(t, PERIOD) && t === b - 1) break
        return false
      }
      // An office may describe them ("seorang staf Sekretariat DPRD yang …"), and a place after "asal", "dari" or
      // "di" ("seorang ibu asal Parak Laweh", "pedagang di Jalan Niaga"), or one the article or the gazetteer names
      // ("seorang warga Ngadas Wetan yang …", "seorang warga Banggai"); any other capital is a name.
      // A place head and its name ("seorang pecalang Desa Adat Sangket yang …"), and the place after "warga" ("seorang
      // warga Sendangrejo yang …": a resident of it).
      if (s.cap(t) && ((s.wordClass(t) & C_PLACE_HEAD) !== 0 || (s.isWord(t - 1) && (s.lower(t - 1) === 'warga' || s.lower(t - 1) === 'penduduk')))) {
        while (s.isWord(t + 1) && s.cap(t + 1)) t++
        continue
      }
      // (A class or a group by its numeral or letter, "seorang siswi kelas V", "kelompok B", is no name.)
      if (ROMAN_OR_LETTER.test(s.textOf(t))) continue
      if (s.cap(t) && !s.hasFlag(t, F_ALL_CAPS) && !isOrgWord(s, t, this.ctx) && !this.afterPlacePreposition(t) && !this.afterEventNoun(t)) {
        // "Seorang warga bernama Bima …": a name, even one that is also a place's.
        const place = s.isWord(t - 1) && NAMING_WORDS.has(s.lower(t - 1)) ? 0 : this.ctx.knownPlaceLength(s, t, t + 3)
        if (place === 0) return false
        t += place - 1
        continue
      }
      if ((s.wordClass(t) & C_SPEECH_VERB) !== 0) return t > j + 1
      if (ANONYMITY_WORDS.has(s.lower(t)) && s.isWord(t + 1) && s.lower(t + 1) === 'namanya') return true
    }
    // "Seorang istri nelayan … tampak menyeka air mata. “…,” katanya": the quote right after the sentence is theirs.
    return spoken || (j === k && s.kinds[b] === T_QUOTE)
  }

  /**
   * A subject described by lower-case words and the anonymity phrase, without "seorang" ("Pedagang lain yang enggan
   * disebut namanya mengeluhkan …"): an unnamed speaker.
   */
  private describedAnonymously(k: number, b: number): boolean {
    const s = this.s
    for (let t = k + 1; t < Math.min(b, k + 5); t++) {
      if (!s.isWord(t) || s.cap(t)) return false
      if (s.lower(t) === 'yang') return this.anonymousWithin(t + 1, b)
    }
    return false
  }

  /** Whether "… enggan disebut namanya" (the anonymity phrase) closes the description from t, before any punctuation. */
  private anonymousWithin(t: number, b: number): boolean {
    const s = this.s
    for (let u = t; u < Math.min(b, t + UNNAMED_DESCRIPTION_REACH) && s.isWord(u); u++) {
      if (ANONYMITY_WORDS.has(s.lower(u)) && s.isWord(u + 1) && s.lower(u + 1) === 'namanya') return true
    }
    return false
  }

  /**
   * The description of a source from t: a speech verb or the anonymity phrase ("yang enggan disebut namanya") within
   * reach, with no comma first (a comma would open the source's name: "Sumber itu, Budi, …").
   */
  private sourceDescribed(t: number, b: number): boolean {
    const s = this.s
    for (let u = t; u < Math.min(b, t + UNNAMED_DESCRIPTION_REACH); u++) {
      if (!s.isWord(u)) return false
      if ((s.wordClass(u) & C_SPEECH_VERB) !== 0) return u > t
      if (ANONYMITY_WORDS.has(s.lower(u)) && s.isWord(u + 1) && s.lower(u + 1) === 'namanya') return true
    }
    return false
  }

  /**
   * A capitalised name after the noun it names ("prosesi Seba", "tradisi Kasada"): an event's, not a person's (a title
   * there opens a person: "upacara Bupati …" is no event's name).
   */
  private afterEventNoun(t: number): boolean {
    const s = this.s
    return s.isWord(t - 1) && !s.cap(t - 1) && EVENT_NOUNS.has(s.lower(t - 1)) && (s.wordClass(t) & (C_TITLE | C_HONORIFIC)) === 0
  }

  /** Whether capitalised word t continues a place after "asal", "dari", "di" or "from", "in", "at" ("asal Parak Laweh"). */
  private afterPlacePreposition(t: number): boolean {
    const s = this.s
    let k = t - 1
    while (k > t - 4 && s.isWord(k) && s.cap(k)) k--
    if (s.isWord(k) && PLACE_PREPOSITIONS.has(s.lower(k))) return true
    // A noun for a kind of place may stand between ("di pertigaan Sukawangi", "dari pasar Cibeber"; not "di wajah Imas").
    return s.isWord(k) && !s.cap(k) && PLACE_NOUNS.has(s.lower(k)) && s.isWord(k - 1) && PLACE_PREPOSITIONS.has(s.lower(k - 1))
  }

  /** The quote token at `i` of the open paragraph asks a question: its last character before the marks is "?". */
  private isQuestion(i: number): boolean {
    // Read backwards in the paragraph's text (no copy of the quote).
    const s = this.s
    const text = s.text
    const from = s.starts[i] as number
    for (let k = (s.ends[i] as number) - 1; k >= from; k--) {
      const c = text.charCodeAt(k)
      if (c === 63) return true
      // closing marks and spaces: ” ’ " ' and the mis-decoded forms' last characters
      if (!(c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 32 || c === 0xa0 || c === 0x9d || c === 0x2122 || c === 0x20ac || c === 0xe2)) return false
    }
    return false
  }

  /** The quote before quote q was an answer ("jawab NAME", "balasnya"). */
  /**
   * A quote opening its paragraph with no cue, right after a question-and-answer exchange ("“…?” tanya A." then
   * "“…,” jawab B."), continues it: the turns alternate, so it is the speaker before the last one (A, then B …).
   * Undefined when the two quotes before it are not such an exchange in the paragraphs just before.
   */
  private dialogueTurn(q: number, p: number): Person | null | undefined {
    if (q < 2) return undefined
    const last = this.results[q - 1]
    const before = this.results[q - 2]
    const lastPlace = this.placements[q - 1]
    const beforePlace = this.placements[q - 2]
    if (!last || !before || !lastPlace || !beforePlace) return undefined
    if (lastPlace.lastParagraph !== p - 1 || lastPlace.lastParagraph - beforePlace.lastParagraph > 1) return undefined
    const inExchange = (k: number): boolean => this.turns.has(k) || exchangeCue(this.results[k]?.cue ?? null)
    // An answer ("…,” jawab Tigor) makes the quote before it the other side of the exchange, whatever its cue
    // ("…,” ucap Nurhayati): an uncued reply after the answer is hers again.
    const lastCue = (last.cue ?? '').toLowerCase()
    const answered = (lastCue.startsWith('jawab') || lastCue.startsWith('balas') || lastCue.startsWith('sahut')) &&
      before.person !== null && lastPlace.firstParagraph === p - 1
    if (!inExchange(q - 1) || !(inExchange(q - 2) || answered) || last.person === before.person) return undefined
    return before.person
  }

  private answeredBefore(q: number): boolean {
    const cue = q > 0 ? this.results[q - 1]?.cue : null
    if (!cue) return false
    const c = cue.charCodeAt(0) | 32
    if (c !== 106 && c !== 98) return false // j, b
    const first = cue.toLowerCase()
    return first.startsWith('jawab') || first.startsWith('balas')
  }

  /**
   * "Demikian ditegaskan Bupati … NAME, …" opening paragraph p names the speaker of the quotes that the paragraph
   * before ended with and no cue attributed (a quote standing alone as a paragraph, answered in the next one).
   */
  private demikianForPrevious(p: number): void {
    const s = this.s
    const k = s.lo
    if (p === 0 || s.special(k) !== W_DEMIKIAN || (s.wordClass(k + 1) & C_PASSIVE) === 0) return
    let j = k + 2
    if (s.special(j) === W_OLEH) j++
    const m = parseMention(s, j, this.ctx, true)
    if (m === null) return
    const person = this.personOf(m, true)
    if (person === null) return
    for (let q = this.results.length - 1; q >= 0; q--) {
      const place = this.placements[q]
      if (place === undefined || place.lastParagraph < p - 1) break
      if (place.lastParagraph !== p - 1 || this.results[q]?.explicit) continue
      this.results[q] = { person, cue: `${s.textOf(k)} ${s.textOf(k + 1)}`, via: 'cue-after', explicit: true, confidence: 0.85 }
    }
    this.setSalient(person, p)
  }

  /** Attribute the quote token at `i` of the open paragraph p; returns the last token index consumed. */
  private handleQuote(p: number, i: number, a: number, b: number, subject: Person | null): number {
    const s = this.s
    const q = s.values[i] as number
    const place = this.placements[q]
    if (place === undefined) return i
    const isFirst = place.firstParagraph === p
    const isLast = place.lastParagraph === p

    if (isFirst) {
      const pre = this.cueBefore(i, a, subject)
      if (pre !== null) this.preCue[q] = pre
      const turn = pre === null && i === s.lo ? this.dialogueTurn(q, p) : undefined
      if (turn !== undefined) {
        // The next turn of a question-and-answer exchange: the speaker before the last one.
        this.results[q] = { person: turn, cue: null, via: 'follow-up', explicit: false, confidence: 0.7 }
        this.turns.add(q)
      } else {
        // A lone follow-up: the salient speaker, while recent. Overridden by any cue found later. In an interview
        // exchange, a lone question right after an answer ("…,” jawab NAME / “…?”) is the interviewer's: unknown.
        const recent = this.salient !== null && p - this.salientParagraph <= FOLLOW_UP_REACH && !(this.answeredBefore(q) && this.isQuestion(i))
        this.results[q] = { person: recent ? this.salient : null, cue: null, via: recent ? 'follow-up' : 'none', explicit: false, confidence: recent ? 0.8 : 0 }
        // A quote that opens its own paragraph keeps the speaker fresh: "… menyampaikan tiga usulan:" then "1. “…”",
        // "2. “…”", "3. “…”" in paragraphs of their own are all the speaker's.
        if (recent && i <= s.lo + 2) this.salientParagraph = p
      }
    }
    if (!isLast) return i

    // Sieve 1: a cue after the quote.
    let k = i + 1
    if (s.isPunct(k, COMMA)) k++
    let lead = ''
    if (s.special(k) === W_DEMIKIAN) {
      lead = s.textOf(k) + ' '
      k++
    }
    // A headline that names its speaker after the quote: "“…”: Bupati Luwu Tenggara Minta …".
    if (i === s.lo && this.headline[p] && s.isPunct(i + 1, COLON)) {
      const m = parseMention(s, i + 2, this.ctx, false)
      if (m !== null) {
        const person = this.personOf(m, true, m.role !== null && m.nameLength >= 2) ?? (m.role !== null ? this.table.resolveRole(m.role) : null)
        if (person !== null) {
          this.results[q] = { person, cue: ':', via: 'cue-after', explicit: true, confidence: 0.8 }
          return m.to - 1
        }
      }
    }
    if (!s.isWord(k)) return this.settle(q, p, i)
    const w = k
    const wCls = s.wordClass(w)
    if ((wCls & C_PASSIVE) !== 0 && lead !== '') {
      let j = k + 1
      if (s.special(j) === W_OLEH) j++
      const m = parseMention(s, j, this.ctx, true)
      if (m !== null) {
        const person = this.personOf(m, true)
        this.results[q] = { person, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: person ? 0.95 : 0.5 }
        this.setSalient(person, p)
        return m.to - 1
      }
      return this.settle(q, p, i)
    }
    // "“…,” demikian amanat Bupati", "demikian sambutan Gubernur NAME": the speech's author, who may not be the one
    // reading it out.
    if (lead !== '' && AUTHORED_SPEECH.has(s.lower(w)) && !s.lower(w).endsWith('nya')) {
      const m = parseMention(s, w + 1, this.ctx, true)
      const person = m === null ? null : this.personOf(m, true) ?? (m.role !== null ? this.table.resolveRole(m.role) : null)
      if (m !== null && person !== null) {
        this.results[q] = { person, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: 0.85 }
        this.setSalient(person, p)
        return m.to - 1
      }
    }
    const cue = s.vocab.cues[s.values[w] as number]
    if (cue === null || cue === undefined) {
      const english = this.englishCueAfter(q, p, k)
      return english >= 0 ? english : this.settle(q, p, i)
    }
    // "“… dikotoran.” Pesan dalam bahasa Sunda itu …": after a quote that ended its sentence, a capitalised cue word
    // followed by a lower-case one opens the next sentence as a noun; it names no speaker.
    if (!cue.pronoun && s.cap(w) && s.hasFlag(i, F_ENDS_SENTENCE) && s.isWord(w + 1) && !s.cap(w + 1) && (s.wordClass(w + 1) & C_CUE_PRONOUN) === 0) {
      return this.settle(q, p, i)
    }
    const salient = this.salient
    if (cue.pronoun) {
      this.results[q] = { person: salient, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: salient ? 0.9 * cue.confidence : 0.3 }
      this.noteSplit(k + 1, salient)
      return k
    }
    // "kata sang bogani", "ujar sang bupati": the article's holder of that title.
    const n = s.isWord(k + 1) && s.lower(k + 1) === 'sang' && s.isWord(k + 2) && (s.wordClass(k + 2) & C_TITLE) !== 0 ? k + 2 : k + 1
    const nCls = s.wordClass(n)
    // "ujar yang bersangkutan": the person concerned, the one speaking (like "katanya").
    if (s.isWord(n) && s.lower(n) === 'yang' && s.isWord(n + 1) && s.lower(n + 1) === 'bersangkutan') {
      this.results[q] = { person: salient, cue: `${lead}${s.textOf(w)} ${s.textOf(n)} ${s.textOf(n + 1)}`, via: 'cue-after', explicit: true, confidence: salient ? 0.8 : 0.3 }
      return k + 2
    }
    if ((nCls & C_CUE_PRONOUN) !== 0) {
      this.results[q] = { person: salient, cue: `${lead}${s.textOf(w)} ${s.textOf(n)}`, via: 'cue-after', explicit: true, confidence: salient ? 0.9 * cue.confidence : 0.3 }
      this.noteSplit(k + 2, salient)
      return k + 1
    }
    if ((nCls & C_COLLECTIVE) !== 0) {
      // Collective speakers (keduanya, mereka) are several people: no single speaker to give.
      this.results[q] = { person: null, cue: `${lead}${s.textOf(w)} ${s.textOf(n)}`, via: 'cue-after', explicit: true, confidence: 0.3 }
      return k + 1
    }
    // "“…?” tanya Tempo", "“…?” asked the reporter": the interviewer, nobody the article names; the one answering
    // stays the salient person.
    if (interviewerAt(s, n)) {
      this.results[q] = { person: null, cue: `${lead}${s.textOf(w)} ${s.textOf(n)}`, via: 'cue-after', explicit: true, confidence: 0.5 }
      return s.isWord(n) && s.lower(n) === 'the' ? n + 1 : n
    }
    // "“…,” said the governor": the person the description names.
    if (ENGLISH_SPEECH_VERBS.has(cue.root) && s.isWord(n) && s.lower(n) === 'the') {
      // "“…,” said the head of the … Agency (BPKAD), NAME.": the name apposed to the description is the speaker.
      const apposed = this.englishNameAfterDescription(n + 1, b)
      if (apposed !== null) {
        const person = this.personOf(apposed, true)
        this.results[q] = { person, cue: `${lead}${s.textOf(w)} ${s.textOf(n)} …`, via: 'cue-after', explicit: true, confidence: person ? 0.85 : 0.3 }
        this.setSalient(person, p)
        return apposed.to - 1
      }
      let end = n + 1
      while (end < n + 5 && s.isWord(end) && !ENGLISH_CLAUSE_PREPOSITIONS.has(s.lower(end))) end++
      if (end > n + 1) {
        const person = this.englishEpithetPerson(n + 1, end)
        this.results[q] = { person, cue: `${lead}${s.textOf(w)} ${s.textOf(n)} …`, via: 'cue-after', explicit: true, confidence: person ? 0.8 : 0.3 }
        this.setSalient(person, p)
        return end - 1
      }
    }
    // "kata bu lilik": a form of address and a known person's name, both written in lower case.
    if (s.isWord(n) && !s.cap(n) && LOWER_CASE_ADDRESS.has(s.lower(n)) && s.isWord(n + 1) && !s.cap(n + 1)) {
      const addressed = this.table.resolveLowerName([s.lower(n + 1)])
      if (addressed !== null) {
        this.results[q] = { person: addressed, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: 0.7 }
        this.setSalient(addressed, p)
        return n + 1
      }
    }
    const party = this.caseParty(n)
    if (party !== null) {
      this.results[q] = { person: party, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: cue.confidence * 0.9 }
      this.setSalient(party, p)
      return s.isWord(n + 1) && s.cap(n + 1) ? n + 1 : n
    }
    const initials = this.initialsPerson(n)
    if (initials !== null) {
      this.results[q] = { person: initials, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: cue.confidence }
      this.setSalient(initials, p)
      return n
    }
    // "kata boru Tampubolon", "ujar br. Manullang": a Batak woman called by her clan name after "boru" ("daughter of").
    if (s.isWord(n) && (s.lower(n) === 'boru' || s.lower(n) === 'br')) {
      const clan = s.isPunct(n + 1, PERIOD) ? n + 2 : n + 1
      const named = s.isWord(clan) && s.cap(clan) ? parseMention(s, clan, this.ctx, true) : null
      // (Someone already met, or someone the cue introduces with a description, "kata boru Tampubolon, penenun asal
      // Tarutung": "kata boru Batak yang …" names no one.)
      const introduced = named !== null && s.isPunct(named.to, COMMA) && s.isWord(named.to + 1) && !s.cap(named.to + 1)
      const person = named !== null && named.nameLength > 0 ? (this.table.resolveLowerName(named.nameLower) ?? (introduced ? this.personOf(named, true) : null)) : null
      if (person !== null) {
        this.results[q] = { person, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: cue.confidence }
        this.setSalient(person, p)
        this.noteSplit(named!.to, person)
        return named!.to - 1
      }
    }
    // An epithet in lower case ("lanjut kepala distrik itu") is read as one before a title-only mention would be.
    const epithetEnd = s.isWord(n) && !s.cap(n) ? this.epithetEndAfter(k, b) : -1
    let m = epithetEnd >= 0 || s.kind(n) === T_NONE ? null : parseMention(s, n, this.ctx, true)
    // "“…,” said Deputy for Food and Agribusiness Coordination Dr. NAME at …": an English title runs on with "for",
    // "of" and "and" up to the honorific before the name.
    if (m !== null && m.nameLength === 0 && ENGLISH_SPEECH_VERBS.has(cue.root)) m = this.englishNameAfterTitle(m.to, b) ?? m
    // "“…,” said BNPB Head Lieutenant General NAME": office words before the title.
    if ((m === null || m.nameLength === 0) && ENGLISH_SPEECH_VERBS.has(cue.root) && s.isWord(n) && s.cap(n)) {
      // (The title may be written in lower case: "said Central Lombok Police chief Adjunct Senior Commissioner NAME".)
      for (let t = n + 1; t < n + ENGLISH_OFFICE_BEFORE_TITLE && s.isWord(t) && (s.cap(t) || (s.wordClass(t) & C_TITLE) !== 0); t++) {
        if ((s.wordClass(t) & C_TITLE) === 0) continue
        const titled = s.cap(t) ? this.mentionAt(t) : parseMention(s, t, this.ctx, true)
        if (titled !== null && titled.nameLength > 0) m = titled
        break
      }
    }
    // "“…,” ucap Herman membacakan sambutan Gubernur": the reader reads the author's words.
    if (m !== null && s.isWord(m.to) && s.lower(m.to) === 'membacakan' && s.isWord(m.to + 1) && AUTHORED_SPEECH.has(s.lower(m.to + 1))) {
      const authorMention = parseMention(s, m.to + 2, this.ctx, true)
      const author = authorMention === null ? null : this.personOf(authorMention, true) ?? (authorMention.role !== null ? this.table.resolveRole(authorMention.role) : null)
      if (authorMention !== null && author !== null) {
        this.results[q] = { person: author, cue: `${lead}${s.textOf(w)} … ${s.textOf(m.to)} ${s.textOf(m.to + 1)}`, via: 'cue-after', explicit: true, confidence: 0.8 }
        this.setSalient(author, p)
        return authorMention.to - 1
      }
    }
    if (m !== null) {
      const person = this.personOf(m, true)
      this.results[q] = { person, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: person ? cue.confidence * (m.nameLength > 0 ? 1 : 0.9) : 0.3 }
      this.setSalient(person, p)
      this.noteSplit(m.to, person)
      return m.to - 1
    }
    // An epithet ("lanjut mantan camat itu", "kata orang nomor satu di Rimbajaya itu"): the person it describes.
    const end = epithetEnd >= 0 ? epithetEnd : this.epithetEndAfter(k, b)
    if (end >= 0) {
      let words = s.lower(k + 1)
      for (let j = k + 2; j <= end; j++) if (s.isWord(j)) words = `${words} ${s.lower(j)}`
      let person = this.epithetPerson(words)
      // "ujar kepala desa", "kata camat": a title in lower case that no epithet explains is the title-holder's.
      if (person === null && epithetEnd >= 0 && (s.wordClass(n) & C_TITLE) !== 0) {
        const titled = parseMention(s, n, this.ctx, true)
        if (titled !== null && titled.nameLength === 0 && titled.to > end) person = this.personOf(titled, true)
      }
      this.results[q] = { person, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: person ? 0.75 : 0.3 }
      this.setSalient(person, p)
      return end
    }
    // An unnamed speaker ("kata seorang warga", "ujar salah satu peserta"): speech, but nobody to name.
    if (s.isWord(n) && !s.cap(n)) {
      this.results[q] = { person: null, cue: lead + s.textOf(w), via: 'cue-after', explicit: true, confidence: 0.3 }
      return k
    }
    return this.settle(q, p, i)
  }

  /**
   * English editions put the speaker before the verb after a quote: "“…,” he said" (the speech-salient person, as
   * "katanya") and "“…,” Sitompul said" (the person named). The index of the verb when one of them stands at k, else -1.
   */
  private englishCueAfter(q: number, p: number, k: number): number {
    const s = this.s
    // "“…?” Tempo asked", "“…?” the reporter asked": the interviewer, nobody the article names.
    if (interviewerAt(s, k)) {
      const verb = s.isWord(k) && (s.lower(k) === 'the' || s.lower(k) === 'a') ? k + 2 : k + 1
      if (s.isWord(verb) && ENGLISH_SPEECH_VERBS.has(s.lower(verb))) {
        this.results[q] = { person: null, cue: `${s.textOf(k)} … ${s.textOf(verb)}`, via: 'cue-after', explicit: true, confidence: 0.5 }
        // "“…?” Kompas asked the minister after the ceremony": the one asked answers next.
        if (s.isWord(verb + 1) && s.lower(verb + 1) === 'the') {
          let end = verb + 2
          while (end < verb + 6 && s.isWord(end) && !ENGLISH_CLAUSE_PREPOSITIONS.has(s.lower(end))) end++
          const asked = end > verb + 2 ? this.englishEpithetPerson(verb + 2, end) : null
          if (asked !== null && asked !== this.salient) this.setSalient(asked, p)
        }
        return verb
      }
    }
    // "“…,” the governor said", "“…,” the official said": the person the description names.
    const described = this.englishDescribedSubject(k)
    if (described >= 0) {
      const person = this.englishEpithetPerson(k + 1, described)
      this.results[q] = { person, cue: `${s.textOf(k)} … ${s.textOf(described)}`, via: 'cue-after', explicit: true, confidence: person ? 0.8 : 0.3 }
      this.setSalient(person, p)
      this.noteSplit(described + 1, person)
      return described
    }
    if (ENGLISH_CUE_PRONOUNS.has(s.lower(k))) {
      if (!s.isWord(k + 1) || !ENGLISH_SPEECH_VERBS.has(s.lower(k + 1))) return -1
      const salient = this.pronounSpeaker(s.lower(k))
      this.setSalient(salient, p)
      this.results[q] = { person: salient, cue: `${s.textOf(k)} ${s.textOf(k + 1)}`, via: 'cue-after', explicit: true, confidence: salient ? 0.85 : 0.3 }
      this.noteSplit(k + 2, salient)
      return k + 1
    }
    // "“…,” the petitioners' lawyer, Yosef Langoday, argued": a description, then the name between commas.
    // "“…,” Sitompul said", "“…,” Bank Indonesia Governor Surya Adinegoro said": a name, or an office and its holder.
    const m = this.englishApposedName(k) ?? this.englishNamedSubject(k)
    if (m === null) return -1
    const person = this.personOf(m, true)
    const after = s.isWord(m.to) && ENGLISH_SPEECH_VERBS.has(s.lower(m.to)) ? m.to : englishVerbAfterName(s, m.to)
    const verb = after >= 0 ? after : s.isPunct(m.to, COMMA) ? m.to + 1 : m.to
    this.results[q] = { person, cue: s.textOf(verb), via: 'cue-after', explicit: true, confidence: person ? 0.85 : 0.3 }
    this.setSalient(person, p)
    this.noteSplit(verb + 1, person)
    return verb
  }

  /**
   * A named mention at k (or after "the"), or after up to five capitalised office words, that an English speech verb
   * follows.
   */
  private englishNamedSubject(k: number): Mention | null {
    const s = this.s
    // "“…,” the Central Java Governor Luthfi said": the office and its holder after "the".
    let from = s.isWord(k) && s.lower(k) === 'the' ? k + 1 : k
    // "“…?” presiding judge Dewi Ratnasari asked": a title in lower case (with a word before it) before the name.
    let titled = false
    let lower = from
    for (; lower < from + 3 && s.isWord(lower) && !s.cap(lower); lower++) if ((s.wordClass(lower) & C_TITLE) !== 0) titled = true
    if (titled && lower > from && s.isWord(lower) && s.cap(lower)) from = lower
    for (let t = from; t < from + ENGLISH_OFFICE_BEFORE_TITLE && s.isWord(t) && s.cap(t); t++) {
      if (t > from && (s.wordClass(t) & C_TITLE) === 0) continue
      const m = this.mentionAt(t)
      if (m === null || m.nameLength === 0) continue
      // "NAME said", "NAME, 22, a nursing graduate …, said", "NAME of the People's Welfare Party faction said".
      if ((s.isWord(m.to) && ENGLISH_SPEECH_VERBS.has(s.lower(m.to))) || englishVerbAfterName(s, m.to) >= 0) return m
    }
    return null
  }

  /** "the petitioners' lawyer, NAME, argued" at k: the named mention between the commas, or null. */
  /**
   * The name after the first comma of an English description that runs to the end of its sentence ("the head of the
   * Central Java Regional Financial and Asset Management Agency (BPKAD), NAME."), else null.
   */
  private englishNameAfterDescription(from: number, b: number): Mention | null {
    const s = this.s
    for (let t = from; t < b && t < from + ENGLISH_DESCRIPTION_REACH; t++) {
      if (s.kinds[t] === T_QUOTE) return null
      // "said the governor in Semarang, Tuesday": a circumstance, not a description, runs to the comma.
      if (s.isWord(t) && ENGLISH_CLAUSE_PREPOSITIONS.has(s.lower(t))) return null
      if (!s.isPunct(t, COMMA)) continue
      const m = this.mentionAt(t + 1)
      if (m === null || m.nameLength === 0 || (m.nameLength === 1 && ENGLISH_DATE_WORDS.has(m.nameLower[0] ?? ''))) return null
      const closes = m.to >= b || s.isPunct(m.to, PERIOD) || s.isPunct(m.to, COMMA) || (s.isWord(m.to) && !s.cap(m.to))
      return closes ? m : null
    }
    return null
  }

  private englishApposedName(k: number): Mention | null {
    const s = this.s
    if (!s.isWord(k) || s.lower(k) !== 'the') return null
    for (let t = k + 1; t <= k + 5; t++) {
      if (s.isPunct(t, COMMA)) {
        const m = this.mentionAt(t + 1)
        return m !== null && m.nameLength > 0 && s.isPunct(m.to, COMMA) && s.isWord(m.to + 1) && ENGLISH_SPEECH_VERBS.has(s.lower(m.to + 1)) ? m : null
      }
      // A possessive's apostrophe ("the petitioners' lawyer") is part of the description.
      if (!s.isWord(t) && !s.isPunct(t, APOSTROPHE) && !s.isPunct(t, RIGHT_SINGLE_QUOTE)) return null
    }
    return null
  }

  /**
   * "the governor said", "The agriculture minister further explained", "the official said" at k: the index of the
   * English speech verb after "the" and one to four words of description (and an adverb), else -1.
   */
  private englishDescribedSubject(k: number): number {
    const s = this.s
    if (!s.isWord(k) || s.lower(k) !== 'the') return -1
    let described = 0
    for (let v = k + 1; v <= k + 7 && (s.isWord(v) || s.isPunct(v, APOSTROPHE) || s.isPunct(v, RIGHT_SINGLE_QUOTE)); v++) {
      // A possessive's apostrophe ("The Board of Governors' statement read:") is part of the description.
      if (!s.isWord(v)) continue
      const word = s.lower(v)
      // "the court ruling read": a document "reads" what it says; "read" after anything else is no speech.
      if (ENGLISH_SPEECH_VERBS.has(word) || (DOCUMENT_VERBS.has(word) && ENGLISH_DOCUMENTS.has(s.lower(v - 1)))) {
        // "the Central Java Governor Luthfi said": a description that ends with a name is that person's mention.
        const last = s.isWord(v - 1) ? v - 1 : v - 2
        const named = s.cap(last) && !s.hasFlag(last, F_ALL_CAPS) && (s.wordClass(last) & (C_TITLE | C_ORG)) === 0
        return described > 0 && !named ? v : -1
      }
      if ((s.wordClass(v) & C_VERB_ADVERB) === 0 && ++described > 4) return -1
    }
    // "The ministry, which runs …, said", "The office's visitor guidelines, displayed at the harbour, state:": a clause
    // between the description and its verb.
    for (let t = k + 1; t <= k + 5; t++) {
      if (s.isPunct(t, COMMA)) {
        if (t === k + 1) return -1
        const verb = describedVerbAfter(s, t)
        if (verb >= 0) return verb
        const document = ENGLISH_DOCUMENTS.has(s.lower(t - 1))
        for (let v = t + 1; document && v < t + NAME_DESCRIPTION_REACH && !s.isPunct(v, PERIOD); v++) {
          if (s.isPunct(v, COMMA)) return s.isWord(v + 1) && DOCUMENT_VERBS.has(s.lower(v + 1)) ? v + 1 : -1
        }
        return -1
      }
      if (!s.isWord(t) && !s.isPunct(t, APOSTROPHE) && !s.isPunct(t, RIGHT_SINGLE_QUOTE)) return -1
    }
    return -1
  }

  /**
   * Whether an English description [from, to) names an institution or a document rather than a person: "the
   * ministry", "The PVMBG", "the court ruling", "The Board of Governors' statement".
   */
  private englishInstitution(from: number, to: number): boolean {
    const s = this.s
    let institution = false
    for (let k = from; k < to; k++) {
      if (!s.isWord(k)) continue
      if ((s.wordClass(k) & C_TITLE) !== 0) return false
      const word = s.lower(k)
      if (ORG_WORDS.has(word) || ENGLISH_DOCUMENTS.has(word) || (s.cap(k) && s.hasFlag(k, F_ALL_CAPS))) institution = true
    }
    return institution
  }

  /**
   * The person an English description [from, to) names: one with a title word ("governor", "agriculture minister")
   * is the salient person when their role has those words, else the one person whose role has them, else the one
   * of them who has spoken; a description without a title ("the official") is the salient person (null after an
   * unnamed source), and one naming an institution or a document ("the ministry", "the court ruling") is nobody.
   */
  private englishEpithetPerson(from: number, to: number): Person | null {
    const s = this.s
    if (this.englishInstitution(from, to)) return null
    // The title and the office words of the description: "the agriculture minister" → minister; agriculture.
    const titles: string[] = []
    const offices: string[] = []
    for (let k = from; k < to; k++) {
      if (!s.isWord(k)) continue
      const cls = s.wordClass(k)
      if ((cls & C_TITLE) !== 0) titles.push(s.lower(k))
      else if ((cls & C_ORG) !== 0) offices.push(s.lower(k))
    }
    if (titles.length === 0) return this.salient
    const deputy = titles.some((word) => DEPUTY_WORDS.has(word))
    const has = (role: readonly string[], word: string): boolean =>
      role.includes(word) || (ENGLISH_TITLE_SYNONYMS.get(word) ?? []).some((other) => role.includes(other))
    const roleOf = (person: Person): string[] => `${person.role ?? ''} ${person.roleLong ?? ''}`.toLowerCase().split(/\s+/)
    // The holders of the title ("the governor" is not the Deputy Governor) …
    let holders = this.table.persons.filter((person) => {
      const role = roleOf(person)
      return (deputy || !role.some((word) => DEPUTY_WORDS.has(word))) && titles.every((word) => has(role, word))
    })
    // … and of those, the ones whose office the description names too, when some are ("the agriculture minister").
    const ofOffice = holders.filter((person) => offices.every((word) => has(roleOf(person), word)))
    if (ofOffice.length > 0) holders = ofOffice
    if (this.salient !== null && holders.includes(this.salient)) return this.salient
    if (holders.length === 1) return holders[0] ?? null
    // "the analyst said" after "NAME, a political analyst from …, said": an occupation the article gave as a
    // description, not a title, is the one speaking.
    if (holders.length === 0 && titles.every((word) => ENGLISH_OCCUPATIONS.has(word))) return this.salient
    const spoke = holders.filter((person) => this.results.some((result) => result?.person === person))
    return spoke.length === 1 ? (spoke[0] ?? null) : null
  }

  /** The named mention after an honorific that ends an English title's words (from j, before b), or null. */
  private englishNameAfterTitle(j: number, b: number): Mention | null {
    const s = this.s
    for (let k = j; k < Math.min(b, j + ENGLISH_TITLE_REACH); k++) {
      if (!s.isWord(k)) return null
      if (honorificAt(s, k)) {
        const m = parseMention(s, k, this.ctx, false)
        return m !== null && m.nameLength > 0 ? m : null
      }
      if (!s.cap(k) && !ENGLISH_TITLE_JOINERS.has(s.lower(k))) return null
    }
    return null
  }

  /** The index of the word ending an epithet after the cue word at k ("… mantan camat itu"), or -1. */
  private epithetEndAfter(k: number, b: number): number {
    const s = this.s
    for (let j = k + 1; j < Math.min(b, k + 14); j++) {
      // A quoted nickname inside it ("politikus yang dikenal dengan julukan “Si Bung Interupsi” itu") is part of it.
      if (s.kind(j) === T_QUOTE) continue
      // So is an acronym in brackets ("legislator asal daerah pemilihan (dapil) V itu").
      if (s.isPunct(j, LPAREN) && s.isWord(j + 1) && s.isPunct(j + 2, RPAREN)) {
        j += 2
        continue
      }
      if (!s.isWord(j)) return -1
      if ((s.wordClass(j) & C_EPITHET_END) !== 0 && j > k + 1) return j
    }
    return -1
  }

  /**
   * "Hal serupa dialami Lasanudin (67).", "Hal senada juga dirasakan oleh Ibu Marni, warga …": the one a similar case
   * befell is the next speaker, whatever the passive verb. The named person, or null.
   */
  private similarCaseAgent(a: number, b: number): Person | null {
    const s = this.s
    if (!s.isWord(a) || !SIMILAR_CASE_NOUNS.has(s.lower(a))) return null
    let v = a + 1
    if (s.isWord(v) && s.lower(v) === 'yang') v++
    if (!s.isWord(v) || !SIMILAR_CASE_WORDS.has(s.lower(v))) return null
    v++
    if (s.isWord(v) && s.lower(v) === 'juga') v++
    if (!s.isWord(v) || s.cap(v) || !s.lower(v).startsWith('di')) return null
    v++
    if (s.special(v) === W_OLEH) v++
    // "… oleh warga lainnya, Budi": a description, then the name after its comma.
    let describedPerson = false
    for (let d = v; d < Math.min(b, v + 4) && s.isWord(d) && !s.cap(d); d++) {
      if (s.isPunct(d + 1, COMMA) && s.isWord(d + 2) && s.cap(d + 2)) {
        v = d + 2
        describedPerson = true
        break
      }
    }
    if (v >= b) return null
    const m = this.mentionAt(v)
    if (m === null || m.nameLength === 0) return null
    // A person: titled, with an age, with a form of address, or already met ("Nasib serupa dialami Persitas
    // Tasikmalaya" is a football club).
    // (Or a name of two words or more that names no club or body: "Persitas Tasikmalaya", "PS Barito".)
    const club = /^(?:pers|ps$|fc$|psm$|psis$)/i.test(m.nameLower[0] ?? '') || isOrgWord(s, m.from, this.ctx)
    const personLike = describedPerson || m.role !== null || ageAfter(s, m.to) || honorificAt(s, m.from) ||
      this.table.resolveLowerName(m.nameLower) !== null || (m.nameLength >= 2 && !club)
    return personLike ? this.personOf(m, true) : null
  }

  /** Whether a person's speech is named in the sentence before `i` ("sambutan", "amanat", "pidato" …). */
  private authoredSpeechBefore(a: number, i: number): boolean {
    const s = this.s
    for (let k = a; k < i; k++) if (s.isWord(k) && AUTHORED_SPEECH.has(s.lower(k))) return true
    return false
  }

  /** The office an epithet names ("orang nomor satu" → the head of the region), else the salient person. */
  private epithetPerson(epithet: string): Person | null {
    // "tanya wartawan tersebut": a reporter, never the official quoted before.
    const head = epithet.split(' ')[0] ?? ''
    if (REPORTER_WORDS.has(head)) return null
    // "tanya peserta tersebut" after "Pertanyaan lain datang dari seorang peserta …": the unnamed person this
    // paragraph introduced, not the official who answered before.
    if (!TITLE_WORDS.has(head) && this.introducesUnnamed(head)) return null
    const holder = this.epithetHolder(epithet)
    // "kata ketua panel itu" after "Saifullah mengingatkan …": only the word "ketua" matched anyone's role (the KPU's
    // chair), the rest of the epithet did not; the one who just spoke in this paragraph is meant.
    if (holder !== null && this.epithetByOneWord && this.salient !== null && this.salient !== holder && this.salientParagraph === this.currentParagraph) {
      return this.salient
    }
    return holder ?? this.salient
  }

  /** Whether the current paragraph introduces someone unnamed by `noun` ("seorang peserta", "salah satu warga"). */
  private introducesUnnamed(noun: string): boolean {
    const text = this.s.paragraphs[this.currentParagraph] ?? ''
    if (!noun || !text.toLowerCase().includes(noun)) return false
    return new RegExp(`(?:^|[^\\p{L}])(?:seorang|salah seorang|salah satu)\\s+${noun}(?![\\p{L}])`, 'iu').test(text)
  }

  /** Whether the last epithetHolder answer came from one title word of a longer epithet. */
  private epithetByOneWord = false

  /**
   * The subject of a sentence given as an epithet that names an office ("Menutup kegiatan, orang nomor satu di Kota
   * Kedungsari itu menargetkan …"), before a verb: its holder, or null (not for "perempuan itu": nobody's office).
   */
  private subjectEpithet(k: number, b: number): Person | null {
    const s = this.s
    // It opens with a title or "orang"/"sang" ("orang nomor satu di …", "mantan camat itu"), and holds no verb.
    if (!s.isWord(k) || !((s.wordClass(k) & C_TITLE) !== 0 || EPITHET_OPENERS.has(s.lower(k)))) return null
    const end = this.epithetEndAfter(k - 1, b)
    if (end < 0 || end - k > MAX_SUBJECT_EPITHET || !s.isWord(end + 1) || s.cap(end + 1)) return null
    for (let j = k; j < end; j++) if ((s.wordClass(j) & C_SPEECH_VERB) !== 0) return null
    const verb = s.wordClass(end + 1)
    if ((verb & (C_SPEECH_VERB | C_VERB_PREFIX)) === 0) return null
    let words = s.lower(k)
    for (let j = k + 1; j <= end; j++) if (s.isWord(j)) words = `${words} ${s.lower(j)}`
    return this.epithetHolder(words)
  }

  /** The holder of the office an epithet names, or null (epithetPerson without its fallback). */
  private epithetHolder(epithet: string): Person | null {
    this.epithetByOneWord = false
    const parts = epithet.split(' ')
    // A nickname ("pria yang akrab disapa Mamiq Zaini itu"): the person whose name holds it.
    const called = parts.findIndex((word, at) => isNicknameVerb(word, parts[at - 1]))
    if (called >= 0) {
      const nickname = parts.slice(called + 1, -1).filter((word) => !HONORIFICS.has(word))
      const named = nickname.length ? this.table.resolveNickname(nickname) : null
      if (named !== null) return named
    }
    // The office spelled out ("kepala distrik itu" → the one holder of "Kepala Distrik …"), longest first.
    for (let n = parts.length - 1; n >= 2; n--) {
      if (parts[0] === 'mantan') break
      const holder = this.table.resolveRole(parts.slice(0, n).join(' '))
      if (holder !== null) return holder
    }
    for (const [phrase, roles] of EPITHET_ROLES) {
      if (!epithet.includes(phrase)) continue
      // "orang nomor satu di Jawa Barat itu": the place says which head — a province's governor, a city's mayor.
      for (const role of placeFirst(epithet, roles)) {
        const holder = this.table.resolveRole(role)
        if (holder !== null) return holder
      }
    }
    const words = epithet.split(' ')
    for (const word of words) {
      if (!TITLE_WORDS.has(word) || word === 'mantan') continue
      const holder = this.table.resolveRole(word)
      if (holder === null) continue
      // More than the title word and "itu"/"tersebut": the match is partial.
      this.epithetByOneWord = words.length > 2
      return epithet.includes('mantan') ? this.salient : holder
    }
    return null
  }

  /** No cue after the quote: a follow-up keeps the salient speaker it got at its first segment. */
  private settle(q: number, p: number, i: number): number {
    const pre = this.preCue[q]
    if (pre != null && pre.person !== null) this.setSalient(pre.person, p)
    return i
  }

  /** "“…,” kata X, “…”": the quote after the cue's target belongs to X too. */
  private noteSplit(j: number, person: Person | null): void {
    const s = this.s
    if (!s.isPunct(j, COMMA)) return
    const next = j + 1
    if (s.isQuote(next) && this.splitFrom[s.values[next] as number] === undefined) this.splitFrom[s.values[next] as number] = person
  }

  /** Sieve 2: "X mengatakan, “…”", "X: “…”", "Menurut X, “…”". */
  private cueBefore(i: number, a: number, subject: Person | null): QuoteAttribution | null {
    const s = this.s
    let j = i - 1
    const colon = s.isPunct(j, COLON)
    const comma = s.isPunct(j, COMMA)
    if (colon || comma) j--
    // "Marlon menjawab singkat: “…”": a manner word may follow the verb.
    if (colon && s.isWord(j) && MANNER_WORDS.has(s.lower(j)) && (s.wordClass(j - 1) & C_SPEECH_VERB) !== 0) j--
    if (s.special(j) === W_BAHWA) j--
    if (j < s.lo || j < a) return null
    if ((s.wordClass(j) & C_SPEECH_VERB) !== 0) {
      // The verb's subject was just made salient (sentence subject, "Ia", or a later "…, sedangkan Irfan menambahkan").
      const person = this.salient !== null && this.salientParagraph === this.currentParagraph ? this.salient : subject
      return { person, cue: s.textOf(j), via: 'cue-before', explicit: true, confidence: person ? 0.9 : 0.3 }
    }
    // "Dalam surat edaran tersebut tertulis: “…”", "Dalam amanat itu tertulis: “…”": the words of the document's
    // author, whom the article named signing it or as the address's author; nobody when it did not.
    if (colon && s.isWord(j) && (s.lower(j) === 'tertulis' || s.lower(j) === 'berbunyi')) {
      const recent = this.documentAuthor !== null && this.currentParagraph - this.documentAuthorParagraph <= DOCUMENT_AUTHOR_REACH
      const person = recent ? this.documentAuthor : null
      return { person, cue: s.textOf(j), via: 'cue-before', explicit: true, confidence: person ? 0.75 : 0.3 }
    }
    if (colon && j === a && s.isWord(j)) {
      // An interview transcript: "Tanya: “…”" is the interviewer, "Jawab: “…”" the one interviewed.
      const label = s.lower(j)
      if (label === 'tanya' || label === 'pertanyaan') return { person: this.interviewer, cue: s.textOf(j), via: 'cue-before', explicit: true, confidence: this.interviewer ? 0.85 : 0.3 }
      if (label === 'jawab' || label === 'jawaban') {
        const person = this.interviewee ?? this.salient
        return { person, cue: s.textOf(j), via: 'cue-before', explicit: true, confidence: person ? 0.85 : 0.3 }
      }
    }
    if (colon) {
      // "Bupati Bayu: “…”" — the mention must end right at the colon.
      // Bounded look-back: a speaker before a colon is a short mention, never a whole sentence away.
      for (let k = Math.max(a, j - 12); k < j + 1; k++) {
        const m = this.mentionAt(k)
        if (m !== null && m.to === i - 1 && (s.wordClass(m.from - 1) & C_OBJECT_PREP) !== 0) {
          // "Zulkarnaen berpesan kepada Nurul: “…”": the one addressed is not the speaker; the sentence's subject is.
          const person = this.salient !== null && this.salientParagraph === this.currentParagraph ? this.salient : subject
          return { person, cue: ':', via: 'cue-before', explicit: true, confidence: person ? 0.8 : 0.3 }
        }
        if (m !== null && m.to === i - 1) {
          // A headline may name its speaker this way ("Bupati Ketungau Raya Markus Jalung: “…”"): a title with a full
          // name before the colon is a person even there, so "kata Bupati" later finds them.
          // "Panen Raya di Sidoreno, Mentan: “…”": a headline's place before the title reads as a name with a
          // trailing role; the role's holder is the speaker.
          const person = this.personOf(m, true, m.role !== null && m.nameLength >= 2) ??
            (m.role !== null && this.headline[this.currentParagraph] ? this.table.resolveRole(m.role) : null)
          return { person, cue: ':', via: 'cue-before', explicit: true, confidence: person ? 0.85 : 0.3 }
        }
        if (m !== null) k = m.to - 1
      }
      // "…, but operator representative Kornelis Ndahur was unimpressed: “…”", "Namun Kornelis Ndahur tidak puas:
      // “…”": a full name, then a few lower-case words (no speech verb, no other name) up to the colon.
      let e = j + 1
      while (e - 1 >= a && e > j + 1 - COLON_CLAUSE_WORDS && s.isWord(e - 1) && !s.cap(e - 1) && (s.wordClass(e - 1) & C_OBJECT_PREP) === 0) e--
      if (e <= j) {
        for (let k = Math.max(a, e - MAX_COLON_SUBJECT); k < e; k++) {
          const m = this.mentionAt(k)
          if (m === null || m.to !== e) continue
          if (m.nameLength >= 2 && (s.wordClass(m.from - 1) & C_OBJECT_PREP) === 0) {
            const person = this.personOf(m, true)
            if (person !== null) return { person, cue: ':', via: 'cue-before', explicit: true, confidence: 0.7 }
          }
          break
        }
      }
      // "Kata Bupati Tombatu Raya Vicky Rumengan, S.E., di hadapan para atlet: “…”": a cue word opens the sentence.
      if (s.isWord(a) && s.cap(a) && SENTENCE_CUES.has(s.lower(a))) {
        const m = parseMention(s, a + 1, this.ctx, false)
        if (m !== null && m.nameLength > 0) {
          const person = this.personOf(m, true)
          return { person, cue: s.textOf(a), via: 'cue-before', explicit: true, confidence: person ? 0.85 : 0.3 }
        }
      }
    }
    if (comma && s.special(a) === W_MENURUT && this.salient !== null) {
      return { person: this.salient, cue: 'menurut', via: 'cue-before', explicit: true, confidence: 0.85 }
    }
    return null
  }
}
