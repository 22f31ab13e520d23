import { describe, expect, it } from 'vitest'
import { MentionContext } from './mention-context.ts'
import { parseMention } from './person-mentions.ts'
import { tokenizeText } from './tokenize.ts'
import { Vocabulary } from './vocabulary.ts'

const parse = (text: string, allowLower = false) => {
  const vocab = new Vocabulary()
  const ctx = MentionContext.of(vocab, ['rimbajaya', 'batu ampar'], ['kemendagri', 'dinkes'])
  const m = parseMention(tokenizeText(text, [], vocab), 0, ctx, allowLower)
  return m === null ? null : { name: m.name.join(' '), role: m.role }
}

describe('parseMention', () => {
  it('splits title chain, bracketed acronyms and name', () => {
    expect(parse('Sekretaris Jenderal (Sekjen) Kementerian Dalam Negeri (Kemendagri) Tomsi Tohir menegaskan')).toEqual({
      name: 'Tomsi Tohir',
      role: 'Sekjen Kemendagri',
    })
  })
  it('strips honorifics and degrees', () => {
    expect(parse('Sekretaris Daerah (Sekda) Kabupaten Rimbajaya Drs. H. Irfan Maulana, M.Si. meminta')).toEqual({
      name: 'Irfan Maulana',
      role: 'Sekda Kabupaten Rimbajaya',
    })
  })
  it('lets a bracketed initialism replace only the words it spells: "Ketua Kerapatan Adat Nagari (KAN)" is Ketua KAN', () => {
    expect(parse('Ketua Kerapatan Adat Nagari (KAN) Zulkifli Anwar menyambut baik')).toEqual({ name: 'Zulkifli Anwar', role: 'Ketua KAN' })
    expect(parse('Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Rahmat Hidayat menjelaskan')).toEqual({
      name: 'Rahmat Hidayat',
      role: 'Kepala Dinas PUPR',
    })
  })
  it('puts a place between title and name into the role', () => {
    expect(parse('Bupati Rimbajaya Bayu Santoso meninjau')).toEqual({ name: 'Bayu Santoso', role: 'Bupati Rimbajaya' })
    expect(parse('Camat Batu Ampar Ratna Juwita mengatakan')).toEqual({ name: 'Ratna Juwita', role: 'Camat Batu Ampar' })
    expect(parse('Bupati Bayu Santoso meninjau')).toEqual({ name: 'Bayu Santoso', role: 'Bupati' })
  })
  it('reads appositive names in both orders', () => {
    expect(parse('Kepala Dinas Kesehatan Rimbajaya, Nanda Oktaviani, mengatakan')).toEqual({
      name: 'Nanda Oktaviani',
      role: 'Kepala Dinas Kesehatan Rimbajaya',
    })
    expect(parse('Nanda Oktaviani, Kepala Dinas Kesehatan, mengatakan')).toEqual({ name: 'Nanda Oktaviani', role: 'Kepala Dinas Kesehatan' })
  })
  it('returns title-only mentions, accepting a lower-case title for cue targets', () => {
    expect(parse('Bupati.')).toEqual({ name: '', role: 'Bupati' })
    expect(parse('bupati saat', true)).toEqual({ name: '', role: 'bupati' })
    expect(parse('bupati saat')).toBeNull()
  })
  it('does not read offices, places or function words as names', () => {
    expect(parse('Kementerian Dalam Negeri terus')).toBeNull()
    expect(parse('Menurut dia')).toBeNull()
  })
  it('keeps every word after an honorific that follows the place as the name', () => {
    expect(parse('Kepala Dinas Pendidikan Sumba Timur Raya Drs. Yohanes Umbu Dedo, M.Pd mengatakan')?.name).toBe('Yohanes Umbu Dedo')
  })
  it('gives the name its own word budget after a place (a long place does not cut the name short)', () => {
    expect(parse('Kepala Pelaksana BPBD Batu Ampar Andi Muhammad Ridwan mengatakan')).toEqual({
      name: 'Andi Muhammad Ridwan',
      role: 'Kepala Pelaksana BPBD Batu Ampar',
    })
  })
  it('ends a place at a given name that never names a place (Siti, Muhammad), after a place head too', () => {
    expect(parse('Camat Batang Alai Siti Rahmah mengatakan')).toEqual({ name: 'Siti Rahmah', role: 'Camat Batang Alai' })
    expect(parse('Keuchik Gampong Lhok Seumatang Muhammad Nasir menyambut')).toEqual({
      name: 'Muhammad Nasir',
      role: 'Keuchik Gampong Lhok Seumatang',
    })
  })
  it('ends a place at a police or army rank, with Pol, (Purn) and a corps', () => {
    expect(parse('Gubernur Batu Ampar Irjen Pol (Purn) Drs. Benediktus Ratu Kore, M.Si memimpin')).toEqual({
      name: 'Benediktus Ratu Kore',
      role: 'Gubernur Batu Ampar',
    })
    expect(parse('Dandim Rimbajaya Letkol Inf Yohanes Bere Mau meninjau')).toEqual({ name: 'Yohanes Bere Mau', role: 'Dandim Rimbajaya' })
  })
  it('keeps a unit number inside the office', () => {
    expect(parse('Kepala SMKN 2 Polewali Utara, Yohana Tandi Rapa, S.Pd, mengaku')).toEqual({
      name: 'Yohana Tandi Rapa',
      role: 'Kepala SMKN 2 Polewali Utara',
    })
  })
  it('reads an unknown place before a closed appositive name as part of the role', () => {
    expect(parse('Ketua Bawaslu Lembah Grime, Petrus Kogoya, mengingatkan')).toEqual({
      name: 'Petrus Kogoya',
      role: 'Ketua Bawaslu Lembah Grime',
    })
  })
  it('keeps office words the lexicon lacks before an office acronym out of the name, so the place before the name splits off', () => {
    expect(parse('Kepala Pos Pantau BMKG Lembang Yosef Lamuri mengatakan')).toEqual({
      name: 'Yosef Lamuri',
      role: 'Kepala Pos Pantau BMKG Lembang',
    })
    expect(parse('Ketua Fraksi Nurani DPRD Rimbajaya Stefanus Rumbewas menilai')?.name).toBe('Stefanus Rumbewas')
    // A rank or a degree in capitals is no office word: the name before it stays a name.
    expect(parse('Kapolres Rimbajaya AKBP Budi Santoso SH mengatakan')?.name).toBe('Budi Santoso')
  })
  it('ends the place at a compass word: "Selatan", "Timur" never start the name after a title and a place', () => {
    // "rimbajaya" is a known place of one word; "Rimbajaya Timur" is a district the article never names alone.
    expect(parse('Kepala Dinas Kesehatan Rimbajaya Timur Yosef Lamuri mengatakan')).toEqual({
      name: 'Yosef Lamuri',
      role: 'Kepala Dinas Kesehatan Rimbajaya Timur',
    })
    expect(parse('Kepala Kantor Pajak Pratama Lembang Tengah Yosef Lamuri mengatakan')?.name).toBe('Yosef Lamuri')
    expect(parse('Camat Rimbajaya Barat Laut Suharno mengatakan')?.name).toBe('Suharno')
    // After a rank the run is all name, compass word or not.
    expect(parse('Kapolda Jenderal Timur Pradana mengatakan')?.name).toBe('Timur Pradana')
  })
  it('reads an office that lists its fields with commas before an appositive name', () => {
    expect(parse('Kepala Seksi Pendataan, Penagihan, dan Keberatan Bapenda Rimbajaya, Markus Wenda, menjelaskan')).toEqual({
      name: 'Markus Wenda',
      role: 'Kepala Seksi Pendataan Penagihan dan Keberatan Bapenda Rimbajaya',
    })
    // A title after the comma starts another person: the first appositive name stays the name.
    expect(parse('Kepala Dinas Kesehatan Rimbajaya, Nanda Oktaviani, dan Kepala Bappeda, Sandi Purnama, hadir')?.name).toBe('Nanda Oktaviani')
  })
  it('reads a Balinese name of five or six words whole', () => {
    expect(parse('Kasat Lantas Polres Rimbajaya AKP I Gusti Made Oka Suparta, S.H., mengatakan')?.name).toBe('I Gusti Made Oka Suparta')
    expect(parse('Camat Batu Ampar Ida Bagus Putu Mahendra Kusuma mengatakan')?.name).toBe('Ida Bagus Putu Mahendra Kusuma')
    // Other names keep the four-word budget.
    expect(parse('Bupati Rimbajaya Bayu Santoso Putra Wijaya Kusuma mengatakan')?.name).toBe('Bayu Santoso Putra Wijaya')
  })
  it('reads "Haji" inside an office name as a word of the office, and before a name as an honorific', () => {
    expect(parse('Kepala Bidang Penyelenggaraan Haji dan Umrah (Kabid PHU) Kanwil Kemenag Rimbajaya, H. Abdul Rahman Saleh, mengatakan')).toEqual({
      name: 'Abdul Rahman Saleh',
      role: 'Kabid PHU Kanwil Kemenag Rimbajaya',
    })
    expect(parse('Ketua IPHI Rimbajaya Haji Abdul Somad mengatakan')).toEqual({ name: 'Abdul Somad', role: 'Ketua IPHI Rimbajaya' })
    expect(parse('Haji Abdul Somad mengatakan')).toEqual({ name: 'Abdul Somad', role: null })
  })
  it('keeps the fields of an office before its bracketed abbreviated title out of the name, with or without a comma', () => {
    expect(parse('Kepala Bidang Penyelenggaraan Ibadah dan Umrah (Kabid PIU) Kanwil Kemenag Rimbajaya Abdul Rahman Saleh mengatakan')).toEqual({
      name: 'Abdul Rahman Saleh',
      role: 'Kabid PIU Kanwil Kemenag Rimbajaya',
    })
    // Initials in brackets after a name are not an abbreviated title: the name stays.
    expect(parse('Bupati Ahmad Fauzi (AF) mengatakan')).toEqual({ name: 'Ahmad Fauzi', role: 'Bupati' })
    // A second office after "dan" is another person, not fields of the first office.
    expect(parse('Wakil Bupati Anton Saputra dan Sekretaris Daerah (Sekda) Drs. Irfan Maulana hadir')).toEqual({
      name: 'Anton Saputra',
      role: 'Wakil Bupati',
    })
  })
  it('reads an appositive name that opens with an honorific after a place ("Kepala Dinas … Rimbajaya, H. NAME,")', () => {
    expect(parse('Kepala Dinas Kesehatan Rimbajaya, H. Abdul Rahman Saleh, mengatakan')).toEqual({
      name: 'Abdul Rahman Saleh',
      role: 'Kepala Dinas Kesehatan Rimbajaya',
    })
    expect(parse('Bupati Rimbajaya, Drs. H. Bayu Santoso, M.Si., mengatakan')).toEqual({ name: 'Bayu Santoso', role: 'Bupati Rimbajaya' })
  })
  it('keeps a military unit\'s number and name ("Kodim 1422/Lamuru Jaya") and the rank\'s branch (TNI) out of the name', () => {
    expect(parse('Komandan Kodim 1422/Lamuru Jaya Letkol Inf Yudha Prasetya mengatakan')?.name).toBe('Yudha Prasetya')
    expect(parse('Danrem 161/Wira Sakti Brigjen TNI Yudha Prasetya mengatakan')?.name).toBe('Yudha Prasetya')
    expect(parse('Manajer GM Pelindo Cabang Rimbajaya Sitti Rahmawati Lamba melaporkan')?.name).toBe('Sitti Rahmawati Lamba')
  })
  it('keeps the lower-case particles of a name ("de", "bin")', () => {
    expect(parse('Marieke de Vries mengaku')?.name).toBe('Marieke de Vries')
    expect(parse('Ustaz Ahmad bin Yusuf mengatakan')?.name).toBe('Ahmad bin Yusuf')
    expect(parse('Bupati Bayu Santoso di Rimbajaya mengatakan')?.name).toBe('Bayu Santoso')
  })
  it('keeps an initial with its full stop inside the name, and never takes it for a place', () => {
    expect(parse('Wakil Rektor II Dr. Yohana Ch. Pattiasina, S.E., M.Si. mengatakan')?.name).toBe('Yohana Ch. Pattiasina')
    expect(parse('Bupati R. Soeprapto mengatakan')).toEqual({ name: 'R. Soeprapto', role: 'Bupati' })
  })
  it('splits an unknown place from the name when a degree, not a name, follows the comma', () => {
    expect(parse('Wakil Bupati Saireri Yulianus Karubaba, S.Sos., didampingi Kalapas')).toEqual({ name: 'Yulianus Karubaba', role: 'Wakil Bupati Saireri' })
  })
  it('reads "Hakim" as a judge\'s title only before another title', () => {
    expect(parse('Hakim Ketua Siregar membacakan putusan')?.name).toBe('Siregar')
    expect(parse('Camat Sungai Tiga Arman Hakim menyampaikan')?.name).toBe('Arman Hakim')
  })
  it('reads names with initials, particles and Balinese openers whole, and keeps them out of the place', () => {
    expect(parse('Kalaksa BPBD Rimbajaya Ir. A. Muh. Yusuf Tenri Ola meninjau')).toEqual({ name: 'A. Muh. Yusuf Tenri Ola', role: 'Kalaksa BPBD Rimbajaya' })
    expect(parse('Kepala Seksi Pidana Umum (Kasi Pidum) Rosdiana br. Sinaga, S.H., mengatakan')).toEqual({ name: 'Rosdiana br. Sinaga', role: 'Kasi Pidum' })
    expect(parse('Habib Muhammad Husein bin Abubakar Alqadri mengatakan')?.name).toBe('Muhammad Husein bin Abubakar Alqadri')
    expect(parse('Wali Kota Rimbajaya Tjhai Mei Lan menegaskan')?.name).toBe('Tjhai Mei Lan')
    expect(parse('Bupati Batu Ampar Anak Agung Ngurah Oka Darmayasa, S.T., mengatakan')).toEqual({ name: 'Anak Agung Ngurah Oka Darmayasa', role: 'Bupati Batu Ampar' })
    expect(parse('Kepala Desa Ni Made Ayu Sriwidari mengatakan')).toEqual({ name: 'Ni Made Ayu Sriwidari', role: 'Kepala Desa' })
    // "Anak" is still an office word where no "Agung" follows.
    expect(parse('Kepala Dinas Perlindungan Anak Rimbajaya Yosef Lamuri mengatakan')?.name).toBe('Yosef Lamuri')
  })
  it('puts no place after a commission\'s number and reads an office closed by a year before an appositive name', () => {
    expect(parse('Wakil Ketua Komisi II Rini Oktavia Putri menilai')).toEqual({ name: 'Rini Oktavia Putri', role: 'Wakil Ketua Komisi II' })
    expect(parse('Ketua Panitia Cap Go Meh 2027, Tan Ek Liong alias Edward Tanujaya, menyebut')).toEqual({ name: 'Tan Ek Liong', role: 'Ketua Panitia Cap Go Meh 2027' })
  })
  it('keeps a commission\'s one-letter number in the office ("Komisi X", "Komisi B") but an initial with its stop in the name', () => {
    expect(parse('Ketua Komisi X Hendra Saputra Lubis memimpin rapat')).toEqual({ name: 'Hendra Saputra Lubis', role: 'Ketua Komisi X' })
    expect(parse('Ketua Komisi B Rudi Hartono Sitepu menilai')).toEqual({ name: 'Rudi Hartono Sitepu', role: 'Ketua Komisi B' })
    expect(parse('Ketua Komisi II A. Rahman Pane menilai')).toEqual({ name: 'A. Rahman Pane', role: 'Ketua Komisi II' })
    expect(parse('Kepala BPBD I Made Wirawan menyampaikan')).toEqual({ name: 'I Made Wirawan', role: 'Kepala BPBD' })
  })
  it('reads a national body\'s seat in a region as a place ("DPR RI Dapil Kalteng NAME", "Ombudsman RI Kalteng NAME"), and the Balinese "I" after "Seksi" as the name\'s', () => {
    expect(parse('Anggota DPR RI Dapil Kalteng Agustiar Sabran mengatakan')).toEqual({ name: 'Agustiar Sabran', role: 'Anggota DPR RI Dapil Kalteng' })
    expect(parse('Kepala Ombudsman RI Kalteng Biroum Bernardianto mengatakan')).toEqual({ name: 'Biroum Bernardianto', role: 'Kepala Ombudsman RI Kalteng' })
    expect(parse('Kepala Seksi I Made Wirawan mengatakan')).toEqual({ name: 'I Made Wirawan', role: 'Kepala Seksi' })
    expect(parse('Tua Golo Lempang Paji Yosef Ndugu mengatakan')).toEqual({ name: 'Yosef Ndugu', role: 'Tua Golo Lempang Paji' })
  })
  it('puts no place after a body that sits only at the centre ("Juru Bicara KPK NAME", "Ketua Bawaslu RI NAME")', () => {
    expect(parse('Juru Bicara KPK Surya Adi Nugroho menjelaskan')).toEqual({ name: 'Surya Adi Nugroho', role: 'Juru Bicara KPK' })
    expect(parse('Ketua Bawaslu RI Rahmat Bagus Santoso mengatakan')).toEqual({ name: 'Rahmat Bagus Santoso', role: 'Ketua Bawaslu RI' })
    // A body with regional offices still takes its place.
    expect(parse('Kepala BPBD Lembah Hijau Andi Rahman mengatakan')).toEqual({ name: 'Andi Rahman', role: 'Kepala BPBD Lembah Hijau' })
  })
  it('reads "Tua" as a title only in "Hukum Tua" ("Laut" only in "Kapita Laut"), and a lower-case cue target\'s title in lower case throughout', () => {
    expect(parse('Maruli Tua Simanjuntak, S.H., menyatakan')?.name).toBe('Maruli Tua Simanjuntak')
    expect(parse('Hukum Tua Roni Wenas mengatakan')).toEqual({ name: 'Roni Wenas', role: 'Hukum Tua' })
    // So is "Laut" after "Kapita" (the sultanate's sea commander), and elsewhere a place's word.
    expect(parse('Kapita Laut Hamid Sangaji menyerahkan bibit')).toEqual({ name: 'Hamid Sangaji', role: 'Kapita Laut' })
    expect(parse('hakim ketua Yohanes Eko Saputro saat membacakan putusan', true)).toEqual({ name: 'Yohanes Eko Saputro', role: 'hakim ketua' })
    expect(parse('hakim.', true)).toEqual({ name: '', role: 'hakim' })
  })
})

