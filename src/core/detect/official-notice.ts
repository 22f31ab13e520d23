/**
 * An official notice posted as a page opens like the letter it is: the notice's type as a heading in capitals
 * ("PENGUMUMAN", "MAKLUMAT", "PEMBERITAHUAN", "SURAT EDARAN", "UNDANGAN") and, right under it, the letter number
 * ("Nomor: 470/1.284/413.108/2025"). Like agenda items, notices are not news reports (the announcement policy of
 * the fixtures), whatever their CMS says (og:type article, Article JSON-LD, a publication time). A news report
 * about a notice opens with its own lead ("Pengumuman Nomor 800/… telah dirilis, kata …": not in capitals), and a
 * press release's "Siaran Pers No. …" is news.
 */
import { openingText } from '../text/opening-text.ts'

/** The notice's type, in capitals as letters print it, at the very start of the body. */
const NOTICE_HEADING = /^(?:PENGUMUMAN|MAKLUMAT|PEMBERITAHUAN|SURAT EDARAN|UNDANGAN)\b/
/** The letter number within a short distance after it: "Nomor: 470/1.284/…", "NOMOR : 800/12/2025", "No. 5/…". */
const LETTER_NUMBER = /^.{0,120}?\b(?:nomor|no\.?)\s*:?\s*[\w.-]*\d[\w.-]*\/\S/is
/** Characters of the body's opening read (the heading, the number, a subject line). */
const OPENING_CHARS = 200

/** True when the body opens with a notice heading and a letter number. Reads only the first few text nodes. */
export function opensAsNotice(root: Element): boolean {
  const opening = openingText(root, OPENING_CHARS)
  const heading = NOTICE_HEADING.exec(opening)
  return heading !== null && LETTER_NUMBER.test(opening.slice(heading[0].length))
}
