import { describe, expect, it } from 'vitest'
import { vetoed } from './guards.ts'

/** Whether the guard vetoes the `nth` occurrence (0-based) of `form` in `text`. */
function vetoes(text: string, form: string, nth = 0, placeNameEndsAt?: (end: number) => boolean): boolean {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(form, at + 1)
  return vetoed(text, at, at + form.length, form, placeNameEndsAt)
}

describe('vetoed', () => {
  it('leaves a physician\'s specialist degree alone ("Sp.PD", "Sp. OG"), not the same letters elsewhere', () => {
    const text = 'Direktur RSUD, dr. Maria Ulina, Sp.PD, dan dr. Yoseph, Sp. OG, menerima bantuan dari PD Pasar Raya.'
    expect(vetoes(text, 'PD', 0)).toBe(true)
    expect(vetoes(text, 'OG', 0)).toBe(true)
    expect(vetoes(text, 'PD', 1)).toBe(false)
  })
  it('leaves the second copy of a reduplicated plural alone ("OPD-OPD"), not the first', () => {
    const text = 'Bupati meminta OPD-OPD yang lamban segera melapor.'
    expect(vetoes(text, 'OPD', 0)).toBe(false)
    expect(vetoes(text, 'OPD', 1)).toBe(true)
    // Two different forms joined by a hyphen are no reduplication.
    expect(vetoes('Rapat BPBD-BNPB digelar.', 'BNPB')).toBe(false)
  })
  it('leaves the letters of a vehicle plate alone, and the same letters in running text', () => {
    expect(vetoes('Polisi menyita truk berpelat DA 8123 PU di gudang.', 'PU')).toBe(true)
    expect(vetoes('Mobil dinas B 1045 KPU dipakai keluarga pejabat.', 'KPU')).toBe(true)
    expect(vetoes('Kendaraan DR 77 UX dan ST 5 A diamankan.', 'DR')).toBe(true)
    expect(vetoes('Dinas PU memperbaiki 12 PU desa.', 'PU', 1)).toBe(false)
    expect(vetoes('Pasal 18 UU Tipikor dan UU 20 2001 dikutip.', 'UU')).toBe(false)
  })
  it('reads "PT" before a region name that ends there as the high court, and before any other name as a company', () => {
    const place = (end: number): boolean => end === 'Banding ke PT'.length
    expect(vetoes('Banding ke PT Kalbar diajukan jaksa.', 'PT', 0, place)).toBe(false)
    expect(vetoes('Banding ke PT Kalbar diajukan jaksa.', 'PT', 0)).toBe(true)
    expect(vetoes('Kontrak diteken PT Bangun Contoh.', 'PT', 0, () => false)).toBe(true)
    expect(vetoes('Kontrak diteken CV Kalbar Jaya.', 'CV', 0, () => true)).toBe(true)
  })
})
