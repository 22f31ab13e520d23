/**
 * What the exporters read: the database records as they are (type-only, so core stays free of Dexie), plus the
 * labels each export language needs. Indonesian is the default everywhere; English is for sharing abroad.
 */
import type { AnnotationKind, AnnotationRecord, PageRecord } from '../annotation-model.ts'

export type ExportPage = PageRecord
export type ExportAnnotation = AnnotationRecord
export type ExportLanguage = 'id' | 'en'

interface Labels {
  columns: readonly [string, string, string, string, string, string, string, string, string, string, string]
  kinds: Record<AnnotationKind, string>
  untitled: string
  unknownOutlet: string
  note: string
  tags: string
  speaker: string
  pageNote: string
  published: string
  accessed: string
  heading: string
}

export const LABELS: Record<ExportLanguage, Labels> = {
  id: {
    columns: ['dibuat', 'media', 'judul', 'terbit', 'URL', 'jenis', 'pembicara', 'kutipan', 'catatan', 'tag', 'warna'],
    kinds: { highlight: 'sorotan', note: 'catatan', quote: 'kutipan' },
    untitled: '(tanpa judul)',
    unknownOutlet: '(media tidak diketahui)',
    note: 'Catatan',
    tags: 'Tag',
    speaker: 'Pembicara',
    pageNote: 'Catatan halaman',
    published: 'terbit',
    accessed: 'diakses',
    heading: 'Kliping',
  },
  en: {
    columns: ['created', 'outlet', 'title', 'published', 'URL', 'kind', 'speaker', 'quote', 'note', 'tags', 'colour'],
    kinds: { highlight: 'highlight', note: 'note', quote: 'quote' },
    untitled: '(untitled)',
    unknownOutlet: '(unknown outlet)',
    note: 'Note',
    tags: 'Tags',
    speaker: 'Speaker',
    pageNote: 'Page note',
    published: 'published',
    accessed: 'accessed',
    heading: 'Kliping',
  },
}

/** ISO 8601 in UTC with milliseconds, or '' for a timestamp that is not a valid date. */
export function isoTime(ms: number): string {
  const date = new Date(ms)
  return Number.isFinite(date.getTime()) ? date.toISOString() : ''
}

/** Pages by URL, for joining annotations to their article. */
export function pagesByUrl(pages: readonly ExportPage[]): Map<string, ExportPage> {
  const map = new Map<string, ExportPage>()
  for (const page of pages) map.set(page.url, page)
  return map
}

/** Year, month, day of an ISO 8601 date as written (the publisher's local date), or null. */
export function dateParts(iso: string | null): [number, number, number] | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  if (!match) return null
  const parts: [number, number, number] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31 ? parts : null
}
