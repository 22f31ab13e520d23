/**
 * Parses the date formats of Indonesian news and government pages into ISO 8601:
 * "18 Januari 2020 07:42" (MMC), "Rabu (29/10/2025)" (datelines), "Kamis, 31 Juli 2025", "27 Feb 2018 | 10:15 WIB",
 * "Senin, 14 Jul 2025 14:03 WIB" (detik), "31/07/2025, 08:15 WIB" (Kompas), ISO strings from meta tags, and the
 * English order of the /en/ pages ministries publish ("August 27, 2025 | 15:30", "Nov 25, 2026 | 04:32 pm").
 * WIB/WITA/WIT (or a default offset, e.g. from the site's province) becomes +07:00/+08:00/+09:00. A date without
 * a time stays a date ("2025-07-31"). Anything impossible (31 Februari, month 13, hour 25) gives null.
 */

export type Zone = 'WIB' | 'WITA' | 'WIT'
export const ZONE_OFFSET: Record<Zone, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' }

export interface ParsedDate {
  /** ISO 8601: "2020-01-18T07:42:00+07:00", "2020-01-18T07:42:00" (no zone known) or "2025-07-31" (no time). */
  iso: string
  hasTime: boolean
  /** The offset used, and where it came from. */
  offset: string | null
  zoneSource: 'text' | 'iso' | 'default' | null
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, peb: 2, februari: 2, pebruari: 2, february: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agus: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, desember: 12, dec: 12, december: 12,
}

const MONTH_NAMED = /(\d{1,2})\s*[\s.-]\s*([A-Za-z]{3,9})\.?\s*[\s.,-]\s*(\d{4})/
/** English month-first order: "August 27, 2025", "Aug. 27th 2025" (tried after the day-first order). */
const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/
// Not the tail of a letter or document number ("HM.4.6/312/SET.M.EKON.3/08/2025" is no 3 August): a numeric date
// stands on its own, with no letter, digit, dot or slash glued before it.
const NUMERIC = /(?<![\w./-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/
const TIME = /(?:^|[^\d])([01]?\d|2[0-3])[:.]([0-5]\d)(?::([0-5]\d))?(?!\d)/
const ZONE = /\b(WIB|WITA|WIT)\b/
/** "am"/"pm" (or "a.m."/"p.m.") right after a time. */
const MERIDIEM = /^\s*([ap])\.?\s?m\b\.?/i

const pad = (n: number) => String(n).padStart(2, '0')

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

/**
 * @param input - the text of a date element, attribute or meta value
 * @param defaultOffset - the offset to assume when the text names no zone (e.g. '+07:00' for a Kalteng site)
 */
export function parseIndonesianDate(input: string | null | undefined, defaultOffset: string | null = null): ParsedDate | null {
  if (!input) return null
  const text = input.replace(/\u00a0/g, ' ').slice(0, 300)
  const iso = ISO.exec(text)
  if (iso) return fromIso(iso, defaultOffset)

  let y = 0
  let m = 0
  let d = 0
  let rest = text
  const named = MONTH_NAMED.exec(text)
  const month = named ? MONTHS[(named[2] ?? '').toLowerCase()] : undefined
  const english = named && month ? null : MONTH_FIRST.exec(text)
  const englishMonth = english ? MONTHS[(english[1] ?? '').toLowerCase()] : undefined
  if (named && month) {
    d = Number(named[1])
    m = month
    y = Number(named[3])
    rest = text.slice(named.index + named[0].length)
  } else if (english && englishMonth) {
    d = Number(english[2])
    m = englishMonth
    y = Number(english[3])
    rest = text.slice(english.index + english[0].length)
  } else {
    const num = NUMERIC.exec(text)
    if (!num) return null
    d = Number(num[1])
    m = Number(num[2])
    y = Number(num[3])
    if (y < 100) y += 2000
    rest = text.slice(num.index + num[0].length)
  }
  if (!validDate(y, m, d)) return null
  const date = `${y}-${pad(m)}-${pad(d)}`
  const time = TIME.exec(rest)
  if (!time) return { iso: date, hasTime: false, offset: null, zoneSource: null }
  const zone = ZONE.exec(rest)?.[1] as Zone | undefined
  const offset = zone ? ZONE_OFFSET[zone] : defaultOffset
  // The English pages' 12-hour clock: "04:32 pm", "11.05 a.m.".
  let hour = Number(time[1])
  const meridiem = MERIDIEM.exec(rest.slice(time.index + time[0].length))
  if (meridiem && hour >= 1 && hour <= 12) hour = (hour % 12) + ((meridiem[1] ?? '').toLowerCase() === 'p' ? 12 : 0)
  const hms = `${pad(hour)}:${time[2]}:${time[3] ?? '00'}`
  return { iso: `${date}T${hms}${offset ?? ''}`, hasTime: true, offset: offset ?? null, zoneSource: zone ? 'text' : offset ? 'default' : null }
}

function fromIso(m: RegExpExecArray, defaultOffset: string | null): ParsedDate | null {
  const [, y, mo, d, hh, mm, ss, z] = m
  if (!validDate(Number(y), Number(mo), Number(d))) return null
  const date = `${y}-${mo}-${d}`
  if (hh === undefined) return { iso: date, hasTime: false, offset: null, zoneSource: null }
  if (Number(hh) > 23) return null
  const time = `${hh}:${mm}:${ss ?? '00'}`
  if (z) {
    const given = z === 'Z' ? '+00:00' : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z
    // Same instant, shown in the site's zone when we know it (readers think in WIB/WITA/WIT).
    if (defaultOffset && defaultOffset !== given) {
      const shifted = shift(`${date}T${time}${given}`, defaultOffset)
      if (shifted) return { iso: shifted, hasTime: true, offset: defaultOffset, zoneSource: 'default' }
    }
    return { iso: `${date}T${time}${given}`, hasTime: true, offset: given, zoneSource: 'iso' }
  }
  return { iso: `${date}T${time}${defaultOffset ?? ''}`, hasTime: true, offset: defaultOffset, zoneSource: defaultOffset ? 'default' : null }
}

function shift(isoWithOffset: string, offset: string): string | null {
  const t = Date.parse(isoWithOffset)
  const om = /^([+-])(\d{2}):(\d{2})$/.exec(offset)
  if (Number.isNaN(t) || !om) return null
  const mins = (om[1] === '-' ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3]))
  const local = new Date(t + mins * 60_000)
  const p = local.toISOString().slice(0, 19)
  return `${p}${offset}`
}

/** Convenience: the ISO string or null. */
export function toIsoDate(input: string | null | undefined, defaultOffset: string | null = null): string | null {
  return parseIndonesianDate(input, defaultOffset)?.iso ?? null
}
