/**
 * Speaker attribution (design notes §3.3–3.4): a precision-first sieve over the tokenised article — a cue after the
 * quote ("…,” ujar NAME / kata JABATAN NAME / ujarnya / kata dia), a cue before it ("NAME mengatakan, “…”",
 * "NAME: “…”"), the second half of a split quote, then a lone follow-up quote. Pronoun cues (-nya, dia, ia) resolve
 * to the speech-salient person: the latest subject of a speech clause, quote speaker or new sentence subject —
 * never simply the nearest name, and never a name inside a quote or after "kepada/didampingi/bersama".
 * One forward pass; every look-around is bounded, so the work is linear in the article length.
 */

import { HONORIFICS, TITLE_WORDS } from './name-lexicon.ts'
import { parseMention, isNameWord, type Mention, type MentionContext } from './person-mentions.ts'
import {
  CUE_PRONOUNS,
  PASSIVE_SPEECH,
  PRONOUN_MARKERS,
  SPEECH_VERBS,
  VERB_ADVERBS,
  postCue,
} from './reporting-verbs.ts'
import { AliasTable, type Person } from './speaker-aliases.ts'
import { splitSentences, type Token } from './tokenize.ts'

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

const HEADLINE_SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'yang', 'dalam', 'pada', 'atau', 'bagi', 'dengan', 'serta', 'jadi', 'vs'])
const SUBJECT_PRONOUNS = new Set(['ia', 'dia', 'beliau', 'dirinya'])
/** Words after which a person is an object, addressee or companion, never the speaker. */
const OBJECT_PREPOSITIONS = new Set([
  'kepada', 'pada', 'bersama', 'didampingi', 'dipandu', 'menggantikan', 'melantik', 'mewakili', 'dengan', 'untuk',
  'dari', 'oleh', 'dan', 'serta', 'mendampingi', 'menemui', 'mengunjungi', 'menyambut', 'disambut', 'bagi', 'terhadap',
  'tentang', 'menerima', 'diterima', 'memanggil', 'menghubungi', 'atas', 'selaku', 'di', 'ke', 'disaksikan',
  'dihadiri', 'mengundang', 'meminta',
])
const EPITHET_ENDS = new Set(['itu', 'tersebut', 'ini'])
const EPITHET_ROLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['orang nomor satu', ['bupati', 'wali kota', 'gubernur', 'presiden']],
  ['orang nomor dua', ['wakil bupati', 'wakil wali kota', 'wakil gubernur']],
]
const COLLECTIVE = new Set(['keduanya', 'mereka', 'ketiganya', 'semuanya'])
/** Lone quotes inherit the salient speaker only while the last speech act is this close, in paragraphs. */
const FOLLOW_UP_REACH = 2
/** Words between a mention's start and its speech verb: title chains are long ("Kepala Badan … Rimbajaya Mega …"). */
const SPEECH_GATE = 16

function isPunct(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === text
}

/** Index of the speech verb after a mention, skipping adverbs ("Bayu kembali menegaskan"), or -1. */
function speechVerbAfter(tokens: readonly Token[], j: number): number {
  let k = j
  if (isPunct(tokens[k], ',')) return -1
  for (let guard = 0; guard < 3; guard++) {
    const t = tokens[k]
    if (t === undefined || t.kind !== 'word') return -1
    if (SPEECH_VERBS.has(t.lower)) return k
    if (!VERB_ADVERBS.has(t.lower)) return -1
    k++
  }
  return -1
}

/** A speech verb within the next few words (cheap gate before parsing a mention). */
function speechVerbWithin(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + SPEECH_GATE); k++) {
    const t = tokens[k]
    if (t === undefined || t.kind === 'quote') return false
    if (t.kind === 'word' && SPEECH_VERBS.has(t.lower)) return true
  }
  return false
}

/** A speech verb later in the sentence, before any quote: "Rahmat dari Sanggar Tepian, mengaku bangga …". */
function speechVerbLater(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 12); k++) {
    const t = tokens[k]
    if (t === undefined || t.kind === 'quote') return false
    if (t.kind === 'word' && SPEECH_VERBS.has(t.lower)) return true
  }
  return false
}

/**
 * A headline or other Title-Case line ("Bupati Rimbajaya Tinjau Jembatan Gantung"): its capitalised words are not
 * names, so it never introduces persons; its mentions may only resolve to persons the body introduces.
 */
export function isHeadlineLike(tokens: readonly Token[]): boolean {
  let words = 0
  let caps = 0
  for (const t of tokens) {
    // Headlines keep small function words lower-case ("… Minta Sekda dan Kepala Bappeda …"); every other word is
    // capitalised, while a prose sentence soon has a lower-case verb.
    if (t.kind !== 'word' || HEADLINE_SMALL_WORDS.has(t.lower)) continue
    words++
    if (t.cap || /^\p{N}/u.test(t.text)) caps++
  }
  const last = tokens[tokens.length - 1]
  const endsSentence = last !== undefined && (last.text === '.' || (last.kind === 'quote' && last.endsSentence))
  return words >= 3 && caps / words >= 0.85 && !endsSentence
}

export interface AttributionInput {
  readonly tokens: readonly (readonly Token[])[]
  readonly placements: readonly SpanPlacement[]
  readonly ctx: MentionContext
}

export interface AttributionOutput {
  readonly attributions: QuoteAttribution[]
  readonly aliases: AliasTable
}

/**
 * Mentions parsed at a token, memoised per paragraph: both passes and several sieves ask about the same capitalised
 * words, and parsing is the costliest step per word.
 */
export class MentionCache {
  private readonly byParagraph: Array<Map<number, Mention | null>>
  constructor(paragraphs: number, private readonly ctx: MentionContext) {
    this.byParagraph = Array.from({ length: paragraphs }, () => new Map())
  }
  at(tokens: readonly (readonly Token[])[], p: number, i: number): Mention | null {
    const memo = this.byParagraph[p]
    if (memo === undefined) return null
    let m = memo.get(i)
    if (m === undefined) memo.set(i, (m = parseMention(tokens[p] ?? [], i, this.ctx)))
    return m
  }
}

/** Pass 1: collect persons from titled mentions and from names in speech slots, in document order. */
export function buildAliasTable(
  tokens: readonly (readonly Token[])[],
  ctx: MentionContext,
  headline: readonly boolean[],
  cache: MentionCache = new MentionCache(tokens.length, ctx),
): AliasTable {
  const table = new AliasTable()
  for (let p = 0; p < tokens.length; p++) {
    const para = tokens[p] ?? []
    if (headline[p]) continue
    for (let i = 0; i < para.length; i++) {
      const t = para[i]
      if (t === undefined || t.kind !== 'word' || (!t.cap && t.lower !== 'dr')) continue
      // Parse only where a person can start: a title or honorific, after a cue, or before a speech verb.
      const before = para[i - 1]
      const gate = TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower) || t.lower === 'wali' ||
        speechVerbWithin(para, i + 1) ||
        (before !== undefined && before.kind === 'word' && (postCue(before.lower) !== null || before.lower === 'menurut' || PASSIVE_SPEECH.has(before.lower)))
      if (!gate) continue
      const m = cache.at(tokens, p, i)
      if (m === null) continue
      if (m.name.length > 0) {
        const prev = para[i - 1]
        const slot = speechVerbAfter(para, m.to) >= 0 ||
          (prev !== undefined && prev.kind === 'word' &&
            ((postCue(prev.lower) !== null && !postCue(prev.lower)?.pronoun) || prev.lower === 'menurut' || PASSIVE_SPEECH.has(prev.lower)))
        if (m.titled || slot) table.add(m)
      }
      i = Math.max(i, m.to - 1)
    }
  }
  return table
}

/** Attribute every quote span. `tokens` hold one quote token per segment; spans are indexed by `quote`. */
export function attributeSpeakers(input: AttributionInput): AttributionOutput {
  const { tokens, placements, ctx } = input
  const headline = tokens.map(isHeadlineLike)
  const cache = new MentionCache(tokens.length, ctx)
  const table = buildAliasTable(tokens, ctx, headline, cache)
  const results: QuoteAttribution[] = placements.map(() => ({ person: null, cue: null, via: 'none', explicit: false, confidence: 0 }))
  const preCue: Array<QuoteAttribution | null> = placements.map(() => null)
  const splitFrom: Array<Person | null | undefined> = placements.map(() => undefined)

  let salient: Person | null = null
  let salientParagraph = -Infinity

  let currentParagraph = -1
  const setSalient = (person: Person | null, p: number): void => {
    if (person === null) return
    salient = person
    salientParagraph = p
  }

  /**
   * A person can start here: a title or honorific, a name the article already knows, two capitalised name words,
   * or any name right before a speech verb ("Tomsi meminta").
   */
  const plausibleSubject = (para: readonly Token[], at: number): boolean => {
    const m = cache.at(tokens, currentParagraph, at)
    if (m === null) return false
    if (m.titled || speechVerbAfter(para, m.to) >= 0 || m.name.length >= 2) return true
    return table.resolveName(m.name) !== null
  }

  /** Resolve a parsed mention to a person; unknown untitled names are registered only with slot evidence. */
  const personOf = (m: Mention, evidence: boolean): Person | null => {
    if (m.name.length > 0) {
      const known = table.resolveName(m.name)
      if (known !== null) return known
      return (m.titled || evidence) && !headline[currentParagraph] ? table.add(m) : null
    }
    if (m.role !== null) return table.resolveRole(m.role) ?? (m.roleLong !== null ? table.resolveRole(m.roleLong) : null)
    return null
  }

  for (let p = 0; p < tokens.length; p++) {
    const para = tokens[p] ?? []
    currentParagraph = p
    for (const [a, b] of splitSentences(para)) {
      // The subject slot: the sentence start, or after a short introductory phrase ("Sementara itu, …").
      let subjectAt = a
      // A dateline ("RIMBAJAYA – …", "MMCKalteng - Jatinangor – …") is not the subject.
      for (let k = a; k < Math.min(b, a + 5); k++) {
        const d = para[k]
        if (d?.kind === 'punct' && (d.text === '–' || d.text === '—' || d.text === '-') && d.start > 0) subjectAt = k + 1
        else if (d?.kind !== 'word' || !(d.cap || /^\p{N}/u.test(d.text))) break
      }
      const first = para[subjectAt]
      // Every sentence starts with a capital, so a lone unknown capitalised word there ("Seorang", "Menanggapi") is
      // no name unless a speech verb follows it; then the subject may follow a short introductory phrase.
      if (first !== undefined && first.kind === 'word' && !SUBJECT_PRONOUNS.has(first.lower) && !plausibleSubject(para, subjectAt)) {
        for (let k = subjectAt + 1; k < Math.min(b, subjectAt + 7); k++) {
          if (para[k]?.kind === 'quote') break
          if (isPunct(para[k], ',')) {
            subjectAt = k + 1
            break
          }
        }
      }
      const introduced = subjectAt > a && para[subjectAt - 1]?.text === ','
      let sentenceSpeaker: Person | null = null
      let sentenceHasSubject = false

      for (let i = a; i < b; i++) {
        const t = para[i]
        if (t === undefined) continue
        if (t.kind === 'quote') {
          i = handleQuote(p, i, a, b, sentenceHasSubject ? sentenceSpeaker : null)
          continue
        }
        if (t.kind !== 'word') continue
        if (i === subjectAt && SUBJECT_PRONOUNS.has(t.lower)) {
          // "Ia menekankan …": the salient person is still speaking; keep them fresh.
          if (salient !== null) salientParagraph = p
          sentenceHasSubject = true
          sentenceSpeaker = salient
          continue
        }
        if (PRONOUN_MARKERS.has(t.lower)) {
          if (salient !== null) salientParagraph = p
          continue
        }
        if (t.lower === 'menurut' || PASSIVE_SPEECH.has(t.lower)) {
          let k = i + 1
          if (para[k]?.lower === 'oleh') k++
          const m = cache.at(tokens, p, k)
          if (m !== null) {
            setSalient(personOf(m, true), p)
            i = m.to - 1
          }
          continue
        }
        if (!t.cap && t.lower !== 'dr') continue
        // Only the subject slot and names before a speech verb matter here; skip the parse elsewhere.
        if (i !== subjectAt && !speechVerbWithin(para, i + 1)) continue
        const prev = para[i - 1]
        if (prev !== undefined && prev.kind === 'word' && OBJECT_PREPOSITIONS.has(prev.lower)) {
          // Skip the whole object mention so its name words cannot look like a new subject.
          const m = cache.at(tokens, p, i)
          if (m !== null) i = m.to - 1
          continue
        }
        const m = cache.at(tokens, p, i)
        if (m === null) continue
        const verbAt = speechVerbAfter(para, m.to)
        const atSubject = i === subjectAt
        if (atSubject && !headline[p] && !plausibleSubject(para, i) && !introduced) {
          i = Math.max(i, m.to - 1)
          continue
        }
        if ((verbAt >= 0 || atSubject) && !headline[p]) {
          const next = para[m.to]
          const verbLike = next !== undefined && next.kind === 'word' && !next.cap
          const evidence = verbAt >= 0 || (m.name.length >= 2 && verbLike && /^(me|ber|di|ter|juga|akan|telah|sudah)/.test(next.lower)) ||
            (atSubject && introduced && speechVerbLater(para, m.to, b))
          const person = personOf(m, evidence)
          if (person !== null) {
            setSalient(person, p)
            if (atSubject) {
              sentenceHasSubject = true
              sentenceSpeaker = person
            }
          }
        }
        i = Math.max(i, m.to - 1)
      }
    }
  }

  // Pre-cue and split results apply where no cue after the quote was found.
  for (let q = 0; q < results.length; q++) {
    const r = results[q]
    if (r === undefined || r.via === 'cue-after') continue
    const pre = preCue[q]
    if (pre != null) results[q] = pre
    else if (splitFrom[q] !== undefined) {
      results[q] = { person: splitFrom[q] ?? null, cue: null, via: 'split', explicit: true, confidence: 0.9 }
    }
  }
  return { attributions: results, aliases: table }

  /** Attribute the quote token at `i`; returns the last token index consumed. */
  function handleQuote(p: number, i: number, a: number, b: number, subject: Person | null): number {
    const para = tokens[p] ?? []
    const q = para[i]?.quote ?? -1
    const place = placements[q]
    if (place === undefined) return i
    const isFirst = place.firstParagraph === p
    const isLast = place.lastParagraph === p

    if (isFirst) {
      const pre = cueBefore(para, i, a, subject)
      if (pre !== null) preCue[q] = pre
      // A lone follow-up: the salient speaker, while recent. Overridden by any cue found later.
      const recent = salient !== null && p - salientParagraph <= FOLLOW_UP_REACH
      results[q] = { person: recent ? salient : null, cue: null, via: recent ? 'follow-up' : 'none', explicit: false, confidence: recent ? 0.8 : 0 }
    }
    if (!isLast) return i

    // Sieve 1: a cue after the quote.
    let k = i + 1
    if (isPunct(para[k], ',')) k++
    let w = para[k]
    let lead = ''
    if (w !== undefined && w.kind === 'word' && w.lower === 'demikian') {
      lead = w.text + ' '
      k++
      w = para[k]
    }
    if (w === undefined || w.kind !== 'word') return settle(q, p, i)
    if (PASSIVE_SPEECH.has(w.lower) && lead !== '') {
      let j = k + 1
      if (para[j]?.lower === 'oleh') j++
      const m = parseMention(para, j, ctx, true)
      if (m !== null) {
        const person = personOf(m, true)
        results[q] = { person, cue: lead + w.text, via: 'cue-after', explicit: true, confidence: person ? 0.95 : 0.5 }
        setSalient(person, p)
        return m.to - 1
      }
      return settle(q, p, i)
    }
    const cue = postCue(w.lower)
    if (cue === null) return settle(q, p, i)
    if (cue.pronoun) {
      results[q] = { person: salient, cue: lead + w.text, via: 'cue-after', explicit: true, confidence: salient ? 0.9 * cue.confidence : 0.3 }
      noteSplit(para, k + 1, salient)
      return k
    }
    const n = para[k + 1]
    if (n !== undefined && n.kind === 'word' && CUE_PRONOUNS.has(n.lower)) {
      results[q] = { person: salient, cue: `${lead}${w.text} ${n.text}`, via: 'cue-after', explicit: true, confidence: salient ? 0.9 * cue.confidence : 0.3 }
      noteSplit(para, k + 2, salient)
      return k + 1
    }
    if (n !== undefined && n.kind === 'word' && COLLECTIVE.has(n.lower)) {
      // Collective speakers (keduanya, mereka) are several people: no single speaker to give.
      results[q] = { person: null, cue: `${lead}${w.text} ${n.text}`, via: 'cue-after', explicit: true, confidence: 0.3 }
      return k + 1
    }
    const m = n === undefined ? null : parseMention(para, k + 1, ctx, true)
    if (m !== null) {
      const person = personOf(m, true)
      results[q] = { person, cue: lead + w.text, via: 'cue-after', explicit: true, confidence: person ? cue.confidence * (m.name.length > 0 ? 1 : 0.9) : 0.3 }
      setSalient(person, p)
      noteSplit(para, m.to, person)
      return m.to - 1
    }
    // An epithet ("lanjut mantan camat itu", "kata orang nomor satu di Rimbajaya itu"): the person it describes.
    const words: string[] = []
    for (let j = k + 1; j < Math.min(b, k + 10); j++) {
      const e = para[j]
      if (e === undefined || e.kind !== 'word') break
      words.push(e.lower)
      if (EPITHET_ENDS.has(e.lower) && j > k + 1) {
        const person = epithetPerson(words.join(' '))
        results[q] = { person, cue: lead + w.text, via: 'cue-after', explicit: true, confidence: person ? 0.75 : 0.3 }
        setSalient(person, p)
        return j
      }
    }
    // An unnamed speaker ("kata seorang warga", "ujar salah satu peserta"): speech, but nobody to name.
    if (n !== undefined && n.kind === 'word' && !n.cap) {
      results[q] = { person: null, cue: lead + w.text, via: 'cue-after', explicit: true, confidence: 0.3 }
      return k
    }
    return settle(q, p, i)
  }

  /** The office an epithet names ("orang nomor satu" → the head of the region), else the salient person. */
  function epithetPerson(epithet: string): Person | null {
    for (const [phrase, roles] of EPITHET_ROLES) {
      if (!epithet.includes(phrase)) continue
      for (const role of roles) {
        const holder = table.resolveRole(role)
        if (holder !== null) return holder
      }
    }
    for (const word of epithet.split(' ')) {
      if (!TITLE_WORDS.has(word) || word === 'mantan') continue
      const holder = table.resolveRole(word)
      if (holder !== null) return epithet.includes('mantan') ? salient : holder
    }
    return salient
  }

  /** No cue after the quote: a follow-up keeps the salient speaker it got at its first segment. */
  function settle(q: number, p: number, i: number): number {
    const pre = preCue[q]
    if (pre != null && pre.person !== null) setSalient(pre.person, p)
    return i
  }

  /** "“…,” kata X, “…”": the quote after the cue's target belongs to X too. */
  function noteSplit(para: readonly Token[], j: number, person: Person | null): void {
    if (!isPunct(para[j], ',')) return
    const next = para[j + 1]
    if (next?.kind === 'quote' && splitFrom[next.quote] === undefined) splitFrom[next.quote] = person
  }

  /** Sieve 2: "X mengatakan, “…”", "X: “…”", "Menurut X, “…”". */
  function cueBefore(para: readonly Token[], i: number, a: number, subject: Person | null): QuoteAttribution | null {
    let j = i - 1
    const mark = para[j]
    if (isPunct(mark, ':') || isPunct(mark, ',')) j--
    if (para[j]?.lower === 'bahwa') j--
    const v = para[j]
    if (v === undefined || j < a) return null
    if (v.kind === 'word' && SPEECH_VERBS.has(v.lower)) {
      // The verb's subject was just made salient (sentence subject, "Ia", or a later "…, sedangkan Irfan menambahkan").
      const person = salient !== null && salientParagraph === currentParagraph ? salient : subject
      return { person, cue: v.text, via: 'cue-before', explicit: true, confidence: person ? 0.9 : 0.3 }
    }
    if (isPunct(mark, ':')) {
      // "Bupati Bayu: “…”" — the mention must end right at the colon.
      // Bounded look-back: a speaker before a colon is a short mention, never a whole sentence away.
      for (let s = Math.max(a, j - 12); s < j + 1; s++) {
        const m = cache.at(tokens, currentParagraph, s)
        if (m !== null && m.to === i - 1) {
          const person = personOf(m, true)
          return { person, cue: ':', via: 'cue-before', explicit: true, confidence: person ? 0.85 : 0.3 }
        }
        if (m !== null) s = m.to - 1
      }
    }
    if (isPunct(mark, ',') && para[a]?.lower === 'menurut' && salient !== null) {
      return { person: salient, cue: 'menurut', via: 'cue-before', explicit: true, confidence: 0.85 }
    }
    return null
  }
}
