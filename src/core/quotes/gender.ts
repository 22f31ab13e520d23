/**
 * Whether a person is a woman or a man, as far as their name and form of address tell: English editions say "she
 * said" and "he said", and when the speaker last quoted is a man, "she" means someone else (the regent named as a
 * woman two sentences earlier, not the police chief quoted since). Indonesian pronouns (ia, dia, -nya) carry no
 * gender, so this only matters for "he"/"she".
 *
 * Only clear cases: forms of address (Ibu, Bu, Mrs., Hj., "br."/"boru" inside a name …; Bapak, Pak, Mr., H., Teuku …)
 * and given names that belong to one sex in Indonesian usage. Names that both sexes carry (Andi, Dian, Eka, Made,
 * Ketut, Nur …) stay unknown, and an unknown person is compatible with either pronoun.
 */

export type Gender = 'f' | 'm'

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/))

/** Lower-case forms of address (without their full stop) that tell the sex. */
const FEMALE_ADDRESS = set('ibu bu mrs ms nyonya ny hj hajah hajjah mbak uni teh ceu nyai nyi mak inang cut wa ni')
const MALE_ADDRESS = set('bapak pak mr tuan tn h haji mas bang abang kang cak uda teuku tengku la amang bli ki')

/** Given names, lower-case, that Indonesian usage gives to one sex (first word of the name). */
const FEMALE_NAMES = set(`
  siti sri dewi ratih ratna rina rini nurul nurhayati yuliana yulia maria fitri fitria indah wulan ayu putri lestari
  rahayu kartini yanti susi susanti rosdiana rosmawati tiurma marlina agustina kristina theresia elisabeth yohana
  margaretha anna lina mega novi diah endang retno sumiati suryani herlina yuni ani siska grace ruth martha debora
  veronika fransiska katarina bernadeta nia ria sari hana rosita lamria nurhasanah noorhasanah rahmawati
`)
const MALE_NAMES = set(`
  muhammad mohammad moh muh mochammad ahmad achmad abdul budi agus joko bambang hendra hendrik yohanes fransiskus
  petrus paulus antonius markus yakobus stefanus robert robinson eko slamet teguh rudi irfan arif dedi deddy asep
  ujang dadang imam yusuf ismail ibrahim hasan husain umar ali rahmat syahrul zulkifli rizal fadhil fadli herman
  hotman parulian togar marolop gregorius ignatius benediktus dominikus yosef yoseph wilhelmus hendrikus agustinus
  kornelis simon daniel samuel yulius marthen bonar sugeng suryo agung
`)

/** The sex a form of address tells ("bu", "hj", "pak" …, lower case without its full stop), or null. */
export function addressGender(lower: string): Gender | null {
  if (FEMALE_ADDRESS.has(lower)) return 'f'
  if (MALE_ADDRESS.has(lower)) return 'm'
  return null
}

/**
 * The sex a person's name tells: a woman's "br."/"boru" inside it, a Balinese "Ni" or an Acehnese "Cut" opening it, or
 * a given name of one sex as its first word; null when it tells nothing.
 */
export function nameGender(name: string): Gender | null {
  const words = name.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean)
  if (words.includes('br') || words.includes('boru')) return 'f'
  const first = words[0] ?? ''
  if (first === 'ni' || first === 'cut' || first === 'wa') return 'f'
  if (first === 'i' || first === 'la' || first === 'teuku') return 'm'
  if (FEMALE_NAMES.has(first)) return 'f'
  if (MALE_NAMES.has(first)) return 'm'
  return null
}

/** Whether an English pronoun can mean a person of that sex (an unknown sex fits either). */
export function pronounFits(pronoun: string, gender: Gender | null): boolean {
  if (gender === null) return true
  return pronoun === 'she' ? gender === 'f' : pronoun === 'he' ? gender === 'm' : true
}
