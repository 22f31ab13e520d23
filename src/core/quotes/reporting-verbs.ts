/**
 * The Indonesian speech-cue inventory: reporting verbs that follow a quote ("…,” ujarnya / kata Nanda), the prefixed
 * verbs that introduce one or mark a speech clause ("X mengatakan, “…”"), and the indirect-speech markers
 * (Menurutnya, disampaikan …). Pure lookups on lower-cased words; every other quote module asks here, so the
 * vocabulary lives in one place.
 */

/** A cue word after a quote, resolved to its root. */
export interface PostCue {
  /** The root verb, e.g. 'ujar' for 'ujarnya'. */
  readonly root: string
  /** True for the -nya forms (ujarnya), whose speaker is a pronoun to resolve. */
  readonly pronoun: boolean
  /** Lower for rare verbs and typos: they are attested but less certain to be speech cues. */
  readonly confidence: number
}

// Roots seen after quotes, with a confidence reflecting how often they are really speech cues (counts in the
// design notes: kata/ujar dominate; the colour verbs are common on government sites; the rest are attested only).
const POST_CUE_ROOTS: ReadonlyMap<string, number> = new Map([
  ...['kata', 'ujar', 'ucap', 'tutur', 'ungkap', 'papar', 'jelas', 'tambah', 'lanjut', 'tegas', 'terang', 'imbuh',
    'pungkas', 'sebut', 'pesan', 'tulis', 'harap', 'tandas', 'tutup'].map((r) => [r, 1] as const),
  ...['pinta', 'beber', 'sambung', 'timpal', 'tekan', 'puji', 'dalil', 'kesal'].map((r) => [r, 0.9] as const),
  ...['tukas', 'tanya', 'jawab', 'sahut', 'kilah', 'aku', 'ajak', 'keluh', 'canda', 'seloroh', 'balas', 'teriak', 'seru',
    'pekik', 'bisik', 'celetuk', 'gumam', 'sela', 'sapa', 'cecar', 'desak'].map(
    (r) => [r, 0.85] as const,
  ),
])

/**
 * English reporting verbs, for the English editions of government sites and wire services ("“…,” he said", "“…,”
 * said Minister NAME", "NAME said the work …"). After a quote they are cues like "kata"; before one, after a person,
 * they mark a speech clause like "mengatakan".
 */
export const ENGLISH_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'explained', 'stated', 'noted', 'stressed', 'emphasized', 'emphasised', 'asserted',
  'remarked', 'continued', 'concluded', 'urged', 'affirmed', 'told', 'asked', 'replied', 'answered',
  'insisted', 'argued', 'claimed', 'acknowledged', 'admitted', 'recalled', 'announced', 'conceded', 'underlined',
  'underscored', 'pointed', 'warned', 'responded', 'pressed', 'declared', 'reiterated', 'confirmed', 'revealed',
  'observed', 'commented', 'highlighted', 'wrote', 'cautioned', 'suggested', 'maintained', 'denied', 'promised',
  'vowed', 'predicted', 'complained', 'lamented',
])

/** English subject pronouns before a reporting verb after a quote ("“…,” he said"). */
export const ENGLISH_CUE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she'])

// Misspellings that real pages publish (-nya forms with a dropped letter); accepted with lower confidence.
const TYPO_CUES: ReadonlyMap<string, string> = new Map([
  ['ujanya', 'ujar'],
  ['ungkapanya', 'ungkap'],
  ['ucapya', 'ucap'],
  ['katannya', 'kata'],
  ['jelasnnya', 'jelas'],
])

/** Pronouns that may follow a bare cue root: "kata dia", "tutup beliau". */
// (And "nya" written apart from its verb by a hurried writer: "“…” ujar nya.")
export const CUE_PRONOUNS: ReadonlySet<string> = new Set(['dia', 'ia', 'beliau', 'dirinya', 'nya'])

/** Resolve a lower-cased word to a post-quote cue, or null when it is not one. */
export function postCue(lower: string): PostCue | null {
  const direct = POST_CUE_ROOTS.get(lower)
  if (direct !== undefined) return { root: lower, pronoun: false, confidence: direct }
  if (ENGLISH_SPEECH_VERBS.has(lower)) return { root: lower, pronoun: false, confidence: 0.9 }
  if (lower.endsWith('nya') && lower.length > 4) {
    const root = lower.slice(0, -3)
    const viaNya = POST_CUE_ROOTS.get(root)
    if (viaNya !== undefined) return { root, pronoun: true, confidence: viaNya }
  }
  const typo = TYPO_CUES.get(lower) ?? oneSlipFromNyaCue(lower)
  if (typo !== null && typo !== undefined) return { root: typo, pronoun: true, confidence: 0.7 }
  return null
}

/**
 * A -nya cue a hurried writer typed with one letter missing or doubled ("tegasya", "ungkpnya", "jelsnya", "ujarya",
 * "katannya"): its root, or null. Only words of six letters or more that end in "ya", which no Indonesian word of
 * that shape near a cue is otherwise.
 */
function oneSlipFromNyaCue(word: string): string | null {
  if (word.length < 6 || !word.endsWith('ya')) return null
  for (const root of POST_CUE_ROOTS.keys()) {
    const cue = `${root}nya`
    // (Never at the first letter — "pajaknya", "ujinya" are words — nor a dropped last letter of the root, which leaves
    // a word: "desanya" is not "desak", "tandanya" not "tandas".)
    // (A letter too many only as a doubled one, "katannya"; "harapanya" is a noun's -an, not "harapnya".)
    if (word.length === cue.length - 1 ? dropsOne(cue, word, root.length - 1) : word.length === cue.length + 1 && dropsOne(word, cue, -1) && doubledOnce(word, cue)) return root
  }
  return null
}

/** Whether `long` is `short` with one of its letters written twice. */
function doubledOnce(long: string, short: string): boolean {
  const i = sharedStart(long, short)
  return i > 0 && long.charCodeAt(i) === long.charCodeAt(i - 1)
}

/** How many leading characters two words share. */
function sharedStart(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** Whether `short` is `long` with exactly one character left out — not its first, nor the one at `notAt`. */
function dropsOne(long: string, short: string, notAt: number): boolean {
  const i = sharedStart(long, short)
  // (A doubled letter may be left out at either of its places: "katannya" drops one n of two.)
  if (i === 0 || (i === notAt && long.charCodeAt(i) !== long.charCodeAt(i - 1))) return false
  return long.slice(i + 1) === short.slice(i)
}

/**
 * Prefixed speech and intent verbs. After a person they make that person the speech-salient subject; right before
 * a quote ("X menegaskan, “…”") they attribute it. Intent verbs (meminta, berharap …) are included because a lone
 * quote after "X meminta …" is X's (design notes §3.3, sieve 4b).
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'mengatakan', 'menyampaikan', 'menuturkan', 'menambahkan', 'menyatakan', 'menjelaskan', 'menegaskan',
  'mengungkapkan', 'mengemukakan', 'memaparkan', 'menerangkan', 'menjawab', 'berpesan', 'berkata', 'bilang',
  'menyebutkan', 'menyebut', 'mengingatkan', 'menekankan', 'mengimbau', 'meminta', 'berharap', 'mengakui',
  'membenarkan', 'menilai', 'memastikan', 'mencontohkan', 'mengajak', 'menyoroti', 'berujar', 'bertutur', 'berucap',
  'menandaskan', 'menimpali', 'melanjutkan', 'mengungkap', 'mengaku', 'menyerukan', 'berpendapat', 'mengapresiasi',
  'menginstruksikan', 'memerintahkan', 'menanggapi', 'mengucapkan', 'menyinggung', 'menutup', 'mengutarakan',
  'menuturkannya', 'menyampaikannya', 'mengatakannya', 'menegaskannya', 'menjelaskannya', 'bercerita',
  'menanyakan', 'bertanya', 'mempertanyakan', 'menyela', 'menyahut', 'berseru', 'berteriak', 'menulis', 'menuliskan', 'membantah', 'menceritakan',
  // "menitipkan pesan": entrusting a message to someone is saying it.
  'menitipkan',
  // Interrupting in a hearing or a plenary ("NAME mengajukan interupsi", "NAME menginterupsi"): the next -nya is theirs.
  'menginterupsi', 'mengajukan',
  ...ENGLISH_SPEECH_VERBS,
])

/** Adverbs that may sit between a subject and its verb: "Bayu kembali menegaskan", "Tomsi juga mengajak". */
export const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'juga', 'pun', 'kembali', 'lalu', 'kemudian', 'pula', 'turut', 'sempat', 'bahkan', 'lantas', 'sendiri',
  'langsung', 'tak', 'tidak', 'lupa', 'sudah', 'telah', 'akan', 'lebih', 'lanjut', 'dengan', 'tegas', 'secara',
  // English editions: "The minister further explained", "Sakti also said".
  'also', 'further', 'then', 'later', 'again', 'previously', 'earlier',
])

const AGREEING_PASSIVES_LIST = ['diamini', 'dibenarkan', 'diakui', 'ditambahkan', 'diiyakan', 'ditimpali']
/**
 * Passives of agreeing and adding: their agent speaks next only when the sentence has no speaking subject of its own
 * ("Pernyataan Damang itu diamini Mantir NAME", "Ditambahkan Kadis NAME, …"); their everyday senses ("diakui Presiden
 * … sebagai …", "anggaran ditambahkan Gubernur …", "tidak dibenarkan Undang-Undang") name nobody who speaks.
 */
export const AGREEING_PASSIVES: ReadonlySet<string> = new Set(AGREEING_PASSIVES_LIST)

/** Passive speech verbs: "Hal itu disampaikan Bayu …" names the speaker right after them. */
export const PASSIVE_SPEECH: ReadonlySet<string> = new Set([
  'disampaikan', 'dikatakan', 'ditegaskan', 'dijelaskan', 'diungkapkan', 'dipaparkan', 'diterangkan', 'dituturkan',
  'disebutkan', 'ditekankan', 'diingatkan', 'diminta', 'dijawab', 'ditanggapi',
  // "Pernyataan itu langsung disela Ramli": the one who interrupts speaks next.
  'disela', 'diinterupsi', 'dipotong',
  // "Pernyataan Damang itu diamini Mantir NAME", "Hal itu dibenarkan Kapolsek NAME": the one agreeing speaks next
  // (AGREEING_PASSIVES: only in a sentence with no speaking subject of its own).
  ...AGREEING_PASSIVES_LIST,
  // A statement read out for a faction or an official: the reader is the one the next -nya cue means.
  'dibacakan',
  // Not speech, but their agent leads the event and is the one a following -nya cue means ("Rapat dipimpin Ketua
  // Pansus NAME didampingi …" then “…,” tegasnya saat membuka rapat).
  'dipimpin', 'diketuai', 'dibuka', 'diresmikan', 'dipandu',
])

/** -nya markers of indirect speech whose -nya is the speech-salient person (not pleonastic -nya). */
export const PRONOUN_MARKERS: ReadonlySet<string> = new Set([
  'menurutnya', 'dikatakannya', 'disampaikannya', 'ditegaskannya', 'dijelaskannya', 'diungkapkannya',
  'sambutannya', 'keterangannya', 'pernyataannya', 'arahannya',
])

/** True when a word marks a speech clause, used to stop backtracking over narrative in a quote without opener. */
export function isNarrativeSpeechWord(lower: string): boolean {
  return SPEECH_VERBS.has(lower) || (PASSIVE_SPEECH.has(lower) && !AGREEING_PASSIVES.has(lower)) || PRONOUN_MARKERS.has(lower) || lower === 'menurut'
}
