/**
 * Reading untrusted JSON for parseBackup: typed field access that reports every problem with its path instead of
 * throwing, reads own properties only (an inherited `constructor` or `toString` is never data), and the size and
 * length caps. Kept apart so parse-backup.ts reads as the file format.
 */
import type { AnnotationKind } from '../annotation-model.ts'
import { issue, type BackupCode, type BackupIssue } from './backup-messages.ts'

/** Caps, in characters; the same as the database's input checks so an import never stores what saving refuses. */
export const MAX = { url: 4_000, pageText: 2_000, published: 100, exact: 20_000, context: 200, note: 50_000, tag: 200, tags: 50, color: 40, speaker: 300 }
export const KINDS: ReadonlySet<string> = new Set<AnnotationKind>(['highlight', 'note', 'quote'])
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type Json = Record<string, unknown>

/** UTF-8 length of `text`, counting no further than `stop` bytes. */
export function utf8Length(text: string, stop = Infinity): number {
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= stop; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

export class Report {
  readonly errors: BackupIssue[] = []
  readonly warnings: BackupIssue[] = []
  private dropped = 0
  constructor(private readonly maxErrors: number) {}
  error(code: BackupCode, path: string, item: number | null, args?: Parameters<typeof issue>[3]): void {
    if (this.errors.length < this.maxErrors) this.errors.push(issue(code, path, item, args))
    else this.dropped++
  }
  warn(code: BackupCode, path: string, item: number | null): void {
    if (this.warnings.length < this.maxErrors) this.warnings.push(issue(code, path, item))
  }
  finish(): BackupIssue[] {
    return this.dropped ? [...this.errors, issue('more-errors', '', null, { count: this.dropped })] : this.errors
  }
}

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property only: inherited names (toString, constructor) must never be read as data. */
export function own(object: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Reads typed fields of one object, reporting problems under its path. */
export class Fields {
  constructor(private readonly report: Report, private readonly object: Json, private readonly path: string, private readonly item: number | null) {}

  private at(field: string): string {
    return `${this.path}.${field}`
  }

  string(field: string, max: number, required: true): string | undefined
  string(field: string, max: number, required?: false): string | null | undefined
  string(field: string, max: number, required = false): string | null | undefined {
    const value = own(this.object, field)
    if (value === undefined || (value === null && !required)) {
      if (required) this.report.error('missing', this.path, this.item, { field })
      return value === undefined && required ? undefined : null
    }
    if (typeof value !== 'string') {
      this.report.error('wrong-type', this.at(field), this.item, { field })
      return undefined
    }
    if (value.length > max) {
      this.report.error('too-long', this.at(field), this.item, { field, limit: max })
      return undefined
    }
    return value
  }

  url(field: string): string | undefined {
    const value = this.string(field, MAX.url, true)
    if (value === undefined) return undefined
    if (!isHttpUrl(value)) {
      this.report.error('not-url', this.at(field), this.item, { field })
      return undefined
    }
    return value
  }

  count(field: string): number | undefined {
    const value = own(this.object, field)
    if (value === undefined) {
      this.report.error('missing', this.path, this.item, { field })
      return undefined
    }
    if (!Number.isSafeInteger(value) || (value as number) < 0) {
      this.report.error('wrong-type', this.at(field), this.item, { field })
      return undefined
    }
    return value as number
  }

  time(field: string, required: boolean): number | undefined {
    const value = own(this.object, field)
    if (value === undefined && !required) return undefined
    const text = this.string(field, 40, true)
    if (text === undefined) return undefined
    const ms = ISO_TIME.test(text) ? Date.parse(text) : NaN
    if (!Number.isFinite(ms)) {
      this.report.error('not-date', this.at(field), this.item, { field })
      return undefined
    }
    return ms
  }
}
