/**
 * Offices the shipped acronym dictionary knows by a syllabic short form ("Dekranasda", "Bapperida", "Disdukcapil"):
 * in a person mention such a word is part of the office ("Ketua Dekranasda Kota Palembang NAME"), never the holder's
 * name. The quote lexicon lists the common ones; the dictionary knows hundreds more, region by region.
 * Only mixed-case forms are asked here (all-caps words are offices already), case-sensitively, as the dictionary
 * matches them in the article; the answer is cached per word of the article's vocabulary.
 */
import { shippedDictionary } from '../acronyms/dictionary.ts'
import type { AcronymCategory } from '../acronyms/types.ts'

/** Categories of bodies a person can head or belong to. */
const OFFICE_CATEGORIES: ReadonlySet<AcronymCategory> = new Set<AcronymCategory>(['ministry', 'agency', 'regional-body', 'parliament'])

/** Whether `word` (as written) is a dictionary form of a body, and only of a body. */
export function isDictionaryOffice(word: string): boolean {
  if (word.length < 4 || word === word.toUpperCase()) return false
  const dictionary = shippedDictionary()
  const entry = dictionary.lookup(word)
  if (entry === undefined) return false
  const row = typeof entry === 'number' ? entry : entry[0]
  if (row < 0) return false
  const senses = dictionary.senses(row)
  return senses.length > 0 && senses.every((sense) => OFFICE_CATEGORIES.has(sense.category))
}
