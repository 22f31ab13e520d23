/**
 * Character classes of single UTF-16 code units, by char code: letter-or-digit (exactly what /[\p{L}\p{N}]/u says
 * of that one unit), the quote modules' two notions of space, and JavaScript's trim whitespace. Every quote module
 * classifies characters here.
 *
 * Why tables and not regexes: the quote pass runs once per page in a cold engine, where a Unicode-property regex
 * costs 0.1–0.7 ms to compile on first use and a per-character `regex.test(text[i])` allocates a one-character
 * string. A lookup in a 64 KiB table costs neither. The table is exact: ASCII, Latin-1 and General Punctuation
 * are filled in advance (they cover almost every character of Indonesian news), and any other code unit is
 * classified once by the regex itself, compiled only if such a character ever appears.
 */

/** 0 = not yet known, 1 = letter or digit, 2 = neither. */
const LETTER_OR_DIGIT = new Uint8Array(0x10000)

for (let c = 0; c < 128; c++) {
  LETTER_OR_DIGIT[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2
}
// Latin-1 Supplement: ª ² ³ µ ¹ º ¼ ½ ¾ and À–ÿ except × ÷ are letters or digits (checked against the regex by the tests).
for (let c = 0x80; c <= 0xff; c++) LETTER_OR_DIGIT[c] = 2
for (const c of [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]) LETTER_OR_DIGIT[c] = 1
for (let c = 0xc0; c <= 0xff; c++) if (c !== 0xd7 && c !== 0xf7) LETTER_OR_DIGIT[c] = 1
// General Punctuation (spaces, dashes, curly quotes, bullets, …) holds no letter or digit; nor do € and ™.
for (let c = 0x2000; c <= 0x206f; c++) LETTER_OR_DIGIT[c] = 2
LETTER_OR_DIGIT[0x20ac] = 2
LETTER_OR_DIGIT[0x2122] = 2

let letterOrDigitRegex: RegExp | null = null

/** True when the code unit `c` is a letter or digit (/[\p{L}\p{N}]/u); false for NaN (a position out of range). */
export function isLetterOrDigitCode(c: number): boolean {
  if (!(c >= 0)) return false
  const known = LETTER_OR_DIGIT[c]
  if (known === 1) return true
  if (known === 2) return false
  letterOrDigitRegex ??= /[\p{L}\p{N}]/u
  const yes = letterOrDigitRegex.test(String.fromCharCode(c))
  LETTER_OR_DIGIT[c] = yes ? 1 : 2
  return yes
}

/** `text[i]` is a letter or digit; false out of range. */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  return isLetterOrDigitCode(text.charCodeAt(i))
}

/**
 * The mark scanner's spaces: ' ', tab, CR, LF, no-break, thin and narrow no-break space. NaN (before the start or
 * after the end of the text) counts as space, as the edges of a paragraph do.
 */
export function isMarkSpaceCode(c: number): boolean {
  return !(c >= 0) || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f
}

/** The tokenizer's spaces: controls, no-break, the U+2000–U+200B spaces, narrow no-break, ideographic, BOM. */
export function isTokenSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff
}
