/**
 * Print views: the printer-friendly page of an article (/print/{id}, /berita/cetak/{id}/{slug}, /{slug}/print/,
 * ?print=1, Joomla's ?tmpl=component&print=1, cetak.php?id=…; a body that calls window.print() on load; a title
 * "Cetak Berita: …"). Such a page is the article with the print template's furniture around it, often straight in
 * <body>: a screen-only bar ("Cetak | Kembali ke berita", hidden when printing), a letterhead (logo, the office's
 * name and address), the title and the date line before the text, and a stamp after it ("Sumber: {url} / Dicetak
 * pada: …"). None of it is article text. Reads the URL, the <body> tag, the title and the body's own children.
 */
import { ATTR_ROOT } from '../contract.ts'
import { leadingChildren } from '../metadata/near-root.ts'

/** A path segment that names the print view: /print/, /cetak/, /versi-cetak/, print.php, cetak_berita.php. */
const PRINT_SEGMENT = /^(?:print|cetak|printer|print[-_]?(?:view|version|friendly)|versi[-_]cetak|(?:print|cetak)[-_]?(?:berita|artikel|news|post))(?:\.(?:php|aspx?|html?))?$/i
/** A query parameter that asks for it: print=1, cetak=1, format=print, view=print, tmpl=…&print=1. */
const PRINT_QUERY = /(?:^|[?&])(?:(?:print|cetak|printable)=(?:1|true|yes|y)|(?:format|view|layout|mode|output|type)=(?:print|cetak))(?:&|$)/i
/** A title the print template prefixes: "Cetak Berita: …", "Print: …", "Versi Cetak - …". */
export const PRINT_TITLE_PREFIX = /^\s*(?:cetak|print|versi\s+cetak|print\s+version|printer[-\s]friendly(?:\s+version)?)(?:\s+(?:berita|artikel|article|news|halaman|page|post))?\s*[:|»›–—-]\s*(?=\S)/i

/** Screen-only elements of a print view (its toolbar: "Cetak", "Tutup", "Kembali ke berita"), by the usual class names. */
export const SCREEN_ONLY = ['.no-print', '.noprint', '.noPrint', '.d-print-none', '.hidden-print', '.print-hide', '.hide-print', '.hide-on-print', '.screen-only']

/**
 * The print stamp that closes a print view: where it was printed from, and when — at the start of its block ("Dicetak
 * pada: …", "Artikel ini dicetak dari {url} …", "Sumber: {url}"), never a sentence of the article that says something
 * was printed ("Buku panduan … dicetak pada bulan Februari …").
 */
const PRINT_STAMP = /^(?:(?:artikel|berita|halaman|tulisan)\s+ini\s+)?(?:dicetak|diprint)\s+(?:pada|dari|tanggal|tgl\.?)\b|^(?:(?:this\s+)?(?:article|page|story|news)\s+)?printed\s+(?:on|from|at)\b|^(?:sumber|source|url|tautan|link)(?:\s+(?:artikel|berita|asli|article))?\s*:\s*https?:\/\/\S+/i
/** Longest print stamp (source URL and time). */
const MAX_STAMP_CHARS = 300
/**
 * A stamp after a short lead-in, in the last blocks ("Website Resmi Pemerintah Kabupaten Contoh — Dicetak pada 5
 * Agustus 2025", "© 2025 Diskominfo. Dicetak tanggal …", "https://…, dicetak pada 5/8/2025", "Tanggal cetak: …"): the
 * printing verb and a date in figures right after it, which an article's sentence about printed matter lacks
 * ("… dicetak pada bulan Februari …").
 */
const PRINT_STAMP_INSIDE = /\b(?:dicetak|diprint)\s+(?:pada|tanggal|tgl\.?)\s*:?\s*(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s+)?\d[\d/.-]*(?:\s+\p{L}+)?(?:\s+\d{2,4})?(?:[,\s]+(?:pukul\s+|jam\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:WIB|WITA|WIT))?)?(?:\s+dari\s+(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)+\S*|\s+oleh\s+(?:pengunjung|admin\S*|pengguna|diskominfo|humas|dinas komunikasi)\b.*|\s*\|.*)?\s*\.?$|^tanggal\s+cetak\s*:/iu
/** A copyright line: a footer whatever else it says ("Isi berita dapat dikutip …"). */
const COPYRIGHT = /©|\bhak cipta\b|\ball rights\b/i
/** Verbs of a sentence that tells readers where to write or call: article prose, never a footer. */
const SENTENCE_VERB = /\b(?:dapat|bisa|silakan|diminta|dimohon|mengadu|menghubungi|melapor|mendaftar)\b/i
/** A footer's address after the stamp ("Jln. … Telp. …", "Alamat: …"). */
const ADDRESS_LINE = /\bdilindungi undang|^(?=.*\b(?:jalan|jln?\.?|alamat|komplek|kompleks)\b)(?=.*\b(?:telepon|telp\.?|surel|e-?mail|faks|kode pos)\b)|^(?:alamat|telp\.?|telepon)\s*:/i

/** True when the page is an article's print view, by its address, its <body onload> or its title. */
export function isPrintView(doc: Document, url: URL): boolean {
  const segments = url.pathname.split('/')
  // ("/media/cetak/" is the print-media section — press clippings, newspaper coverage — not a printer-friendly page.)
  if (segments.some((segment, i) => PRINT_SEGMENT.test(segment) && !(i > 0 && /^media$/i.test(segments[i - 1]!)))) return true
  if (PRINT_QUERY.test(url.search)) return true
  if (/\bprint\s*\(/.test(doc.body?.getAttribute('onload') ?? '')) return true
  return PRINT_TITLE_PREFIX.test(doc.title ?? '')
}

export interface PrintFurniture {
  /** Selectors of what is not article text (the screen-only bar; the header inside the body, when it is there). */
  ignore: string[]
  /** The body's child where the print stamp starts (with the rule before it), or null. */
  end: Element | null
}

/**
 * The furniture of a print view around its body `root`: the screen-only elements; the root's own children before its
 * first prose when they hold the title (a heading: the root is the whole page, letterhead and date line included);
 * and the print stamp after the last prose (from the <hr> before it, if any), as the body's end: a stamp-like block
 * with prose after it is the article's own.
 */
export function printFurniture(root: Element): PrintFurniture {
  const out: PrintFurniture = { ignore: [...SCREEN_ONLY], end: null }
  const header = leadingChildren(root)
  if (header.some((el) => /^H[1-3]$/.test(el.tagName.toUpperCase()) && (el.textContent ?? '').trim().length >= 10)) {
    // (The root's own children by position: the root is <body>, or carries the page contract's root mark.)
    const scope = root.tagName.toUpperCase() === 'BODY' ? 'body' : `[${ATTR_ROOT}]`
    out.ignore.push(`${scope} > :nth-child(-n+${header.length})`)
  }
  let seenProse = false
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (seenProse && text.length <= MAX_STAMP_CHARS && (PRINT_STAMP.test(text) || (text.length <= 160 && PRINT_STAMP_INSIDE.test(text)))) {
      if (out.end) continue
      const rule = child.previousElementSibling
      out.end = rule && rule.tagName.toUpperCase() === 'HR' ? rule : child
      continue
    }
    if (text.length >= 80) {
      seenProse = true
      // (Prose after it: what looked like the stamp was the article's — not a footer's address or copyright line; a
      // sentence that gives an address or a number to call is the article's.)
      // (A footer — copyright or address — after the stamp is not the article's prose and does not undo it.)
      if (!COPYRIGHT.test(text) && (!ADDRESS_LINE.test(text) || SENTENCE_VERB.test(text))) out.end = null
    }
  }
  return out
}
