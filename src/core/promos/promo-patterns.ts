/**
 * The promo wording the stripper recognises, and the generic promo containers used on every site.
 * Source: portals-and-promos.md §3–§4 and mmc-kalteng.md ("The server-inserted Baca Juga promo").
 * A related-article label only ever strips together with a following link (or a known container), so a sentence
 * that merely begins "Baca juga …" is never removed.
 */
import type { PromoSelector } from '../sites/site-rules.ts'

/**
 * The related-article labels, as one alternation (a regex source; "baca" and "related" alone only before a colon).
 * English labels ("Read also:", "Related news:") are for the /en/ versions many ministries publish and ANTARA English;
 * "Indonesian version:" / "Versi bahasa Indonesia:" link a bilingual page's other language, not article text.
 */
const LABELS = String.raw`baca\s+juga\s+(?:berita|artikel)\s+lainnya|baca\s+juga|baca\s+pula|baca\s+artikel\s+lainnya|berita\s+lainnya|artikel\s+lainnya|lihat\s+juga(?:\s+(?:video|infografis|foto|galeri))?|simak\s+juga(?:\s+(?:video|infografis|foto|galeri))?|tonton\s+juga(?:\s+video)?|berita\s+terkait|artikel\s+terkait|tulisan\s+terkait|pilihan\s+editor|berita\s+pilihan(?=\s*:)|jangan\s+lewatkan(?=\s*:)|rekomendasi(?=\s*:)|baca\s+selengkapnya(?=\s*:)|klik\s+untuk\s+baca(?:\s+juga)?(?=\s*:)|promosi(?=\s*:)|baca(?=\s*:)|dengarkan\s+juga|read\s+more(?=\s*:)|read\s+also|also\s+read|see\s+also|related\s+(?:news|articles?|posts?|stories)|related(?=\s*:)|(?:indonesian|english)\s+version(?=\s*:)|versi\s+bahasa\s+(?:indonesia|inggris)(?=\s*:)`
/** What may separate a label from its title: a colon, dots, or an arrow ("Baca Juga »", "Baca juga >>"). */
const SEPARATOR = String.raw`:|\.{3}|…|»|›|>{1,2}|→`

/** A related-article label at the END of the text before a link: "(Baca Juga :", "Baca juga:", "BACA JUGA", "Baca:", "Baca juga »". */
// (A bullet may stand before the link on the line after the label: "Berita Terkait :<br>» <a>…</a>".)
export const LABEL_BEFORE_LINK = new RegExp(String.raw`(\(\s*|\[\s*)?\b(${LABELS})\s*(${SEPARATOR})?\s*(?:[»›•·*]\s*)?$`, 'i')

/**
 * A link whose own text starts with the label and a separator: "<a>Baca juga: {title}</a>". (A label in its own
 * element inside the link, as the Inline Related Posts plugin writes it, is checked separately.)
 */
export const LABEL_IN_LINK = new RegExp(String.raw`^[(\[]?\s*(${LABELS})\s*(?:${SEPARATOR})\s*\S`, 'i')

/**
 * A caption that opens with the label and a separator before a title: "Baca juga: {title}", "BACA JUGA – {title}"
 * (a dash too: captions set the label apart typographically).
 */
export const LABEL_OPENING_CAPTION = new RegExp(String.raw`^[(\[]?\s*(${LABELS})\s*(?:${SEPARATOR}|[-–—])\s*\S`, 'i')

/** A label alone (the text of an element inside a link, or a heading). */
export const LABEL_ONLY = new RegExp(String.raw`^[(\[]?\s*(${LABELS})\s*(?:${SEPARATOR})?\s*$`, 'i')

/**
 * A label at the start of its block with the unlinked head of the title after it: "Baca juga: Wali Kota Madiun
 * Tinjau " before "<a>Revitalisasi Pasar Besar</a>". Group 2 is the head (checked with isTitlePart).
 */
export const LABEL_BEFORE_TITLE_HEAD = new RegExp(String.raw`^[(\[]?\s*(${LABELS})\s*(?:${SEPARATOR})\s*(\S.*)$`, 'is')

/** Longest unlinked part of a title beside its link, in words: a title is a line, a few words either side. */
const MAX_TITLE_PART_WORDS = 6
/**
 * No sentence punctuation, not even a comma (a dot only between digits, "1.500"), and no line break: a title part
 * is no clause of prose.
 */
const TITLE_PART = /^[^\S\n]*(?:[^.,!?;:\n]|(?<=\d)[.,](?=\d))+$/

/**
 * Text beside a promo's link that is still part of its title, on the same line: "Raih Predikat Sehat</a> dari BPKP
 * Jawa Timur", "Baca juga: Wali Kota Madiun Tinjau <a>…". A few words without punctuation and without a line break
 * (trailing line breaks aside); anything longer or punctuated is prose, which the promo never takes.
 */
export function isTitlePart(text: string): boolean {
  const part = text.replace(/\s+$/, '')
  return part.length <= 80 && TITLE_PART.test(part) && part.trim().split(/\s+/).length <= MAX_TITLE_PART_WORDS
}

/** Text before a mid-paragraph label must end a sentence or a bracket (or be empty: label at block start). */
export const SENTENCE_END = /(^|[.!?…"”’)\]|–—-])\s*$/

/** A link that is itself the promo: "(Berita selengkapnya)." in dpmptsp.kalteng.go.id digests. */
export const SELF_LABELLED_LINK = /^(berita|baca)\s+selengkapnya$/i

/**
 * A link that only says "read the rest": "Baca selengkapnya »", "Selengkapnya…", "[Read more]". Closing a teaser of
 * another story (its linked title or thumbnail, a lead sentence), it makes the teaser a promo.
 */
export const READ_MORE_LINK = /^[[(]?\s*(?:baca\s+selengkapnya|selengkapnya|read\s+more)\s*(?:[»›→>]+|\.{2,}|…)?\s*[\])]?$/i

/** Whole blocks that are only an ad label (detik, CNN Indonesia, Liputan6, WordPress gmr themes). */
export const AD_LABEL_BLOCK = /^[-–—\s]*(?:(?:advertisement|iklan)\s*)?(advertisement|iklan(?: layanan masyarakat)?|scroll to continue with content|(?:scroll|gulir) untuk (?:lanjut|melanjutkan) membaca(?: berita)?)[-–—\s]*$/i

/** Whole blocks that are only a video plug's label ("TONTON JUGA:", "Simak video berikut:"); the embed after them goes with them. */
export const VIDEO_LABEL_BLOCK = /^(?:(tonton|simak|saksikan)(?: juga)?(?: (?:video|videonya)(?: pilihan)?)?(?: (?:berikut(?: ini)?|di bawah ini))?|video (?:pilihan|terkait|lainnya)|pilihan video)\s*[:»›>]*$/i

/**
 * A line that plugs a video, with or without its title ("Lihat juga Video: {title}", "Simak Video 'Ambulans
 * Siaga':", "TONTON JUGA:"): one short line. Taken only together with the player box right after it.
 */
export const VIDEO_PLUG_LINE = /^(?:tonton|simak|saksikan|lihat)(?:\s+juga)?(?:\s+(?:video|videonya)\b|\s*[:»›>]).{0,150}$/i

/** A video's placeholder line, the shortcode a CMS prints where its player goes: "[Gambas:Video 20detik]". */
export const VIDEO_PLACEHOLDER = /^\[gambas:video\b[^\]]*\]$/i

/**
 * Whole blocks that are only a related-articles heading; the link list after them goes with them. ("Promosi" only
 * before a colon: alone it is also a story's subheading, "promosi jabatan", or a list of a tourism office's accounts;
 * see BARE_PROMO_LABEL.)
 */
export const HEADING_LABEL_BLOCK = /^(baca juga|berita terkait|artikel terkait|baca juga (?:artikel|berita) lainnya|berita lainnya|artikel lainnya|berita terbaru|artikel terbaru|rekomendasi|pilihan editor|pengumuman|promosi(?=\s*:)|read also|also read|recommended|latest (?:news|posts)|related (?:news|articles?|posts?|stories))\s*[:»›>]*$/i

/**
 * "Promosi" alone, no colon: a promo label only in a promo container (Solopos's div.promosi-box) or over links to
 * other articles of the same site (the stripper checks which).
 */
export const BARE_PROMO_LABEL = /^promosi$/i

/** A class that names a promo container: "promosi-box", "promo", "sponsored-post", "iklan-box", "advertorial". */
export const PROMO_CONTAINER_CLASS = /(?:^|[\s_-])(?:promo|promosi|promotion|sponsor|sponsored|iklan|advertorial)(?:$|[\s_-])/i

/**
 * A share bar: its label and the names of the networks it offers, nothing else ("Bagikan: Facebook X WhatsApp
 * Telegram Salin Tautan"). Stripped only when it holds a link or a button.
 */
export const SHARE_BAR_BLOCK =
  /^(?:bagikan(?: (?:ke|artikel(?: ini)?|berita(?: ini)?))?|share(?: (?:this|to|on))?)\s*[:»›>]?\s*(?:(?:facebook|fb|x|twitter|whatsapp|wa|telegram|linkedin|line|email|e-mail|pinterest|threads|instagram|salin tautan|salin link|copy link|cetak|print)\s*[|,·•/]?\s*)*$/i

/** Cheap first test for text nodes worth a closer look (most text nodes fail it in one regex step). */
export const INTERESTING_START = /^[\s(\-–—]*(?:[^\w\s"“”'‘’«»(\[]{1,4}\s*)?(baca|pengumuman|berita|artikel|rekomendasi|pilihan|advertisement|scroll|gulir|iklan|simak|lihat|tonton|saksikan|pantau|cek|\[gambas|ikuti|follow|subscribe|jangan|dapatkan|gabung|read|related|also|recommended|bagikan|share|klik|yuk|ayo|mari|berlangganan|daftar|video|promosi)/i

/**
 * The words of a channel plug's sentence: no sentence end, but a domain's dot ("Follow Suara.com untuk …") and a
 * second call to click ("… informasi terkini. Klik WhatsApp Channel & Google News").
 */
const PLUG_WORDS = String.raw`(?:[^.!?]|\.(?=\w)|[.!]\s+(?=(?:klik|ikuti|follow|simak|gabung(?:lah)?|cek|(?:mari|yuk|ayo)\s+(?:ber)?gabung)\b))`

/**
 * What may open a channel plug before its call: "Jangan lewatkan informasi terkini, …" (one clause and a comma),
 * "Jangan lupa" right before it ("Jangan lupa ikuti akun Instagram …"), or an invitation ("Yuk, gabung kanal …").
 */
const PLUG_LEAD_IN = String.raw`(?:jangan\s+(?:lewatkan|ketinggalan)\b[^.!?,]{0,80},\s*|jangan\s+lupa\s+|(?:yuk|ayo|mari)\s*,?\s+)?`

/**
 * A block that is one plug for the outlet's news channel: "Simak berita lainnya di Google News", "Ikuti saluran
 * WhatsApp … : klik di sini", "Follow … Google News", "Jangan lewatkan berita terbaru, ikuti … Telegram". One
 * sentence, starting with the call; stripped only when it holds a link (a sentence that merely mentions a WhatsApp
 * channel stays). Group 2 names the channel.
 */
const CHANNEL_PLUG_HEAD = String.raw`^(?:[^\w\s"“”'‘’«»(\[]+\s*)?${PLUG_LEAD_IN}(simak|ikuti|follow|dapatkan|gabung(?:lah)?(?:\s+ke)?|baca|cek|saksikan|tonton|pantau)\b${PLUG_WORDS}{0,140}?\b(google news|whatsapp|wa channel|saluran wa|telegram|kanal youtube|channel youtube)\b(?:[^.!?]|\.(?=\w)){0,120}`

export const CHANNEL_PLUG_BLOCK = new RegExp(
  // An emoji or a symbol may open it ("📢 Dapatkan …"), not a quote mark or a bracket (an official's words urging
  // readers to follow a channel are a quote); the channel's address may close it ("…: https://whatsapp.com/…"), and
  // so may the button's word ("… setiap hari! <a>Follow</a>").
  String.raw`${CHANNEL_PLUG_HEAD}[.!]?(?:\s*(?:follow|ikuti|gabung|join|subscribe)[.!]?)?$`,
  'i',
)

/**
 * The same plug with up to three sentences of steps after it, as Kompas.com prints it: "Dapatkan update berita pilihan
 * … dari Kompas.com. Mari bergabung di Grup Telegram "…", caranya klik link <a>…</a>, kemudian join. Anda harus install
 * aplikasi Telegram terlebih dulu di ponsel." Stripped only when it links to the channel's own host (CHANNEL_HOSTS).
 */
export const CHANNEL_PLUG_WITH_STEPS = new RegExp(
  // Each step is a sentence that says how to join ("caranya klik …", "kemudian join", "install aplikasi …"): a sentence
  // of news after a plug is the article's, and the plug then is no block of its own.
  String.raw`${CHANNEL_PLUG_HEAD}(?:[.!]\s+(?=(?:[^.!?]|\.(?=\w)){0,140}?\b(?:klik|join|gabung|bergabung|install|instal|pasang|unduh|download|aplikasi|tautan|caranya|pastikan)\b)(?:[^.!?]|\.(?=\w)){1,140}){1,3}[.!]?$`,
  'i',
)

/** The hosts of the news channels a plug names (WhatsApp channels, Telegram, Google News, YouTube). */
export const CHANNEL_HOSTS: readonly string[] = ['whatsapp.com', 'wa.me', 't.me', 'telegram.me', 'news.google.com', 'youtube.com', 'youtu.be']

/**
 * A plug for the publisher's TV programme: "Saksikan dialog “…” di program Rakyat Bersuara setiap Selasa pukul 19.30
 * WIB, hanya di iNews." One short block that calls to watch and names when or where; stripped only when it links to
 * another site (the channel's).
 */
export const PROGRAM_PLUG_BLOCK = /^(?:saksikan|tonton|jangan\s+lewatkan)\b.{0,200}\b(?:program|acara|tayangan|siaran|pukul|hanya\s+di)\b.{0,120}$/i

/**
 * A block that is one plug for the publisher's account on a social network: "follow Instagram @pemkab", "Ikuti akun
 * Instagram kami", "Jangan lewatkan informasi terkini, follow Instagram <a>@…</a>.", "Subscribe kanal YouTube …",
 * "Simak informasi layanan terbaru RSUD … di Instagram <a>@…</a>".
 * One sentence whose call names the network within a few words ("Ikuti lomba foto di Instagram" is no plug);
 * stripped only when it links to that network (SOCIAL_NETWORKS). Group 1 names the network.
 */
export const SOCIAL_PLUG_BLOCK = new RegExp(
  String.raw`^${PLUG_LEAD_IN}(?:ikuti|follow|subscribe|pantau|simak)(?:(?:\s+(?:juga|terus|kami|akun|kanal|channel|resmi|media\s+sosial|di))*(?:(?<=\b(?:akun|resmi|kanal|channel))(?:\s+[^\s.!?]+){1,4}?\s+(?:di|melalui|lewat|via))?|(?:\s+terus)?\s+(?:informasi|kegiatan|berita|kabar|perkembangan|update)\b(?:[^.!?]|\.(?=\w)){0,100}?\s(?:di|melalui|lewat|via)(?:\s+(?:kanal|akun|channel))?)\s+(instagram|facebook|tiktok|youtube|twitter|threads)\b(?:[^.!?]|\.(?=\w)){0,100}[.!]?$`,
  'i',
)

/**
 * Words that report speech ("…, kata Kepala Dinas.", "…, ujarnya.", "…” jelasnya."): a sentence with them is a quote,
 * no plug. The bare "…nya" word only after a comma or a closing quote: "untuk informasi lebih jelasnya" is a plug's.
 */
export const SPEECH_ATTRIBUTION = /[,"”’']\s*(?:ujar|kata|jelas|tutur|ungkap|imbuh|tambah|pungkas|terang|ucap)nya\b|,\s*(?:kata|ujar|jelas|tutur|ungkap|imbuh|tambah|pungkas|terang)\s+\p{Lu}/u

/**
 * A plug for the publisher's own newsletter: "Berlangganan buletin elektronik LAN …: <a>daftar di sini</a>". One short
 * block that opens with the call to subscribe (a sentence about a subscription, "Langganan buletin sekolah kini …",
 * is news) and names the newsletter; stripped only when a link in it signs up (SIGN_UP_LINK).
 */
export const NEWSLETTER_PLUG_BLOCK = /^(?:berlangganan|daftar(?:kan\s+diri(?:\s+anda)?)?|subscribe)\b[^.!?]{0,120}\b(?:buletin|newsletter|nawala|surel\s+berkala)\b(?:[^.!?]|\.(?=\w)){0,120}[.!]?$/i

/** The link of a newsletter plug: a call to sign up, by its words or its address. */
export const SIGN_UP_LINK = /daftar|berlangganan|langganan|subscribe|sign-?up|di\s*sini/i

/** The networks of SOCIAL_PLUG_BLOCK: the label a plug gets, and the hosts its link must point at. */
export const SOCIAL_NETWORKS: Readonly<Record<string, { label: string; hosts: readonly string[] }>> = {
  instagram: { label: 'Instagram', hosts: ['instagram.com'] },
  facebook: { label: 'Facebook', hosts: ['facebook.com', 'fb.com', 'fb.me'] },
  tiktok: { label: 'TikTok', hosts: ['tiktok.com'] },
  youtube: { label: 'YouTube', hosts: ['youtube.com', 'youtu.be'] },
  twitter: { label: 'X', hosts: ['twitter.com', 'x.com'] },
  threads: { label: 'Threads', hosts: ['threads.net', 'threads.com'] },
}

/** A label with no link after it: reported as unsure, never stripped. */
export const UNLINKED_LABEL = /(^|[.!?…]\s+)\(?\s*(baca juga|berita terkait|pilihan editor)\s*:/i

/** Promo containers known from several sites; applied on every page (with the same guards as rule selectors). */
export const GENERIC_PROMO_SELECTORS: PromoSelector[] = [
  { selector: 'table.linksisip', label: 'Baca juga', kind: 'related' },
  { selector: '.baca-juga', label: 'Baca juga', kind: 'related' },
  // Boxes named after what they hold, on themes nobody has catalogued (block elements only: a link with such a
  // class sits inside prose, where the label + link pass takes it with its label).
  ...['div', 'aside', 'section', 'ul', 'table'].flatMap((tag) => [
    { selector: `${tag}[class*="baca-juga"], ${tag}[class*="bacajuga"], ${tag}[class*="baca_juga"]`, label: 'Baca juga', kind: 'related' as const },
    { selector: `${tag}[class*="berita-terkait"], ${tag}[class*="artikel-terkait"], ${tag}[class*="related-post"], ${tag}[class*="related_post"]`, label: 'Berita terkait', kind: 'related' as const },
  ]),
  { selector: '.item--baca-juga-inner', label: 'Baca juga', kind: 'related' },
  { selector: '[id^="berita-terkait-"]', label: 'Berita terkait', kind: 'related' },
  { selector: '.crp_related', label: 'Berita terkait', kind: 'related' },
  // Drupal's embedded node teaser (entity_embed) and the block editor's Latest Posts list: other stories' titles.
  { selector: 'div.embedded-entity[data-entity-type="node"]', label: 'Berita terkait', kind: 'related' },
  { selector: 'ul.wp-block-latest-posts', label: 'Berita terbaru', kind: 'related' },
  { selector: '#jp-relatedposts', label: 'Berita terkait', kind: 'related' },
  // AddToAny's share kit, whose buttons have no address until its script runs ("Bagikan :" and empty links).
  { selector: 'div.a2a_kit', label: 'Bagikan', kind: 'share' },
  // WordPress post embeds (block editor figure, or the classic editor's bare blockquote): a card of another post.
  { selector: 'figure.wp-block-embed.is-type-wp-embed', label: 'Berita terkait', kind: 'related' },
  { selector: 'blockquote.wp-embedded-content', label: 'Berita terkait', kind: 'related' },
  // Ghost's bookmark card: another page's title, excerpt and thumbnail as one link.
  { selector: 'figure.kg-bookmark-card', label: 'Berita terkait', kind: 'related' },
  // Inline related-post blocks the commercial WordPress news themes insert into the content: JNews, Jannah
  // (TieLabs), Publisher (BetterStudio), Soledad, tagDiv's Newspaper.
  { selector: '.jnews_inline_related_post_wrapper', label: 'Baca juga', kind: 'related' },
  { selector: '#inline-related-post', label: 'Berita terkait', kind: 'related' },
  { selector: '.bs-irp', label: 'Baca juga', kind: 'related' },
  { selector: '.penci-ilrelated-wrapper', label: 'Baca juga', kind: 'related' },
  { selector: '.td_block_related_posts', label: 'Berita terkait', kind: 'related' },
  // Their in-content ad slots: tagDiv's inline ad, Wpberita's banner.
  { selector: '.td-a-ad', label: 'Iklan', kind: 'ad' },
  { selector: '.gmr-banner-insidecontent', label: 'Iklan', kind: 'ad' },
  // (Not detik's div.sisip_embed_sosmed, which scrapers drop: it holds an embedded social post, quoted content the
  // article shows like a photo, neither text nor promo; the detik rule ignores it.)
  { selector: '.paradetail', label: 'SCROLL TO CONTINUE WITH CONTENT', kind: 'ad' },
  { selector: '.parallaxindetail', label: 'SCROLL TO CONTINUE WITH CONTENT', kind: 'ad' },
  // Scroll-through ad units of the national outlets, named as the Indonesian adblock list records them
  // (shared/reference/portals-and-promos.md §6; facts about their markup, the rules are ours).
  ...['.parallax-box', '.parallax_swipe', '.parallax__container', '.scrollToRead', '.parallax-ad', '#parallax-ad', '.parallax_ads',
    '.ads-scrollpage-container', '.parallax_abs'].map((selector) => ({ selector, label: 'Iklan', kind: 'ad' as const })),
  { selector: '[data-qa-id^="desktop-article-page-inline-"], [data-qa-id^="mobile-article-page-inline-"]', label: 'Iklan', kind: 'ad' },
  { selector: '.iklan-related-post', label: 'Iklan', kind: 'ad' },
  // The in-post ad placements of the TieLabs WordPress news themes, often a banner image alone: Jannah's stream items,
  // Sahifa's and Jarida's "e3lan" boxes.
  { selector: '.stream-item-in-post, .stream-item-inline-post, [class*="e3lan-in-post"]', label: 'Iklan', kind: 'ad' },
  // Page navigation inside the body ("Lanjutkan membaca »", "Halaman 1 · 2"), like Joomla's pagenav clutter.
  ...['div', 'nav', 'ul'].map((tag) => ({ selector: `${tag}[class*="paging"], ${tag}[class*="pagination"], ${tag}.page-links`, label: 'Navigasi', kind: 'related' as const })),
  { selector: '.iklan-bawah-artikel', label: 'Iklan', kind: 'ad' },
  // Tables of contents that plugins put at the top of the post (Easy Table of Contents, Table of Contents Plus,
  // LuckyWP, Rank Math's and Yoast's blocks): links to the article's own headings, which stay as text.
  { selector: '#ez-toc-container, .ez-toc-container, #toc_container, .lwptoc, .wp-block-rank-math-toc-block, .yoast-table-of-contents', label: 'Daftar isi', kind: 'related' },
  // Newsletter sign-up forms inside the post (MailPoet, Mailchimp for WordPress, The Newsletter Plugin).
  { selector: '.wp-block-mailpoet-subscription-form-block, .mailpoet_form, .mc4wp-form, .tnp-subscription', label: 'Berlangganan', kind: 'ad' },
  { selector: '.addthis_inline_share_toolbox', label: 'Bagikan', kind: 'share' },
  { selector: '.sharedaddy', label: 'Bagikan', kind: 'share' },
  // Icon-only share rows of WordPress news themes (Newsup, Newsberg …) inside the post content.
  { selector: '.post-share', label: 'Bagikan', kind: 'share' },
  // Share boxes the common WordPress share plugins insert into the post content (Sassy Social Share, Simple Share
  // Buttons Adder, Easy Social Share Buttons, MashShare, Social Warfare, Shareaholic, ShareThis, Shared Counts).
  ...['.heateor_sss_sharing_container', '.ssba', '.essb_links', '.mashsb-container', '.swp_social_panel', '.shareaholic-canvas',
    '.sharethis-inline-share-buttons', '.shared-counts-wrap'].map((selector) => ({ selector, label: 'Bagikan', kind: 'share' as const })),
]

/** "baca  JUGA" → "Baca juga"; keeps "Video" capitalised as the sites write it. */
export function canonicalLabel(raw: string): string {
  const s = raw.replace(/\s+/g, ' ').trim().toLowerCase()
  return (s.charAt(0).toUpperCase() + s.slice(1)).replace(/ video$/, ' Video')
}
