import { describe, expect, test } from 'vitest'
import { normalizeUrl } from './normalize-url.ts'

describe('normalizeUrl', () => {
  test.each([
    ['https://kotimkab.go.id/2025/08/12/x/?utm_source=whatsapp&fbclid=IwAR0abc#komentar', 'https://kotimkab.go.id/2025/08/12/x/'],
    ['http://humas.jatengprov.go.id/detail_berita_gubernur?id=2846&utm_medium=social', 'http://humas.jatengprov.go.id/detail_berita_gubernur?id=2846'],
    ['https://nasional.kompas.com/read/2025/07/28/1/x?page=all&gclid=abc', 'https://nasional.kompas.com/read/2025/07/28/1/x?page=all'],
    ['HTTPS://MMC.Kalteng.GO.ID:443/berita/read/1/x', 'https://mmc.kalteng.go.id/berita/read/1/x'],
    ['https://contoh.go.id/index.php?option=com_content&view=article&id=12&msclkid=z&ref=fb', 'https://contoh.go.id/index.php?option=com_content&view=article&id=12'],
  ])('%s', (input, out) => {
    expect(normalizeUrl(input)).toBe(out)
  })
  test('relative with a base, and garbage', () => {
    expect(normalizeUrl('/berita/read/1/x#a', 'https://mmc.kalteng.go.id/')).toBe('https://mmc.kalteng.go.id/berita/read/1/x')
    expect(normalizeUrl('  not a url ')).toBe('not a url')
  })
})

describe('normalizeUrl keeps article parameters exactly as written', () => {
  test('does not re-encode the parameters it keeps', () => {
    expect(normalizeUrl('https://x.go.id/cari.php?q=a+b&id=12%2F3&utm_source=wa#top')).toBe('https://x.go.id/cari.php?q=a+b&id=12%2F3')
  })
})
