/**
 * The messages parseBackup reports, Indonesian first. Each has a stable code (for tests and for a UI that wants to
 * phrase it differently), the Indonesian and the English text; `errors` / `warnings` carry both in one string,
 * "<where>: <Indonesian> / <English>", so a user of either language can act on it without a lookup.
 */

export type BackupCode =
  | 'too-large' | 'too-many' | 'not-json' | 'not-backup' | 'paged' | 'not-object' | 'missing' | 'wrong-type'
  | 'too-long' | 'not-uuid' | 'not-url' | 'not-date' | 'bad-kind' | 'bad-position' | 'needs-quote' | 'bad-target'
  | 'duplicate' | 'duplicate-conflict' | 'page-missing' | 'more-errors' | 'total-mismatch' | 'ignored-body'

type Args = { field?: string; limit?: number; count?: number }

const TEXT: Record<BackupCode, (a: Args) => [id: string, en: string]> = {
  'too-large': (a) => [`berkas lebih dari ${a.limit} byte`, `file is larger than ${a.limit} bytes`],
  'too-many': (a) => [`lebih dari ${a.limit} butir`, `more than ${a.limit} items`],
  'not-json': () => ['bukan JSON yang sah (berkas rusak atau terpotong?)', 'not valid JSON (damaged or truncated file?)'],
  'not-backup': () => ['bukan cadangan Kliping atau AnnotationCollection W3C', 'not a Kliping backup or W3C AnnotationCollection'],
  'paged': () => ['koleksi berhalaman (first berupa tautan) tidak didukung', 'paged collections (first is a link) are not supported'],
  'not-object': () => ['harus berupa objek', 'must be an object'],
  'missing': (a) => [`${a.field} tidak ada`, `${a.field} is missing`],
  'wrong-type': (a) => [`${a.field} bertipe salah`, `${a.field} has the wrong type`],
  'too-long': (a) => [`${a.field} lebih dari ${a.limit} karakter`, `${a.field} is longer than ${a.limit} characters`],
  'not-uuid': () => ['id bukan UUID (urn:uuid:…)', 'id is not a UUID (urn:uuid:…)'],
  'not-url': (a) => [`${a.field} bukan URL http(s)`, `${a.field} is not an http(s) URL`],
  'not-date': (a) => [`${a.field} bukan tanggal ISO 8601`, `${a.field} is not an ISO 8601 date`],
  'bad-kind': () => ['jenis harus highlight, note atau quote', 'kind must be highlight, note or quote'],
  'bad-position': () => ['TextPositionSelector harus 0 ≤ start ≤ end (bilangan bulat)', 'TextPositionSelector needs integers 0 ≤ start ≤ end'],
  'needs-quote': () => ['sorotan atau kutipan tanpa teks (TextQuoteSelector)', 'highlight or quote without text (TextQuoteSelector)'],
  'bad-target': () => ['target harus satu halaman http(s)', 'target must be a single http(s) page'],
  'duplicate': () => ['duplikat identik; dilewati', 'identical duplicate; skipped'],
  'duplicate-conflict': () => ['duplikat berbeda; versi terbaru dipakai', 'conflicting duplicate; the newest version is kept'],
  'page-missing': () => ['data artikel tidak ada; dibuat dari URL', 'article record missing; made from the URL'],
  'more-errors': (a) => [`dan ${a.count} kesalahan lain`, `and ${a.count} more errors`],
  'total-mismatch': () => ['total tidak sama dengan jumlah butir', 'total does not match the number of items'],
  'ignored-body': () => ['isi (body) yang tidak dikenal diabaikan', 'unknown body ignored'],
}

export interface BackupIssue {
  code: BackupCode
  /** Where: 'items[3].target', 'kliping:pages[0].url', or '' for the whole file. */
  path: string
  /** 0-based index in the annotation list (or page list for page paths), null for the whole file. */
  item: number | null
  id: string
  en: string
}

export function issue(code: BackupCode, path: string, item: number | null, args: Args = {}): BackupIssue {
  const [id, en] = TEXT[code](args)
  return { code, path, item, id, en }
}

export function formatIssue(i: BackupIssue): string {
  return i.path ? `${i.path}: ${i.id} / ${i.en}` : `${i.id} / ${i.en}`
}
