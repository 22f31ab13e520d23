/**
 * A cheap "could this token be a key?" test in front of a layer's hash look-up. Most tokens of a news text are
 * ordinary lower-case words ("yang", "dengan", "pemerintah") and almost no dictionary key starts with a lower-case
 * letter, yet each token was hashed and looked up in every layer. The shapes table records, for every key that
 * starts with an ASCII letter, the pair (first letter, length) as one bit: a token whose pair has no bit cannot be
 * a key and is not looked up. Tokens starting with anything else, or longer than 63, are always looked up.
 *
 * Layout: 128 32-bit slots; slot `length` holds the upper-case first letters (bit = letter - 'A'), slot
 * `64 + length` the lower-case ones. The shipped dictionary's table is computed by src/data/acronyms-build.ts and
 * shipped in acronyms.json (`shapes`), so a page never loops over the dictionary's keys.
 */

export const SHAPE_SLOTS = 128

export function keyShapes(keys: Iterable<string>): Int32Array {
  const shapes = new Int32Array(SHAPE_SLOTS)
  for (const key of keys) {
    const n = key.length
    if (n === 0 || n > 63) continue
    const c = key.charCodeAt(0)
    if (c >= 65 && c <= 90) shapes[n] = (shapes[n] as number) | (1 << (c - 65))
    else if (c >= 97 && c <= 122) shapes[64 + n] = (shapes[64 + n] as number) | (1 << (c - 97))
  }
  return shapes
}

/** False only when no key has the token's first letter and length. */
export function mayBeKey(shapes: Int32Array, text: string): boolean {
  const n = text.length
  if (n > 63) return true
  const c = text.charCodeAt(0)
  if (c >= 97 && c <= 122) return (((shapes[64 + n] as number) >>> (c - 97)) & 1) !== 0
  if (c >= 65 && c <= 90) return (((shapes[n] as number) >>> (c - 65)) & 1) !== 0
  return true
}
