/**
 * The per-article alias table: every person met in the narrative, under their canonical name (the fullest form of
 * the name as introduced, without title, honorifics or degrees) and their role. Short forms ("Tomsi", "Tohir",
 * "Pak Bayu") resolve through a token index, title-only forms ("tegas Bupati", "kata Sekjen Kemendagri")
 * through role prefixes. Ambiguous look-ups return null: an empty speaker beats a wrong one.
 */

import { isRegionName } from '../metadata/region.ts'
import { HONORIFICS, TITLE_WORDS, ministerAbbreviationMinistry, titleAbbreviationOffice } from './name-lexicon.ts'
import type { NamedMention } from './person-mentions.ts'

export interface Person {
  readonly id: number
  /** Canonical name, e.g. 'Tomsi Tohir'. */
  name: string
  /** Lower-cased name tokens. */
  tokens: string[]
  /** Short role, e.g. 'Sekjen Kemendagri'. */
  role: string | null
  roleLong: string | null
}

const norm = (s: string): string => s.toLowerCase()

// Short and long titles name the same office: "ucap Wabup" must find the "Wakil Bupati". Keys use the long form.
const TITLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['wabup', 'wakil bupati'], ['wagub', 'wakil gubernur'], ['wawali', 'wakil wali kota'], ['walikota', 'wali kota'],
  ['sekda', 'sekretaris daerah'], ['sekdaprov', 'sekretaris daerah provinsi'], ['kadis', 'kepala dinas'],
  ['kaban', 'kepala badan'], ['kades', 'kepala desa'], ['jubir', 'juru bicara'], ['sekjen', 'sekretaris jenderal'],
  ['dirjen', 'direktur jenderal'], ['mendagri', 'menteri dalam negeri'], ['wapres', 'wakil presiden'],
  ['wamen', 'wakil menteri'], ['menko', 'menteri koordinator'],
  ['dirut', 'direktur utama'], ['kasat', 'kepala satuan'], ['kabag', 'kepala bagian'], ['kabid', 'kepala bidang'],
  ['kadinkes', 'kepala dinas kesehatan'], ['kadisdik', 'kepala dinas pendidikan'], ['kalaksa', 'kepala pelaksana'], ['kalak', 'kepala pelaksana'],
  // A regional office (Kanwil) and its head (Kakanwil), a local office and its head (Kakan Kemenag …).
  ['kanwil', 'kantor wilayah'], ['kakan', 'kepala kantor'],
  // Village, kecamatan and puskesmas heads and secretaries: "kata Kakon" after "Kepala Pekon Kuripan NAME".
  ['kakon', 'kepala pekon'], ['kadus', 'kepala dusun'], ['sekdes', 'sekretaris desa'], ['sekcam', 'sekretaris camat'],
  ['kapus', 'kepala puskesmas'], ['kapuskesmas', 'kepala puskesmas'],
  // Prosecutors' heads: "tegas Kajari" after "Kepala Kejaksaan Negeri … NAME".
  ['kajari', 'kepala kejaksaan negeri'], ['kajati', 'kepala kejaksaan tinggi'], ['kejari', 'kejaksaan negeri'],
  ['kejati', 'kejaksaan tinggi'],
  // A school's head: "kepala sekolah itu" after "Kepala SMP Negeri 3 …, NAME".
  ['kepsek', 'kepala sekolah'], ['wakasek', 'wakil kepala sekolah'], ['sd', 'sekolah'], ['sdn', 'sekolah'], ['smp', 'sekolah'], ['smpn', 'sekolah'],
  ['sma', 'sekolah'], ['sman', 'sekolah'], ['smk', 'sekolah'], ['smkn', 'sekolah'], ['mts', 'sekolah'],
  ['mtsn', 'sekolah'], ['man', 'sekolah'], ['min', 'sekolah'], ['slb', 'sekolah'],
  // The common Dinas short forms, so "Kadis Kesehatan" finds the "Kepala Dinkes …" the article introduced.
  ['dinkes', 'dinas kesehatan'], ['disdik', 'dinas pendidikan'], ['dishub', 'dinas perhubungan'],
  ['dinsos', 'dinas sosial'], ['disnaker', 'dinas tenaga kerja'], ['dispar', 'dinas pariwisata'],
  ['distan', 'dinas pertanian'], ['diskominfo', 'dinas komunikasi dan informatika'],
  ['disdukcapil', 'dinas kependudukan dan pencatatan sipil'], ['disperindag', 'dinas perindustrian dan perdagangan'],
])

/** Push a role word, with an abbreviated title expanded. */
function pushExpanded(out: string[], w: string): void {
  const long = TITLE_SYNONYMS.get(w)
  if (long !== undefined) {
    out.push(...long.split(' '))
    return
  }
  // "Menkominfo" = Menteri Kominfo, "Wamenkominfo" = Wakil Menteri Kominfo.
  const ministry = ministerAbbreviationMinistry(w)
  if (ministry !== null) {
    if (w.startsWith('wamen')) out.push('wakil')
    out.push('menteri', ministry)
    return
  }
  // "Menpora", "Wamenaker": a minister's own short title; the ministry's short form is not in the lexicon, but the
  // title word "menteri" lets resolveRole find the article's one minister.
  const minister = /^(wa)?men(?!teri$|ko$)[a-z]{2,}$/.exec(w)
  if (minister !== null && TITLE_WORDS.has(w.startsWith('wa') ? w.slice(2) : w)) {
    if (minister[1] !== undefined) out.push('wakil')
    out.push('menteri', w.slice(minister[1] !== undefined ? 5 : 3))
    return
  }
  // "Kakanwil" = Kepala Kanwil, "Wakapolres" = Wakil Kepala Polres (name-lexicon.ts).
  const office = titleAbbreviationOffice(w)
  if (office === null) out.push(w)
  else {
    if (w.startsWith('waka')) out.push('wakil')
    out.push('kepala')
    pushExpanded(out, office)
  }
}

/** Lower-case role words with abbreviated titles expanded. */
function roleWords(role: string): string[] {
  const out: string[] = []
  // "Ketua Umum KONI Kabupaten Tombatu Raya" and "Ketua Umum KONI Tombatu Raya" are one office: the word for the
  // kind of region is left out.
  const words = role.toLowerCase().split(/\s+/)
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string
    // A form of address before the title ("Bapa Raja", "Pak Camat") is no part of the office.
    if (out.length === 0 && HONORIFICS.has(w)) continue
    if (UNIT_QUALIFIERS.has(w) && QUALIFIED_UNITS.has(words[i + 1] ?? '')) continue
    if (w !== '' && !REGION_KIND_WORDS.has(w)) pushExpanded(out, w)
  }
  return out
}

/** Words naming the kind of region in an office's name, which writers keep or drop ("Kabupaten", "Provinsi"). */
const REGION_KIND_WORDS: ReadonlySet<string> = new Set(['kabupaten', 'kab.', 'provinsi', 'prov.'])

/**
 * The technical-unit qualifier writers drop before a unit that is an office of its own ("Kepala UPT Puskesmas
 * Tarusan" is the "Kapus"); before "Dinas …" it names a unit of that Dinas, and stays.
 */
const UNIT_QUALIFIERS: ReadonlySet<string> = new Set(['upt', 'uptd'])
const QUALIFIED_UNITS: ReadonlySet<string> = new Set(['puskesmas'])

function containsAll(haystack: readonly string[], needles: readonly string[]): boolean {
  for (const n of needles) if (!haystack.includes(n)) return false
  return true
}

/** Lower-cased name words: the vocabulary's strings when the mention has them, else lower-cased here. */
function lowerName(mention: NamedMention): readonly string[] {
  const known = (mention as { readonly nameLower?: readonly string[] }).nameLower
  return known ?? mention.name.map(norm)
}

/**
 * Balinese short forms of caste words that nicknames keep ("Gung Oka" for Anak Agung Ngurah Oka …, "Gus Mahendra" for
 * Ida Bagus Putu Mahendra …, "Cok" for Cokorda).
 */
const BALINESE_SHORT: ReadonlyMap<string, string> = new Map([['gung', 'agung'], ['gus', 'bagus'], ['cok', 'cokorda'], ['dayu', 'ayu']])

/** Whether a nickname's word names one of the tokens: a start of it ("Tomsi" → tomsi…), or a Balinese short form. */
function nicknameOf(word: string, tokens: readonly string[]): boolean {
  const full = BALINESE_SHORT.get(word)
  if (full !== undefined) return tokens.includes(full)
  // (Or, four letters at least, ends one: "Gus Rozi" for Fathurrozi, "Dayat" for Hidayat.)
  return word.length >= 3 && tokens.some((token) => token.startsWith(word) || (word.length >= 4 && token.length > word.length && token.endsWith(word)))
}

/** Whether a lower-case word is a Balinese short caste form that opens nicknames ("gung", "gus"). */
export function isBalineseShortForm(word: string): boolean {
  return BALINESE_SHORT.has(word)
}

export class AliasTable {
  readonly persons: Person[] = []
  private readonly byToken = new Map<string, Set<Person>>()
  private readonly byRole = new Map<string, Set<Person>>()

  /** Give a person met without a title the role the words before their name held ("spokesperson NAME"). */
  giveRole(person: Person, role: string): void {
    if (person.role !== null) return
    person.role = role
    person.roleLong = role
    this.indexRole(person, role)
  }

  /** Register a named mention (merging with a known person when the names agree); returns the person. */
  add(mention: NamedMention): Person | null {
    if (mention.name.length === 0) return null
    const lower = lowerName(mention)
    let person = this.lookupName(lower)
    if (person === null) {
      // A known shorter form of this name ("Tomsi" in a headline, then "Tomsi Tohir"): upgrade it.
      const shorter = this.uniqueShorterForm(lower)
      if (shorter !== null) {
        person = shorter
        person.name = mention.name.join(' ')
        person.tokens = [...lower]
        this.indexTokens(person)
      }
    }
    // The same person spelled slightly differently later ("Herman Syahputra" … "Kakon Herman Sahputra", "Mhd Ilham
    // Siregar" … "Muhammad Ilham Siregar"): the name stays as first introduced.
    if (person === null) person = this.uniqueVariantSpelling(lower, mention.role)
    // "Manajer Kebun Hotman Sitorus" after "Manajer Kebun Bah Tonang Ir. Hotman Sitorus": a known full name ending a
    // longer run whose other words are words of that person's office is that person.
    if (person === null && lower.length >= 3) person = this.uniqueFullNameEnding(lower)
    if (person === null) {
      // "Pemerintah Kabupaten Luwu Tenggara, Sulawesi Selatan, meminta …": a province or regency is nobody.
      if (isRegionName(lower.join(' '))) return null
      // Names that share tokens with two known persons stay separate rather than merge wrongly.
      person = { id: this.persons.length, name: mention.name.join(' '), tokens: [...lower], role: null, roleLong: null }
      this.persons.push(person)
      this.indexTokens(person)
    }
    if (person.role === null && mention.role !== null) {
      person.role = mention.role
      person.roleLong = mention.roleLong
      this.indexRole(person, mention.role)
      if (mention.roleLong !== null) this.indexRole(person, mention.roleLong)
    }
    return person
  }

  /** The unique known person whose whole name (two words or more) ends `lower` after words of their role, else null. */
  private uniqueFullNameEnding(lower: readonly string[]): Person | null {
    let found: Person | null = null
    for (const person of this.persons) {
      const n = person.tokens.length
      if (n < 2 || n >= lower.length || person.role === null || !person.tokens.every((token, k) => token === lower[lower.length - n + k])) continue
      // (Not words that closed the role: "Kasi Pidsus Teddy" + "Wirawan Hutapea", then "Teddy Wirawan Hutapea" — there
      // the earlier reading may have cut the name, and the longer one stays a person of its own.)
      const office = person.role.toLowerCase().split(/\s+/)
      const extra = lower.slice(0, lower.length - n)
      if (!extra.every((word) => office.includes(word)) || extra.every((word, k) => office[office.length - extra.length + k] === word)) continue
      if (found !== null) return null
      found = person
    }
    return found
  }

  /** Every person whose name holds this lower-case word. */
  personsWithToken(word: string): Person[] {
    return [...(this.byToken.get(word) ?? [])]
  }

  /** The unique person whose name contains all these tokens ("Tomsi", "Tomsi Tohir", "Tohir"), else null. */
  resolveName(name: readonly string[]): Person | null {
    return this.lookupName(name.map(norm))
  }

  /** resolveName for words already lower-cased. */
  resolveLowerName(lower: readonly string[]): Person | null {
    return this.lookupName(lower)
  }

  /**
   * The person a nickname points to ("disapa Bu Yuli" → Yuliana Tarigan, "disapa Mamiq Zaini" → Lalu Ahmad Zaini): the
   * unique person with a name word that is, or starts with, each of its words (three letters at least), else null.
   */
  resolveNickname(lower: readonly string[]): Person | null {
    let found: Person | null = null
    for (const person of this.persons) {
      if (!lower.every((word) => nicknameOf(word, person.tokens))) continue
      if (found !== null) return null
      found = person
    }
    return found
  }

  /**
   * "Bu Ani" after "Hj. Suryani": the unique person with a name word that ends with this one word (three letters at
   * least, and not the whole word), else null. Called for a name after a form of address only: an Indonesian
   * nickname is often the end of the name, but a bare one-word name is more often someone else.
   */
  resolveNameEnding(word: string): Person | null {
    if (word.length < 3) return null
    let found: Person | null = null
    for (const person of this.persons) {
      if (!person.tokens.some((token) => token.length > word.length && token.endsWith(word))) continue
      if (found !== null) return null
      found = person
    }
    return found
  }

  /**
   * Two people share a name word ("hakim Siregar", "saksi Siregar"): the one whose role is compatible with the
   * mention's role (it starts with the same words, or the person has no role) when only one is; else null.
   */
  resolveNameByRole(lower: readonly string[], role: string): Person | null {
    const want = roleWords(role)
    // First the namesakes whose role starts with those words ("Hakim Ketua" for "hakim"), then those with no role.
    let fits: Person | null = null
    let fitCount = 0
    let open: Person | null = null
    let openCount = 0
    for (const person of this.persons) {
      if (!containsAll(person.tokens, lower)) continue
      if (person.role === null) {
        open = person
        openCount++
        continue
      }
      const has = this.roleWordsOf(person, person.role)
      if (!want.every((word, k) => has[k] === word)) continue
      fits = person
      fitCount++
    }
    if (fitCount > 0) return fitCount === 1 ? fits : null
    return openCount === 1 ? open : null
  }

  /** Persons whose role is the head of a Dinas written by its short form ("Kepala Disdikpora …", "Kepala Dinkes …"). */
  private dinasHeads(): Set<Person> {
    const heads = new Set<Person>()
    for (const person of this.persons) {
      if (person.role === null) continue
      const words = this.roleWordsOf(person, person.role)
      const unit = words[1] ?? ''
      if (words[0] === 'kepala' && (unit.startsWith('dis') || unit.startsWith('din'))) heads.add(person)
    }
    return heads
  }

  /**
   * The unique holder of a role given by its leading words ("Bupati", "Sekjen Kemendagri"), else null; among several holders, `preferred` when it is one of them (the speaker just quoted: "ujar
   * hakim" after the presiding judge spoke, in an article naming three judges).
   */
  resolveRole(role: string, preferred: Person | null = null): Person | null {
    const words = roleWords(role)
    // "Kepala" or "Wakil" alone names no office (a chain cut short: "kepala desa." read as "kepala"), unlike "Ketua".
    if (words.length === 1 && (words[0] === 'kepala' || words[0] === 'wakil')) return null
    let holders = this.byRole.get(words.join(' '))
    // "Menkominfo" after "Menteri Komunikasi dan Informatika NAME": the ministry is spelt differently, but an
    // article has few ministers; the one minister (or vice-minister) it names is the one meant.
    if (holders === undefined && words.length > 1) {
      const title = words[0] === 'menteri' ? 1 : words[0] === 'wakil' && words[1] === 'menteri' ? 2 : 0
      if (title > 0 && words.length > title) holders = this.byRole.get(words.slice(0, title).join(' '))
    }
    // "Kadis DPMPTSP" = "Kepala Dinas DPMPTSP", after "Kepala Dinas Penanaman Modal … (DPMPTSP)", whose short role
    // is "Kepala DPMPTSP": the acronym already names the Dinas.
    if (holders === undefined && words[0] === 'kepala' && words[1] === 'dinas' && words.length > 2) {
      holders = this.byRole.get(['kepala', ...words.slice(2)].join(' '))
    }
    // "jawab Kadis" after "Kepala Disdikpora … NAME": a Dinas named by its short form (Dis…, Din…) is a Dinas.
    if (holders === undefined && words.length === 2 && words[0] === 'kepala' && words[1] === 'dinas') holders = this.dinasHeads()
    if (holders === undefined || holders.size === 0) return null
    if (holders.size !== 1) return preferred !== null && holders.has(preferred) ? preferred : null
    return holders.values().next().value ?? null
  }

  /**
   * The unique holder of a role that a title-chain mention spells out together with its "name": "Dirjen Perikanan
   * Tangkap" after "Direktur Jenderal Perikanan Tangkap KKP, Dr. Bambang …" is that office, not a person "Tangkap".
   * For mentions whose name the table does not know; short names only (an office word the lexicon lacks).
   */
  resolveRoleWithName(mention: NamedMention): Person | null {
    if (mention.role === null || mention.name.length === 0 || mention.name.length > 2) return null
    const name = mention.name.join(' ')
    return this.resolveRole(`${mention.role} ${name}`) ?? (mention.roleLong !== null ? this.resolveRole(`${mention.roleLong} ${name}`) : null)
  }

  // The look-ups below count matches in one loop instead of building filtered arrays: they run for every sentence
  // subject of the article.

  /** The unique known person indexed under tokens[0] whose tokens are all in `tokens`, else null. */
  private uniqueShorterForm(tokens: readonly string[]): Person | null {
    const first = tokens[0]
    const set = first === undefined ? undefined : this.byToken.get(first)
    if (set === undefined) return null
    let found: Person | null = null
    let count = 0
    for (const p of set) {
      if (!p.tokens.includes(first as string) || !containsAll(tokens, p.tokens)) continue
      found = p
      count++
    }
    return count === 1 ? found : null
  }

  /**
   * The unique person whose name begins with as many words (two or more) as `tokens` has, one of them the same and
   * each other a variant spelling of it (sameNameWord after the first word, a form of Muhammad for the first), whose
   * office, when both have one, is the same; else null.
   */
  private uniqueVariantSpelling(tokens: readonly string[], role: string | null): Person | null {
    if (tokens.length < 2) return null
    let found: Person | null = null
    for (const p of this.persons) {
      if (p.tokens.length < tokens.length) continue
      // Two offices that differ are two people ("Camat … Iwan Setiawan", "Kapolsek … Irwan Setiawan").
      if (role !== null && p.role !== null && !sameOffice(role, p.role)) continue
      // (The name as introduced is its first words; aliases come after them.)
      let same = 0
      let ok = true
      for (let i = 0; i < tokens.length && ok; i++) {
        const a = p.tokens[i] as string
        const b = tokens[i] as string
        if (a === b) same++
        // A given name a letter apart is another given name (Andi/Andri, Dian/Diana); only Muhammad's forms match, and
        // the same name in another spelling (Edi/Edy, Djoko/Joko, Zainal/Zaenal, Komariah/Qomariah).
        else ok = (i === 0 ? sameMuhammad(a, b) : sameNameWord(a, b)) || sameSpelling(a, b)
      }
      if (!ok || same === 0 || same === tokens.length) continue
      if (found !== null) return null
      found = p
    }
    return found
  }

  /** The unique person containing all tokens; among several, the unique one with exactly as many tokens. */
  private lookupName(tokens: readonly string[]): Person | null {
    const first = tokens[0]
    if (first === undefined) return null
    const set = this.byToken.get(first)
    if (set === undefined) return null
    let found: Person | null = null
    let count = 0
    let exact: Person | null = null
    let exactCount = 0
    for (const p of set) {
      if (!containsAll(p.tokens, tokens)) continue
      found = p
      count++
      if (p.tokens.length === tokens.length) {
        exact = p
        exactCount++
      }
    }
    if (count === 1) return found
    if (count > 1 && exactCount === 1) return exact
    return null
  }

  /**
   * Another name the article gives the person, as matching tokens: "Tan Ek Liong alias Edward Tanujaya", "Zulhendri
   * Dt. Rajo Mangkuto" (a Minang customary title). The name shown stays the one first introduced.
   */
  addAlias(person: Person, lower: readonly string[]): void {
    const added = lower.filter((token) => !person.tokens.includes(token))
    if (!added.length) return
    person.tokens = [...person.tokens, ...added]
    this.indexTokens(person)
  }

  private indexTokens(person: Person): void {
    for (const t of person.tokens) {
      let set = this.byToken.get(t)
      if (set === undefined) this.byToken.set(t, (set = new Set()))
      set.add(person)
    }
  }

  /** The role's words, computed once per person (look-ups by role run for every namesake of every mention). */
  private readonly roleWordsCache = new WeakMap<Person, string[]>()
  private roleWordsOf(person: Person, role: string): string[] {
    let words = this.roleWordsCache.get(person)
    if (words === undefined) this.roleWordsCache.set(person, (words = roleWords(role)))
    return words
  }

  private indexRole(person: Person, role: string): void {
    // Every leading run of words is a key: "sekjen", "sekjen kemendagri". "Bupati" never matches "Wakil Bupati".
    // One office held as another ("Sekretaris Daerah selaku Ketua TAPD", "Ketua Panitia yang juga Asisten …"): each
    // office's runs, so "kata Ketua TAPD itu" finds its holder too.
    const all = roleWords(role)
    let at = all.findIndex((word) => word === 'selaku' || word === 'merangkap' || word === 'sekaligus')
    let skip = 1
    const also = all.findIndex((word, k) => word === 'yang' && all[k + 1] === 'juga')
    if (at < 0 && also > 0) {
      at = also
      skip = 2
    }
    for (const words of at > 0 ? [all.slice(0, at), all.slice(at + skip)] : [all]) {
      for (let n = 1; n <= words.length; n++) {
        const key = words.slice(0, n).join(' ')
        let set = this.byRole.get(key)
        if (set === undefined) this.byRole.set(key, (set = new Set()))
        set.add(person)
      }
    }
  }
}

/** Abbreviations of Muhammad written in names, with or without their full stop. */
const MUHAMMAD_FORMS: ReadonlySet<string> = new Set(['muhammad', 'muhamad', 'mohammad', 'mohamad', 'mochammad', 'mhd', 'muh', 'moh', 'mohd', 'muhd', 'moch', 'm'])

/** Two forms of Muhammad (Mhd, Muh., Mohammad), with or without their full stop. */
export function sameMuhammad(a: string, b: string): boolean {
  return MUHAMMAD_FORMS.has(a.replace(/\.$/, '')) && MUHAMMAD_FORMS.has(b.replace(/\.$/, ''))
}

/** Whether two roles name one office: one's words begin the other's ("Kakon" = "Kepala Pekon Kuripan"). */
function sameOffice(a: string, b: string): boolean {
  const x = roleWords(a)
  const y = roleWords(b)
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false
  return true
}

/**
 * Two spellings of one name word a hurried writer produces: one letter more or fewer (Syahputra/Sahputra,
 * Rahayuningsih/Rahayuningsi, Ghofur/Gofur; five letters at least, never a changed letter: Santi is not Yanti), or
 * two forms of Muhammad (Mhd, Muh., Mohammad).
 */
/**
 * Indonesian spellings of one name (the old and the new spelling, and the usual variants): dj/j, tj/c, oe/u, sj/sy/s
 * before a vowel, ch/kh, q/k, ae/ai, a final y/i. Lower-case input; the key two spellings of one name share.
 */
export function spellingKey(word: string): string {
  return word.replace(/\.$/, '').replace(/dj/g, 'j').replace(/tj/g, 'c').replace(/oe/g, 'u').replace(/s[jy](?=[aiueo])/g, 's')
    .replace(/ch/g, 'kh').replace(/q/g, 'k').replace(/ae/g, 'ai').replace(/y$/, 'i')
}

/** Whether two name words (four letters or more) are one name in two spellings ("edi"/"edy", "djoko"/"joko"). */
export function sameSpelling(a: string, b: string): boolean {
  return a !== b && Math.min(a.length, b.length) >= 3 && spellingKey(a) === spellingKey(b)
}

export function sameNameWord(a: string, b: string): boolean {
  const x = a.replace(/\.$/, '')
  const y = b.replace(/\.$/, '')
  if (x === y || sameMuhammad(x, y)) return true
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) !== 1) return false
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  return short.slice(i) === long.slice(i + 1)
}
