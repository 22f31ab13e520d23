import { describe, expect, test } from 'vitest'
import { escapeMarkdown, escapeMarkdownLine, toMarkdown } from './markdown.ts'
import { annotation, HOSTILE, HOSTILE_PAGE, PAGE, sampleAnnotations } from './test-records.ts'

/** Undoes escapeMarkdown the way a CommonMark renderer would (backslash + ASCII punctuation → the character). */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\\\n/g, '\n')

/**
 * Every line the exporter wrote must be inert: once our own syntax (heading marks, "> " quote prefix, "**Label:**",
 * the autolink we made) is removed and escapes are dropped, nothing that opens a link, HTML, code or table is left.
 */
function assertInert(markdown: string): void {
  for (const raw of markdown.split('\n')) {
    let line = raw.replace(/^## /, '').replace(/^>( |$)/, '').replace(/^— /, '').replace(/^\*\*[^*]+:\*\* /, '')
    line = line.replace(/ · <https?:\/\/[^\s<>]+>$/, '').replace(/^<https?:\/\/[^\s<>]+>$/, '')
    const bare = line.replace(/\\[!-/:-@[-`{-~]/g, '').replace(/\\$/, '').replace(/^\*([^*]+)\*( · |$)/, '$2')
    expect(bare, raw).not.toMatch(/[[\]<>`|]|^\s*(#|[-+*] |\d+[.)])/)
  }
}

describe('escapeMarkdown', () => {
  test.each(HOSTILE)('%j renders back to itself and is inert', (text) => {
    const escaped = escapeMarkdown(text)
    const expected = text.split(/\r\n|\r|\n/).map((l) => l.replace(/^[ \t]+/, '')).join('\n')
    expect(unescape(escaped)).toBe(expected)
    assertInert(escaped)
  })

  test('link, image, HTML and autolink syntax are escaped', () => {
    expect(escapeMarkdownLine('[klik](javascript:alert(1))')).toBe('\\[klik\\]\\(javascript:alert\\(1\\)\\)')
    expect(escapeMarkdownLine('<script>alert(1)</script>')).toBe('\\<script\\>alert\\(1\\)\\</script\\>')
    expect(escapeMarkdownLine('![x](y)')).toBe('\\!\\[x\\]\\(y\\)')
    expect(escapeMarkdownLine('1. daftar')).toBe('1\\. daftar')
    expect(escapeMarkdownLine('- butir')).toBe('\\- butir')
    expect(escapeMarkdownLine('    kode')).toBe('kode')
  })

  test('Indonesian and emoji are untouched', () => {
    expect(escapeMarkdownLine('“Kita harus tahu,” ujarnya 🎉 déjà')).toBe('“Kita harus tahu,” ujarnya 🎉 déjà')
  })
})

describe('toMarkdown', () => {
  test('grouped by article with a citation header; each annotation a blockquote with speaker, note and tags', () => {
    const md = toMarkdown([PAGE], sampleAnnotations().slice(0, 3))
    expect(md).toBe([
      '## Sekjen Kemendagri Minta Sekda dan Kepala Bappeda Manfaatkan Forum Rakor',
      '',
      '*MMC Kalteng* · Humas Pemprov Kalteng · terbit 2025-10-29 · <https://mmc.kalteng.go.id/berita/read/12345/sekjen-kemendagri-minta-sekda>',
      '',
      '**Catatan halaman:** Catatan halaman: hubungi Humas 🎉\\',
      '**Tag:** tindak lanjut',
      '',
      '> menyamakan persepsi',
      '',
      '> “Kita harus tahu mana yang menjadi skala prioritas.”',
      '>',
      '> — Tomsi Tohir',
      '',
      '**Catatan:** Cek ke APBD 2025\\',
      '**Tag:** anggaran, prioritas',
      '',
    ].join('\n'))
  })

  test('English labels', () => {
    const md = toMarkdown([PAGE], [annotation({ note: 'check', tags: ['budget'] })], 'en')
    expect(md).toContain('**Note:** check')
    expect(md).toContain('**Tags:** budget')
    expect(md).toContain('published 2025-10-29')
  })

  test('hostile page text and notes stay inert', () => {
    const md = toMarkdown([PAGE, HOSTILE_PAGE], sampleAnnotations())
    assertInert(md)
    expect(md).toContain('<https://jdih.example.go.id/berita?id=1&q=a%20b#x>')
    expect(md).not.toContain('<script>')
    expect(md).not.toContain('](javascript:')
  })

  test('an annotation whose page record is missing still gets a section', () => {
    const md = toMarkdown([], [annotation({ pageUrl: 'https://example.go.id/a' })])
    expect(md.startsWith('## (tanpa judul)\n\n(media tidak diketahui) · <https://example.go.id/a>')).toBe(true)
  })

  test('empty input → empty document', () => {
    expect(toMarkdown([], [])).toBe('')
    expect(toMarkdown([PAGE], [])).toBe('')
  })
})
