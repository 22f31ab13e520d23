import { describe, expect, it } from 'vitest'
import { isMessage } from './messages.ts'

describe('isMessage', () => {
  it('accepts a well-formed envelope of a known type', () => {
    expect(isMessage({ kliping: 1, type: 'background/ping', payload: {} })).toBe(true)
  })

  it.each([
    ['null', null],
    ['a string', 'background/ping'],
    ['a foreign message', { type: 'background/ping', payload: {} }],
    ['an unknown type', { kliping: 1, type: 'background/format-disk', payload: {} }],
    ['a missing payload', { kliping: 1, type: 'background/ping' }],
    ['a null payload', { kliping: 1, type: 'background/ping', payload: null }],
    ['an inherited type name', { kliping: 1, type: 'constructor', payload: {} }],
  ])('rejects %s', (_name, value) => {
    expect(isMessage(value)).toBe(false)
  })
})
