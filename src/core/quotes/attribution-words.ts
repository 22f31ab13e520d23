/**
 * Function words the attribution sieve and the mention context read around names: subject pronouns, the
 * prepositions and verbs that make a person an object, collective speakers, epithet ends, the small words a
 * headline keeps lower-case, and the words that close a place name. All lower-case. They live here, beside
 * name-lexicon and reporting-verbs, so the vocabulary (vocabulary.ts) can give every word its classes once.
 */

/** Small function words a Title-Case headline keeps lower-case ("… Minta Sekda dan Kepala Bappeda …"). */
export const HEADLINE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'dan', 'di', 'ke', 'dari', 'untuk', 'yang', 'dalam', 'pada', 'atau', 'bagi', 'dengan', 'serta', 'jadi', 'vs',
])

/**
 * Verbs that follow the subject in headlines, where Title Case capitalises them too ("Kalak BPBD Cianjur Asep Sudrajat
 * Minta Warga Mengungsi"): a name read from a headline ends before one.
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'minta', 'meminta', 'ingatkan', 'imbau', 'ajak', 'tinjau', 'resmikan', 'buka', 'tutup', 'serahkan', 'terima', 'hadiri',
  'pimpin', 'dorong', 'apresiasi', 'harap', 'harapkan', 'tegaskan', 'sampaikan', 'pastikan', 'sebut', 'nilai', 'akui',
  'beri', 'berikan', 'salurkan', 'lantik', 'kukuhkan', 'gelar', 'lepas', 'sambut', 'kunjungi', 'pantau', 'cek', 'sidak',
  'targetkan', 'janji', 'janjikan', 'jamin', 'usulkan', 'instruksikan', 'perintahkan', 'larang', 'luncurkan', 'bagikan',
  'raih', 'ikuti', 'dukung', 'siap', 'bahas', 'paparkan', 'jelaskan', 'tanggapi', 'bantah', 'soroti', 'desak', 'tekankan',
  'motivasi', 'beberkan', 'ungkap', 'ungkapkan', 'tanam', 'panen', 'launching', 'sosialisasikan', 'tetapkan',
])

/** "… yang enggan disebut namanya", "… tak mau disebutkan namanya": an anonymous source. */
export const ANONYMITY_WORDS: ReadonlySet<string> = new Set(['disebut', 'disebutkan', 'dituliskan', 'ditulis', 'dikutip'])

/** Pronouns that can open a sentence as its (speaking) subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ia', 'dia', 'beliau', 'dirinya', 'he', 'she'])

/** Words after which a person is an object, addressee or companion, never the speaker. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'kepada', 'pada', 'bersama', 'didampingi', 'dipandu', 'menggantikan', 'melantik', 'mewakili', 'dengan', 'untuk',
  'dari', 'oleh', 'dan', 'serta', 'mendampingi', 'menemui', 'mengunjungi', 'menyambut', 'disambut', 'bagi', 'terhadap',
  'tentang', 'menerima', 'diterima', 'memanggil', 'menghubungi', 'atas', 'selaku', 'di', 'ke', 'disaksikan',
  'dihadiri', 'mengundang', 'meminta',
  // "yang duduk di samping Wakil Wali Kota …, NAME, …": the one beside the speaker.
  'samping', 'sebelah',
  // English editions: "attended by Minister …", "together with Deputy Governor …", "a meeting with Police Chief …".
  'with', 'by', 'to', 'for', 'about',
  // "atas nama Menteri", "dengan nama …": the one named is spoken for, not speaking.
  'nama',
])

/** Conjunctions that open a sentence before its subject with no comma ("Namun Abdul-Rahman kembali menyela …"). */
export const SENTENCE_CONNECTORS: ReadonlySet<string> = new Set([
  'namun', 'tetapi', 'kemudian', 'lalu', 'selanjutnya', 'akhirnya', 'bahkan', 'sedangkan', 'sementara', 'karenanya',
])

/** Words that close an epithet after a cue ("lanjut mantan camat itu"). */
export const EPITHET_ENDS: ReadonlySet<string> = new Set(['itu', 'tersebut', 'ini'])

/** Collective speakers after a cue: several people, so no single speaker. */
export const COLLECTIVE: ReadonlySet<string> = new Set(['keduanya', 'mereka', 'ketiganya', 'semuanya'])

/** Words after which a run of capitalised words after a place head has clearly ended ("Desa Sungai Rengas yang …"). */
export const PLACE_FOLLOWERS: ReadonlySet<string> = new Set([
  'dan', 'di', 'yang', 'untuk', 'pada', 'serta', 'ke', 'dari', 'dengan', 'sebagai', 'sejak', 'hingga', 'itu', 'ini',
  'tersebut', 'agar', 'karena', 'bersama', 'sampai', 'menuju', 'atau',
])

/**
 * Words that open a fronted adverbial clause ("Saat ditanya wartawan apakah …, Syarif belum mau berkomentar"):
 * the sentence's subject follows the clause's comma, however long the clause is. Subordinators, temporal and
 * other prepositions, and the participles reporters front ("Ditanya soal …, X …", "Menanggapi hal itu, X …").
 */
export const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'saat', 'ketika', 'sewaktu', 'usai', 'seusai', 'setelah', 'sesudah', 'sebelum', 'sejak', 'selama', 'sambil',
  'sembari', 'meski', 'meskipun', 'walaupun', 'walau', 'karena', 'sebab', 'jika', 'apabila', 'bila', 'kalau',
  'dalam', 'di', 'pada', 'terkait', 'mengenai', 'soal', 'menurut', 'ditanya', 'menanggapi', 'menjawab', 'dengan',
  'untuk', 'guna', 'agar', 'demi', 'berdasarkan', 'sebagai', 'atas', 'begitu', 'selagi', 'tatkala',
  // "Belum selesai NAME memaparkan, anggota Komisi … NAME menyela": a time clause, then the subject.
  'belum', 'selesai',
  // Whom the subject addresses: "Kepada Siti Rabiah dan para pengungsi lainnya, Wagub berjanji …".
  'kepada', 'bagi', 'terhadap',
  // Who accompanies the subject: "Didampingi Kepala BKPSDM … dan Inspektur …, Dadan membenarkan …".
  'didampingi', 'bersama',
  // English editions: "At a shelter in …, NAME, 38, …", "Outside the courtroom, NAME said …".
  'at', 'in', 'on', 'during', 'outside', 'inside', 'after', 'before', 'following', 'while', 'when', 'since',
  'responding', 'speaking', 'asked', 'according',
])
