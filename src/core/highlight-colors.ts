/**
 * The four highlight colours. Each has a name people can read (screen readers, the popup, exports) and a pattern,
 * so colour is never the only difference between two kinds of highlight.
 */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow'

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value)
}

/**
 * The colours the selection toolbar offers, from whatever storage holds: the known colours among `value`, once
 * each, in the palette's order; all four when none is left (at least one is always offered).
 */
export function offeredColors(value: unknown): HighlightColor[] {
  const chosen = Array.isArray(value) ? HIGHLIGHT_COLORS.filter((color) => value.includes(color)) : []
  return chosen.length ? chosen : [...HIGHLIGHT_COLORS]
}

/**
 * The colour the keyboard shortcut, the context menu and a note use: `value` when it is one of the offered colours,
 * else yellow when offered, else the first offered colour.
 */
export function defaultColorAmong(value: unknown, offered: readonly HighlightColor[]): HighlightColor {
  if (isHighlightColor(value) && offered.includes(value)) return value
  return offered.includes(DEFAULT_HIGHLIGHT_COLOR) ? DEFAULT_HIGHLIGHT_COLOR : (offered[0] ?? DEFAULT_HIGHLIGHT_COLOR)
}

/**
 * The options page turns one colour on or off: the new offered list and default. The last offered colour stays on;
 * switching the default off moves the default to another offered colour.
 */
export function toggleOffered(
  offered: readonly HighlightColor[],
  defaultColor: HighlightColor,
  color: HighlightColor,
  on: boolean,
): { highlightColors: HighlightColor[]; defaultHighlightColor: HighlightColor } {
  const wanted = HIGHLIGHT_COLORS.filter((c) => (c === color ? on : offered.includes(c)))
  const highlightColors = wanted.length ? wanted : [color]
  return { highlightColors, defaultHighlightColor: defaultColorAmong(defaultColor, highlightColors) }
}
