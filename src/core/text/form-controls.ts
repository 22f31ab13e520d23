/**
 * Form controls and their captions are the page's interface, not article text: a live report's toolbar ("Muat
 * pembaruan" on a button, "Perbarui otomatis" on a checkbox's label), a poll's choices, a select's options. A
 * <label> counts only when it captions a control (it holds one, or names one with `for`): a page that misuses
 * <label> for ordinary words keeps them.
 */

const CONTROL_TAGS = new Set(['BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT'])

/**
 * True for a form control or the caption of one, and for the other bits of interface a body may hold: an audio or
 * text-to-speech player ("Dengarkan berita ini", its button, its time), a reading-time line ("3 menit baca") and an
 * embedded document viewer with its toolbar (the file's name, "Unduh PDF", "Layar Penuh"). Their text is interface,
 * never article text.
 */
export function isFormControlText(el: Element): boolean {
  const tag = el.tagName.toUpperCase()
  if (CONTROL_TAGS.has(tag)) return true
  if (tag === 'LABEL') return el.hasAttribute('for') || el.querySelector('input, select, textarea, button') !== null
  if (holdsDocumentFrame(el)) return isDocumentViewer(el)
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

/** A PDF shown in the page: pdf.js's viewer.html?file=….pdf or the file itself in an <iframe>, <embed> or <object>. */
function isDocumentFrame(el: Element): boolean {
  const tag = el.tagName.toUpperCase()
  if (tag === 'IFRAME') return /pdf/i.test(el.getAttribute('src') ?? '') || /pdf/i.test(el.getAttribute('data-src') ?? '')
  if (tag === 'EMBED') return /pdf/i.test(`${el.getAttribute('src') ?? ''} ${el.getAttribute('type') ?? ''}`)
  if (tag === 'OBJECT') return /pdf/i.test(`${el.getAttribute('data') ?? ''} ${el.getAttribute('type') ?? ''}`)
  return false
}

/**
 * A document frame among the element's children or grandchildren (the viewer's box holds its toolbar and the frame,
 * the frame sometimes in a wrapper of its own). Reads child lists only: this runs for every element of the article.
 */
function holdsDocumentFrame(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isDocumentFrame(child)) return true
    for (let inner = child.firstElementChild; inner; inner = inner.nextElementSibling) if (isDocumentFrame(inner)) return true
  }
  return false
}

/** Longest text of a viewer's toolbar (file name, size, a few buttons). */
const MAX_VIEWER_TEXT = 200
/** Longest text of a toolbar outside its links and buttons (a file's name, its size). */
const MAX_TOOLBAR_LOOSE_TEXT = 30
/** A file's name or size in a toolbar: "Perbup_Nomor_7_Tahun_2025.pdf", "(2,1 MB)". */
const FILE_WORDS = /[^\s/]+\.(?:pdf|docx?|xlsx?|pptx?|odt|zip)\b|\(?\d+(?:[.,]\d+)?\s*[KMG]i?B\)?/gi
/** Three words in a row: a sentence, not a toolbar's labels. */
const SENTENCE = /\p{L}{2,}[\s,]+\p{L}{2,}[\s,]+\p{L}{2,}/u

/**
 * A box holding a document frame is the viewer, its words the viewer's toolbar, when they are a few controls: a link
 * or a button among them, no paragraph, little text, and next to nothing outside the links and buttons (a file's
 * name) with no sentence. A box that says something around the frame (a paragraph; a line with no control,
 * "Berikut dokumen lengkapnya:"; a sentence around its link, "Surat edaran selengkapnya dapat diunduh <a>di sini</a>.",
 * "Sumber: Surat Edaran Bupati Nomor … (<a>unduh</a>)") keeps its words.
 */
function isDocumentViewer(el: Element): boolean {
  if (el.querySelector('p, li, h1, h2, h3, h4, h5, h6, blockquote') !== null) return false
  if (el.querySelector('a[href], button') === null) return false
  if ((el.textContent ?? '').replace(/\s+/g, ' ').trim().length > MAX_VIEWER_TEXT) return false
  const loose = looseText(el).replace(FILE_WORDS, ' ').replace(/\s+/g, ' ').trim()
  if (loose.length < MAX_TOOLBAR_LOOSE_TEXT && !SENTENCE.test(loose)) return true
  // Words that say something end like a sentence ("… dapat diunduh di sini.", "Berikut dokumen lengkapnya:") or cite
  // a source ("Sumber: Surat Edaran …"); a document's title or a control's hint ("Perbup Nomor 7 Tahun 2025 tentang
  // …", "Klik untuk membuka dokumen layar penuh") is the viewer's.
  const said = /[.:!?]\s*[)\]]?\s*$/.test(loose) || /^(?:sumber|source)\s*:/i.test(loose)
  return !said
}

/** The element's text outside its links and buttons (and outside scripts and styles). */
function looseText(el: Element, out: string[] = []): string {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '')
    else if (child.nodeType === 1 && !(child as Element).matches('a[href], button, script, style, template, noscript')) looseText(child as Element, out)
  }
  return out.join(' ')
}
