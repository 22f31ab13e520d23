import { describe, expect, it } from 'vitest'
import { buildIndex, formKey, singleToken } from './build-index.ts'
import { FLAG_NODOT } from './types.ts'

describe('buildIndex', () => {
  it('maps keys to rows and marks multi-token starts, dotted forms and variants', () => {
    const keys = ['PP', 'Satpol PP', 'PP Muhammadiyah', 'Kab.', 'Rakor']
    const index = buildIndex(keys, (row) => (keys[row] === 'Kab.' ? FLAG_NODOT : 0), (key) => (key === 'Rakor' ? ['rakor'] : []))
    expect(index.get('PP')).toEqual([0, -1, 2, 0])
    expect(index.get('Satpol')).toEqual([-1, -1, 2, 0])
    expect(index.get('Satpol PP')).toBe(1)
    expect(index.get('Kab')).toEqual([-1, 3, 0, 1])
    expect(index.get('Kab.')).toBe(3)
    expect(index.get('rakor')).toBe(4)
  })
  it('normalises keys and recognises single tokens', () => {
    expect(formKey('  Satpol\u00a0 PP ')).toBe('Satpol PP')
    expect(singleToken('Prov.')).toBe(true)
    expect(singleToken('K/L')).toBe(false)
    expect(singleToken('APBD-P')).toBe(false)
  })
})
