import { describe, expect, it } from 'vitest'
import { isJsSpaceCode } from './js-space.ts'

describe('isJsSpaceCode', () => {
  it('JS space (\\s) agrees with String.prototype.trimEnd on every code unit', () => {
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}`
      if (isJsSpaceCode(c) !== (s.trimEnd() !== s)) wrong.push(c)
    }
    expect(wrong).toEqual([])
  })
  it('agrees with the regex class \\s on every code unit', () => {
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) if (isJsSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c)
    expect(wrong).toEqual([])
  })
})
