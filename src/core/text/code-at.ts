/**
 * text.charCodeAt(i), NaN outside the text (as charCodeAt itself answers), without reading outside it: optimized
 * code that reads past a string's end is thrown away and compiled again, which on a cold page costs milliseconds
 * of compiling for nothing. Character tests answer false for NaN.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN
}
