/**
 * A cheap "could this token be a key?" test in front of a run-time layer's hash look-up (the user's entries, the
 * article's definitions). Most tokens of a news text are ordinary lower-case words ("yang", "dengan",
 * "pemerintah") and almost no key starts with a lower-case letter, yet each token was hashed and looked up in
 * every layer. The table marks the buckets of the shipped index's layout (bucketed-index.ts: first ASCII letter and
 * length) that hold a key; a token in an unmarked bucket cannot be a key and is not looked up. The catch-all bucket
 * (other first characters, very long tokens) is always looked up.
 */
import { BUCKET_COUNT, OTHER_BUCKET, bucketOf } from './bucketed-index.ts'

export function keyShapes(keys: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(BUCKET_COUNT)
  shapes[OTHER_BUCKET] = 1
  for (const key of keys) shapes[bucketOf(key)] = 1
  return shapes
}

/** False only when no key has the token's first letter and length. */
export function mayBeKey(shapes: Uint8Array, text: string): boolean {
  return shapes[bucketOf(text)] !== 0
}
