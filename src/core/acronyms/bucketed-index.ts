/**
 * The shipped dictionary's look-up index as two strings, so a page loads it without building any object: the
 * index used to be a JSON object of ~1,700 keys, and parsing it (every key a property) was the largest single step
 * of the acronym pass on a fresh page (0.4–0.5 ms of a ~2 ms pass).
 *
 * - `keys`: every entry as `|key=value` (no key holds '|' or '='), grouped in buckets by the key's first letter and length
 *   (bucketOf). The value is a row offset ("1234") or the tuple of a multi-token start, dotted form or variant
 *   ("12,-1,2,0"), see types.ts `Entry`.
 * - `buckets`: one character per bucket (plus one), its code the bucket's start offset in `keys`: bucket b is
 *   keys[buckets.charCodeAt(b), buckets.charCodeAt(b + 1)). Offsets must stay below 0xD800 so that no character
 *   is a lone surrogate (the generator checks it).
 *
 * A look-up reads two characters, and only when the token's bucket is not empty (most lower-case words land in
 * empty buckets) compares the token with that bucket's few keys in place.
 */
import type { Entry } from './types.ts'

const LETTERS = 26
/** Keys longer than this, or not starting with an ASCII letter, share the last bucket. */
const MAX_LENGTH = 63
export const OTHER_BUCKET = 128 * LETTERS
export const BUCKET_COUNT = OTHER_BUCKET + 1
/** Offsets are stored as UTF-16 code units below the surrogate range. */
export const MAX_KEYS_LENGTH = 0xd7ff

export function bucketOf(token: string): number {
  const n = token.length
  if (n === 0 || n > MAX_LENGTH) return OTHER_BUCKET
  const c = token.charCodeAt(0)
  if (c >= 65 && c <= 90) return n * LETTERS + (c - 65)
  if (c >= 97 && c <= 122) return (64 + n) * LETTERS + (c - 97)
  return OTHER_BUCKET
}

function encodeEntry(entry: Entry): string {
  return typeof entry === 'number' ? String(entry) : entry.join(',')
}

/** Builds the two strings from an index (generator side). Throws when the index is too large for the encoding. */
export function bucketIndex(index: Iterable<readonly [string, Entry]>): { keys: string; buckets: string } {
  const byBucket: string[][] = Array.from({ length: BUCKET_COUNT }, () => [])
  for (const [key, entry] of index) {
    if (key.includes('|') || key.includes('=')) throw new Error(`key ${JSON.stringify(key)} holds a separator`)
    byBucket[bucketOf(key)]!.push(`|${key}=${encodeEntry(entry)}`)
  }
  let keys = ''
  let buckets = ''
  for (const list of byBucket) {
    buckets += String.fromCharCode(keys.length)
    keys += list.sort().join('')
  }
  if (keys.length > MAX_KEYS_LENGTH) throw new Error(`bucketed index too long (${keys.length} > ${MAX_KEYS_LENGTH}): widen the offsets`)
  buckets += String.fromCharCode(keys.length)
  return { keys, buckets }
}

/**
 * The entry of `token`, or undefined (run-time side). Allocates nothing unless the token is a key: the bucket's
 * entries (a few, all keys of the token's length) are compared in place with startsWith.
 */
export function bucketLookup(keys: string, buckets: string, token: string): Entry | undefined {
  const b = bucketOf(token)
  const to = buckets.charCodeAt(b + 1)
  const n = token.length
  for (let at = buckets.charCodeAt(b); at < to; ) {
    // keys[at] is the '|' that opens an entry.
    const next = keys.indexOf('|', at + 1)
    const end = next < 0 || next > to ? to : next
    if (keys.charCodeAt(at + 1 + n) === 61 /* = */ && keys.startsWith(token, at + 1)) return decodeEntry(keys.slice(at + 2 + n, end))
    at = end
  }
  return undefined
}

function decodeEntry(value: string): Entry {
  if (value.indexOf(',') < 0) return Number(value)
  const [row = -1, dotted = -1, tokens = 0, nodot = 0] = value.split(',').map(Number)
  return [row, dotted, tokens, nodot]
}

/**
 * The whole index as a Map (one pass over `keys`). Worth it only on a long article: building it costs about what
 * parsing the old JSON index did, while each look-up afterwards is one native hash look-up.
 */
export function entryMap(keys: string): Map<string, Entry> {
  const map = new Map<string, Entry>()
  for (const part of keys.split('|')) {
    const cut = part.indexOf('=')
    if (cut >= 0) map.set(part.slice(0, cut), decodeEntry(part.slice(cut + 1)))
  }
  return map
}

/** Every key of a bucketed index (tests, benchmarks). */
export function bucketKeys(keys: string): string[] {
  const out: string[] = []
  for (const part of keys.split('|')) {
    const cut = part.indexOf('=')
    if (cut >= 0) out.push(part.slice(0, cut))
  }
  return out
}
