import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GECKO_ID, manifestForBrowser } from './manifest-for-browser.ts'

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'))

describe('manifestForBrowser', () => {
  it('gives Chrome a module service worker and no Firefox keys', () => {
    const chrome = manifestForBrowser(source, 'chrome', '1.2.3')
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' })
    expect(chrome).not.toHaveProperty('browser_specific_settings')
    expect(chrome.version).toBe('1.2.3')
  })

  it('gives Firefox an event page and a stable gecko id, and leaves the source untouched', () => {
    const before = JSON.stringify(source)
    const firefox = manifestForBrowser(source, 'firefox', '1.2.3')
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'] })
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } } })
    expect(JSON.stringify(source)).toBe(before)
  })

  it('differs between the browsers only in background and browser_specific_settings', () => {
    const chrome = manifestForBrowser(source, 'chrome', '1.0.0')
    const firefox = manifestForBrowser(source, 'firefox', '1.0.0')
    const differing = [...new Set([...Object.keys(chrome), ...Object.keys(firefox)])].filter(
      (key) => JSON.stringify(chrome[key]) !== JSON.stringify(firefox[key]),
    )
    expect(differing.sort()).toEqual(['background', 'browser_specific_settings'])
  })

  it('declares the content script for *.go.id and the documented outlets, at document_idle', () => {
    const [script] = source.content_scripts
    expect(script.run_at).toBe('document_idle')
    for (const host of ['go.id', 'desa.id', 'infopublik.id', 'beritajakarta.id', 'antaranews.com', 'kompas.com', 'detik.com']) {
      expect(script.matches).toContain(`http://*.${host}/*`)
      expect(script.matches).toContain(`https://*.${host}/*`)
    }
  })
})
