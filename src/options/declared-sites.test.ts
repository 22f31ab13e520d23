import { describe, expect, it } from 'vitest'
import { declaredOutlets } from './declared-sites.ts'

describe('declaredOutlets', () => {
  it('turns match patterns into readable hosts without *.go.id, once each', () => {
    expect(
      declaredOutlets(['http://*.go.id/*', 'https://*.go.id/*', 'https://*.kompas.com/*', 'http://*.kompas.com/*', 'https://*.detik.com/*']),
    ).toEqual(['detik.com', 'kompas.com'])
  })
})
