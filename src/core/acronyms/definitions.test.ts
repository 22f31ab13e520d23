import { describe, expect, it } from 'vitest'
import { capitalReadings, findDefinitions, matchLongForm, sfShape } from './definitions.ts'

const defs = (text: string): string[] => findDefinitions([text]).map((d) => `${d.sf}=${d.lf}`)

describe('matchLongForm (Schwartz–Hearst core)', () => {
  it('accepts syllabic Indonesian acronyms and picks the nearest word start', () => {
    const w = 'Kementerian Dalam Negeri'
    expect(matchLongForm('Kemendagri', w)?.start).toBe(0)
    const b = 'Kepala Badan Perencanaan Pembangunan Daerah'
    expect(b.slice(matchLongForm('Bappeda', b)?.start)).toBe('Badan Perencanaan Pembangunan Daerah')
  })
  it('lets the first letter follow a derivational prefix (Polri, Dukcapil) and prefers the shorter long form', () => {
    const p = 'Kepolisian Negara Republik Indonesia'
    expect(matchLongForm('Polri', p)?.start).toBe(0)
    const d = 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil'
    expect(d.slice(matchLongForm('Dukcapil', d)?.start)).toBe('Kependudukan dan Pencatatan Sipil')
  })
})

describe('findDefinitions: digits in a short form', () => {
  it('reads a digit after a capital as that many capitals (P4GN)', () => {
    expect(defs('Sosialisasi Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkoba (P4GN) digelar.')).toEqual([
      'P4GN=Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkoba',
    ])
  })
  it('reads a digit before a capital as that many of the next one, with commas in the long form, in both orders', () => {
    expect(defs('Warga Desa Contoh mengelola bank sampah reduce, reuse, recycle (BS3R) sejak Juni.')).toEqual([
      'BS3R=bank sampah reduce, reuse, recycle',
    ])
    expect(defs('Kader menggalakkan PSN3M (pemberantasan sarang nyamuk menguras, menutup, mengubur) tiap Jumat.')).toEqual([
      'PSN3M=pemberantasan sarang nyamuk menguras, menutup, mengubur',
    ])
    // Without a count, a comma still ends a bracket: a caption is no long form.
    expect(defs('Kepala DLH (kiri, berkemeja putih) meninjau lokasi.')).toEqual([])
  })
  it('gives one reading per way of counting a digit between capitals', () => {
    expect(capitalReadings('P4GN')).toEqual(['PPPPGN', 'PGGGGN'])
    expect(capitalReadings('TPS3R')).toEqual(['TPSSSR', 'TPSRRR'])
    expect(capitalReadings('3T')).toEqual(['TTT'])
    expect(capitalReadings('K3')).toEqual(['KKK'])
    expect(capitalReadings('BPBD')).toEqual(['BPBD'])
    expect(capitalReadings('Bappeda')).toEqual([])
  })
})

describe('findDefinitions: a long form that opens its sentence', () => {
  it('takes the sentence\'s capital on a lower-case long form ("Tenaga ahli (TA) …")', () => {
    expect(defs('Tenaga ahli (TA) bupati menyusun kajian itu.')).toEqual(['TA=Tenaga ahli'])
    expect(defs('Rapat selesai. Bantuan langsung tunai (BLT) cair pekan depan.')).toEqual(['BLT=Bantuan langsung tunai'])
  })
  it('still rejects mixed case inside a sentence, and a capitalised name', () => {
    expect(defs('Menurut Tenaga ahli (TA) bupati, kajian selesai.')).toEqual([])
    expect(defs('Kepala Dinas Sosial menyalurkan bantuan (KDSMB) kemarin.')).toEqual([])
    expect(defs('Ahmad Fauzi (AF) hadir.')).toEqual([])
  })
})

describe('findDefinitions: a list inside the brackets', () => {
  it('reads a list joined by dan/serta whole, in both orders', () => {
    expect(defs('Banjir melanda kawasan Jabodetabek (Jakarta, Bogor, Depok, Tangerang, dan Bekasi) sejak Senin.')).toEqual([
      'Jabodetabek=Jakarta, Bogor, Depok, Tangerang, dan Bekasi',
    ])
    expect(defs('Banjir melanda Jakarta, Bogor, Depok, Tangerang, dan Bekasi (Jabodetabek) sejak Senin.')).toEqual([
      'Jabodetabek=Jakarta, Bogor, Depok, Tangerang, dan Bekasi',
    ])
    expect(defs('Proyek jalan di Sulampua (Sulawesi, Maluku serta Papua) dimulai.')).toEqual(['Sulampua=Sulawesi, Maluku serta Papua'])
  })
  it('does not take a list of members, a date or a caption for a definition', () => {
    expect(defs('Rapat tim OPD (Dinas Sosial, Dinas Kesehatan, dan Bappeda) digelar.')).toEqual([])
    expect(defs('Rapat digelar di Kantor Camat, Kamis (3/7/2025, pukul 09.00 dan 13.00).')).toEqual([])
    expect(defs('Bupati bersama Sekda (kiri, tengah, dan kanan) meninjau lokasi.')).toEqual([])
  })
})

describe('sfShape', () => {
  it('classifies candidate short forms and rejects days, captions and dates', () => {
    expect(sfShape('DPRD')).toBe('upper')
    expect(sfShape('Kemendagri')).toBe('syllabic')
    expect(sfShape('K/L')).toBe('slash')
    expect(sfShape('Prov.')).toBe('dotted')
    expect(sfShape('pemilu')).toBe('lower')
    for (const no of ['Selasa', 'kiri', 'Foto', '29/10/2025', 'Sumber']) expect(sfShape(no)).toBeNull()
  })
})

describe('findDefinitions', () => {
  it('finds both orders, slash pairs and lowercase forms', () => {
    expect(defs('para Sekretaris Daerah (Sekda) dan Kepala Badan Perencanaan Pembangunan Daerah (Bappeda)')).toEqual([
      'Sekda=Sekretaris Daerah',
      'Bappeda=Badan Perencanaan Pembangunan Daerah',
    ])
    expect(defs('Acara dibuka oleh Sekda (sekretaris daerah) Kota Contoh.')).toEqual(['Sekda=sekretaris daerah'])
    expect(defs('Ia memimpin Ratas (rapat terbatas) di istana.')).toEqual(['Ratas=rapat terbatas'])
    expect(defs('bahan masukan kepada K/L (kementerian/lembaga) untuk')).toEqual(['K/L=kementerian/lembaga'])
    expect(defs('usulan kepada kementerian/lembaga (K/L) terkait')).toEqual(['K/L=kementerian/lembaga'])
    expect(defs('menjelang pemilihan umum (pemilu) serentak')).toEqual(['pemilu=pemilihan umum'])
    expect(defs('para sekda (sekretaris daerah) se-Kalteng')).toEqual(['sekda=sekretaris daerah'])
  })
  it('prefers word initials over the greedy match for initialisms', () => {
    expect(defs('menurut Survei Status Gizi Indonesia (SSGI) terbaru')).toEqual(['SSGI=Survei Status Gizi Indonesia'])
  })
  it('reads legal and explanatory cues', () => {
    expect(defs('Rencana Pembangunan Jangka Menengah Daerah yang selanjutnya disingkat RPJMD adalah dokumen')).toEqual([
      'RPJMD=Rencana Pembangunan Jangka Menengah Daerah',
    ])
    expect(defs('GTRA merupakan singkatan dari Gugus Tugas Reforma Agraria yang dibentuk pada 2023.')).toEqual([
      'GTRA=Gugus Tugas Reforma Agraria',
    ])
  })
  it('rejects dates, days, captions, verbs and person initials', () => {
    expect(defs('di Kampus IPDN, Jatinangor, Rabu (29/10/2025).')).toEqual([])
    expect(defs('Kepala Dinas Sosial menyalurkan bantuan kepada lansia (Selasa).')).toEqual([])
    expect(defs('Bupati menyerahkan bantuan (kiri) kepada warga. (Foto: Humas Kota Contoh)')).toEqual([])
    expect(defs('Hal itu disampaikan Bupati Ahmad Fauzi (AF) kemarin.')).toEqual([])
    expect(defs('menerima penghargaan Universal Health Coverage (UHC) tahun ini')).toEqual(['UHC=Universal Health Coverage'])
  })
  it('reads a two-letter form after a region name ending in a compass word as the region, not a person\'s initials', () => {
    expect(defs('Jalan rusak di Sambas Selatan (SS) dan Tanjung Laut (TL) diperbaiki tahun depan.')).toEqual([
      'SS=Sambas Selatan',
      'TL=Tanjung Laut',
    ])
    expect(defs('Bantuan diterima Rahmat Hidayat (RH) dan Sinta Dewi (SD) kemarin.')).toEqual([])
    // A regency the gazetteer knows is no person either.
    expect(defs('Pemerintah Kabupaten Musi Banyuasin (MB) menggelar rapat.')).toEqual(['MB=Musi Banyuasin'])
  })
  it('reads a hyphenated qualifier spelled by the first word ("Perubahan APBD (APBD-P)") and a service after its Dinas ("Damkar")', () => {
    expect(defs('Raperda tentang Perubahan Anggaran Pendapatan dan Belanja Daerah (APBD-P) disahkan.')).toEqual([
      'APBD-P=Perubahan Anggaran Pendapatan dan Belanja Daerah',
    ])
    expect(defs('Petugas Dinas Pemadam Kebakaran (Damkar) dan Dinas Kesehatan (Dinkes) bersiaga.')).toEqual([
      'Damkar=Pemadam Kebakaran',
      'Dinkes=Dinas Kesehatan',
    ])
  })
  it('reads a count and a letter defined by a list of that many things ("3B (ibu hamil, ibu menyusui, dan balita)")', () => {
    expect(defs('Paket gizi diberikan kepada kelompok 3B (ibu hamil, ibu menyusui, dan balita) setiap pekan.')).toEqual([
      '3B=ibu hamil, ibu menyusui, dan balita',
    ])
    expect(defs('Program 2K (kebersihan serta keindahan) digelar.')).toEqual(['2K=kebersihan serta keindahan'])
    // A list of another length, or a figure, defines nothing.
    expect(defs('Kelompok 3B (ibu hamil dan balita) dilayani.')).toEqual([])
    expect(defs('Tahap 2B (12 desa, 3 kelurahan) selesai.')).toEqual([])
    // Names, places, or things none of which starts with the letter, define nothing.
    expect(defs('Pengurus RT 3A (Pak Budi, Bu Ani, dan Pak Joko) hadir.')).toEqual([])
    expect(defs('Zona 2B (Kecamatan Baamang dan Mentawa Baru) ditutup.')).toEqual([])
    expect(defs('Kelompok 2A (laki-laki dan perempuan) dipisah.')).toEqual([])
  })
  it('gives offsets into the block for both spans', () => {
    const text = 'Rapat Koordinasi (Rakor) dimulai.'
    const [d] = findDefinitions([text])
    expect(d && text.slice(d.sfStart, d.sfEnd)).toBe('Rakor')
    expect(d && text.slice(d.lfStart, d.lfEnd)).toBe('Rapat Koordinasi')
  })
  it('reads loanword nouns that look like verbs, relative clauses, and a long form with its short form in one bracket', () => {
    expect(defs('Prakirawan Stasiun Meteorologi (Stamet) Kelas III menyebut gelombang tinggi.')).toEqual(['Stamet=Stasiun Meteorologi'])
    expect(defs('tidak boleh menabrak lahan sawah yang dilindungi (LSD) di kecamatan itu')).toEqual(['LSD=lahan sawah yang dilindungi'])
    expect(defs('harga minyak sawit mentah (crude palm oil/CPO) turun.')).toEqual(['CPO=crude palm oil'])
    // The "e-" of an electronic version is a prefix: the form defined is the rest.
    expect(defs('aplikasi elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat (e-PPGBM) dipakai kader.')).toEqual([
      'PPGBM=Pencatatan dan Pelaporan Gizi Berbasis Masyarakat',
    ])
    // A verb is still no part of a long form when no "yang" introduces it.
    expect(defs('Dinas Sosial menyalurkan (DSM) bantuan.')).toEqual([])
  })
})
