/**
 * Sign-up and poll boxes written into the article body: a <form> that asks for an e-mail address alone (a
 * newsletter) or offers a set of radio choices (a poll), with the few lines around it (its heading, a sentence, a
 * privacy note, a vote count). The box is the site's, not the article's: one promo, stripped whole. A form with a
 * text area (a comment form) or with any other fields (a search box, a request form) is not one of them.
 */
import { visibleText } from '../text/visible-text.ts'

export type FormBoxKind = 'newsletter' | 'poll'

/** Text around the form inside its box (heading, a sentence or two, a note): more than this is content, not a box. */
const MAX_TEXT_AROUND = 400

/** What the form asks for, or null when it is not a sign-up or a poll. */
export function formBoxKind(form: Element): FormBoxKind | null {
  if (form.querySelector('textarea, select')) return null
  let email = 0
  let radios = 0
  let other = 0
  for (const input of Array.from(form.getElementsByTagName('input'))) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase()
    if (type === 'email' || (type === 'text' && /e-?mail|surel/i.test(`${input.getAttribute('name') ?? ''} ${input.getAttribute('placeholder') ?? ''}`))) email++
    else if (type === 'radio') radios++
    else if (type !== 'hidden' && type !== 'submit' && type !== 'button' && type !== 'checkbox') other++
  }
  if (other > 0) return null
  if (email === 1 && radios === 0) return 'newsletter'
  if (radios >= 2 && email === 0) return 'poll'
  return null
}

/** A paragraph this long outside the form is a sentence of the box's own ("Dapatkan siaran pers … setiap pekan."). */
const SENTENCE_CHARS = 80

/**
 * The box around `form` inside `root`: the widest ancestor below the root whose text outside the form stays short
 * and holds at most one sentence-long paragraph (the form itself when even its parent holds more). Never the root
 * or an ancestor of it, so article paragraphs next to a box are never taken with it.
 */
export function formBox(form: Element, root: Element): Element {
  const formChars = visibleText(form).length
  let box = form
  for (let up = form.parentElement; up && up !== root && root.contains(up); up = up.parentElement) {
    if (visibleText(up).length - formChars > MAX_TEXT_AROUND) break
    let sentences = 0
    for (const p of Array.from(up.getElementsByTagName('p'))) if (!form.contains(p) && visibleText(p).length >= SENTENCE_CHARS) sentences++
    if (sentences > 1) break
    box = up
  }
  return box
}
