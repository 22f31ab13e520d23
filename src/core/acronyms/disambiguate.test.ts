import { describe, expect, it } from 'vitest'
import { chooseSense, hasWords, type ArticleEvidence } from './disambiguate.ts'
import { FLAG_CUE, FLAG_DEFAULT, FLAG_REGIONAL, FLAG_TITLE, type Sense } from './types.ts'

const sense = (expansion: string, extra: Partial<Sense> = {}): Sense => ({ form: 'X', expansion, category: 'other', source: 't', flags: 0, layer: 'dictionary', ...extra })
function evidence(blocks: string[], province: string | null = null): ArticleEvidence {
  const lower = blocks.join('\n').toLowerCase()
  return { blocks, province, regency: null, provincesNamed: new Set(), present: (p) => hasWords(lower, p) }
}

describe('chooseSense', () => {
  it('expands a title form only before the unit it heads, never as the place of the same name', () => {
    const kaur = [sense('Kepala Urusan', { flags: FLAG_TITLE, category: 'position', cues: ['Keuangan', 'Umum', 'Tata Usaha'] })]
    const at = (text: string, nth = 0): string | null => {
      let i = -1
      for (let k = 0; k <= nth; k++) i = text.indexOf('Kaur', i + 1)
      return chooseSense(kaur, 0, i, i + 4, evidence([text]))?.expansion ?? null
    }
    expect(at('Laporan disusun Kaur Keuangan Desa Suka Maju.')).toBe('Kepala Urusan')
    expect(at('Bantuan tiba di Kabupaten Kaur kemarin.')).toBeNull()
    expect(at('Bantuan tiba di Kaur Selatan kemarin.')).toBeNull()
    expect(at('Petani di Kaur Keuangan?')).toBeNull()
    expect(at('Kaur tetap menjadi daerah prioritas.')).toBeNull()
    // Only before a unit the row lists: not a name, a rank or a headline's next word.
    expect(at('Kaur Tata Usaha menyiapkan surat.')).toBe('Kepala Urusan')
    expect(at('Sekda Kaur Nandar Munadi membuka kegiatan.')).toBeNull()
    expect(at('Polres Kaur Tangkap Pelaku Curanmor')).toBeNull()
  })
  const bpk = [
    sense('Badan Pemeriksa Keuangan', { flags: FLAG_DEFAULT, cues: ['audit', 'opini', 'WTP'] }),
    sense('Balai Pelestarian Kebudayaan', { cues: ['cagar budaya', 'situs'] }),
  ]
  it('uses the long form written elsewhere in the article first', () => {
    const text = 'Tim BPK mendata situs. Balai Pelestarian Kebudayaan menyebut…'
    expect(chooseSense(bpk, 0, 4, 7, evidence([text]))?.expansion).toBe('Balai Pelestarian Kebudayaan')
  })
  it('lets cue words right at the occurrence override a long form written elsewhere for another sense', () => {
    const pkb = [
      sense('Partai Kebangkitan Bangsa', { cues: ['fraksi', 'partai'] }),
      sense('Pajak Kendaraan Bermotor', { cues: ['pajak', 'kendaraan'] }),
    ]
    const blocks = ['Anggota Fraksi PKB meminta laporan.', 'Target pajak kendaraan bermotor naik.', 'Setoran PKB naik.']
    expect(chooseSense(pkb, 0, 15, 18, evidence(blocks))?.expansion).toBe('Partai Kebangkitan Bangsa')
    expect(chooseSense(pkb, 2, 8, 11, evidence(blocks))?.expansion).toBe('Pajak Kendaraan Bermotor')
  })
  it('then cue words near the occurrence, then the default', () => {
    expect(chooseSense(bpk, 0, 0, 3, evidence(['BPK mendata cagar budaya di desa.']))?.expansion).toBe('Balai Pelestarian Kebudayaan')
    expect(chooseSense(bpk, 0, 0, 3, evidence(['BPK memberi opini WTP.']))?.expansion).toBe('Badan Pemeriksa Keuangan')
    expect(chooseSense(bpk, 0, 0, 3, evidence(['BPK hadir.']))?.expansion).toBe('Badan Pemeriksa Keuangan')
  })
  it('abstains when cues tie or there is no default', () => {
    const tps = [sense('Tempat Pemungutan Suara', { cues: ['pemilih'] }), sense('Tempat Penampungan Sementara', { cues: ['sampah'] })]
    expect(chooseSense(tps, 0, 0, 3, evidence(['TPS itu ramai.']))).toBeNull()
    expect(chooseSense(tps, 0, 0, 3, evidence(['TPS penuh sampah dan pemilih.']))).toBeNull()
  })
  it('gives a tie between the default sense and another to nobody: equal words on both sides are no evidence (review of 1803f91)', () => {
    expect(chooseSense(bpk, 0, 0, 3, evidence(['BPK memberi opini atas pemugaran situs.']))).toBeNull()
  })
  it('expands regional forms only when the page or article points to their region', () => {
    const mura = [
      sense('Musi Rawas', { flags: FLAG_REGIONAL, region: 'Sumatera Selatan' }),
      sense('Murung Raya', { flags: FLAG_REGIONAL, region: 'Kalimantan Tengah' }),
    ]
    expect(chooseSense(mura, 0, 0, 4, evidence(['Mura hadir.'], 'Kalimantan Tengah'))?.expansion).toBe('Murung Raya')
    expect(chooseSense(mura, 0, 0, 4, evidence(['Mura hadir di Sumatera Selatan.']))?.expansion).toBe('Musi Rawas')
    expect(chooseSense(mura, 0, 0, 4, evidence(['Mura hadir.']))).toBeNull()
  })
  it('counts a weak cue (~word) only with another cue of its sense, a positional one (word _, _ word) only right at the form, and overlapping cues once', () => {
    const pkb = [
      sense('Partai Kebangkitan Bangsa', { cues: ['fraksi', 'kursi'] }),
      sense('Pajak Kendaraan Bermotor', { cues: ['pajak', 'target _', '~target', '~realisasi'] }),
    ]
    const at = (text: string): string | null => {
      const i = text.indexOf('PKB')
      return chooseSense(pkb, 0, i, i + 3, evidence([text]))?.expansion ?? null
    }
    expect(at('PKB pasang target sepuluh kursi.')).toBe('Partai Kebangkitan Bangsa')
    expect(at('PKB target sepuluh kursi.')).toBe('Partai Kebangkitan Bangsa')
    expect(at('Realisasi anggaran rendah, kata PKB.')).toBeNull()
    expect(at('Target PKB naik tahun ini.')).toBe('Pajak Kendaraan Bermotor')
    expect(at('Fraksi menilai target PKB terlalu tinggi.')).toBe('Pajak Kendaraan Bermotor')
    // With a tax word near, the weak cues count: two of them outweigh a party word.
    expect(at('Realisasi pajak naik; PKB melampaui target, kata fraksi.')).toBe('Pajak Kendaraan Bermotor')
    const bk = [
      sense('Bimbingan dan Konseling', { flags: FLAG_CUE, cues: ['SMP'] }),
      sense('Badan Kehormatan', { flags: FLAG_CUE, cues: ['etik', 'kode etik', 'pelanggaran etik', '_ DPRD'] }),
    ]
    const bkAt = (text: string): string | null => {
      const i = text.indexOf('BK')
      return chooseSense(bk, 0, i, i + 2, evidence([text]))?.expansion ?? null
    }
    expect(bkAt('BK DPRD memanggil saksi.')).toBe('Badan Kehormatan')
    expect(bkAt('BK, DPRD dan Pemkab hadir.')).toBeNull()
    // "etik" inside "kode etik" is the same words: 2, a tie with SMP.
    expect(bkAt('Layanan BK di SMP itu; pelanggaran kode etik disanksi.')).toBeNull()
  })
  it('keeps evidence-only senses out without evidence', () => {
    const pin = [sense('Pekan Imunisasi Nasional', { flags: FLAG_CUE, cues: ['imunisasi'] })]
    expect(chooseSense(pin, 0, 0, 3, evidence(['Masukkan PIN ATM Anda.']))).toBeNull()
    expect(chooseSense(pin, 0, 0, 3, evidence(['PIN polio: imunisasi untuk balita.']))?.expansion).toBe('Pekan Imunisasi Nasional')
  })
  it('counts a bracketed positional cue only when the form stands in brackets right after its words ("Laut (P)")', () => {
    const corps = [sense('Pelaut', { flags: FLAG_CUE, cues: ['Laut (_)'] })]
    const at = (text: string): string | null => {
      const i = text.indexOf('P', text.indexOf('(') >= 0 ? text.indexOf('(') : 0)
      return chooseSense(corps, 0, i, i + 1, evidence([text]))?.expansion ?? null
    }
    expect(at('Kolonel Laut (P) Budi hadir.')).toBe('Pelaut')
    expect(at('Kolonel Laut(P) Budi hadir.')).toBe('Pelaut')
    expect(at('Kolonel Laut P Budi hadir.')).toBeNull()
    expect(at('Pasar Laut (Pusat) ramai.')).toBeNull()
    expect(at('Selatlaut (P) ramai.')).toBeNull()
  })
})
