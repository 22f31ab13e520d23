/**
 * The region a government host belongs to: `kalteng.go.id` → Kalimantan Tengah, `kotimkab.go.id` →
 * Kotawaringin Timur (Kalimantan Tengah). Data: src/data/regions.json, derived from idn-area-data (ODbL 1.0, see
 * src/data/regions-ATTRIBUTION.md) plus Kliping's host keys and per-province time zones.
 */
import regions from '../../data/regions.json'
import type { Zone } from './parse-indonesian-date.ts'

export interface Region {
  province: string | null
  regency: string | null
  provinceCode: string | null
  regencyCode: string | null
  /** 'Kabupaten' or 'Kota' for a regency. */
  regencyType: 'Kabupaten' | 'Kota' | null
  timezone: Zone | null
}

const data = regions as unknown as {
  provinces: Record<string, { name: string; tz: Zone }>
  regencies: Record<string, string>
  hosts: Record<string, string>
  /** Regency short names ("malteng"), read only as the rest of an office's host label after its prefix. */
  officeKeys: Record<string, string>
  /** Lower-case province names and regency/city names without "Kabupaten"/"Kota", joined by "|". */
  placeNames: string
}

export const NO_REGION: Region = { province: null, regency: null, provinceCode: null, regencyCode: null, regencyType: null, timezone: null }

let placeNames: Set<string> | null = null

/**
 * Whether `lower` (lower-case words joined by single spaces) is the name of a province or of a regency or city
 * without its "Kabupaten"/"Kota" ("aceh", "kutai kartanegara", "palangka raya"). Built on first use.
 */
export function isRegionName(lower: string): boolean {
  // The names come ready from the data file (regions-build.mjs): one native split, no loop in a cold engine.
  placeNames ??= new Set(data.placeNames.split('|'))
  return placeNames.has(lower)
}

let regencyCodes: Map<string, string> | null = null

/**
 * The region a page names as its own home ("Desa Wonokerto, Kapanewon Turi, Kabupaten Sleman, …"): the first
 * "Kabupaten X" or "Kota X" in `text` that the gazetteer knows, or NO_REGION. For village sites (`.desa.id`), whose
 * host names no region; only the time zone is taken from it.
 */
export function regionNamedIn(text: string): Region {
  if (regencyCodes === null) {
    regencyCodes = new Map()
    for (const [code, name] of Object.entries(data.regencies)) regencyCodes.set(name.toLowerCase(), code)
  }
  const lower = text.toLowerCase()
  for (let at = lower.search(/\b(kabupaten|kota) /); at >= 0; ) {
    const words = lower.slice(at).split(/[\s,.·|–-]+/).slice(0, 4)
    for (let n = 4; n >= 2; n--) {
      const code = regencyCodes.get(words.slice(0, n).join(' '))
      if (code !== undefined) return regionFromCode(code)
    }
    const next = lower.slice(at + 5).search(/\b(kabupaten|kota) /)
    at = next < 0 ? -1 : at + 5 + next
  }
  return NO_REGION
}

/** Looks the host's labels up right to left (`dinkes.kotimkab.go.id` → `kotimkab`), for .go.id and ANTARA regional hosts. */
export function regionFromHost(hostname: string): Region {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  let labels: string[]
  if (host.endsWith('.go.id')) labels = host.slice(0, -'.go.id'.length).split('.')
  else if (host.endsWith('.antaranews.com')) labels = host.slice(0, -'.antaranews.com'.length).split('.')
  // The portal of the Jakarta provincial government.
  else if (host === 'beritajakarta.id' || host.endsWith('.beritajakarta.id')) return regionFromCode('31')
  else return NO_REGION
  for (let i = labels.length - 1; i >= 0; i--) {
    // A province's name as the subdomain of a national body's site (jambi.bawaslu.go.id, tribratanews.jambi.polri.go.id)
    // is the body's provincial office, even where a city has that name (Kota Jambi's own site is jambikota.go.id).
    const code = (i < labels.length - 1 && PROVINCIAL_OFFICE_DOMAINS.has(labels[i + 1] ?? '') ? provinceCodeByName(labels[i] ?? '') : undefined) ??
      hostKeyCode(labels[i] ?? '')
    if (!code) continue
    // A province's label with a regency office of that province further left
    // (tribratanews.polresmalteng.maluku.polri.go.id): the regency.
    if (!code.includes('.')) {
      for (let j = i - 1; j >= 0; j--) {
        const inner = hostKeyCode(labels[j] ?? '')
        if (inner?.startsWith(`${code}.`)) return regionFromCode(inner)
      }
    }
    return regionFromCode(code)
  }
  return NO_REGION
}

/**
 * National bodies whose provincial offices are subdomains named after the province (jambi.bawaslu.go.id,
 * tribratanews.jambi.polri.go.id, jambi.bps.go.id). Not the immigration offices, which are named after their city.
 */
const PROVINCIAL_OFFICE_DOMAINS: ReadonlySet<string> = new Set(['bawaslu', 'kpu', 'bps', 'kemenag', 'polri', 'bpk', 'bpkp', 'bnn', 'ombudsman',
  'bkkbn', 'pom', 'kemenkumham', 'kemenkum', 'lldikti', 'bmkg', 'kejaksaan', 'komnasham', 'kpid'])

let provinceCodes: Map<string, string> | null = null

/** The code of the province whose name, letters only, is `label` ("jambi", "sumaterabarat"), or undefined. */
function provinceCodeByName(label: string): string | undefined {
  if (provinceCodes === null) {
    provinceCodes = new Map()
    for (const [code, province] of Object.entries(data.provinces)) provinceCodes.set(province.name.toLowerCase().replace(/[^a-z]/g, ''), code)
  }
  return provinceCodes.get(label)
}

/**
 * Prefixes of an office's own host label before its region's key, written together with it: a prison
 * (`lapaskendari`), a police resort (`polresmalteng`), a regency parliament (`dprdwonogirikab`). Longest first.
 */
const OFFICE_PREFIXES = ['polrestabes', 'polresta', 'polres', 'bawaslu', 'kejari', 'lapas', 'rutan', 'bapas', 'setwan', 'dprd', 'rsud']
/** Offices written before a hyphen and their region (`pn-mataram`, `pa-bandung`, `dprd-wonogirikab`). */
const HYPHEN_OFFICES: ReadonlySet<string> = new Set([...OFFICE_PREFIXES, 'pn', 'pa', 'ptun', 'pt', 'pta', 'kpu', 'kpud', 'dinkes', 'disdik', 'bpbd', 'bappeda'])

/**
 * The region code of one host label: the label itself (`kotimkab`), its last part after a hyphen (`dprd-wonogirikab`,
 * `pn-mataram`), or the rest after an office's prefix (`lapaskendari`). A regency's short name from the dictionary
 * (`malteng`) counts only after an office (`polresmalteng`, `pn-malteng`): alone, or after any other word ("e-mitra"),
 * such short labels name other things.
 */
function hostKeyCode(label: string): string | undefined {
  const direct = Object.hasOwn(data.hosts, label) ? data.hosts[label] : undefined
  if (direct) return direct
  // A regency's short name with the ".go.id" suffix regencies use (`tanjabtimkab` for Tanjung Jabung Timur).
  if (label.endsWith('kab') && Object.hasOwn(data.officeKeys, label.slice(0, -3))) return data.officeKeys[label.slice(0, -3)]
  const dash = label.lastIndexOf('-')
  if (dash > 0) return restKeyCode(label.slice(dash + 1), HYPHEN_OFFICES.has(label.slice(0, dash)))
  for (const prefix of OFFICE_PREFIXES) {
    if (label.length <= prefix.length + 2 || !label.startsWith(prefix)) continue
    const code = restKeyCode(label.slice(prefix.length), true)
    if (code) return code
  }
  return undefined
}

/** The region code of what follows a prefix: a host key, or after an office a regency's short name (`malteng`). */
function restKeyCode(rest: string, afterOffice: boolean): string | undefined {
  if (Object.hasOwn(data.hosts, rest)) return data.hosts[rest]
  return afterOffice && Object.hasOwn(data.officeKeys, rest) ? data.officeKeys[rest] : undefined
}

/** Path sections of national sites that hold their regional offices' pages, the province key next. */
const REGIONAL_SECTIONS: ReadonlySet<string> = new Set(['kanwil', 'perwakilan', 'provinsi', 'wilayah'])

/**
 * The region of a page's URL: its host's (regionFromHost), else, on a national government host, a province key as
 * the first segment of the path (`kemenag.go.id/sumut/…`, the ministry's provincial office's section).
 */
export function regionFromUrl(url: URL): Region {
  const byHost = regionFromHost(url.hostname)
  if (byHost !== NO_REGION || !url.hostname.toLowerCase().endsWith('.go.id')) return byHost
  const segments = url.pathname.toLowerCase().split('/')
  // (Or after a regional-office section: djpb.kemenkeu.go.id/kanwil/sultra/….)
  const first = (REGIONAL_SECTIONS.has(segments[1] ?? '') ? segments[2] : segments[1]) ?? ''
  const code = Object.hasOwn(data.hosts, first) ? data.hosts[first] : undefined
  return code && !code.includes('.') ? regionFromCode(code) : NO_REGION
}

let provinceNames: Set<string> | null = null

/** Whether `lower` (lower-case words) is a province's name ("jawa barat", "papua barat daya"). */
export function isProvinceName(lower: string): boolean {
  provinceNames ??= new Set(Object.values(data.provinces).map((p) => p.name.toLowerCase()))
  return provinceNames.has(lower)
}

/**
 * Whether `lower` is a province's or a regency's short name ("kalteng", "tapteng", "kotim"), as writers put it before an
 * office's name ("the Tapteng General Elections Commission").
 */
export function isRegionShortName(lower: string): boolean {
  return isProvinceKey(lower) || Object.hasOwn(data.officeKeys, lower)
}

/** Whether `lower` is a province's short name or portal key ("kalteng", "sumut", "kaltimprov"). */
export function isProvinceKey(lower: string): boolean {
  const code = Object.hasOwn(data.hosts, lower) ? data.hosts[lower] : undefined
  return code !== undefined && !code.includes('.')
}

let placeZones: Map<string, Zone> | null = null

/**
 * The time zone of a place named bare ("gianyar", "kupang", "bali", "palangka raya"): a province, or a regency or
 * city without "Kabupaten"/"Kota", lower-case. Null when the gazetteer does not know it, or when one name stands for
 * places in two zones.
 */
export function zoneOfPlace(lower: string): Zone | null {
  if (placeZones === null) {
    const zones = new Map<string, Zone | null>()
    const put = (name: string, tz: Zone) => zones.set(name, zones.has(name) && zones.get(name) !== tz ? null : tz)
    for (const province of Object.values(data.provinces)) put(province.name.toLowerCase(), province.tz)
    for (const [code, name] of Object.entries(data.regencies)) {
      const tz = data.provinces[code.split('.')[0] ?? '']?.tz
      if (tz) put(name.toLowerCase().replace(/^(kabupaten|kota) /, ''), tz)
    }
    placeZones = new Map([...zones].filter((entry): entry is [string, Zone] => entry[1] !== null))
  }
  return placeZones.get(lower) ?? null
}

export function regionFromCode(code: string): Region {
  const provinceCode = code.split('.')[0] ?? code
  const province = data.provinces[provinceCode]
  if (!province) return NO_REGION
  const full = code.includes('.') ? data.regencies[code] : undefined
  const m = full ? /^(Kabupaten|Kota) (.+)$/.exec(full) : null
  return {
    province: province.name,
    regency: m ? (m[2] ?? null) : (full ?? null),
    provinceCode,
    regencyCode: full ? code : null,
    regencyType: m ? (m[1] as 'Kabupaten' | 'Kota') : null,
    timezone: province.tz,
  }
}
