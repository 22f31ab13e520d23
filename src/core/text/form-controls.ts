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
  // Both are named so by their class (a cheap gate: this runs for every element of the article); a player also holds
  // its button or <audio> and offers to play in its first words.
  const cls = el.getAttribute('class')
  if (cls === null) return false
  if (PLAYER_CLASS.test(cls)) return isPlayer(el)
  return READING_TIME_CLASS.test(cls) && READING_TIME.test(el.textContent ?? '')
}

/** A short block that offers to play the article or a recording: "Dengarkan berita ini", "Putar audio", "Listen". */
const PLAYER_WORDS = /^\s*(?:dengarkan|putar|listen|play)\b/i
const READING_TIME_CLASS = /read(?:ing)?[-_ ]?time|waktu[-_]baca|rt-reading/i
/** Class names of text-to-speech and audio players (BeyondWords, Trinity Audio, ResponsiveVoice, GSpeech, themes' own). */
const PLAYER_CLASS = /(?:^|[\s_-])(?:tts|text-to-speech|audio-player|player-audio|read-?aloud|listen|speech|beyondwords|trinity|responsivevoice|gspeech)(?:$|[\s_-])/i
const READING_TIME = /^\s*(?:waktu\s+baca\s*:?\s*)?(?:±\s*)?\d+\s*(?:menit|min(?:ute)?s?)\s*(?:baca|membaca|read)?\s*$/i

function isPlayer(el: Element): boolean {
  if (el.querySelector('button, audio') === null) return false
  const text = el.textContent ?? ''
  return text.length <= 200 && PLAYER_WORDS.test(text.replace(/^[\s\d:/]+/, ''))
}
