import { describe, expect, it } from 'vitest'
import { formatMessage } from './i18n.ts'

describe('formatMessage', () => {
  it('substitutes $1…$9 like browser.i18n and keeps $$ as a dollar sign', () => {
    expect(formatMessage('Terpakai $1 dari kuota $2.', ['3 MB', '1 GB'])).toBe('Terpakai 3 MB dari kuota 1 GB.')
    expect(formatMessage('$1 anotasi, harga $$5', ['7'])).toBe('7 anotasi, harga $5')
    expect(formatMessage('tanpa $2', ['x'])).toBe('tanpa ')
  })
})
