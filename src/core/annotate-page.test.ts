// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotatePage, annotatePageInSlices, describeArticle, runFeature } from './annotate-page.ts'
import { removeDecorations } from './remove-decorations.ts'
import { emptyReport } from './page-report.ts'

const DEMO_URL = new URL(
  'http://mmc.kalteng.go.id/berita/read/49112/sekjen-kemendagri-minta-sekda-dan-kepala-bappeda-manfaatkan-forum-rakor-untuk-sinkronisasi-program-dan-anggaran',
)
const fixture = (path: string) => readFileSync(resolve(import.meta.dirname, '../../tests/fixtures', path), 'utf8')

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

const PROMO_TITLE = 'Inspektorat Daerah Prov. Kalteng Selenggarakan Sosialisasi'

describe('annotatePage on the demo article', () => {
  it('detects the article, marks its body, strips the promo and reads the metadata', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const pass = annotatePage(doc, DEMO_URL)
    const { report } = pass
    const html = doc.documentElement
    expect(html.getAttribute('data-kliping')).toBe('article')
    expect(html.getAttribute('data-kliping-promos')).toBe('1')
    const root = doc.querySelector('[data-kliping-root]')!
    expect(root.textContent).toContain('Tomsi Tohir menegaskan')
    expect(root.textContent).not.toContain(PROMO_TITLE)
    expect(root.textContent).toContain('Ia menekankan bahwa forum ini')
    expect(report.promos).toEqual([
      expect.objectContaining({ label: expect.stringMatching(/baca juga/i), title: expect.stringContaining(PROMO_TITLE), visible: false }),
    ])
    expect(report.article).toBeNull()
    expect(describeArticle(doc, pass)).toMatchObject({
      title: 'Sekjen Kemendagri Minta Sekda dan Kepala Bappeda Manfaatkan Forum Rakor untuk Sinkronisasi Program dan Anggaran',
      published: '2025-10-29T15:30:00+07:00',
      author: 'Anggelina Rentika Karolina',
      region: { province: 'Kalimantan Tengah', regency: null },
    })
    expect(report.article?.outlet).toMatch(/MMC/)
  })

  it('describes the region of a regional host the gazetteer does not know by the name its site gives (rsud.jogjakota.go.id)', () => {
    const P = '<p>YOGYAKARTA – RSUD Kota Yogyakarta membuka klinik tumbuh kembang anak terpadu mulai Senin (20/9/2027) di lantai dua gedung poliklinik.</p>'
    const doc = load(`<html><head><meta property="og:site_name" content="RSUD Kota Yogyakarta"><meta property="og:type" content="article"></head><body><h1>RSUD Buka Klinik</h1><article>${P.repeat(4)}</article></body></html>`)
    const pass = annotatePage(doc, new URL('https://rsud.jogjakota.go.id/berita/detail/872/rsud-kota-yogyakarta-buka-klinik-tumbuh-kembang'))
    expect(describeArticle(doc, pass)?.region).toEqual({ province: 'Daerah Istimewa Yogyakarta', regency: 'Yogyakarta' })
  })

  it('is idempotent: a second pass changes nothing and keeps the promo handles', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const first = annotatePage(doc, DEMO_URL)
    const after = doc.documentElement.outerHTML
    const second = annotatePage(doc, DEMO_URL, {}, first)
    expect(doc.documentElement.outerHTML).toBe(after)
    expect(second.report.counts.promos).toBe(1)
    second.promos[0]!.show()
    expect(doc.querySelector('[data-kliping-root]')!.textContent).toContain(PROMO_TITLE)
  })

  it('shows stripped promos right away when asked to', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const { report } = annotatePage(doc, DEMO_URL, { showPromos: true })
    expect(doc.querySelector('[data-kliping-root]')!.textContent).toContain(PROMO_TITLE)
    expect(report.promos[0]?.visible).toBe(true)
    expect(doc.documentElement.getAttribute('data-kliping-promos')).toBe('1')
  })
})

describe('annotatePage on the demo listing', () => {
  it('marks it "other" and changes nothing in the body', () => {
    const doc = load(fixture('demo/mmc-listing.html'))
    const before = doc.body.innerHTML
    const { report } = annotatePage(doc, new URL('http://mmc.kalteng.go.id/berita'))
    expect(doc.documentElement.getAttribute('data-kliping')).toBe('other')
    expect(doc.documentElement.hasAttribute('data-kliping-promos')).toBe(false)
    expect(doc.body.innerHTML).toBe(before)
    expect(report.article).toBeNull()
  })
})

describe('runFeature', () => {
  it('turns a failing feature into a reported error instead of an exception', () => {
    const report = emptyReport('http://x.go.id/')
    const value = runFeature(report, 'acronyms', () => {
      throw new Error('boom')
    })
    expect(value).toBeUndefined()
    expect(report.errors).toEqual(['acronyms: boom'])
  })
})

describe('annotatePage on odd documents', () => {
  it('copes with a document without body', () => {
    const doc = document.implementation.createHTMLDocument('x')
    doc.body.remove()
    expect(() => annotatePage(doc, new URL('http://x.go.id/berita/read/1/a'))).not.toThrow()
    expect(doc.documentElement.getAttribute('data-kliping')).toBe('other')
  })

  it('copes with a document without any element', () => {
    const doc = document.implementation.createHTMLDocument('x')
    doc.documentElement.remove()
    expect(() => annotatePage(doc, new URL('http://x.go.id/'))).not.toThrow()
  })

  it('copes with an XML document', () => {
    const doc = new DOMParser().parseFromString('<rss><channel><title>a</title></channel></rss>', 'application/xml')
    expect(() => annotatePage(doc, new URL('http://x.go.id/feed.xml'))).not.toThrow()
    expect(doc.documentElement.getAttribute('data-kliping')).toBe('other')
  })
})

describe('annotatePage quotes on the demo article', () => {
  it('highlights the four direct quotes, all attributed to Tomsi Tohir, without changing the text', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const root = () => doc.querySelector('.card-body')!
    const before = root().textContent
    const { report } = annotatePage(doc, DEMO_URL)
    const wrappers = [...doc.querySelectorAll('.kliping-quote')]
    const ids = [...new Set(wrappers.map((w) => w.getAttribute('data-kliping-quote-id')))]
    expect(ids).toHaveLength(4)
    expect(new Set(wrappers.map((w) => w.getAttribute('data-kliping-speaker')))).toEqual(new Set(['Tomsi Tohir']))
    expect(report.quotes.map((q) => q.role)).toEqual(Array(4).fill('Sekjen Kemendagri'))
    expect(wrappers[0]!.textContent).toMatch(/^“Kita harus tahu mana yang menjadi skala prioritas\./)
    // Only the promo left the body; every other character is where it was.
    expect(root().textContent!.replace(/\s+/g, ' ')).toBe(
      before!.replace(/\s+/g, ' ').replace(/ ?Baca juga : Inspektorat Daerah Prov\. Kalteng Selenggarakan Sosialisasi Perluasan Percontohan Desa Anti Korupsi di Pemkab Kotawaringin Timur/, ''),
    )
  })

  it('draws each quote once even when the pass runs twice', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const first = annotatePage(doc, DEMO_URL)
    const html = doc.documentElement.outerHTML
    annotatePage(doc, DEMO_URL, {}, first)
    expect(doc.documentElement.outerHTML).toBe(html)
    expect(doc.querySelectorAll('.kliping-quote .kliping-quote')).toHaveLength(0)
  })
})

describe('annotatePage acronyms on the demo article', () => {
  it('expands every seed acronym per the contract and leaves the article text unchanged', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const root = () => doc.querySelector('.card-body')!
    annotatePage(doc, DEMO_URL)
    const expansions = new Map([...doc.querySelectorAll('abbr.kliping-acronym')].map((a) => [a.textContent, a.getAttribute('data-kliping-expansion')]))
    expect(expansions.get('Sekjen')).toBe('Sekretaris Jenderal')
    expect(expansions.get('Kemendagri')).toBe('Kementerian Dalam Negeri')
    expect(expansions.get('Sekda')).toBe('Sekretaris Daerah')
    expect(expansions.get('Bappeda')).toBe('Badan Perencanaan Pembangunan Daerah')
    expect(expansions.get('K/L')?.toLowerCase()).toBe('kementerian/lembaga')
    expect(expansions.get('IPDN')).toBe('Institut Pemerintahan Dalam Negeri')
    expect(expansions.get('Rakor')).toBe('Rapat Koordinasi')
    expect(expansions.get('Puspen')).toMatch(/^Pusat Penerangan/)
    // Inline expansions are UI with generated text: the article's characters are untouched.
    const inline = [...doc.querySelectorAll('.kliping-expansion')]
    expect(inline.length).toBeGreaterThan(0)
    expect(inline.every((span) => span.hasAttribute('data-kliping-ui') && span.textContent === '')).toBe(true)
    expect(root().textContent).not.toContain('(Sekretaris Jenderal)')
  })

  it('gives no inline expansion to acronyms the article defines in place ("Sekretaris Daerah (Sekda)")', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    annotatePage(doc, DEMO_URL)
    const sekda = [...doc.querySelectorAll('abbr.kliping-acronym')].find((a) => a.textContent === 'Sekda')!
    expect(sekda.nextElementSibling?.classList.contains('kliping-expansion') ?? false).toBe(false)
  })
})

describe('annotatePage when the page changes its article during a sliced pass', () => {
  it('draws acronyms on the text as it is at drawing time, never at stale offsets', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    // The article's paragraph with quotes and acronyms: a page script prepends words to it while the pass yields.
    const paragraph = [...doc.querySelectorAll('.card-body p')].find((p) => p.textContent!.includes('Sekda') && p.textContent!.includes('“'))!
    const steps = annotatePageInSlices(doc, DEMO_URL, {}, undefined, () => true)
    let prepended = 0
    for (let step = steps.next(); !step.done; step = steps.next()) {
      // Before anything is drawn: the pass has read the text and found quotes and acronyms on it.
      if (!doc.querySelector('.kliping-quote')) {
        paragraph.insertBefore(doc.createTextNode('Kemarin pagi, '), paragraph.firstChild)
        prepended++
      }
    }
    expect(prepended).toBeGreaterThan(3)
    expect(paragraph.textContent!.startsWith('Kemarin pagi, ')).toBe(true)
    const drawn = [...paragraph.querySelectorAll('abbr.kliping-acronym')].map((a) => a.textContent)
    expect(drawn.length).toBeGreaterThan(0)
    for (const form of drawn) expect(['Sekjen', 'Kemendagri', 'Sekda', 'Bappeda', 'Rakor', 'K/L', 'IPDN', 'Puspen', 'Prov.', 'Kalteng', 'Pemkab']).toContain(form)
  })
})

describe('annotatePage and posts embedded from social networks', () => {
  it('leaves an embedded tweet or Instagram post as it is: its quotes and acronyms are not the article\'s', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const body = doc.querySelector('.card-body')!
    const tweet = doc.createElement('blockquote')
    tweet.className = 'twitter-tweet'
    tweet.innerHTML = '<p>“Kami siap membantu warga,” kata Kapolres di lokasi banjir bersama BPBD.</p>— Humas Polres (@humaspolres)'
    body.insertBefore(tweet, body.querySelector('p:nth-of-type(3)'))
    annotatePage(doc, DEMO_URL)
    expect(tweet.querySelector('.kliping-quote, abbr.kliping-acronym')).toBeNull()
    expect(tweet.textContent).toContain('“Kami siap membantu warga,”')
    expect(body.querySelectorAll('.kliping-quote').length).toBeGreaterThan(0)
  })
})

describe('settings: features switched off, and switched again on an open page', () => {
  it('leaves promos, quotes and acronyms alone when they are off', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const before = doc.querySelector('.card-body')!.innerHTML
    const { report } = annotatePage(doc, DEMO_URL, { features: { promos: false, quotes: false, acronyms: false } })
    expect(doc.documentElement.getAttribute('data-kliping')).toBe('article')
    expect(doc.documentElement.getAttribute('data-kliping-promos')).toBe('0')
    expect(doc.querySelector('.card-body')!.innerHTML).toBe(before)
    expect([report.counts.promos, report.counts.quotes, report.counts.acronyms]).toEqual([0, 0, 0])
  })

  it('removeDecorations then a pass with acronyms off leaves no acronym and the same text', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const first = annotatePage(doc, DEMO_URL)
    const text = doc.querySelector('.card-body')!.textContent
    removeDecorations(first.detection!.root!)
    expect(doc.querySelectorAll('.kliping-quote, abbr.kliping-acronym, .kliping-expansion')).toHaveLength(0)
    const second = annotatePage(doc, DEMO_URL, { features: { acronyms: false } }, first)
    expect(doc.querySelectorAll('abbr.kliping-acronym')).toHaveLength(0)
    expect(doc.querySelectorAll('.kliping-quote').length).toBeGreaterThan(0)
    expect(second.report.counts.promos).toBe(1)
    expect(doc.querySelector('.card-body')!.textContent).toBe(text)
  })

  it('turning promos off shows the promos the previous pass had stripped', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const first = annotatePage(doc, DEMO_URL)
    annotatePage(doc, DEMO_URL, { features: { promos: false } }, first)
    expect(doc.querySelector('.card-body')!.textContent).toContain(PROMO_TITLE)
  })
})

describe('settings: promos switched off and on again', () => {
  it('strips the promo again when promos come back on', () => {
    const doc = load(fixture('demo/mmc-article.html'))
    const first = annotatePage(doc, DEMO_URL)
    const off = annotatePage(doc, DEMO_URL, { features: { promos: false } }, first)
    expect(doc.querySelector('.card-body')!.textContent).toContain(PROMO_TITLE)
    const on = annotatePage(doc, DEMO_URL, {}, off)
    expect(doc.querySelector('.card-body')!.textContent).not.toContain(PROMO_TITLE)
    expect([on.report.counts.promos, doc.documentElement.getAttribute('data-kliping-promos')]).toEqual([1, '1'])
  })
})
