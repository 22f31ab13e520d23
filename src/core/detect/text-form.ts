/**
 * What the body's own text is, read from its form rather than from the page's markup or path: a news report
 * (quoted and reported speech, an event on a named day, no programme of things to come), the text of a speech
 * (opened and closed with greetings, addressed to those present) or a standing reference text (a regulation's
 * summary: the sections of a legal text as headings, no reporting at all). Templates, paths and og:type are often
 * wrong about a page; these forms are hard to fake by accident.
 */
import { isBlockElement } from '../text/article-text.ts'
import { openingText } from '../text/opening-text.ts'

/** How much of the body's text is read for its form (characters, from the start). */
const TEXT_SAMPLE_CHARS = 20_000

/** The body's text, whitespace collapsed, at most TEXT_SAMPLE_CHARS characters. */
export function bodyText(root: Element): string {
  // Blocks are joined with a space ("… daerah. Sekretaris …", not "daerah.Sekretaris"), so sentences stay apart.
  const doc = root.ownerDocument
  const walker = doc.createTreeWalker(root, 4)
  const parts: string[] = []
  let chars = 0
  let lastBlock: Element | null = null
  for (let node = walker.nextNode(); node !== null && chars < TEXT_SAMPLE_CHARS; node = walker.nextNode()) {
    const value = node.nodeValue ?? ''
    if (!value) continue
    let block = node.parentElement
    while (block && block !== root && !isBlockElement(block)) block = block.parentElement
    if (lastBlock !== null && block !== lastBlock) parts.push(' ')
    lastBlock = block
    parts.push(value)
    chars += value.length
  }
  return parts.join('').slice(0, TEXT_SAMPLE_CHARS).replace(/[\s\u00a0\u200b]+/g, ' ')
}

/** The text with its quotations left out ("…," kata Hendra), so a formula a speaker says is not read as the page's. */
function outsideQuotes(text: string): string {
  return text.replace(/[“"][^”"]{0,600}[”"]/g, ' ')
}

// ---------------------------------------------------------------------------------------------------------------
// A news report

/** A direct quotation closed and tagged with its speaker: '…," kata Heru', '…," ujarnya', '…." tegasnya'. */
const TAGGED_QUOTE = /[,.!?…]\s*["”’]\s*,?\s*(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|terang|tambah|imbuh|sebut|pungkas|lanjut)(?:nya)?\b/i
/** Reported speech: "X mengatakan …", "menurut X", "…, ujarnya". */
const REPORTING_VERB = /\b(?:mengatakan|menjelaskan|mengungkapkan|menuturkan|menegaskan|menerangkan|menambahkan|menyebutkan|memaparkan|mengakui|menurut|(?:kata|ujar|tutur|ungkap|jelas|tegas|terang|imbuh|pungkas)nya)\b/i
/** An event on a named day: "pada Minggu, 17 Oktober 2027", "Rabu (20/10/2027)". */
const DAY_DATE = /\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s*(?:,\s*(?:tanggal\s+)?\d{1,2}\s+[A-Za-z]+\s+\d{4}|\(\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*\))/
/** A sentence about things to come: "akan digelar", "dijadwalkan", "pada bulan mendatang". */
const FUTURE = /\b(?:akan|mendatang|dijadwalkan|direncanakan|rencananya)\b/i

/**
 * A notice's own formulas: "Diberitahukan kepada seluruh masyarakat …", "Dengan ini kami umumkan …", "Demikian
 * pengumuman ini disampaikan", "Atas perhatian masyarakat kami ucapkan terima kasih".
 */
const NOTICE_FORMULA = /(?:^|[.!?:]\s+)diberitahukan kepada\b|\bdengan ini (?:kami )?(?:umumkan|mengumumkan|memberitahukan|diumumkan|diberitahukan)\b|\bdemikian (?:pengumuman|pemberitahuan|informasi) ini\b|\batas perhatian\b[^.!?]{0,80}\bterima ?kasih\b/i

/**
 * The text reads as a report of something that happened: a tagged quotation, reported speech, and the event's
 * named day (or a dateline), in a text that is not mostly about things to come (an event's own page describes its
 * programme in the future tense: "akan digelar", "akan diisi", even with the organiser quoted), and that is not
 * written as a notice ("Diberitahukan kepada …", "Demikian pengumuman ini …"), whoever it quotes.
 */
export function readsAsReport(text: string, dateline: boolean): boolean {
  if (!TAGGED_QUOTE.test(text) || !REPORTING_VERB.test(text)) return false
  // (Outside quotations: an official quoted thanking the public for their attention is reported.)
  if (NOTICE_FORMULA.test(outsideQuotes(text))) return false
  if (!dateline && !DAY_DATE.test(text)) return false
  const sentences = text.split(/(?<=[.!?])\s+(?=["“A-Z])/).filter((s) => s.trim().length >= 20)
  const future = sentences.filter((s) => FUTURE.test(s)).length
  return 3 * future < sentences.length
}

// ---------------------------------------------------------------------------------------------------------------
// A speech text

/**
 * The greeting a speech opens with ("Assalamu'alaikum warahmatullahi …", "Salam sejahtera", "Yang saya hormati …").
 * ("Hadirin" is no opener: a report's lead may open with those present, "Hadirin yang memadati Pendopo …".)
 */
const SPEECH_OPENER = /\b(?:bismillah\S*\s+)?assalamu\W?\s*['’`]?\s*alaikum|\bsalam sejahtera|\bom swastiastu|\bselamat (?:pagi|siang|sore|malam)\b|\byang (?:saya|kami) hormati\b|\bhadirin(?: sekalian)?,? yang (?:saya |kami )?(?:hormati|berbahagia|terhormat|dimuliakan)\b/i
/** A heading in capitals that may come before the greeting: "SAMBUTAN BUPATI PEMALANG PADA UPACARA …". */
const SPEECH_HEADING = /^(?:KATA SAMBUTAN|SAMBUTAN|PIDATO|AMANAT|ARAHAN)\b[^a-z]*$/
/** A speech's other marks: those present addressed, the closing greeting or formula. */
const SPEECH_MARKS = /\byang (?:saya|kami) hormati\b|\byang terhormat\b|\bhadirin\b|\bwassalamu\W?\s*['’`]?\s*alaikum\b|\bom shanti\b|\bdemikian(?: yang dapat)? (?:sambutan|amanat|pidato|arahan)\b|\bdemikian yang dapat (?:saya|kami) sampaikan\b/i
/** Characters of the body's opening read for the greeting. */
const SPEECH_OPENING_CHARS = 240
/**
 * A reporter's sentence about the speech it quotes: "Dengan salam itu Bupati … membuka …", "Kalimat itu disampaikan
 * …", "… disampaikan Bupati X saat …". A speech's own text says "saya sampaikan", never this.
 */
const ABOUT_THE_SPEECH = /\b(?:dengan|melalui|lewat) (?:salam|sapaan|kalimat|ucapan|seruan) (?:itu|tersebut|tadi)\b|\b(?:kalimat|salam|sapaan|ucapan|seruan|pesan) (?:itu|tersebut) (?:di(?:sampaikan|ucapkan|lontarkan|serukan)|membuka|mengawali)\b/i
/** "… disampaikan Bupati Ahmad Sudrajat saat …": the speech's words said by a named head of the region. */
const SAID_BY_HEAD = /\bdisampaikan (?:oleh )?(?:(?:Wakil )?(?:Bupati|Wali ?[Kk]ota|Gubernur)|Camat|Kepala Desa|Ketua DPRD) [A-Z][a-z]/
/** A report's words about the speech or its day in the news way: "membuka sambutannya", "dalam sambutannya", "Senin (17/8/2026)". */
const REPORTER_LEAD = /\b(?:[Mm]embuka|[Mm]engawali|[Mm]engakhiri|[Mm]enutup) (?:sambutan|pidato|amanat|arahan)nya\b|\b(?:[Dd]alam|[Pp]ada) (?:sambutan|amanat|arahan)nya\b|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s*\(\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*\)/
/** REPORTER_LEAD in a sentence with no first-person word: a speech citing "Bapak Presiden dalam amanatnya" is no report. */
function reporterLead(lead: string): boolean {
  for (const match of lead.matchAll(REPORTER_LEAD_ALL)) {
    const at = match.index ?? 0
    const from = Math.max(lead.lastIndexOf('. ', at), lead.lastIndexOf('! ', at), lead.lastIndexOf('? ', at)) + 1
    const stop = lead.slice(at).search(/[.!?](?:\s|$)/)
    const sentence = lead.slice(from, stop < 0 ? lead.length : at + stop)
    // ("Demikian Bupati … membuka sambutannya" opens its sentence even after a greeting left without its full stop.)
    const opens = lead.slice(from, at).trim() === '' || /(?:^|\s)Demikian\b/.test(lead.slice(from, at))
    // A speech cites others ("Bapak Kapolda dalam sambutannya …", "saya telah mengingatkan kita pada upacara Senin
    // (10/3/2026)"): in a sentence with a first-person word or a form of address, only a phrase that opens it
    // ("Dalam sambutannya, Bupati …", "Demikian Bupati … membuka sambutannya") is the reporter's.
    // (A form of address before the phrase: "Bapak Kapolda dalam sambutannya"; after it, "… membacakan sambutan
    // tertulis Bapak Presiden", it is the reporter naming whose text was read.)
    if (!opens && (/\b(?:saya|kita|kami)\b/i.test(sentence) || /\b(?:bapak|ibu)\b/i.test(lead.slice(from, at)))) continue
    return true
  }
  return false
}
const REPORTER_LEAD_ALL = new RegExp(REPORTER_LEAD.source, 'g')
/** Characters read for REPORTER_LEAD (the greeting and address, then the lead's first sentences). */
const REPORTER_LEAD_CHARS = 800
/** Characters of the body's opening where a report's own voice shows (its lead, around the greeting it quotes). */
const SPEECH_LEAD_CHARS = 320

/**
 * The body is the text of a speech: it opens (or opens after a heading in capitals, "SAMBUTAN BUPATI …") with a
 * greeting, and another mark of a speech follows it — those present addressed ("Yang saya hormati …", "Hadirin
 * …"), the closing "Wassalamu'alaikum" or "Demikian sambutan …". A news item about a ceremony opens with its own
 * lead and quotes the speech inside a report, so its opening is no greeting; and a report that does open with the
 * speech's greeting or address goes on in a reporter's voice: a tagged quotation ('…," kata Ahmad') or a sentence
 * about the speech ("Dengan salam itu Bupati … membuka …", "Kalimat itu disampaikan Bupati …").
 */
export function readsAsSpeech(root: Element, text: string): boolean {
  const opening = openingText(root, SPEECH_OPENING_CHARS)
  const first = SPEECH_OPENER.exec(opening)
  if (!first || (first.index > 0 && !SPEECH_HEADING.test(opening.slice(0, first.index).trim()))) return false
  // (In the lead only: a speech may itself quote a hero — '“…,” kata Bung Karno' — or cite what a governor said.)
  const lead = text.slice(0, SPEECH_LEAD_CHARS)
  if (TAGGED_QUOTE.test(lead) || ABOUT_THE_SPEECH.test(lead) || SAID_BY_HEAD.test(lead)) return false
  // A reporter's lead after the quoted greeting, in its first paragraphs: the speech named in the third person
  // ("… membuka sambutannya …") or the day written the way news writes it ("Senin (17/8/2026)").
  if (reporterLead(text.slice(0, REPORTER_LEAD_CHARS))) return false
  const greeting = SPEECH_OPENER.exec(text)
  // (A mark inside a quotation is a speaker's word in a report: "…Petugas siap melayani hadirin …," ujar Budi.)
  return greeting !== null && SPEECH_MARKS.test(outsideQuotes(text.slice(greeting.index + greeting[0].length)))
}

// ---------------------------------------------------------------------------------------------------------------
// A standing reference text

/** Section headings of a legal or reference text (a regulation, its summary, its explanation). */
const REFERENCE_HEADING = /^(?:\d+[.)]?\s*|[IVX]+\.\s*|[A-Z]\.\s*)?(?:latar belakang|dasar hukum|konsiderans|menimbang|mengingat|ketentuan (?:umum|peralihan|penutup|pidana|lain-lain)|pokok[- ]pokok (?:pengaturan|materi|isi)|materi muatan|maksud dan tujuan|tujuan dan sasaran|ruang lingkup|asas(?: dan tujuan)?|hak dan kewajiban\b.*|(?:.* dan )?sanksi\b.*|penjelasan (?:umum|pasal demi pasal)|bab [ivxlc]+\b.*|pasal \d+)$/i
/** A title that names a regulation from its first word: "[Ringkasan] Perda Kabupaten X Nomor 6 Tahun 2027 tentang …". */
const REGULATION_TITLE = /^(?:(?:ringkasan|rangkuman|ikhtisar|abstrak|sinopsis|salinan|naskah|penjelasan)\s+)?(?:peraturan\s+(?:daerah|bupati|wali\s?kota|gubernur|menteri|pemerintah|presiden|desa)|perda|perbup|perwal[i]?|pergub|permen\S*|perdes|undang-undang|uu|keputusan\s+(?:bupati|wali\s?kota|gubernur|menteri))\b[^|]{0,80}?\b(?:nomor|no\.)\s*\d+[^|]{0,40}?\btahun\s+\d{4}\b[^|]{0,20}?\btentang\b/i
/**
 * A place's standing guide: "Daya Tarik", "Akses Menuju Lokasi", "Fasilitas", "Harga Tiket", "Jam Operasional",
 * "Waktu Terbaik Berkunjung" — a directory entry of a destination or a facility, not a report.
 */
const GUIDE_HEADING = /^(?:\d+[.)]?\s*)?(?:asal[- ]usul(?: nama| desa)?|sejarah(?: singkat| desa| nama)?|daftar kepala desa|kepala desa dari masa ke masa|profil desa|letak geografis|batas wilayah|visi dan misi|struktur organisasi|demografi|potensi desa|daya tarik(?: wisata| utama)?|akses(?: (?:menuju|ke) (?:lokasi|sana|pulau|tempat))?|rute(?: perjalanan| menuju lokasi)?|cara (?:menuju|ke|mencapai) .{1,40}|fasilitas(?: umum| yang tersedia)?|(?:harga )?tiket(?: masuk)?(?: dan .{1,40})?|jam (?:operasional|buka|kunjungan)|waktu (?:terbaik )?(?:berkunjung|kunjungan).{0,30}|lokasi(?: dan akses)?|tips berkunjung|aktivitas(?: wisata)?)$/i
/** A title that reports something happening: "… Dibuka", "… Diresmikan", "… Resmi …", "… Mulai Berlaku". */
const NEWS_TITLE = /\b(?:dibuka|diresmikan|digelar|resmi|dimulai|ditutup|berlaku|diluncurkan|dilantik|juara|meraih|hari ini|pekan ini)\b/i
/** A history's own telling, which is no reporting: "Menurut cerita para tetua …", "konon …". */
// (No i flag: with it, \p{Lu} would match lower-case letters too.)
const LEGEND_TELLING = /\b[Mm]enurut (?:cerita|kisah|legenda|riwayat|tutur(?: tinular)?|penuturan)\b(?! +\p{Lu})|\b[Mm]enurut (?:para )?(?:tetua|sesepuh|orang tua)\b/gu
/** A standing profile's title: "Sejarah Desa …", "Profil Kecamatan …", "Asal-usul …", "Sekilas …". */
const PROFILE_TITLE = /^(?:sejarah|profil|asal[- ]usul|sekilas|tentang)\b/i
/** Question lines (with no reporting) that make a page a FAQ. */
const MIN_FAQ_QUESTIONS = 3
/** A FAQ's own words: "FAQ", "Tanya Jawab Seputar …", "pertanyaan yang (paling) sering diajukan", "pertanyaan umum". */
const FAQ_TITLE = /\bFAQ\b|\btanya[- ]jawab seputar\b|\bpertanyaan (?:yang )?(?:paling )?sering(?: diajukan| ditanyakan)?\b|\bpertanyaan umum\b/i
/**
 * The body is mostly a list of links to other pages, each with a line of its own ("1 Oktober – <a>Upacara …</a>.
 * Diikuti 600 ASN …"): a recap or an index of stories, not a story. The number of such items, or 0.
 */
export function readsAsLinkList(root: Element, text: string): number {
  let items = 0
  let chars = 0
  let listChars = 0
  for (const li of Array.from(root.querySelectorAll('li'))) {
    const t = (li.textContent ?? '').replace(/\s+/g, ' ').trim()
    listChars += t.length
    // (A related-posts box inside the body is the story's furniture, not the story.)
    if (li.closest('[class*="related"], [class*="terkait"], [class*="baca"], [id*="related"]')) continue
    if (t.length === 0 || t.length > 300 || li.querySelector('li')) continue
    const href = li.querySelector('a[href]')?.getAttribute('href') ?? ''
    if (!href || href.startsWith('#') || /\.(?:pdf|docx?|xlsx?|jpe?g|png)(?:$|[?#])/i.test(href) || !sameSite(root, href)) continue
    items++
    chars += t.length
  }
  // (A story has its own prose outside the list: at least a paragraph's worth.)
  const outside = text.length - listChars
  return items >= MIN_LINK_LIST_ITEMS && chars >= text.length * 0.5 && outside < MAX_LINK_LIST_PROSE_CHARS ? items : 0
}
/** Whether a link goes to another page of this site (a recap links the site's stories; a service post links elsewhere). */
function sameSite(root: Element, href: string): boolean {
  const here = root.ownerDocument.location?.href
  if (!here) return true
  try {
    return new URL(href, here).host === new URL(here).host
  } catch {
    return false
  }
}
/** Linked items that make a body a list of other pages. */
const MIN_LINK_LIST_ITEMS = 5
/** Characters of text outside the list (about 80 words) that make the body a story with a list in it. */
const MAX_LINK_LIST_PROSE_CHARS = 500
/** Guide headings that make a page a standing guide ("Lokasi" or "Fasilitas" alone may head a report's section). */
const MIN_GUIDE_HEADINGS = 3
const HEADINGS = 'h2, h3, h4, h5, h6'
/** A news item's own verbs about a regulation and those at its passing: "DPRD mengesahkan …", "Bupati berharap …". */
/** A regulation's own dates: "ditetapkan di … pada Senin, …", "diundangkan pada …". */
const ENACTMENT = /\bditetapkan di\b|\bdiundangkan\b|\bberlaku (?:sejak|pada) tanggal diundangkan\b/i
const NEWS_VERB = /\b(?:menyampaikan|menyatakan|berharap|mengesahkan)\b|(?<!\btanggal\s)\bdisahkan\b/i

/**
 * The body is a standing reference text about a regulation: at least two of its headings are a legal text's
 * sections ("Latar Belakang", "Ketentuan Umum", "… dan Sanksi", "Ketentuan Penutup"), or the title names a
 * regulation ("Ringkasan Perda … Nomor … Tahun … tentang …") and one heading is such a section — and the text
 * reports nothing: no quotation, no reported speech ("mengatakan", "menyampaikan", "berharap", "DPRD mengesahkan"),
 * no dateline and no event's day in the first paragraph ("… dalam rapat paripurna, Senin (9/3/2026)"). A news item
 * about a regulation being passed has its reporter's voice ("…, kata Ketua DPRD"), whatever its headings.
 */
export function readsAsReference(root: Element, title: string, text: string, dateline: boolean, firstProse = ''): number {
  // (The news verbs and the event's day in the lead only: a summary's own sections say "wajib menyampaikan laporan",
  // "disahkan bersama DPRD", "Pasal 5 menyatakan", and its lead may give the day it was enacted.)
  if (dateline || (DAY_DATE.test(firstProse) && !ENACTMENT.test(firstProse)) || TAGGED_QUOTE.test(text) || NEWS_VERB.test(firstProse)) return 0
  // Reported speech rules out a regulation summary, a guide and a FAQ; a history may still tell what the elders say
  // ("Menurut cerita para tetua …").
  const reports = REPORTING_VERB.test(text.replace(LEGEND_TELLING, ' '))
  const seen = new Set<string>()
  const guide = new Set<string>()
  for (const h of Array.from(root.querySelectorAll(HEADINGS))) {
    const t = (h.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (t.length > 80) continue
    if (REFERENCE_HEADING.test(t)) seen.add(t.toLowerCase())
    else if (GUIDE_HEADING.test(t)) guide.add(t.toLowerCase())
  }
  if (reports || NEWS_TITLE.test(title)) return 0
  // A profile or history page by its title ("Sejarah Desa …", "Profil Kecamatan …") with two such headings.
  if (PROFILE_TITLE.test(title.trim()) && guide.size >= 2) return guide.size
  if (seen.size >= 2 || (seen.size >= 1 && REGULATION_TITLE.test(title.trim()))) return seen.size
  // (Not news of the place: "Pekan Raya … Dibuka, Ini Lokasi, Harga Tiket dan Jam Operasionalnya".)
  if (guide.size >= MIN_GUIDE_HEADINGS && !NEWS_TITLE.test(title)) return guide.size
  // A FAQ that says so ("Tanya Jawab Seputar …", "Pertanyaan yang Sering Diajukan", "FAQ") with at least three
  // questions set apart as headings or bold lines; an interview's questions come after a lead that names it one.
  if (FAQ_TITLE.test(title) || FAQ_TITLE.test(firstProse)) {
    const questions = Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, strong, b, dt, summary')).filter((el) => {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
      return t.length >= 10 && t.length <= 200 && t.endsWith('?')
    })
    if (questions.length >= MIN_FAQ_QUESTIONS) return questions.length
  }
  return 0
}
