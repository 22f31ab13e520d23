import { describe, expect, test } from 'vitest'
import { parseIndonesianDate, toIsoDate } from './parse-indonesian-date.ts'

describe('parseIndonesianDate', () => {
  test.each([
    ['18 Januari 2020 07:42', '+07:00', '2020-01-18T07:42:00+07:00'],
    ['Nov 25, 2026 | 04:32 pm', '+07:00', '2026-11-25T16:32:00+07:00'],
    ['November 25, 2026 12:05 a.m.', null, '2026-11-25T00:05:00'],
    ['25 November 2026 12:30 PM', null, '2026-11-25T12:30:00'],
    ['18 Januari 2020 07:42', null, '2020-01-18T07:42:00'],
    ['Rabu (29/10/2025)', null, '2025-10-29'],
    ['Kamis, 31 Juli 2025', '+08:00', '2025-07-31'],
    ['27 Feb 2018 | 10:15 WIB', null, '2018-02-27T10:15:00+07:00'],
    ['27 Feb 2018 | 10:15 WITA', '+07:00', '2018-02-27T10:15:00+08:00'],
    ['Senin, 14 Jul 2025 13:20 WIT', null, '2025-07-14T13:20:00+09:00'],
    ['Kompas.com - 28/07/2025, 14:15 WIB', null, '2025-07-28T14:15:00+07:00'],
    ['Jumat, 25 Juli 2025, 10:15 WIB, 412 View', null, '2025-07-25T10:15:00+07:00'],
    ['Diterbitkan: 23 Juli 2025', null, '2025-07-23'],
    ['12 Agustus 2025 pukul 09.30 WIB', null, '2025-08-12T09:30:00+07:00'],
    ['1 Nopember 2019', null, '2019-11-01'],
    ['2025-07-31T15:12:44+07:00', null, '2025-07-31T15:12:44+07:00'],
    ['2025-07-31T08:12:44Z', '+07:00', '2025-07-31T15:12:44+07:00'],
    ['2025-07-31T08:12:44+0000', null, '2025-07-31T08:12:44+00:00'],
    ['2025-07-31 08:12:44', '+08:00', '2025-07-31T08:12:44+08:00'],
    ['2025-07-31', '+07:00', '2025-07-31'],
    // English order on the /en/ pages of ministries.
    ['August 27, 2025 | 15:30', '+07:00', '2025-08-27T15:30:00+07:00'],
    ['Aug. 27th 2025', null, '2025-08-27'],
    ['Wednesday, 20 August 2025 | 14:30 WIB', null, '2025-08-20T14:30:00+07:00'],
    // A letter number before the date is no date of its own ("…EKON.3/08/2025" is not 3 August).
    ['HM.4.6/312/SET.M.EKON.3/08/2025 August 27, 2025 | 15:30', '+07:00', '2025-08-27T15:30:00+07:00'],
    ['Nomor: 470/12.3/08/2025, Senin (1/9/2025)', null, '2025-09-01'],
  ])('%s (default %s)', (text, offset, iso) => {
    expect(toIsoDate(text, offset)).toBe(iso)
  })
  test.each([
    '31 Februari 2025 10:00', '30/13/2025', 'Selasa', 'kemarin sore', '', '99 Januari 2025', '2025-02-30', '18 Frimaire 2020', '2025-07-31T25:00:00', '12 Januari 1850',
  ])('malformed: %j → null', (text) => {
    expect(parseIndonesianDate(text)).toBeNull()
  })
  test('null and undefined input', () => {
    expect(parseIndonesianDate(null)).toBeNull()
    expect(parseIndonesianDate(undefined)).toBeNull()
  })
  test('reports where the zone came from', () => {
    expect(parseIndonesianDate('27 Feb 2018 10:15 WIB', '+08:00')?.zoneSource).toBe('text')
    expect(parseIndonesianDate('27 Feb 2018 10:15', '+08:00')?.zoneSource).toBe('default')
  })
})
