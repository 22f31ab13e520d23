/**
 * Article detection and promo stripping in real browsers: the demo article, every site fixture at its real URL,
 * the popup's promo list and toggle, a single-page site that swaps the article, and a client-rendered portal whose
 * article appears after load.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'puppeteer-core'
import { expect, it } from 'vitest'
import { isDeclaredUrl } from '../../src/core/sites/user-sites.ts'
import { CLIENT_RENDERED_URL, DEMO_ARTICLE_URL, servedUrl } from '../fixtures/routes.ts'
import { openMarkedPage } from './harness/launch.ts'
import { describeInBrowsers } from './harness/session.ts'

const PROMO_TITLE = 'Inspektorat Daerah Prov. Kalteng Selenggarakan Sosialisasi Perluasan Percontohan Desa Anti Korupsi di Pemkab Kotawaringin Timur'

interface SiteFixture {
  url: string
  file: string
  expect: { kind: 'article' | 'other'; promos?: number }
}
const allSiteFixtures = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/sites/index.json'), 'utf8')) as { fixtures: SiteFixture[] }
).fixtures

/** The hosts the built extension declares (`*.go.id`, the outlets): Kliping runs there without being asked. */
const declaredPatterns = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/chrome/manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[] }> }
).content_scripts.flatMap((script) => script.matches)
/**
 * Fixtures on hosts the extension does not declare (a university, independent outlets) run only once the user
 * enables the site (tests/e2e/user-sites.e2e.ts covers that flow); their detection is checked by the unit eval.
 */
const siteFixtures = allSiteFixtures.filter((fixture) => isDeclaredUrl(fixture.url, declaredPatterns))

const BATCH_SIZE = 50
const siteFixtureBatches: Array<[string, SiteFixture[]]> = []
for (let start = 0; start < siteFixtures.length; start += BATCH_SIZE) {
  const batch = siteFixtures.slice(start, start + BATCH_SIZE)
  siteFixtureBatches.push([`${start + 1}–${start + batch.length} of ${siteFixtures.length}`, batch])
}

function contract(page: Page) {
  return page.evaluate(() => ({
    state: document.documentElement.getAttribute('data-kliping'),
    promos: document.documentElement.getAttribute('data-kliping-promos'),
    roots: document.querySelectorAll('[data-kliping-root]').length,
    // innerText: what a reader sees (hidden placeholders excluded).
    visibleText: document.body.innerText,
  }))
}

/**
 * Navigates to a fixture and waits for Kliping's mark. A navigation the browser itself refuses (headless Firefox has
 * answered "Address rejected" to one of hundreds of loads from the local proxy, once twice in a row) is tried again, up
 * to NAVIGATION_ATTEMPTS times, and logged; a page that loads but never gets the mark is a failure of ours and is not
 * retried.
 */
async function openFixture(page: Page, url: string): Promise<void> {
  // (Headless Firefox has refused one fixture's address twice in a row under load, in a clean-clone CI run at
  // b04c2c4; a short pause before each retry lets it recover. Three refusals in a row still fail the test.)
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'load' })
      break
    } catch (error) {
      if (attempt >= NAVIGATION_ATTEMPTS) throw error
      console.warn(`navigation to ${url} failed (attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}); trying again`)
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
    }
  }
  await page.waitForSelector('html[data-kliping]', { timeout: 15_000 })
}

/** How many times a navigation the browser itself refuses is tried. */
const NAVIGATION_ATTEMPTS = 3

async function openPopup(context: { session: { openExtensionPage(path: string): Promise<Page> } }): Promise<Page> {
  const popup = await context.session.openExtensionPage('src/popup/index.html')
  await popup.waitForSelector('[data-testid="page-state"][aria-busy="false"]')
  return popup
}

describeInBrowsers('detection and promos', (context) => {
  it('detects the demo article, strips its promo from view and keeps every paragraph', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const result = await contract(page)
    expect(result).toMatchObject({ state: 'article', promos: '1', roots: 1 })
    expect(result.visibleText).not.toContain(PROMO_TITLE)
    expect(result.visibleText).not.toMatch(/Baca juga/i)
    for (const words of ['Tomsi Tohir menegaskan pentingnya sinergi', 'Ia menekankan bahwa forum ini', '(Sumber : Puspen Kemendagri)']) {
      expect(result.visibleText).toContain(words)
    }
    // The page outside the article is untouched: the previous/next boxes are still there.
    expect(result.visibleText).toContain('Previous Post')
    await page.close()
  })

  it('popup shows the article metadata, lists the promo and shows it again on request', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const popup = await openPopup(context)
    const summary = await popup.$eval('[data-testid="page-state"]', (element) => element.textContent ?? '')
    expect(summary).toContain('Sekjen Kemendagri Minta Sekda dan Kepala Bappeda Manfaatkan Forum Rakor')
    expect(summary).toContain('MMC Kalteng')
    expect(summary).toContain('2025-10-29T15:30:00+07:00')
    expect(summary).toContain('Kalimantan Tengah')
    const link = await popup.$eval('[data-testid="promos"] a', (a) => ({ text: a.textContent, href: a.getAttribute('href') }))
    expect(link).toEqual({ text: PROMO_TITLE, href: expect.stringContaining('/berita/read/49087/') })

    await popup.click('[data-testid="show-promos"]')
    await page.waitForFunction((title: string) => document.body.innerText.includes(title), { timeout: 5_000, polling: 100 }, PROMO_TITLE)
    await popup.waitForFunction(() => (document.querySelector('[data-testid="show-promos"]') as HTMLInputElement | null)?.checked === true)
    await popup.click('[data-testid="show-promos"]')
    await page.waitForFunction((title: string) => !document.body.innerText.includes(title), { timeout: 5_000, polling: 100 }, PROMO_TITLE)
    expect((await contract(page)).promos).toBe('1')
    await popup.close()
    await page.close()
  })

  // The site fixtures in batches: each batch has the whole test time budget, so a growing fixture set (405 pages,
  // about 2 minutes in headless Firefox on a 2-core machine) cannot run one test out of time, and a failure names
  // the batch it is in.
  it('declares enough site fixtures to mean something', () => {
    expect(siteFixtures.length).toBeGreaterThanOrEqual(100)
  })

  it.each(siteFixtureBatches)('classifies site fixtures %s at their real URL as expected and strips the expected promos', async (_label, batch) => {
    const page = await context.session.browser.newPage()
    // The print-view fixture calls window.print() on load, as real print pages do; headless Firefox would then hold
    // every later navigation of this tab behind the print dialog. The page's own print() does nothing here.
    await page.evaluateOnNewDocument(() => {
      window.print = () => {}
    })
    const wrong: string[] = []
    for (const fixture of batch) {
      try {
        await openFixture(page, servedUrl(fixture.url))
      } catch (error) {
        wrong.push(`${fixture.file}: ${error instanceof Error ? error.message : String(error)}`)
        continue
      }
      const { state, promos } = await contract(page)
      if (state !== fixture.expect.kind) wrong.push(`${fixture.file}: ${state} (expected ${fixture.expect.kind})`)
      else if (fixture.expect.kind === 'article' && fixture.expect.promos !== undefined && promos !== String(fixture.expect.promos)) {
        wrong.push(`${fixture.file}: ${promos} promos (expected ${fixture.expect.promos})`)
      }
    }
    expect(wrong).toEqual([])
    await page.close()
  })

  it('re-runs when a single-page site swaps the article, once per change', async () => {
    const page = await openMarkedPage(context.session, DEMO_ARTICLE_URL)
    const next = 'Banjir Rob di Pesisir Kotim, BPBD Dirikan Posko Terpadu'
    await page.evaluate((title: string) => {
      const body = document.querySelector('.card-body')!
      for (const p of [...body.querySelectorAll(':scope > p, :scope > [data-kliping-promo-slot]')]) p.remove()
      const share = body.querySelector('.addthis_inline_share_toolbox')!
      const paragraphs = [
        'MMCKalteng - Sampit – Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Kotawaringin Timur mendirikan posko terpadu setelah banjir rob merendam dua desa pesisir sejak Senin malam.',
        'Kepala Pelaksana BPBD Kotim mengatakan petugas gabungan telah mengevakuasi warga lanjut usia dan anak-anak ke balai desa yang lebih tinggi.',
        '<strong>Baca juga :</strong> <a href="https://mmc.kalteng.go.id/berita/read/49130/bupati-kotim-tinjau-tanggul">Bupati Kotim Tinjau Tanggul Sungai Mentaya</a>',
        '“Kami minta warga tetap waspada karena air pasang diperkirakan masih tinggi hingga akhir pekan,” ujarnya di Sampit, Selasa.',
      ]
      for (const html of paragraphs) {
        const p = document.createElement('p')
        p.innerHTML = html
        body.insertBefore(p, share)
      }
      document.querySelector('h4.card-title')!.textContent = title
      history.pushState({}, '', '/berita/read/49131/banjir-rob-di-pesisir-kotim-bpbd-dirikan-posko-terpadu')
    }, next)
    await page.waitForFunction(() => performance.getEntriesByName('kliping:annotate').length === 2, { timeout: 10_000, polling: 100 })
    const result = await contract(page)
    expect(result).toMatchObject({ state: 'article', promos: '1', roots: 1 })
    expect(result.visibleText).not.toContain('Bupati Kotim Tinjau Tanggul Sungai Mentaya')
    expect(result.visibleText).toContain('“Kami minta warga tetap waspada')
    // Our own changes never trigger another pass.
    await new Promise((done) => setTimeout(done, 1_000))
    expect(await page.evaluate(() => performance.getEntriesByName('kliping:annotate').length)).toBe(2)
    await page.close()
  })

  it('finds the article a client-rendered portal puts in after load, with its promo, quotes and acronyms', async () => {
    const page = await openMarkedPage(context.session, CLIENT_RENDERED_URL)
    await page.waitForFunction(() => document.documentElement.getAttribute('data-kliping') === 'article', { timeout: 10_000, polling: 100 })
    const result = await contract(page)
    expect(result).toMatchObject({ state: 'article', promos: '1', roots: 1 })
    expect(result.visibleText).not.toContain('Bupati Tinjau Tanggul Sungai Lebar yang Jebol')
    expect(result.visibleText).toContain('modal kami sudah habis untuk persemaian pertama yang hanyut')
    const marks = await page.evaluate(() => ({
      passes: performance.getEntriesByName('kliping:annotate').length,
      speakers: [...document.querySelectorAll('.kliping-quote')].map((quote) => quote.getAttribute('data-kliping-speaker')),
      acronyms: [...document.querySelectorAll('abbr.kliping-acronym')].map((abbr) => `${abbr.textContent}=${abbr.getAttribute('data-kliping-expansion')}`),
    }))
    // The first pass found only the shell; the second, after the story appeared, the article.
    expect(marks.passes).toBe(2)
    expect(marks.speakers).toEqual(['Hendra Saputra', 'Darmawan'])
    expect(marks.acronyms).toContain('Distan=Dinas Pertanian')
    await page.close()
  })
})
