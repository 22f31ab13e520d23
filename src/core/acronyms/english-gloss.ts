/**
 * English glosses as in-article definitions. The English editions of Indonesian sites write an Indonesian short form
 * after its English name: "the National Disaster Mitigation Agency (BNPB)", "the House of Representatives (DPR)",
 * "a command post (posko)". The letters do not spell the form, so the Schwartz–Hearst match finds nothing, yet the
 * English name is the article's own long form and what its reader understands. Only on English text, and only a
 * name-shaped phrase: a run of capitalised words (with "of", "and", "for" inside) that ends in an institution word or
 * names a region by compass ("West Kalimantan"), or two or three lower-case words after a determiner.
 */

import { isRegionName, isRegionShortName } from '../metadata/region.ts'
import { isLetterCode } from './tokenize.ts'

/** English function words; a block with several of them is English. */
const ENGLISH = /\b(?:the|of|and|was|were|has|have|had|said|will|would|which|with|from|that|this|is|are|to|after|its|their|for|by)\b/
const ENGLISH_MIN = 3

/** Words that join the capitalised words of a name. */
const JOINERS = new Set(['of', 'and', 'for', 'on', '&'])
/** Words that open the phrase a gloss is part of; they stay outside it. */
const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our'])

/** The last word of a capitalised English name of an institution, office, document or programme. */
const HEAD_WORDS = new Set(
  (
    'agency agencies ministry office offices board council commission committee court courts police military army navy force ' +
    'forces bureau service services institute institution centre center centers centres directorate department division ' +
    'administration government budget fund funds law regulation programme program system card post command unit ' +
    'association party house assembly representatives authority team task secretariat cabinet corps detachment ' +
    'station hospital school university company enterprise enterprises bank reserve reserves report account accounts ' +
    'plan election elections poll official officials officer officers head chief regent governor mayor minister ' +
    'ministers transfer transfers allocation grant grants tax taxes levy revenue surplus balance expenditure spending ' +
    'islands island regency province city district area areas zone zones region budgets plans road roads highway toll ' +
    'bridge port airport terminal railway dam forum'
  ).split(' '),
)
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'southeast', 'southwest', 'northeast', 'northwest', 'greater'])

const MAX_GLOSS_WORDS = 8
/** One-word brackets of photo captions, never a gloss. */
const CAPTION_WORDS = new Set(['right', 'centre', 'center', 'pictured', 'photo', 'front', 'second', 'third', 'middle'])
const MAX_LOWER_GLOSS_WORDS = 5

/** Whether a block is English prose (counted once per block by the caller). */
export function isEnglishText(text: string): boolean {
  const english = new RegExp(ENGLISH.source, 'gi')
  let n = 0
  while (english.exec(text) !== null) if (++n >= ENGLISH_MIN) return true
  return false
}

interface Word {
  start: number
  end: number
  lower: string
  cap: boolean
}

/**
 * The words right before `end` in `text`, nearest first, up to `limit`. A comma right after a capitalised word joins
 * the parts of a name ("Meteorology, Climatology, and Geophysical Agency"); any other punctuation ends the run.
 */
function wordsBefore(text: string, end: number, limit: number): Word[] {
  const out: Word[] = []
  let i = end
  while (out.length < limit) {
    while (i > 0 && text.charCodeAt(i - 1) === 32) i--
    // "Climatology, and Geophysical": a comma before a joiner or a capitalised word of the name; "micro, small and
    // medium enterprises": a comma in a list that "and" ends; "Ministry/National Land Agency": a slash in a name.
    const previous = out[out.length - 1]
    const comma = i > 0 && text.charCodeAt(i - 1) === 44
    const slash = i > 0 && text.charCodeAt(i - 1) === 47
    if (previous !== undefined && ((comma && (previous.cap || JOINERS.has(previous.lower) || out.some((w) => w.lower === 'and'))) || (slash && previous.cap))) {
      i--
      continue
    }
    const wordEnd = i
    while (i > 0) {
      const c = text.charCodeAt(i - 1)
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45 || c === 38 || (c > 0xbf && isLetterCode(c))) i--
      else break
    }
    if (i === wordEnd) break
    const word = text.slice(i, wordEnd)
    out.push({ start: i, end: wordEnd, lower: word.toLowerCase(), cap: word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90 })
    if (i === 0) break
    const c = text.charCodeAt(i - 1)
    if (c !== 32 && c !== 44 && c !== 47) break
  }
  return out
}

/** Whether text[i] opens a sentence: the block's start, or after ". ", "? ", "! " or a closing quote mark and space. */
function opensSentence(text: string, i: number): boolean {
  let j = i
  while (j > 0 && text.charCodeAt(j - 1) === 32) j--
  if (j === 0) return true
  const c = text.charCodeAt(j - 1)
  return c === 46 || c === 63 || c === 33 || c === 8221 || c === 34
}

/** English word endings no personal name has: a capitalised phrase with one of them is a name of a thing. */
const ENGLISH_ENDINGS = /(?:tion|sion|ment|ity|ies|ics|ance|ence|ure|ship|ness|ing|ous|ive|al|ary|ory|ers|ors)$/

/** Words that end a lower-case gloss on their left: determiners, prepositions, auxiliaries, reporting verbs. */
const LOWER_STOPS = new Set([
  ...OPENERS, 'in', 'at', 'on', 'by', 'for', 'to', 'from', 'with', 'of', 'as', 'into', 'under', 'over', 'about',
  'after', 'before', 'through', 'via', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
  'said', 'says', 'that', 'which', 'who', 'while', 'when', 'all', 'every', 'each', 'some', 'many', 'more',
  // A figure before the thing counted ("Rp 12 billion in unexpected expenditure", "including three civil servants").
  'including', 'includes', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens',
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions',
  // A verb or a negation whose object the gloss is ("withhold sailing approvals (SPB)", "had no forest area use
  // approval (PPKH)", "sign new regional grant agreements (NPHD)").
  'no', 'not', 'new', 'without', 'withhold', 'withholds', 'withheld', 'keep', 'keeps', 'kept', 'sign', 'signs', 'signed',
  'issue', 'issues', 'issued', 'hold', 'holds', 'held', 'receive', 'receives', 'received', 'give', 'gives', 'gave',
  'get', 'gets', 'got', 'need', 'needs', 'carry', 'carries', 'carrying', 'revoke', 'revokes', 'revoked',
])

/**
 * The English gloss ending right before `open` (the bracket of the short form), as [start, end) in `text`, or null.
 */
export function englishGlossBefore(text: string, open: number): [number, number] | null {
  const words = wordsBefore(text, open, MAX_GLOSS_WORDS + 1)
  if (words.length < 2) return null
  const last = words[0] as Word
  if (last.cap) {
    // A capitalised name: capitalised words and joiners, back to a lower-case word or the limit; a capitalised
    // determiner opening a sentence ("The …") and a place's name before it stay outside.
    let first = 0
    for (let k = 1; k < words.length && k < MAX_GLOSS_WORDS; k++) {
      const w = words[k] as Word
      if (w.cap) first = k
      // "the" after a joiner stays in the name when a single word follows it, no name by itself ("Indonesian Forum
      // for the Environment (Walhi)"; not "Commission II of the House of Representatives (DPR)").
      else if (!JOINERS.has(w.lower) && !(w.lower === 'the' && k === 1 && JOINERS.has(words[k + 1]?.lower ?? ''))) break
    }
    let name = words.slice(0, first + 1).reverse()
    // A capitalised determiner or preposition opening the sentence ("The …", "In East Nusa Tenggara (NTT)", "Under
    // Government Regulation (PP)"), another short form ("KAI Operation Area (Daop)") and a place the gazetteer knows
    // ("Palangka Raya Operational Area (Daops)") stay outside.
    for (;;) {
      const w0 = name[0]
      if (w0 === undefined) break
      if (LOWER_STOPS.has(w0.lower) || JOINERS.has(w0.lower)) name = name.slice(1)
      else if (name.length > 2 && /^[A-Z]{2,}$/.test(text.slice(w0.start, w0.end))) name = name.slice(1)
      else if (name.length > 3 && (isRegionName(`${w0.lower} ${(name[1] as Word).lower}`) || isRegionName(`${w0.lower}${(name[1] as Word).lower}`))) name = name.slice(2)
      else if (name.length > 2 && isRegionName(w0.lower)) name = name.slice(1)
      // A region's short form before the office ("the Tapteng General Elections Commission (KPU)"): labelled apart.
      else if (name.length > 2 && isRegionShortName(w0.lower)) name = name.slice(1)
      else break
    }
    if (name.length < 2) return null
    const regional = name.length <= 3 && COMPASS.has((name[0] as Word).lower)
    const thing = name.some((w) => HEAD_WORDS.has(w.lower.replace(/['’]s$/, '')) || ENGLISH_ENDINGS.test(w.lower) || JOINERS.has(w.lower))
    if (!thing && !regional) return null
    return [(name[0] as Word).start, last.end]
  }
  // Lower-case words back to a determiner, a preposition or a verb: "a command post (posko)", "income tax (PPh)",
  // "ministries and agencies (K/L)".
  // A possessive ("the province's regional secretary") ends it on the left; the capitalised first word of a sentence
  // opens it ("Foreign direct investment").
  let k = 0
  while (k < words.length && k < MAX_LOWER_GLOSS_WORDS) {
    const w = words[k] as Word
    if (w.cap) {
      if (k > 0 && opensSentence(text, w.start) && !LOWER_STOPS.has(w.lower)) k++
      break
    }
    if (LOWER_STOPS.has(w.lower) || /['’]s$/.test(w.lower)) break
    k++
  }
  while (k > 0 && JOINERS.has((words[k - 1] as Word).lower)) k--
  if (k < 2) return null
  return [(words[k - 1] as Word).start, last.end]
}

/**
 * Whether the text inside a bracket after a short form is its English name: "DJP (Directorate General of Taxes)" — a
 * name-shaped run of capitalised words and joiners that names a thing, not a person.
 */
export function isEnglishGlossInside(inside: string): boolean {
  const words = inside.split(/[\s,]+/).filter(Boolean)
  // One lower-case English word right after the form: "PSU (re-vote)", "Pj (acting)" (not a caption's "left").
  if (words.length === 1) return /^[a-z]{2,}(?:-[a-z]{3,})?$/.test(words[0] as string) && (words[0] as string).length >= 5 && !CAPTION_WORDS.has(words[0] as string)
  if (words.length < 2 || words.length > MAX_GLOSS_WORDS) return false
  // Capitalised like a name ("Directorate General of Taxes"), or in lower case ending with a head word ("polling
  // station working committee").
  const lowerCase = words.every((word) => /^[a-z-]+$/.test(word))
  if (lowerCase) return HEAD_WORDS.has((words[words.length - 1] as string).toLowerCase())
  let thing = false
  for (const word of words) {
    const lower = word.toLowerCase()
    const cap = word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90
    if (!cap && !JOINERS.has(lower)) return false
    if (HEAD_WORDS.has(lower) || ENGLISH_ENDINGS.test(lower) || JOINERS.has(lower)) thing = true
  }
  return thing
}
