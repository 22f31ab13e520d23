/**
 * Form controls and their captions are the page's interface, not article text: a live report's toolbar ("Muat
 * pembaruan" on a button, "Perbarui otomatis" on a checkbox's label), a poll's choices, a select's options. A
 * <label> counts only when it captions a control (it holds one, or names one with `for`): a page that misuses
 * <label> for ordinary words keeps them.
 */

const CONTROL_TAGS = new Set(['BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT'])

/** True for a form control or the caption of one: its text is interface, never article text. */
export function isFormControlText(el: Element): boolean {
  const tag = el.tagName.toUpperCase()
  if (CONTROL_TAGS.has(tag)) return true
  return tag === 'LABEL' && (el.hasAttribute('for') || el.querySelector('input, select, textarea, button') !== null)
}
