// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest'
import { stripPromos } from '../promos/strip-promos.ts'
import { SITE_RULES, type SiteRule } from '../sites/site-rules.ts'
import { anchor } from './anchor.ts'
import { canonicalText, rangeFromOffsets } from './canonical-text.ts'
import { describeRange } from './describe-range.ts'

const P1 = 'Kepala Dinas Kesehatan menyampaikan bahwa program imunisasi berjalan sesuai jadwal di seluruh kecamatan.'
const P2 = 'Tomsi meminta para Sekretaris Daerah (Sekda) memanfaatkan forum Rakor secara optimal untuk menyamakan persepsi.'
const P3 = 'Ia menekankan bahwa forum ini harus menghasilkan keputusan konkret, bukan sekadar ajang seremonial.'
const P4 = 'Menurutnya, disiplin dan tanggung jawab menjadi kunci agar hasil Rakor berdampak langsung terhadap tata kelola.'
const QUOTE = 'menyamakan persepsi'

const body = (html: string): Element => {
  document.body.innerHTML = `<div id="root">${html}</div>`
  return document.getElementById('root')!
}
const paragraphs = (...ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('')

/** Selects `needle` (its n-th occurrence) in the canonical text of `root` and describes it. */
function select(root: Element, needle: string, occurrence = 0) {
  const canon = canonicalText(root)
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = canon.text.indexOf(needle, at + 1)
  expect(at).toBeGreaterThanOrEqual(0)
  return describeRange(root, rangeFromOffsets(canon, at, at + needle.length)!)
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('describeRange', () => {
  test('quote with 32 characters of context and canonical offsets', () => {
    const root = body(paragraphs(P1, P2))
    const { quote, position } = select(root, QUOTE)
    expect(quote.exact).toBe(QUOTE)
    expect(quote.prefix).toBe(P2.slice(P2.indexOf(QUOTE) - 32, P2.indexOf(QUOTE)))
    expect(quote.suffix).toBe('.')
    // One separator stands between the paragraphs.
    const start = P1.length + 1 + P2.indexOf(QUOTE)
    expect(position).toEqual({ start, end: start + QUOTE.length })
  })

  test('a selection across paragraphs and inline elements; UI text inside is left out; whitespace trimmed', () => {
    const root = body(`<p>Awal <b>kalimat</b> satu.</p>\n<p><abbr class="kliping-acronym">Sekda<span data-kliping-ui>(Sekretaris Daerah)</span></abbr> hadir. </p>`)
    const range = document.createRange()
    range.setStart(root.querySelector('b')!.firstChild!, 0)
    range.setEnd(root.querySelectorAll('p')[1]!, 2)
    const { quote, position } = describeRange(root, range)
    expect(quote.exact).toBe('kalimat satu.\nSekda hadir.')
    expect(quote.prefix).toBe('Awal ')
    expect(position.start).toBe(5)
    expect(range.toString()).toContain('Sekretaris Daerah') // the DOM selection does include the expansion
  })

  test('a selection made entirely of UI text yields an empty quote', () => {
    const root = body(`<p>Sekda<span data-kliping-ui>(Sekretaris Daerah)</span> hadir.</p>`)
    const range = document.createRange()
    range.selectNodeContents(root.querySelector('[data-kliping-ui]')!)
    expect(describeRange(root, range).quote.exact).toBe('')
  })

  test('context never splits an emoji', () => {
    const root = body(`<p>${'🎉'.repeat(40)}kata${'🎉'.repeat(40)}</p>`)
    const { quote } = select(root, 'kata')
    expect(quote.prefix).toBe('🎉'.repeat(16))
    expect(quote.suffix).toBe('🎉'.repeat(16))
  })
})

describe('anchor', () => {
  test('unchanged page → by position, score 1', () => {
    const root = body(paragraphs(P1, P2, P3))
    const saved = select(root, QUOTE)
    const found = anchor(root, saved)
    expect(found).toMatchObject({ method: 'position', score: 1 })
    expect(found!.range.toString()).toBe(QUOTE)
  })

  test('edit after the passage → still by position', () => {
    const root = body(paragraphs(P1, P2, P3))
    const saved = select(root, QUOTE)
    body(paragraphs(P1, P2, 'Paragraf baru yang ditambahkan redaksi kemudian.', P3))
    expect(anchor(document.getElementById('root')!, saved)).toMatchObject({ method: 'position' })
  })

  test('edit before the passage → by quote, at the new offset', () => {
    const saved = select(body(paragraphs(P1, P2, P3)), QUOTE)
    const root = body(paragraphs('Ralat: judul berita ini telah diperbaiki.', P1, P2, P3))
    const found = anchor(root, saved)!
    expect(found.method).toBe('quote')
    expect(found.range.toString()).toBe(QUOTE)
    expect(found.start).toBe(saved.position.start + 'Ralat: judul berita ini telah diperbaiki.'.length + 1)
  })

  test('passage moved to another place in the article → by quote', () => {
    const saved = select(body(paragraphs(P1, P2, P3, P4)), 'bukan sekadar ajang seremonial')
    const root = body(paragraphs(P3, P4, P1, P2))
    const found = anchor(root, saved)!
    expect(found.method).toBe('quote')
    expect(found.range.toString()).toBe('bukan sekadar ajang seremonial')
  })

  test('typo-level edit inside the passage → fuzzy, above the threshold', () => {
    const passage = 'forum ini harus menghasilkan keputusan konkret'
    const saved = select(body(paragraphs(P1, P2, P3, P4)), passage)
    const root = body(paragraphs(P1, P2, P3.replace('menghasilkan', 'menghasilakn').replace('konkret', 'kongkrit'), P4))
    const found = anchor(root, saved)!
    expect(found.method).toBe('fuzzy')
    expect(found.score).toBeGreaterThanOrEqual(0.75)
    expect(found.range.toString()).toBe('forum ini harus menghasilakn keputusan kongkrit')
  })

  test('words inserted inside the passage → fuzzy', () => {
    const passage = 'disiplin dan tanggung jawab menjadi kunci agar hasil Rakor berdampak langsung'
    const saved = select(body(paragraphs(P1, P4)), passage)
    const root = body(paragraphs(P1, P4.replace('menjadi kunci', 'menjadi kunci utama')))
    const found = anchor(root, saved)!
    expect(found.method).toBe('fuzzy')
    expect(found.range.toString()).toBe('disiplin dan tanggung jawab menjadi kunci utama agar hasil Rakor berdampak langsung')
  })

  test('passage deleted → null (orphan), never a wrong place', () => {
    const saved = select(body(paragraphs(P1, P2, P3, P4)), 'bukan sekadar ajang seremonial')
    expect(anchor(body(paragraphs(P1, P2, P4)), saved)).toBeNull()
  })

  test('a short passage rewritten, with its context gone → null', () => {
    const saved = select(body(paragraphs(P1, 'Gubernur Kalteng hadir.', P4)), 'Gubernur Kalteng')
    expect(anchor(body(paragraphs(P1, P4, 'Gubernur Kaltim juga membuka acara.')), saved)).toBeNull()
  })

  test('duplicated passages: the context picks the right one', () => {
    const a = 'Rapat dibuka pukul 08.00 oleh Sekda. Agenda pertama adalah laporan keuangan.'
    const b = 'Sesi kedua di Aula Jayang Tingang. Agenda pertama adalah laporan keuangan daerah.'
    const saved = select(body(paragraphs(a, b)), 'Agenda pertama adalah laporan keuangan', 1)
    // Something was inserted before both, so the position is stale and the quote search must choose.
    const root = body(paragraphs(P1, a, b))
    const found = anchor(root, saved)!
    expect(found.method).toBe('quote')
    expect(found.range.startContainer.parentElement?.textContent).toBe(b)
  })

  test('identical duplicates with no telling context and no position → null (ambiguous)', () => {
    const root = body(paragraphs('Kalteng maju. Kalteng maju.'))
    expect(anchor(root, { quote: { exact: 'Kalteng', prefix: 'xxxxxxxx', suffix: 'yyyyyyyy' }, position: null })).toBeNull()
  })

  test('a short quote whose position now holds the same word in a foreign context → re-searched', () => {
    const saved = select(body(paragraphs('Sekda hadir di Sampit untuk membuka rapat.', 'Bupati hadir di Palangka Raya pagi ini.')), 'hadir', 1)
    // The first paragraph changed length so that another "hadir" now sits at the stored offset.
    const root = body(paragraphs('Sekda datang ke Sampit untuk mem hadir.', 'Bupati hadir di Palangka Raya pagi ini.'))
    const found = anchor(root, saved)!
    expect(found.range.startContainer.parentElement?.textContent).toBe('Bupati hadir di Palangka Raya pagi ini.')
  })

  test('no quote → null', () => {
    expect(anchor(body(paragraphs(P1)), { quote: null, position: { start: 0, end: 5 } })).toBeNull()
  })

  test('a passage spanning paragraphs and inline elements anchors to the same text', () => {
    const html = `<p>${P1}</p><p>Tomsi <a href="/x">meminta para</a> <b>Sekretaris <i>Daerah</i></b> hadir.</p>`
    const root = body(html)
    const saved = select(root, 'kecamatan.\nTomsi meminta para Sekretaris Da')
    const found = anchor(body(`<p>Pembuka.</p>${html}`), saved)!
    expect(found.range.toString()).toBe('kecamatan.Tomsi meminta para Sekretaris Da')
  })
})

describe('Kliping’s own page edits between describe and anchor', () => {
  const rule = SITE_RULES.find((r) => r.id === 'kalteng-cms') as SiteRule

  test('acronym and quote wrappers (with UI expansions) inserted → position still valid', () => {
    const saved = select(body(paragraphs(P1, P2, P3)), 'Sekretaris Daerah (Sekda) memanfaatkan forum Rakor')
    const wrapped = P2
      .replace('(Sekda)', '(<abbr class="kliping-acronym">Sekda</abbr>)')
      .replace('Rakor', '<abbr class="kliping-acronym">Rakor<span data-kliping-ui> (Rapat Koordinasi)</span></abbr>')
    const root = body(paragraphs(P1, wrapped, `<span class="kliping-quote">${P3}</span>`))
    const found = anchor(root, saved)!
    expect(found.method).toBe('position')
    expect(found.range.toString()).toBe('Sekretaris Daerah (Sekda) memanfaatkan forum Rakor')
  })

  test('promo stripped (detached) after describing → found by quote', () => {
    const promo = '<p>Baca juga : <a href="/berita/read/1/x">Inspektorat Daerah Prov. Kalteng Selenggarakan Sosialisasi</a>Ia menekankan bahwa forum ini harus</p>'
    const root = body(paragraphs(P1, P2) + promo + paragraphs(P4))
    const saved = select(root, 'Ia menekankan bahwa forum ini harus')
    expect(stripPromos(root, rule).promos).toHaveLength(1)
    const found = anchor(root, saved)!
    expect(found.method).toBe('quote')
    expect(found.range.toString()).toBe('Ia menekankan bahwa forum ini harus')
  })

  test('describe on the stripped page, then the promo box is shown again → position unchanged', () => {
    const root = body(paragraphs(P1, P2) + '<div class="baca-juga"><p>Baca juga: <a href="/berita/read/2/y">Judul Lain</a></p></div>' + paragraphs(P3))
    const report = stripPromos(root, rule)
    expect(report.promos).toHaveLength(1)
    const before = canonicalText(root).text
    const saved = select(root, 'harus menghasilkan keputusan')
    for (const promo of report.promos) promo.show()
    expect(root.querySelector('[data-kliping-promo]')?.textContent).toContain('Judul Lain')
    expect(canonicalText(root).text).toBe(before)
    expect(anchor(root, saved)).toMatchObject({ method: 'position' })
    for (const promo of report.promos) promo.hide()
    expect(anchor(root, saved)).toMatchObject({ method: 'position' })
  })

  test('an inline promo shown again brings back bare label text: the quote still anchors (by quote)', () => {
    const promo = '<p>Baca juga : <a href="/berita/read/1/x">Inspektorat Daerah Prov. Kalteng Selenggarakan Sosialisasi</a>Ia menekankan bahwa forum ini harus</p>'
    const root = body(paragraphs(P1) + promo + paragraphs(P4))
    const report = stripPromos(root, rule)
    const saved = select(root, 'Ia menekankan bahwa forum ini harus')
    for (const p of report.promos) p.show()
    // "Baca juga : " is a text node again (it cannot carry data-kliping-promo), so offsets after it moved.
    const found = anchor(root, saved)!
    expect(found.range.toString()).toBe('Ia menekankan bahwa forum ini harus')
    expect(found.method).toBe('quote')
  })

  test('existing highlights around the passage do not move it', () => {
    const root = body(paragraphs(P1, P2, P3))
    const saved = select(root, QUOTE)
    const p = root.querySelectorAll('p')[1]!
    p.innerHTML = P2.replace('forum Rakor', '<kliping-highlight class="kliping-highlight">forum Rakor</kliping-highlight>')
    expect(anchor(root, saved)).toMatchObject({ method: 'position' })
  })

  test('excluded subtrees and the end marker are not article text', () => {
    const root = body(`<p>${P1}</p><figure class="caption"><figcaption>Foto: Humas</figcaption></figure><p>${P2}</p><div id="end">Tags: Kalteng</div><p>Bagikan</p>`)
    const canon = canonicalText(root, { exclude: '.caption', end: document.getElementById('end') })
    expect(canon.text).toBe(`${P1}\n${P2}`)
  })
})

describe('canonical text details and long inputs', () => {
  test('<br> lines and blocks are separated by one separator; several boundaries in a row make one', () => {
    const root = body('<div><p>Satu<br>dua</p><ul><li><p>tiga</p></li></ul>empat</div>')
    expect(canonicalText(root).text).toBe('Satu\ndua\ntiga\nempat')
  })

  test('a long passage (> 256 characters) with a few changes → fuzzy via seeded windows', () => {
    const long = [P1, P2, P3, P4].join(' ')
    const saved = select(body(paragraphs('Pembuka berita.', long, 'Penutup berita.')), long)
    const edited = long.replace('imunisasi', 'imunsasi').replace('optimal', 'maksimal').replace('konkret', 'nyata')
    const found = anchor(body(paragraphs('Judul diperbarui. Pembuka berita yang lebih panjang.', edited, 'Penutup berita.')), saved)!
    expect(found.method).toBe('fuzzy')
    expect(found.range.toString()).toBe(edited)
  })

  test('fuzzy search over a 200,000-character article stays fast', () => {
    const filler = Array.from({ length: 1800 }, (_, i) => `Paragraf ${i} ${P1}`)
    const saved = select(body(paragraphs(...filler.slice(0, 900), P3, ...filler.slice(900))), 'forum ini harus menghasilkan keputusan konkret')
    const root = body(paragraphs(...filler.slice(0, 1000), P3.replace('keputusan', 'keputsan'), ...filler.slice(1000)))
    const started = performance.now()
    const found = anchor(root, saved)
    const elapsed = performance.now() - started
    expect(found?.method).toBe('fuzzy')
    expect(found!.range.toString()).toBe('forum ini harus menghasilkan keputsan konkret')
    expect(elapsed).toBeLessThan(1500)
  })
})
