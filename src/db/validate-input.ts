/**
 * Checks what the content script asks the background to store. The content script is ours, but everything it
 * sends comes from page text, so shapes, types and sizes are checked before anything reaches the database.
 */
import type { NewAnnotation, PageInfo } from './annotations.ts'

const MAX_TEXT = 20_000
const MAX_NOTE = 50_000
const KINDS = new Set(['highlight', 'note', 'quote'])

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max
const isNullableString = (value: unknown, max: number): value is string | null => value === null || isString(value, max)
const isOffset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0

function isHttpUrl(value: unknown): value is string {
  if (!isString(value, 4_000)) return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

export function isPageInfo(value: unknown): value is PageInfo {
  const page = value as Partial<PageInfo> | null
  return (
    typeof page === 'object' &&
    page !== null &&
    isHttpUrl(page.url) &&
    (['title', 'outlet', 'author', 'published', 'province', 'regency'] as const).every((key) => isNullableString(page[key], 2_000))
  )
}

export function isNewAnnotation(value: unknown): value is NewAnnotation {
  const a = value as Partial<NewAnnotation> | null
  if (typeof a !== 'object' || a === null) return false
  if (!KINDS.has(a.kind as string) || !isNullableString(a.color, 40) || !isString(a.note, MAX_NOTE)) return false
  if (!Array.isArray(a.tags) || a.tags.length > 50 || !a.tags.every((tag) => isString(tag, 200))) return false
  if (!isNullableString(a.speaker, 300)) return false
  const quote = a.quote
  if (quote !== null && (typeof quote !== 'object' || !isString(quote?.exact, MAX_TEXT) || !isString(quote.prefix, 200) || !isString(quote.suffix, 200))) return false
  const position = a.position
  if (position !== null && (typeof position !== 'object' || !isOffset(position?.start) || !isOffset(position.end) || position.end < position.start)) return false
  return true
}
