// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import data from '../../data/site-rules.json'
import { findSiteRule, matchSiteRule, SITE_RULE_ERRORS, SITE_RULES, validateSiteRules } from './site-rules.ts'

describe('site rules data', () => {
  test('every rule is well-formed and every selector and regex parses', () => {
    expect(SITE_RULE_ERRORS).toEqual([])
    const { rules, errors } = validateSiteRules(data, document)
    expect(errors).toEqual([])
    expect(rules.map((r) => r.id)).toEqual(SITE_RULES.map((r) => r.id))
  })
  test('covers the families the issue names', () => {
    expect(SITE_RULES.map((r) => r.id)).toEqual(expect.arrayContaining(['kalteng-cms', 'wordpress', 'joomla', 'opensid', 'lokomedia', 'antara', 'kompas', 'detik']))
  })
  test('every rule names its sources', () => {
    for (const r of SITE_RULES) expect(r.sources.length, r.id).toBeGreaterThan(0)
  })
  test('a malformed rule is reported and dropped, not used', () => {
    const { rules, errors } = validateSiteRules({ rules: [{ id: 'bad', name: 'x', sources: ['y'], hosts: ['*.x.id'], articleUrl: ['(('], body: ['p:::'], title: [], date: [], author: [], promos: [{ selector: 'a', label: 'l', kind: 'nope' }], clutter: [], ignore: [] }] }, document)
    expect(rules).toEqual([])
    expect(errors.map((e) => e.problem).join('\n')).toMatch(/bad regex[\s\S]*selector does not parse[\s\S]*promos: bad entry/)
  })
  test('no rules array', () => {
    expect(validateSiteRules(null).errors).toHaveLength(1)
  })
})

describe('the wordpress rule', () => {
  test('its author selectors read block themes\' Post Author blocks as well as classic bylines', () => {
    const wp = SITE_RULES.find((r) => r.id === 'wordpress')
    document.body.innerHTML = '<div class="wp-block-group"><div class="wp-block-post-author-name">Fitri Handayani</div><div class="wp-block-post-date"><time>28 Agustus 2025</time></div></div>'
    expect(wp?.author.map((s) => document.querySelector(s)?.textContent).find(Boolean)).toBe('Fitri Handayani')
    document.body.innerHTML = '<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Dewi Lestari</p></div></div>'
    expect(wp?.author.map((s) => document.querySelector(s)?.textContent).find(Boolean)).toBe('Dewi Lestari')
    document.body.innerHTML = ''
  })
})

describe('findSiteRule', () => {
  test.each([
    ['https://mmc.kalteng.go.id/berita/read/1868/empat-jenis-tempat-sampah-yang-perlu-diketahui', 'kalteng-cms'],
    ['http://m.kalteng.go.id/berita/read/878/x', 'kalteng-cms'],
    ['https://dpmptsp.kalteng.go.id/2025/07/31/x/', 'wordpress'],
    ['https://www.antaranews.com/berita/4987654/x', 'antara'],
    ['https://kalteng.antaranews.com/berita/712345/x', 'antara'],
    ['https://nasional.kompas.com/read/2025/07/28/14150021/x', 'kompas'],
    ['https://news.detik.com/berita/d-7812345/x', 'detik'],
    ['https://sukamaju.desa.id/artikel/2025/7/14/x', 'opensid'],
    ['https://berita.kedirikab.go.id/berita/detail/x', 'lokomedia'],
    ['https://kaltara.bps.go.id/id/pressrelease/2026/12/01/418/x.html', 'bps'],
  ])('%s → %s', (url, id) => {
    expect(findSiteRule(new URL(url))?.id).toBe(id)
  })
  test('an OpenSID static page (/artikel/{id}) is no article; a dated one is', () => {
    const rule = findSiteRule(new URL('https://sukamaju.desa.id/artikel/32'))
    expect(rule?.notArticleUrl?.some((r) => new RegExp(r).test('/artikel/32'))).toBe(true)
    expect(rule?.notArticleUrl?.some((r) => new RegExp(r).test('/artikel/2026/12/10/musdes'))).toBe(false)
  })
  test('exact host beats a wildcard; unknown hosts get null', () => {
    expect(findSiteRule(new URL('https://example.org/'))).toBeNull()
    expect(findSiteRule(new URL('https://notkompas.com/read/2025/01/01/1/x'))).toBeNull()
  })
  test('CMS families are recognised by fingerprint on any host', () => {
    document.head.innerHTML = '<meta name="generator" content="WordPress 6.8.2">'
    expect(matchSiteRule(document, new URL('https://bappeda.contohkab.go.id/2025/01/02/x/'))?.id).toBe('wordpress')
    document.head.innerHTML = '<meta name="generator" content="Joomla! - Open Source Content Management">'
    expect(matchSiteRule(document, new URL('https://contoh.go.id/index.php/berita/12-x'))?.id).toBe('joomla')
    document.head.innerHTML = ''
    expect(matchSiteRule(document, new URL('https://contoh.go.id/x'))).toBeNull()
  })
})
