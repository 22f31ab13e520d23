import { describe, expect, it } from 'vitest'
import { hyphenSuffixAt, qualifierAfterForm } from './hyphen-qualifier.ts'

describe('hyphenSuffixAt', () => {
  it('reads one to four capitals after a hyphen, ending at a word boundary', () => {
    const text = 'Gaji PPPK-PW naik; BLT-DDX dan ASN-nya tidak.'
    expect(hyphenSuffixAt(text, 'Gaji PPPK'.length)).toBe('PW')
    expect(hyphenSuffixAt(text, text.indexOf('-DDX'))).toBe('DDX')
    expect(hyphenSuffixAt(text, text.indexOf('-nya'))).toBe('')
    expect(hyphenSuffixAt(text, 'Gaji'.length)).toBe('')
  })
})

describe('qualifierAfterForm', () => {
  it('finds the words after the form whose initials spell the suffix, also after a closing bracket', () => {
    const article = 'ratusan honorer diangkat menjadi pegawai pemerintah dengan perjanjian kerja (pppk) paruh waktu.\ngaji pppk-pw naik.'
    expect(qualifierAfterForm(article, 'PPPK', 'PW')).toBe('paruh waktu')
    expect(qualifierAfterForm('pendaftaran cpns tahap lanjutan dibuka.', 'CPNS', 'TL')).toBe('tahap lanjutan')
  })
  it('gives null when no such words follow the form anywhere', () => {
    expect(qualifierAfterForm('gaji pppk-pw naik; pppk tahap dua tidak.', 'PPPK', 'PW')).toBeNull()
    expect(qualifierAfterForm('kuota kpppk paruh waktu dibahas.', 'PPPK', 'PW')).toBeNull()
  })
})
