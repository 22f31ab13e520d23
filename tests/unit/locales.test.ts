import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
const load = (locale: string): Catalogue =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../src/static/_locales/${locale}/messages.json`), 'utf8'))

describe('UI catalogues', () => {
  const id = load('id')
  const en = load('en')

  it('English has exactly the Indonesian keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
  })

  it.each(Object.keys(id))('%s uses the same placeholders in both languages', (key) => {
    const count = (text: string) => [...text.matchAll(/\$(\d)/g)].map((m) => m[1]).sort()
    expect(count(en[key]!.message)).toEqual(count(id[key]!.message))
    expect(id[key]!.message.trim()).not.toBe('')
  })

  it('the store name and description are localised', () => {
    expect(id.extName?.message).toBe('Kliping')
    expect(id.extDescription!.message.length).toBeLessThanOrEqual(132)
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132)
  })
})
