// @vitest-environment happy-dom
/**
 * Property tests for promo stripping: generated articles with random promos (every block and inline form of the
 * reference) inserted at random places. The stripped body's text must equal the article text exactly
 * (whitespace-normalised), every inserted promo must be removed, a second run must change nothing, and
 * show()/hide() must round-trip. Seeded, so a failure reproduces.
 */
import { describe, expect, test } from 'vitest'
import { stripPromos } from '../../src/core/promos/strip-promos.ts'
import { SITE_RULES, type SiteRule } from '../../src/core/sites/site-rules.ts'
import { articleText } from '../../src/core/text/article-text.ts'
import { normalizeSpace } from '../../src/core/text/normalize-space.ts'
import { seededRandom } from './seeded-random.ts'


const WORDS = 'pemerintah provinsi daerah kabupaten rapat koordinasi program anggaran pembangunan masyarakat kegiatan pelayanan desa kecamatan kepala dinas sekretaris gubernur bupati warga bantuan kesehatan pendidikan jalan jembatan sungai pasar harga inflasi stunting posyandu perizinan investasi laporan evaluasi tahun bulan minggu'.split(' ')
const ACRONYMS = ['Pemprov', 'Kalteng', 'OPD', 'TPID', 'BPBD', 'Dinkes', 'Bappeda', 'K/L (kementerian/lembaga)', 'Sekda', 'APBD', 'DPRD', 'Pemkab']
const SAY = ['ujarnya', 'katanya', 'jelasnya', 'pungkasnya', 'ucapnya', 'tegasnya']

function sentence(r: () => number, quote: boolean): string {
  const n = 6 + Math.floor(r() * 14)
  const w: string[] = []
  for (let i = 0; i < n; i++) w.push(r() < 0.12 ? (ACRONYMS[Math.floor(r() * ACRONYMS.length)] as string) : (WORDS[Math.floor(r() * WORDS.length)] as string))
  const s = w.join(' ')
  const cap = s.charAt(0).toUpperCase() + s.slice(1)
  return quote ? `“${cap},” ${SAY[Math.floor(r() * SAY.length)]}.` : `${cap}.`
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const title = (r: () => number, i: number) => `${ACRONYMS[Math.floor(r() * ACRONYMS.length)]} ${sentence(r, false).slice(0, -1)} Nomor ${i}`

type BlockForm = (t: string, href: string) => string
const BLOCK_FORMS: BlockForm[] = [
  (t, h) => `<p> (<b>Baca Juga :</b> <a style="font-size: 0.92em;" href="${h}">${esc(t)}</a>) </p>`,
  (t, h) => `<p>Baca juga : <a href="${h}">${esc(t)}</a></p>`,
  (t, h) => `<p><strong>Baca juga: <a class="inner-link-baca-juga" href="${h}">${esc(t)}</a></strong></p>`,
  (t, h) => `<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="${h}">${esc(t)}</a></div></td></tr></tbody></table>`,
  (t, h) => `<div class="baca-juga"><span>Baca Juga</span> <a href="${h}">${esc(t)}</a></div>`,
  (t, h) => `<p>BACA JUGA: <a href="${h}">${esc(t)}</a></p>`,
  (t, h) => `<p>Berita Terkait : <a href="${h}">${esc(t)}</a></p>`,
  (t, h) => `<p>Lihat juga: <a href="${h}">${esc(t)}</a></p>`,
  (t, h) => `<p>Pilihan Editor: <a href="${h}">${esc(t)}</a></p>`,
  (t, h) => `<p>Simak juga Video: <a href="${h}">${esc(t)}</a></p>`,
  (t, h) => `<p>Baca Juga</p><ul><li><a href="${h}">${esc(t)}</a></li><li><a href="${h}2">${esc(t)} Lanjutan</a></li></ul>`,
  (t, h) => `<p>Baca juga:<a href="${h}">${esc(t)}</a></p>`,
  () => `<p>ADVERTISEMENT</p>`,
  () => `<div class="parallaxindetail"><div class="paradetail"><span>SCROLL TO CONTINUE WITH CONTENT</span></div></div>`,
]
type InlineForm = (t: string, href: string) => string
const INLINE_MID: InlineForm[] = [
  (t, h) => ` Baca juga: <a href="${h}">${esc(t)}</a> `,
  (t, h) => ` (Baca juga: <a href="${h}">${esc(t)}</a>) `,
  (t, h) => ` BACA JUGA: <a href="${h}">${esc(t)}</a> `,
  (t, h) => ` (<b>Baca Juga :</b> <a href="${h}">${esc(t)}</a>) `,
  (t, h) => ` <strong>Baca juga:</strong> <a href="${h}">${esc(t)}</a> `,
]
// The live MMC shape: the promo at the very start of a paragraph, its title running into the first word.
const INLINE_START: InlineForm = (t, h) => `Baca juga : <a href="${h}">${esc(t)}</a>`

interface Generated {
  html: string
  text: string
  titles: string[]
  inserted: number
}

function generate(seed: number, blockForms: BlockForm[] = BLOCK_FORMS): Generated {
  const r = seededRandom(seed)
  const paras = Array.from({ length: 3 + Math.floor(r() * 9) }, () => Array.from({ length: 1 + Math.floor(r() * 4) }, () => sentence(r, r() < 0.3)))
  const titles: string[] = []
  let inserted = 0
  const parts: string[] = []
  const promoCount = 1 + Math.floor(r() * 5)
  const slots = new Set(Array.from({ length: promoCount }, () => Math.floor(r() * (paras.length + 1))))
  paras.forEach((sentences, i) => {
    if (slots.has(i)) {
      const t = title(r, i)
      const form = blockForms[Math.floor(r() * blockForms.length)] as BlockForm
      const html = form(t, `/berita/read/${1000 + i}/promo-${i}`)
      if (html.includes('<a')) titles.push(t)
      parts.push(html)
      inserted++
    }
    let html = ''
    const roll = r()
    if (roll < 0.2) {
      const t = title(r, 100 + i)
      titles.push(t)
      inserted++
      html = INLINE_START(t, `/berita/read/${2000 + i}/x`) + sentences.map(esc).join(' ')
    } else if (roll < 0.45 && sentences.length > 1) {
      const t = title(r, 200 + i)
      titles.push(t)
      inserted++
      const at = 1 + Math.floor(r() * (sentences.length - 1))
      const form = INLINE_MID[Math.floor(r() * INLINE_MID.length)] as InlineForm
      html = sentences.slice(0, at).map(esc).join(' ') + form(t, `/berita/read/${3000 + i}/x`) + sentences.slice(at).map(esc).join(' ')
    } else {
      html = sentences.map(esc).join(' ')
    }
    parts.push(`<p>${html}</p>`)
  })
  if (slots.has(paras.length)) {
    const t = title(r, 999)
    titles.push(t)
    inserted++
    parts.push((BLOCK_FORMS[0] as BlockForm)(t, '/berita/read/999/x'))
  }
  return { html: parts.join('\n'), text: normalizeSpace(paras.map((s) => s.join(' ')).join(' ')), titles, inserted }
}

const rules: (SiteRule | null)[] = [null, ...SITE_RULES]

describe('promo stripping properties (seeded random articles)', () => {
  const RUNS = 300
  test(`${RUNS} articles: text preserved exactly, every promo removed, second run a no-op, show/hide round-trips`, () => {
    let inserted = 0
    let removed = 0
    const failures: string[] = []
    for (let seed = 1; seed <= RUNS; seed++) {
      const g = generate(seed)
      document.body.innerHTML = `<div id="root">${g.html}</div>`
      const root = document.getElementById('root') as Element
      const rule = rules[seed % rules.length] ?? null
      const report = stripPromos(root, rule)
      const got = normalizeSpace(articleText(root))
      inserted += g.inserted
      removed += Math.min(report.promos.length, g.inserted)
      if (got !== g.text) failures.push(`seed ${seed} (${rule?.id ?? 'generic'}): text differs\n  want ${g.text}\n  got  ${got}`)
      if (report.promos.length !== g.inserted) failures.push(`seed ${seed} (${rule?.id ?? 'generic'}): ${report.promos.length} promos, inserted ${g.inserted}; unsure: ${report.unsure.join(' / ')}`)
      for (const t of g.titles) if (got.includes(normalizeSpace(t))) failures.push(`seed ${seed}: promo title left: ${t}`)
      const html = root.innerHTML
      if (stripPromos(root, rule).promos.length || root.innerHTML !== html) failures.push(`seed ${seed}: second run changed something`)
      for (const p of report.promos) p.show()
      const shown = normalizeSpace(articleText(root))
      for (const t of g.titles) if (!shown.includes(normalizeSpace(t))) failures.push(`seed ${seed}: show() did not bring back ${t}`)
      for (const p of report.promos) p.hide()
      if (normalizeSpace(articleText(root)) !== g.text) failures.push(`seed ${seed}: hide() after show() differs`)
    }
    console.log(`property runs: ${RUNS}, promos removed / inserted: ${removed}/${inserted} = ${((100 * removed) / inserted).toFixed(1)}%, failures: ${failures.length}`)
    expect(failures.slice(0, 10)).toEqual([])
    expect(removed / inserted).toBeGreaterThanOrEqual(0.98)
  })

  test('the same, with ANTARA-style bodies (text runs separated by <br>, no <p>)', () => {
    const failures: string[] = []
    // Only the label + link forms: on ANTARA they are lines of the same text run (ad units and link lists are blocks).
    const linked = [0, 1, 2, 5, 6, 7, 8, 9, 11].map((i) => BLOCK_FORMS[i] as BlockForm)
    for (let seed = 1001; seed <= 1100; seed++) {
      const g = generate(seed, linked)
      // Turn every <p>…</p> into a <br>-separated run inside one container.
      const flat = g.html.replace(/<p>/g, '').replace(/<\/p>/g, '<br><br>')
      document.body.innerHTML = `<div id="root" class="wrap__article-detail-content">${flat}</div>`
      const root = document.getElementById('root') as Element
      stripPromos(root, SITE_RULES.find((r) => r.id === 'antara') ?? null)
      const got = normalizeSpace(articleText(root))
      if (got !== g.text) {
        let i = 0
        while (i < got.length && got[i] === g.text[i]) i++
        failures.push(`seed ${seed}: differs at ${i}: want …${g.text.slice(i - 40, i + 60)}… got …${got.slice(i - 40, i + 60)}… in ${flat.slice(0, 0)}`)
      }
    }
    expect(failures.slice(0, 5)).toEqual([])
  })
})
