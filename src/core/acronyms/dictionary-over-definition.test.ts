import { describe, expect, it } from 'vitest'
import { shippedDictionary } from './dictionary.ts'
import { dictionarySenseOverDefinition } from './dictionary-over-definition.ts'
import type { Sense } from './types.ts'

const defined = (form: string, expansion: string): Sense => ({ form, expansion, category: 'other', source: 'article', flags: 0, layer: 'article' })

/** The sense for the `nth` occurrence of `form` in blocks[block], given the article's definition. */
function senseAt(blocks: string[], block: number, form: string, nth: number, article: Sense): string {
  const text = blocks[block]!
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(form, at + 1)
  return (dictionarySenseOverDefinition(text, at, at + form.length, form, article, shippedDictionary()) ?? article).expansion
}

describe('dictionarySenseOverDefinition', () => {
  it('reads a faction word before a party form as the party', () => {
    const blocks = ['Sawit diolah di pabrik kelapa sawit (PKS) setempat; Fraksi PKS meminta harga diawasi.']
    expect(senseAt(blocks, 0, 'PKS', 1, defined('PKS', 'pabrik kelapa sawit'))).toBe('Partai Keadilan Sejahtera')
  })
  it('reads a place name after a form the article defines as a common noun as the place-named sense', () => {
    const blocks = ['Ibu hamil kurang energi kronis (KEK) mendapat makanan tambahan.', 'Pekerja di KEK Mandalika ikut skrining, dan ibu KEK diperiksa ulang.']
    const kek = defined('KEK', 'kurang energi kronis')
    expect(senseAt(blocks, 1, 'KEK', 0, kek)).toBe('Kawasan Ekonomi Khusus')
    expect(senseAt(blocks, 1, 'KEK', 1, kek)).toBe('kurang energi kronis')
    // A party is no place: a named mill stays the article's mill.
    expect(senseAt(['Buah dijual ke PKS Sei Contoh.'], 0, 'PKS', 0, defined('PKS', 'pabrik kelapa sawit'))).toBe('pabrik kelapa sawit')
  })
  it('reads another sense the paragraph spells out when only its cue words stand right around the occurrence', () => {
    const blocks = [
      'Panitia Pemilihan Kecamatan (PPK) merekapitulasi suara.',
      'Kontrak logistik diteken pejabat pembuat komitmen di sekretariat. “PPK itu pengelola anggaran dan kontrak, bukan PPK yang merekap suara di kecamatan,” katanya.',
    ]
    const ppk = defined('PPK', 'Panitia Pemilihan Kecamatan')
    expect(senseAt(blocks, 1, 'PPK', 0, ppk)).toBe('Pejabat Pembuat Komitmen')
    expect(senseAt(blocks, 1, 'PPK', 1, ppk)).toBe('Panitia Pemilihan Kecamatan')
    // Without the other long form in the paragraph, the definition holds.
    const alone = [blocks[0]!, '“PPK itu pengelola anggaran,” katanya.']
    expect(senseAt(alone, 1, 'PPK', 0, ppk)).toBe('Panitia Pemilihan Kecamatan')
  })
  it('reads another sense its own sentence names strongly: a cue word next to the form and another in the sentence, more than the definition has', () => {
    const tpa = defined('TPA', 'Tempat Pemrosesan Akhir')
    const blocks = [
      'Setiap sore santri TPA Al-Ikhlas mengaji bersama ustazah di serambi rumah warga.',
      'Santri TPA itu juga memungut sampah di dekat TPA.',
      'Truk mengangkut sampah dan limbah pasar ke TPA, kata santri itu sambil mengaji.',
    ]
    expect(senseAt(blocks, 0, 'TPA', 0, tpa)).toBe("Taman Pendidikan Al-Qur'an")
    // A single cue word of the other sense, however close, leaves the definition.
    expect(senseAt(blocks, 1, 'TPA', 0, tpa)).toBe('Tempat Pemrosesan Akhir')
    // No cue word right next to the form: the definition holds, whatever else the sentence says.
    expect(senseAt(blocks, 2, 'TPA', 0, tpa)).toBe('Tempat Pemrosesan Akhir')
  })
})
