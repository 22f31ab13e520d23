import { describe, expect, it } from 'vitest'
import {
  displayPattern,
  extensionRelativePath,
  hostOfPattern,
  isDeclaredPattern,
  isDeclaredUrl,
  isUserSitePattern,
  matchesPattern,
  MAX_USER_SITES,
  userSitePatternForUrl,
  validUserSites,
} from './user-sites.ts'

const DECLARED = ['http://*.go.id/*', 'https://*.go.id/*', 'http://*.kompas.com/*', 'https://*.kompas.com/*']

describe('userSitePatternForUrl', () => {
  it('keeps the scheme and host of an http(s) page, drops port, path, query and fragment', () => {
    expect(userSitePatternForUrl('https://www.contoh-berita.example:8443/berita/1?x=2#a')).toBe('https://www.contoh-berita.example/*')
    expect(userSitePatternForUrl('http://Warta.Example/')).toBe('http://warta.example/*')
    expect(userSitePatternForUrl('http://192.168.1.10/berita')).toBe('http://192.168.1.10/*')
  })

  it.each([
    ['an extension page', 'chrome-extension://abc/src/popup/index.html'],
    ['a file', 'file:///home/x/berita.html'],
    ['a browser page', 'about:addons'],
    ['no address', null],
    ['garbage', 'not a url'],
    ['an IPv6 host', 'http://[::1]/berita'],
  ])('refuses %s', (_name, url) => {
    expect(userSitePatternForUrl(url)).toBeNull()
  })
})

describe('isUserSitePattern', () => {
  it('accepts one scheme and one plain host', () => {
    expect(isUserSitePattern('https://www.contoh.example/*')).toBe(true)
    expect(isUserSitePattern('http://contoh.example/*')).toBe(true)
  })

  it.each(['*://contoh.example/*', 'https://*.contoh.example/*', 'https://*/*', '<all_urls>', 'https://contoh.example/berita/*', 'https://contoh.example:80/*', 'ftp://contoh.example/*', 'https://Contoh.example/*', 42, null])(
    'refuses %s',
    (value) => {
      expect(isUserSitePattern(value)).toBe(false)
    },
  )
})

describe('matchesPattern', () => {
  it('reads wildcard subdomains, schemes and paths', () => {
    expect(matchesPattern('https://mmc.kalteng.go.id/berita/read/1', 'https://*.go.id/*')).toBe(true)
    expect(matchesPattern('https://go.id/', 'https://*.go.id/*')).toBe(true)
    expect(matchesPattern('http://mmc.kalteng.go.id/', 'https://*.go.id/*')).toBe(false)
    expect(matchesPattern('https://notgo.id/', 'https://*.go.id/*')).toBe(false)
    expect(matchesPattern('https://go.id.example/', 'https://*.go.id/*')).toBe(false)
    expect(matchesPattern('http://desa.example/a', '*://desa.example/*')).toBe(true)
    expect(matchesPattern('https://x.example/berita/1', 'https://x.example/berita/*')).toBe(true)
    expect(matchesPattern('https://x.example/profil', 'https://x.example/berita/*')).toBe(false)
    expect(matchesPattern('https://x.example/', '<all_urls>')).toBe(true)
    expect(matchesPattern('https://x.example/', 'nonsense')).toBe(false)
  })
})

describe('declared sites', () => {
  it('tells pages and patterns the manifest already covers from the rest', () => {
    expect(isDeclaredUrl('https://www.kompas.com/read/1', DECLARED)).toBe(true)
    expect(isDeclaredUrl('https://www.contoh-berita.example/read/1', DECLARED)).toBe(false)
    expect(isDeclaredPattern('https://jdih.kalteng.go.id/*', DECLARED)).toBe(true)
    expect(isDeclaredPattern('https://kompas.com.example/*', DECLARED)).toBe(false)
  })
})

describe('validUserSites', () => {
  it('keeps well-formed, undeclared patterns, once each, sorted by host', () => {
    expect(
      validUserSites(
        ['https://warta.example/*', 'http://berita.example/*', 'https://berita.example/*', 'https://warta.example/*', 'https://news.kompas.com/*', '*://evil.example/*', 7, null],
        DECLARED,
      ),
    ).toEqual(['http://berita.example/*', 'https://berita.example/*', 'https://warta.example/*'])
  })

  it('treats anything but a list as no sites, and caps the list', () => {
    expect(validUserSites('https://warta.example/*', DECLARED)).toEqual([])
    expect(validUserSites(undefined, DECLARED)).toEqual([])
    const many = Array.from({ length: MAX_USER_SITES + 5 }, (_, i) => `https://s${String(i).padStart(3, '0')}.example/*`)
    expect(validUserSites(many, DECLARED)).toHaveLength(MAX_USER_SITES)
  })
})

describe('display', () => {
  it('shows the origin and the host', () => {
    expect(displayPattern('https://warta.example/*')).toBe('https://warta.example')
    expect(hostOfPattern('https://warta.example/*')).toBe('warta.example')
  })
})

describe('extensionRelativePath', () => {
  it('makes Firefox absolute file URLs relative, and leaves Chrome relative paths as they are', () => {
    const base = 'moz-extension://4a1e6c1e-0000-4000-8000-000000000000/'
    expect(extensionRelativePath(`${base}src/content/index.js`, base)).toBe('src/content/index.js')
    expect(extensionRelativePath('src/content/kliping.css', 'chrome-extension://abc/')).toBe('src/content/kliping.css')
    expect(extensionRelativePath('/src/content/index.js', 'chrome-extension://abc/')).toBe('src/content/index.js')
  })
})
