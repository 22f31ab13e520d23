/**
 * Form controls and their captions are the page's interface, not article text: a live report's toolbar ("Muat
 * pembaruan" on a button, "Perbarui otomatis" on a checkbox's label), a poll's choices, a select's options. A
 * <label> counts only when it captions a control (it holds one, or names one with `for`): a page that misuses
 * <label> for ordinary words keeps them.
 */

const CONTROL_TAGS = new Set(['BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT'])

/**
 * True for a form control or the caption of one, and for the other bits of interface a body may hold: an audio or
 * text-to-speech player ("Dengarkan berita ini", its button, its time) and a reading-time line ("3 menit baca"). Their
 * text is interface, never article text.
 */
export function isFormControlText(el: Element): boolean {
  const tag = el.tagName.toUpperCase()
  if (CONTROL_TAGS.has(tag)) return true
  if (tag === 'LABEL') return el.hasAttribute('for') || el.querySelector('input, select, textarea, button') !== null
  // Cheap gates first (this runs for every element of the article): a player starts with its button or its <audio>;
  // a reading-time line is named so by its class.
  const first = el.firstElementChild
  if (first !== null && (first.tagName.toUpperCase() === 'BUTTON' || first.tagName.toUpperCase() === 'AUDIO')) return isPlayer(el)
  const cls = el.getAttribute('class')
  return cls !== null && READING_TIME_CLASS.test(cls) && READING_TIME.test(el.textContent ?? '')
}

/** A short block that offers to play the article or a recording: "Dengarkan berita ini", "Putar audio", "Listen". */
const PLAYER_WORDS = /^\s*(?:dengarkan|putar|listen|play)\b/i
const READING_TIME_CLASS = /read(?:ing)?[-_ ]?time|waktu[-_]baca|rt-reading/i
const READING_TIME = /^\s*(?:waktu\s+baca\s*:?\s*)?(?:±\s*)?\d+\s*(?:menit|min(?:ute)?s?)\s*(?:baca|membaca|read)?\s*$/i

function isPlayer(el: Element): boolean {
  const text = el.textContent ?? ''
  return text.length <= 200 && PLAYER_WORDS.test(text.replace(/^[\s\d:/]+/, ''))
}
