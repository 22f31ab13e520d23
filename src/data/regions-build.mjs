// Builds src/data/regions.json (a hostname → region gazetteer) from the idn-area-data CSV copies in ../shared/data.
// Run by hand when the source data changes: `node src/data/regions-build.mjs ../shared/data`.
// Why a build step: the content script needs only codes, names and host keys, not the full CSVs (keep the shipped data small).
// The output is a derived database of ODbL 1.0 data: see regions-ATTRIBUTION.md and regions-LICENSE-ODbL.md.
import { readFileSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const src = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../../shared/data')
const rows = (file) => readFileSync(join(src, file), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','))

// Time zones per province code (facts, not from idn-area-data): WIB = UTC+7, WITA = UTC+8, WIT = UTC+9.
const WITA = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']
const WIT = ['81', '82', '91', '92', '93', '94', '95', '96']
const tz = (code) => (WIT.includes(code) ? 'WIT' : WITA.includes(code) ? 'WITA' : 'WIB')

// Official provincial portal host labels (the label before .go.id), written for Kliping. Not in idn-area-data.
const PROVINCE_HOSTS = {
  acehprov: '11', sumutprov: '12', sumbarprov: '13', riau: '14', riauprov: '14', jambiprov: '15', sumselprov: '16',
  bengkuluprov: '17', lampungprov: '18', babelprov: '19', kepriprov: '21', jakarta: '31', jabarprov: '32',
  jatengprov: '33', jogjaprov: '34', jatimprov: '35', bantenprov: '36', baliprov: '51', ntbprov: '52', nttprov: '53',
  kalbarprov: '61', kalteng: '62', kaltengprov: '62', kalselprov: '63', kaltimprov: '64', kaltaraprov: '65',
  sulutprov: '71', sultengprov: '72', sulselprov: '73', sultraprov: '74', gorontaloprov: '75', sulbarprov: '76',
  malukuprov: '81', malutprov: '82', papua: '91', papuabaratprov: '92',
  // The provinces formed in 2022 (Papua Selatan, Tengah, Pegunungan, Barat Daya).
  papuaselatanprov: '93', papuatengahprov: '94', papuapegununganprov: '95', papuabaratdayaprov: '96',
  // Province short names as subdomain labels of national bodies' regional sites (tribratanews.sulsel.polri.go.id,
  // jatim.kemenag.go.id, sulsel.bps.go.id).
  sumut: '12', sumbar: '13', sumsel: '16', babel: '19', kepri: '21', jabar: '32', jateng: '33', diy: '34', jatim: '35',
  banten: '36', bali: '51', ntb: '52', ntt: '53', kalbar: '61', kalsel: '63', kaltim: '64', kaltara: '65', sulut: '71',
  sulteng: '72', sulsel: '73', sultra: '74', sulbar: '76', maluku: '81', malut: '82', papuabarat: '92',
  // Province names that no regency or city shares (lampung.antaranews.com, aceh.antaranews.com), and the outlets'
  // name for Yogyakarta's bureau (jogja.antaranews.com).
  aceh: '11', lampung: '18', jogja: '34',
}
// Short-form regency hosts that cannot be derived from the official names (Kalimantan Tengah first: Kliping's first target).
const REGENCY_ALIASES = {
  kotimkab: '62.02', kobarkab: '62.01', barselkab: '62.04', barutkab: '62.05', bartimkab: '62.13', mura: '62.12',
  murakab: '62.12', gumaskab: '62.10', pulpiskab: '62.11', palangkaraya: '62.71', palangkarayakota: '62.71',
  kukarkab: '64.02', kutimkab: '64.08', kubarkab: '64.07',
  // A city hosted under the first word of its name (Kota Tidore Kepulauan).
  tidorekota: '82.72',
}

const provinces = {}
for (const [code, name] of rows('idn-area-data_provinces.csv')) provinces[code] = { name, tz: tz(code) }

const regencies = {}
const keys = new Map() // host key → Set of codes; a key claimed by two regencies is ambiguous and dropped
const claim = (key, code) => { if (!keys.has(key)) keys.set(key, new Set()); keys.get(key).add(code) }
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')
for (const [code, , name] of rows('idn-area-data_regencies.csv')) {
  regencies[code] = name
  const m = /^(Kabupaten|Kota) (.+)$/.exec(name)
  if (!m) continue
  const base = slug(m[2])
  if (m[1] === 'Kabupaten') claim(`${base}kab`, code)
  else { claim(`${base}kota`, code); claim(`kota${base}`, code); claim(base, code) }
}
// A regency's bare name is also its host (ponorogo.go.id, tanahdatar.go.id), unless a city has that name: a bare
// city name is the city's (bandung.go.id is Kota Bandung; Kabupaten Bandung is bandungkab.go.id).
const cityBases = new Set()
for (const name of Object.values(regencies)) { const m = /^Kota (.+)$/.exec(name); if (m) cityBases.add(slug(m[1])) }
for (const [code, name] of Object.entries(regencies)) {
  const m = /^Kabupaten (.+)$/.exec(name)
  // (Names of four letters or fewer, such as Pati, Bone or Karo, stay out: short labels name other things too.)
  if (m && !cityBases.has(slug(m[1])) && slug(m[1]).length > 4) claim(slug(m[1]), code)
}

const hosts = {}
for (const [key, codes] of [...keys].sort()) if (codes.size === 1) hosts[key] = [...codes][0]
Object.assign(hosts, REGENCY_ALIASES, PROVINCE_HOSTS)

// The regency short names of Kliping's acronym dictionary (region rows, e.g. "Malteng  Maluku Tengah  region  81"), as
// the rest of an office's host label after its prefix (tribratanews.polresmalteng.maluku.polri.go.id → "malteng").
// Kept apart from `hosts`: alone, short labels such as "mitra" or "tala" name other things.
const officeKeys = {}
const dictionary = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'acronyms.tsv'), 'utf8').split(/\r?\n/)
for (const line of dictionary) {
  const [form = '', expansion = '', category = '', region = ''] = line.split('\t')
  if (category !== 'region' || !/^\d\d$/.test(region) || form.includes('.')) continue
  const code = Object.keys(regencies).find((c) => c.startsWith(`${region}.`) && regencies[c].replace(/^(Kabupaten|Kota) /, '') === expansion)
  if (code && !(slug(form) in hosts)) officeKeys[slug(form)] = code
}

// Every province name and every regency or city name without "Kabupaten"/"Kota", lower-case, joined by "|": the
// place names the quote parser knows (isRegionName), ready for one native split at first use instead of a loop over
// the tables in a cold engine.
const placeNames = new Set()
for (const { name } of Object.values(provinces)) placeNames.add(name.toLowerCase())
for (const name of Object.values(regencies)) placeNames.add(name.replace(/^(Kabupaten|Kota) /, '').toLowerCase())
const out = { _comment: 'Derived from idn-area-data (ODbL 1.0); see regions-ATTRIBUTION.md. Generated by regions-build.mjs.', provinces, regencies, hosts, officeKeys, placeNames: [...placeNames].join('|') }
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'regions.json'), JSON.stringify(out) + '\n')
console.log(`provinces ${Object.keys(provinces).length}, regencies ${Object.keys(regencies).length}, host keys ${Object.keys(hosts).length}, office keys ${Object.keys(officeKeys).length}`)
