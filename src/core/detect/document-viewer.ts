/**
 * A page whose content is a document shown in an embedded viewer (a PDF in an <iframe>, <embed> or <object>, or
 * pdf.js's viewer.html?file=….pdf) beside a short abstract is that document's page, not a news report: a BPS
 * "Berita Resmi Statistik" release, a regulation on a JDIH site. A news report that embeds the document it reports
 * on has its own text around it, so only a short body counts (MAX_ABSTRACT_WORDS).
 * Looks only when the body is short, and only inside the body's nearest containers (never the whole page).
 */

/** Prose words up to which a body beside a document viewer reads as the document's abstract. */
export const MAX_ABSTRACT_WORDS = 150
/** How far above the body the viewer may sit (the abstract and the viewer are blocks of one column). */
const LEVELS = 3
// Substring matches with the `i` flag ("*=" … i): case-insensitive equality is not supported by every DOM.
const VIEWER = 'iframe[src*="pdf" i], embed[src*="pdf" i], embed[type*="pdf" i], object[data*="pdf" i], object[type*="pdf" i]'

/** True when a PDF viewer sits in the body or in one of its nearest containers (below <body>). */
export function documentViewerNear(root: Element): boolean {
  let scope = root
  for (let level = 0; level < LEVELS; level++) {
    const up = scope.parentElement
    if (!up || /^(BODY|HTML)$/.test(up.tagName.toUpperCase())) break
    scope = up
  }
  return scope.querySelector(VIEWER) !== null
}
