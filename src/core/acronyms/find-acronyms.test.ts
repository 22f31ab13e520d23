import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findAcronyms, type AcronymOccurrence } from './find-acronyms.ts'

const region = { province: 'Kalimantan Tengah', regency: 'Kotawaringin Timur' }
const pick = (o: AcronymOccurrence): string => `${o.form}=${o.expansion}`

describe('findAcronyms', () => {
  it('expands the seed article, with in-article definitions winning and flags for the renderer', () => {
    const blocks = readFileSync(join(import.meta.dirname, '../../../tests/fixtures/seed-article.txt'), 'utf8').trim().split('\n')
    const occ = findAcronyms(blocks, { region })
    const kl = occ.find((o) => o.form === 'K/L')
    expect(kl).toMatchObject({ expansion: 'kementerian/lembaga', source: 'article', definedInPlace: true, firstOfForm: true })
    const sekjen = occ.filter((o) => o.form === 'Sekjen')
    expect(sekjen.map((o) => [o.block, o.definedInPlace, o.firstOfForm])).toEqual([[0, false, true], [1, true, false]])
    expect(occ.filter((o) => o.block === 3).map(pick)).toEqual(['Prov.=Provinsi', 'Kalteng=Kalimantan Tengah', 'Pemkab=Pemerintah Kabupaten', 'Rakor=Rapat Koordinasi'])
    expect(occ.find((o) => o.form === 'Puspen')).toMatchObject({ expansion: 'Pusat Penerangan', source: 'dictionary' })
  })
  it('lets user entries override the shipped dictionary, and the article override both', () => {
    const userEntries = [{ form: 'BPK', expansion: 'Badan Pengelola Kawasan', category: 'agency' as const, source: 'user' }]
    expect(findAcronyms(['Rapat BPK kemarin.'], { region, userEntries }).map(pick)).toEqual(['BPK=Badan Pengelola Kawasan'])
    const art = findAcronyms(['Badan Pemeriksa Keuangan (BPK) hadir.', 'BPK menyerahkan LHP.'], { region, userEntries })
    expect(art.filter((o) => o.form === 'BPK').map((o) => o.source)).toEqual(['article', 'article'])
  })
  it('expands regency short forms whose first letter is "Kabupaten" with it, lower-case perda, and the Sumatran road corridors', () => {
    const ntb = { province: 'Nusa Tenggara Barat', regency: 'Lombok Tengah' }
    expect(findAcronyms(['Lotim dan KLU lebih dulu menerapkan revisi perda itu, disusul KSB.'], { region: ntb }).map(pick)).toEqual([
      'Lotim=Lombok Timur', 'KLU=Kabupaten Lombok Utara', 'perda=Peraturan Daerah', 'KSB=Kabupaten Sumbawa Barat',
    ])
    expect(findAcronyms(['Truk bermuatan lebih dilarang melintas di Jalinsum.'], { region }).map(pick)).toEqual(['Jalinsum=Jalan Lintas Sumatera'])
  })
  it('never expands person initials, degrees, Roman numerals or dates', () => {
    const text = 'Tersangka berinisial AS (34) ditangkap. Dari tangan AS disita sabu. Ir. Budi, SE, MM hadir di Komisi II DPR, Rabu (29/10/2025).'
    expect(findAcronyms([text], { region }).map((o) => o.form)).toEqual(['DPR'])
  })
  it('never expands a company form before a company name, even when the article defines the letters otherwise', () => {
    const none = { province: null, regency: null }
    const text = 'Pemkab menggandeng perguruan tinggi (PT) dan PT Bukit Contoh Lestari. Setiap PT wajib melapor; PT. Angin Contoh ikut.'
    const pt = findAcronyms([text], { region: none }).filter((o) => o.form === 'PT')
    expect(pt.map((o) => [text.slice(o.start, o.start + 6), o.expansion])).toEqual([
      ['PT) da', 'perguruan tinggi'],
      ['PT waj', 'perguruan tinggi'],
    ])
  })
  it('marks the dictionary long form next to the form as defined in place', () => {
    const [o] = findAcronyms(['Kementerian Dalam Negeri (Kemendagri) menggelar rapat.'], { region: { province: null, regency: null } })
    expect(o).toMatchObject({ form: 'Kemendagri', definedInPlace: true })
  })
  it('knows the common hajj and higher-education forms', () => {
    const none = { province: null, regency: null }
    const hajj = 'Dua JCH asal Kabupaten Contoh dirawat di KKHI Makkah usai fase Armuzna; data kloter tercatat di Siskohat.'
    expect(findAcronyms([hajj], { region: none }).map(pick)).toEqual([
      'JCH=Jemaah Calon Haji',
      'KKHI=Klinik Kesehatan Haji Indonesia',
      'Armuzna=Arafah, Muzdalifah, dan Mina',
      'kloter=Kelompok Terbang',
      'Siskohat=Sistem Informasi dan Komputerisasi Haji Terpadu',
    ])
    const kampus = 'LPPM Universitas Contoh melapor ke LLDikti soal mahasiswa KKN di desa.'
    expect(findAcronyms([kampus], { region: none }).map(pick)).toEqual([
      'LPPM=Lembaga Penelitian dan Pengabdian kepada Masyarakat',
      'LLDikti=Lembaga Layanan Pendidikan Tinggi',
      'KKN=Kuliah Kerja Nyata',
    ])
    expect(findAcronyms(['Pejabat itu berjanji memberantas KKN dan korupsi anggaran.'], { region: none }).map(pick)).toEqual([
      'KKN=Korupsi, Kolusi, dan Nepotisme',
    ])
  })
  it('reads PKH as the livestock directorate when the article is about livestock, and as social aid otherwise', () => {
    const none = { province: null, regency: null }
    const pkh = (blocks: string[]): string[] => findAcronyms(blocks, { region: none }).filter((o) => o.form === 'PKH').map((o) => o.expansion)
    expect(pkh(['Tim Direktorat Jenderal PKH Kementan memeriksa sapi perah di Kecamatan Contoh.'])).toEqual(['Peternakan dan Kesehatan Hewan'])
    expect(pkh(['Dinas Peternakan dan Kesehatan Hewan Kabupaten Contoh menggelar rapat.', 'Sekretaris Ditjen PKH hadir.', 'Laporan dikirim ke PKH pusat.'])).toEqual([
      'Peternakan dan Kesehatan Hewan',
    ])
    expect(pkh(['Sebanyak 300 keluarga penerima PKH di Desa Contoh menerima bantuan.'])).toEqual(['Program Keluarga Harapan'])
    expect(pkh(['Pendamping PKH hadir dalam rapat desa.'])).toEqual(['Program Keluarga Harapan'])
  })
  it('reads Kominfo followed by a region name as the Dinas of that region, and as the ministry otherwise', () => {
    const kominfo = (text: string, where = region): string[] =>
      findAcronyms([text], { region: where }).filter((o) => o.form === 'Kominfo').map((o) => o.expansion)
    expect(kominfo('Bupati meresmikan menara internet desa. (Foto: Kominfo Kotim)')).toEqual(['Dinas Komunikasi dan Informatika'])
    expect(kominfo('Pelatihan literasi digital digelar Kominfo Kabupaten Contoh, Senin.')).toEqual(['Dinas Komunikasi dan Informatika'])
    const kendari = { province: 'Sulawesi Tenggara', regency: 'Kota Kendari' }
    expect(kominfo('Wali Kota meninjau jaringan. (Foto: Kominfo Kendari)', kendari)).toEqual(['Dinas Komunikasi dan Informatika'])
    expect(kominfo('Kominfo memblokir ribuan situs judi daring sepanjang 2023.', kendari)).toEqual(['Kementerian Komunikasi dan Informatika'])
    expect(kominfo('Menurut Kominfo Budi Arie, pemblokiran terus berjalan.', kendari)).toEqual(['Kementerian Komunikasi dan Informatika'])
  })
  it('returns nothing for empty input', () => {
    expect(findAcronyms([], { region })).toEqual([])
  })
  it('leaves the pieces of a document number alone, and expands the same form in running text', () => {
    const occ = findAcronyms(['Melalui Surat Edaran (SE) Nomor 100.3.4/SE/DISDUKCAPIL/V/2025 wali kota mewajibkan ASN aktif. SE itu berlaku sejak Mei.'], { region })
    expect(occ.filter((o) => o.form === 'SE').map((o) => o.start)).toEqual([22, 94])
    expect(findAcronyms(['Data K/L dan APBD/APBN dibahas.'], { region }).map((o) => o.form)).toEqual(['K/L', 'APBD', 'APBN'])
  })
  it('expands a province short form written in capitals in the dateline only', () => {
    expect(findAcronyms(['SUNGAI RAYA, KALBAR – Pemkab Kubu Raya menetapkan status siaga.'], { region }).map(pick)).toEqual([
      'KALBAR=Kalimantan Barat',
      'Pemkab=Pemerintah Kabupaten',
    ])
    expect(findAcronyms(['Warga menulis KALBAR di spanduk – bukan singkatan resmi.'], { region }).map((o) => o.form)).toEqual([])
  })
  it('reads "BPD Bali" after the names of banks as the regional bank, not the village council', () => {
    const occ = findAcronyms(['Kredit disalurkan antara lain oleh BRI, BNI, dan BPD Bali.'], { region })
    expect(occ.filter((o) => o.form === 'BPD').map(pick)).toEqual(['BPD=Bank Pembangunan Daerah'])
  })
  it('takes a reduplicated word whole into an in-article long form ("pokok-pokok pikiran (pokir)")', () => {
    const occ = findAcronyms(['Usulan berasal dari pokok-pokok pikiran (pokir) dewan.'], { region })
    expect(occ.filter((o) => o.form === 'pokir').map((o) => o.expansion)).toEqual(['pokok-pokok pikiran'])
  })
  it('reads an abbreviated head title and its unit as one name ("Kadis PUPR" = Kepala Dinas Pekerjaan Umum …)', () => {
    const occ = findAcronyms(['Kadis PUPR dan Kasat Reskrim hadir; Dinas PUPR menyiapkan data.'], { region })
    expect(occ.map(pick)).toEqual([
      'Kadis PUPR=Kepala Dinas Pekerjaan Umum dan Penataan Ruang',
      'Kasat Reskrim=Kepala Satuan Reserse Kriminal',
      'Dinas PUPR=Dinas Pekerjaan Umum dan Penataan Ruang',
    ])
  })
  it('completes an in-article long form the letter matching cut short, from the dictionary ("perdata dan tata usaha negara (Datun)")', () => {
    const occ = findAcronyms(['Kejari memberi pendampingan hukum perdata dan tata usaha negara (Datun) bagi BUMD.'], { region })
    expect(occ.find((o) => o.form === 'Datun')?.expansion).toBe('perdata dan tata usaha negara')
  })
  it('tells the irrigation P3A from the women-and-children one by the words around it', () => {
    expect(findAcronyms(['Pekerjaan saluran irigasi melibatkan 14 P3A dan petani setempat.'], { region }).find((o) => o.form === 'P3A')?.expansion).toBe('Perkumpulan Petani Pemakai Air')
    expect(findAcronyms(['Kasus kekerasan terhadap anak ditangani Dinsos P3A.'], { region }).map(pick)).toContain('Dinsos P3A=Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak')
  })
  it('expands a TNI corps after a rank only ("Letkol Inf")', () => {
    expect(findAcronyms(['Dandim 0506 Letkol Inf Arif Budiman hadir.'], { region }).map((o) => o.form)).toContain('Inf')
    expect(findAcronyms(['Data Inf belum lengkap.'], { region }).map((o) => o.form)).not.toContain('Inf')
  })
  it('lets a cue word right next to an ambiguous form decide ("Fraksi PKB" beside "opsen PKB")', () => {
    const occ = findAcronyms(['Ketua Fraksi PKB meminta keringanan pajak kendaraan bermotor. Jangan sampai opsen PKB memberatkan warga.'], { region })
    expect(occ.filter((o) => o.form === 'PKB').map((o) => o.expansion)).toEqual(['Partai Kebangkitan Bangsa', 'Pajak Kendaraan Bermotor'])
  })
  it('matches a multi-word form in lower case where the entry allows it ("laka lantas"), and "korban PHK" is no person', () => {
    const occ = findAcronyms(['Tercatat 19 kejadian laka lantas selama operasi; korban PHK ikut pelatihan. Kanit Gakkum hadir.'], { region })
    expect(occ.map(pick)).toEqual([
      'laka lantas=Kecelakaan Lalu Lintas',
      'PHK=Pemutusan Hubungan Kerja',
      'Kanit Gakkum=Kepala Unit Penegakan Hukum',
    ])
    // Person initials after "korban" stay unexpanded.
    expect(findAcronyms(['Polisi memeriksa korban AS di rumah sakit.'], { region }).map((o) => o.form)).toEqual([])
  })
  it('matches a form the article defines with capitals only as written ("Bengkulu Tengah (Benteng)" leaves "benteng" alone)', () => {
    const occ = findAcronyms(['Pemerintah Kabupaten Bengkulu Tengah (Benteng) membuka seleksi. Warga berkumpul di benteng tua.'], { region })
    expect(occ.filter((o) => o.form.toLowerCase() === 'benteng').map((o) => o.form)).toEqual(['Benteng'])
  })
  it('reads a count and a capital as a definition of its list ("3T (terdepan, terluar, tertinggal)")', () => {
    const occ = findAcronyms(['Dermaga dibangun di kampung-kampung 3T (terdepan, terluar, tertinggal). Kalaksa BPBD hadir.'], { region })
    expect(occ.map(pick)).toEqual([
      '3T=terdepan, terluar, tertinggal',
      'Kalaksa BPBD=Kepala Pelaksana Badan Penanggulangan Bencana Daerah',
    ])
  })
  it('expands the electronic "e-" version by its form (e-PPGBM → PPGBM), a provincial Biro Adpim as one name, and Kasubdit', () => {
    const occ = findAcronyms([
      'Kader mengisi aplikasi elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat (e-PPGBM) setiap bulan. Data e-PPGBM dipakai Dinkes.',
      'Kasubdit IV Tipidter AKBP Rahmat Saleh hadir. (Foto: Biro Adpim Setda Malut)',
    ], { region })
    expect(occ.map(pick)).toEqual([
      'PPGBM=Pencatatan dan Pelaporan Gizi Berbasis Masyarakat',
      'PPGBM=Pencatatan dan Pelaporan Gizi Berbasis Masyarakat',
      'Dinkes=Dinas Kesehatan',
      'Kasubdit=Kepala Subdirektorat',
      'Tipidter=Tindak Pidana Tertentu',
      'AKBP=Ajun Komisaris Besar Polisi',
      'Biro Adpim=Biro Administrasi Pimpinan',
      'Setda=Sekretariat Daerah',
      'Malut=Maluku Utara',
    ])
  })
  it('reads national-news copy: a form after "DI 14" in an all-caps headline (no plate), parties listed together, "valas"', () => {
    const occ = findAcronyms([
      'MK PERINTAHKAN PSU DI 14 TPS PILKADA JENEPONTO',
      'Mahkamah Konstitusi memerintahkan pemungutan suara ulang di 14 tempat pemungutan suara (TPS). Truk bernomor DT 8471 KB disita.',
      'Pasangan itu diusung Gerindra, PAN, dan PKS, sedangkan lawannya didukung Golkar, NasDem, dan PKB.',
      'Bunga simpanan valas di bank umum tetap 2,25 persen.',
    ], { region })
    const pick2 = (o: { form: string; expansion: string }) => `${o.form}=${o.expansion}`
    const forms = occ.map(pick2)
    expect(forms).toContain('TPS=tempat pemungutan suara')
    expect(forms.filter((f) => f.startsWith('KB='))).toEqual([])
    expect(forms).toContain('PKS=Partai Keadilan Sejahtera')
    expect(forms).toContain('PKB=Partai Kebangkitan Bangsa')
    expect(forms).toContain('valas=Valuta Asing')
    expect(occ.filter((o) => o.block === 0 && o.form === 'TPS')).toHaveLength(1)
  })
  it('tells the fish-landing PPI from the infection-control one by the words around it', () => {
    expect(findAcronyms(['Nelayan membongkar ikan di PPI Dumar setiap pagi.'], { region }).find((o) => o.form === 'PPI')?.expansion).toBe('Pangkalan Pendaratan Ikan')
    expect(findAcronyms(['Tim PPI rumah sakit memeriksa ruang rawat pasien.'], { region }).find((o) => o.form === 'PPI')?.expansion).toBe('Pencegahan dan Pengendalian Infeksi')
  })
  it('reads "Fraksi PKS" as the party in an article that defines PKS as a palm-oil mill, and "PD Pasar" as a regional company', () => {
    const occ = findAcronyms([
      'Petani menjual tandan buah segar ke pabrik kelapa sawit (PKS) milik perusahaan.',
      'Anggota DPRD dari Fraksi PKS meminta harga di PKS diawasi.',
      'Ikan diperiksa di pasar yang dikelola PD Pasar Manokwari.',
    ], { region })
    expect(occ.filter((o) => o.form === 'PKS').map((o) => o.expansion)).toEqual(['pabrik kelapa sawit', 'Partai Keadilan Sejahtera', 'pabrik kelapa sawit'])
    expect(occ.find((o) => o.form === 'PD')?.expansion).toBe('Perusahaan Daerah')
  })
  it('reads a regional office and its ministry as one name ("Kanwil Kemenkum"), and "Kanwil" before a region alone', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Raperda diharmonisasi di Kanwil Kemenkum Jambi; Kakanwil Kemenag hadir.'], { region: none }).map(pick)).toEqual([
      'Raperda=Rancangan Peraturan Daerah',
      'Kanwil Kemenkum=Kantor Wilayah Kementerian Hukum',
      'Kakanwil Kemenag=Kepala Kantor Wilayah Kementerian Agama',
    ])
    expect(findAcronyms(['Data diteruskan ke Kanwil Jambi.'], { region: none }).map(pick)).toEqual(['Kanwil=Kantor Wilayah'])
  })
  it('reads a national body and "RI" as one name ("Bawaslu RI"), but not an anniversary ("HUT RI")', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Laporan dikirim ke Bawaslu RI dan Kemenag RI pada HUT RI ke-80.'], { region: none }).map(pick)).toEqual([
      'Bawaslu RI=Badan Pengawas Pemilihan Umum Republik Indonesia',
      'Kemenag RI=Kementerian Agama Republik Indonesia',
      'HUT=Hari Ulang Tahun',
      'RI=Republik Indonesia',
    ])
  })
  it('reads "Balai" and the short form of what it manages as one name ("Balai TNGL"), not a body after it', () => {
    const none = { province: null, regency: null }
    const occ = findAcronyms(['Taman Nasional Gunung Leuser (TNGL) ditutup sepekan.', 'Kepala Balai TNGL menyebut jalur pendakian rusak.'], { region: none })
    expect(occ.filter((o) => o.block === 1).map(pick)).toEqual(['Balai TNGL=Balai Taman Nasional Gunung Leuser'])
    expect(findAcronyms(['Tim Balai BPOM memeriksa pasar.'], { region: none }).map((o) => o.form)).toEqual(['BPOM'])
  })
  it('joins a qualifier the article writes out to a hyphenated suffix ("PPPK-PW" after "PPPK paruh waktu")', () => {
    const none = { province: null, regency: null }
    const occ = findAcronyms(['Ratusan honorer diangkat menjadi PPPK paruh waktu.', 'Gaji PPPK-PW dibayar dari APBD; PPPK-XY belum.'], { region: none })
    expect(occ.filter((o) => o.block === 1).map(pick)).toEqual([
      'PPPK-PW=Pegawai Pemerintah dengan Perjanjian Kerja paruh waktu',
      'APBD=Anggaran Pendapatan dan Belanja Daerah',
      'PPPK=Pegawai Pemerintah dengan Perjanjian Kerja',
    ])
  })
  it('leaves a reduplicated copy and the letters of a plate unexpanded ("OPD-OPD", "DA 8123 PU")', () => {
    const occ = findAcronyms(['Bupati menegur OPD-OPD yang menyewa mobil DA 8123 PU tanpa izin Dinas PU.'], { region })
    // ("Dinas PU" is one name, as "Dinas PUPR" is.)
    expect(occ.map((o) => `${o.form}@${o.start}`)).toEqual(['OPD@15', 'Dinas PU@64'])
  })
  it('reads "PT" before a region name as the high court in a court story, and as a company before any other name', () => {
    const malut = { province: 'Maluku Utara', regency: null }
    const text = 'Jaksa mengajukan banding ke PT Maluku Utara, sedangkan kontraktor PT Maluku Utara Jaya menolak berkomentar.'
    expect(findAcronyms([text], { region: malut }).filter((o) => o.form === 'PT').map((o) => [o.start, o.expansion])).toEqual([[28, 'Pengadilan Tinggi']])
    expect(findAcronyms(['Berkas dikirim ke PT Kalbar pekan depan setelah putusan banding dibacakan.'], { region }).map(pick)).toEqual([
      'PT=Pengadilan Tinggi',
      'Kalbar=Kalimantan Barat',
    ])
  })
  it('tells the mother-and-child health book (KIA) from the child identity card, and the regency secretariat from the cabinet one', () => {
    const none = { province: null, regency: null }
    const kia = (text: string): string[] => findAcronyms([text], { region: none }).filter((o) => o.form === 'KIA').map((o) => o.expansion)
    expect(kia('Bidan mencatat berat bayi di buku KIA setiap bulan.')).toEqual(['Kesehatan Ibu dan Anak'])
    expect(kia('Disdukcapil mencetak KIA untuk anak usia sekolah.')).toEqual(['Kartu Identitas Anak'])
    const setkab = (text: string): string[] => findAcronyms([text], { region }).filter((o) => o.form === 'Setkab').map((o) => o.expansion)
    expect(setkab('Bagian Umum Setkab Kotim menyiapkan rapat.')).toEqual(['Sekretariat Daerah Kabupaten'])
    expect(setkab('Seskab menyebut Setkab menyiapkan sidang kabinet paripurna.')).toEqual(['Sekretariat Kabinet'])
  })
  it('knows the planning-and-research agency as one name and the treasury\'s monitoring application', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Data diolah Bappeda-Litbang dan dicocokkan dengan OM-SPAN.'], { region: none }).map(pick)).toEqual([
      'Bappeda-Litbang=Badan Perencanaan Pembangunan Daerah dan Penelitian Pengembangan',
      'OM-SPAN=Online Monitoring Sistem Perbendaharaan dan Anggaran Negara',
    ])
  })
  it('knows the village offices and programmes of village news (Kasun, Kasipem, LPMD, PKTD, IDM, Pamsimas)', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Kasun Krajan dan Kasipem hadir bersama LPMD; PKTD menaikkan skor IDM, dan Pamsimas diperluas.'], { region: none }).map(pick)).toEqual([
      'Kasun=Kepala Dusun',
      'Kasipem=Kepala Seksi Pemerintahan',
      'LPMD=Lembaga Pemberdayaan Masyarakat Desa',
      'PKTD=Padat Karya Tunai Desa',
      'IDM=Indeks Desa Membangun',
      'Pamsimas=Penyediaan Air Minum dan Sanitasi Berbasis Masyarakat',
    ])
  })
  it('reads a unit\'s short form from the article\'s definition of "Ditjen SDA" for a later "Dirjen SDA", and SDA by its cues', () => {
    const none = { province: null, regency: null }
    const occ = findAcronyms([
      'Direktorat Jenderal Prasarana dan Sarana Pertanian (Ditjen PSP) menyalurkan alsintan.',
      'Dirjen PSP meminta petani mengisi e-RDKK, sementara SSCASN dibuka dan jalur Pantura padat.',
    ], { region: none }).map(pick)
    expect(occ).toContain('PSP=Prasarana dan Sarana Pertanian')
    expect(occ).toContain('RDKK=Rencana Definitif Kebutuhan Kelompok')
    expect(occ).toContain('SSCASN=Sistem Seleksi Calon Aparatur Sipil Negara')
    expect(occ).toContain('Pantura=Pantai Utara')
    expect(findAcronyms(['Balai Besar Wilayah Sungai menyiapkan bendungan; Dirjen SDA meninjau daerah irigasi.'], { region: none }).map(pick)).toContain('SDA=Sumber Daya Air')
    expect(findAcronyms(['Pengelolaan SDA dan lingkungan hidup harus lestari.'], { region: none }).map(pick)).toEqual(['SDA=Sumber Daya Alam'])
  })
  it('knows the Aceh and regional-tax rows review-acronyms21 lacked, and leaves the KH of a street\'s name alone', () => {
    const aceh = { province: 'Aceh', regency: 'Aceh Barat Daya' }
    expect(findAcronyms(['MPU dan Satpol PP dan WH mengawasi; BPBA menyalurkan ADG; Raqan dibahas.'], { region: aceh }).map(pick)).toEqual([
      'MPU=Majelis Permusyawaratan Ulama',
      'Satpol PP=Satuan Polisi Pamong Praja',
      'WH=Wilayatul Hisbah',
      'BPBA=Badan Penanggulangan Bencana Aceh',
      'ADG=Alokasi Dana Gampong',
      'Raqan=Rancangan Qanun',
    ])
    const kalbar = { province: 'Kalimantan Barat', regency: 'Kapuas Hulu' }
    const found = findAcronyms(['Pemkab Kapuas Hulu (KH) menagih SWDKLLJ, pajak MBLB dan NPWPD; skor MCP naik. Kantornya di Jalan KH Wahid Hasyim.'], { region: kalbar }).map(pick)
    expect(found).toEqual(expect.arrayContaining(['SWDKLLJ=Sumbangan Wajib Dana Kecelakaan Lalu Lintas Jalan', 'MBLB=Mineral Bukan Logam dan Batuan', 'NPWPD=Nomor Pokok Wajib Pajak Daerah', 'MCP=Monitoring Center for Prevention']))
    expect(found.filter((f) => f.startsWith('KH='))).toHaveLength(1)
  })
  it('knows the rows review-acronyms18 lacked, and a neighbourhood after "warga" is no resident\'s initials', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Sesuai Permendes PDT, dana BOK dan data e-PPGBM dipakai; jalan dilapis AC-WC; pokir dewan dan 48 warga RW 03 dilibatkan.'], { region: none }).map(pick)).toEqual([
      'Permendes PDT=Peraturan Menteri Desa dan Pembangunan Daerah Tertinggal',
      'BOK=Bantuan Operasional Kesehatan',
      'PPGBM=Pencatatan dan Pelaporan Gizi Berbasis Masyarakat',
      'AC-WC=Asphalt Concrete-Wearing Course',
      'pokir=Pokok-pokok Pikiran',
      'RW=Rukun Warga',
    ])
  })
  it('knows the border-security task force (Pamtas) beside its Satgas', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Personel Satgas Pamtas RI-PNG menjaga patok batas di Skouw.'], { region: none }).map(pick)).toEqual([
      'Satgas=Satuan Tugas',
      'Pamtas=Pengamanan Perbatasan',
      'RI=Republik Indonesia',
    ])
  })
  it('knows the Aceh, environment, civil-service and health rows added from review-acronyms9', () => {
    const aceh = { province: 'Aceh', regency: null }
    expect(findAcronyms(['Qanun harus sejalan dengan UUPA; Fraksi PNA menagih honor dari APBK dan Dana Otsus.'], { region: aceh }).map(pick)).toEqual([
      'UUPA=Undang-Undang Pemerintahan Aceh',
      'PNA=Partai Nanggroe Aceh',
      'APBK=Anggaran Pendapatan dan Belanja Kabupaten/Kota',
      'Dana Otsus=Dana Otonomi Khusus',
    ])
    const none = { province: null, regency: null }
    expect(findAcronyms(['Sengketa tanah diselesaikan menurut UUPA dan aturan pertanahan.'], { region: none }).map(pick)).toEqual([
      'UUPA=Undang-Undang Pokok Agraria',
    ])
    expect(findAcronyms(['Warung cukup membuat SPPL, hotel wajib amdal, dan gudang melapor ke KLH/BPLH.'], { region: none }).map(pick)).toEqual([
      'SPPL=Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan Hidup',
      'amdal=Analisis Mengenai Dampak Lingkungan Hidup',
      'KLH/BPLH=Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup',
    ])
    expect(findAcronyms(['Rotasi pejabat dibahas Baperjakat; PBJ diawasi ketat.'], { region: none }).map(pick)).toEqual([
      'Baperjakat=Badan Pertimbangan Jabatan dan Kepangkatan',
      'PBJ=Pengadaan Barang/Jasa',
    ])
    expect(findAcronyms(['Siswa SD GMIM menerima vaksin MR, lalu lansia dilayani Posbindu PTM.'], { region: none }).map(pick)).toEqual([
      'SD=Sekolah Dasar',
      'GMIM=Gereja Masehi Injili di Minahasa',
      'MR=Measles Rubella',
      'Posbindu PTM=Pos Pembinaan Terpadu Penyakit Tidak Menular',
    ])
    // MR without any vaccination word is a person's initials, not the vaccine.
    expect(findAcronyms(['Warga bernama MR melapor ke kantor desa.'], { region: none }).map((o) => o.form)).toEqual([])
  })

  it('takes the article\'s own spelling of a name the dictionary knows, given in place with words of its own', () => {
    const occ = findAcronyms(['Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman (Disperkim) Kobar menghadiri rapat.', 'Disperkim menargetkan 1.200 rumah.'], { region })
    expect(occ.filter((o) => o.form === 'Disperkim').map((o) => [o.expansion, o.source])).toEqual([
      ['Dinas Perumahan Rakyat dan Kawasan Permukiman', 'article'],
      ['Dinas Perumahan Rakyat dan Kawasan Permukiman', 'article'],
    ])
    // Too many words of its own (a sentence, not a name): the dictionary's name stays.
    const sentence = findAcronyms(['Rapat Dinas Perumahan Bersama Warga Desa Sukamaju Dan Kawasan Permukiman (Disperkim) berlanjut.'], { region })
    expect(sentence.find((o) => o.form === 'Disperkim')?.expansion).toBe('Dinas Perumahan dan Kawasan Permukiman')
  })
  it('leaves a word of a town in a dateline in capitals alone, and reads sector senses from their cue words', () => {
    const kobar = { province: 'Kalimantan Tengah', regency: 'Kotawaringin Barat' }
    const none = { province: null, regency: null }
    expect(findAcronyms(['PANGKALAN BUN – Pemkab Kobar menggelar rapat.'], { region: kobar }).map((o) => o.form)).toEqual(['Pemkab', 'Kobar'])
    expect(findAcronyms(['TANJUNG SELOR, KALTARA – Pemprov menggelar rapat.'], { region: none }).map((o) => o.form)).toContain('KALTARA')
    expect(findAcronyms(['Dana BOSP kini menjangkau PAUD: 71 TK dan 41 KB di kabupaten ini.'], { region: none }).find((o) => o.form === 'KB')?.expansion).toBe('Kelompok Bermain')
    expect(findAcronyms(['Pengembang wajib menyerahkan PSU perumahan kepada pemerintah daerah.'], { region: none }).find((o) => o.form === 'PSU')?.expansion).toBe('Prasarana, Sarana, dan Utilitas Umum')
    expect(findAcronyms(['KPU menggelar PSU di dua TPS.'], { region: none }).find((o) => o.form === 'PSU')?.expansion).toBe('Pemungutan Suara Ulang')
    expect(findAcronyms(['Bulog menyerap gabah petani sesuai HPP, dan kader menimbang bumil setiap pekan.'], { region: none }).map(pick)).toEqual([
      'Bulog=Badan Urusan Logistik', 'HPP=Harga Pembelian Pemerintah', 'bumil=Ibu Hamil',
    ])
  })

  it('reads law and corrections news: definitions of things that look like names, the high court by its city, numbering codes', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Hak itu meliputi Pembebasan Bersyarat (PB) dan Cuti Bersyarat (CB). Sebanyak 40 narapidana menjalani PB/CB tahun ini.'], { region: none }).map(pick)).toEqual([
      'PB=Pembebasan Bersyarat', 'CB=Cuti Bersyarat', 'PB=Pembebasan Bersyarat', 'CB=Cuti Bersyarat',
    ])
    // A person's initials after a name still stay unexpanded.
    expect(findAcronyms(['Bupati Bernardus Teresa (BT) hadir.'], { region: none }).map((o) => o.form)).toEqual([])
    expect(findAcronyms(['Putusan itu dikuatkan PT Makassar di tingkat banding, lalu kasasi ditolak MA.'], { region: none }).find((o) => o.form === 'PT')?.expansion).toBe('Pengadilan Tinggi')
    expect(findAcronyms(['Kerja sama dengan PT Sumber Tirta Lestari diperiksa di tingkat banding.'], { region: none }).map((o) => o.form)).toEqual([])
    expect(findAcronyms(['SK bernomor PAS-1187.PK.05.04 Tahun 2026 diserahkan kepada Kalapas.'], { region: none }).map((o) => o.form)).not.toContain('PK')
    expect(findAcronyms(['Petugas KPLP lapas memeriksa barang bawaan pengunjung warga binaan.'], { region: none }).find((o) => o.form === 'KPLP')?.expansion).toBe('Kesatuan Pengamanan Lembaga Pemasyarakatan')
    expect(findAcronyms(['Kapal KPLP berpatroli di perairan pelabuhan.'], { region: none }).find((o) => o.form === 'KPLP')?.expansion).toBe('Kesatuan Penjagaan Laut dan Pantai')
    expect(findAcronyms(['Petugas Seksi Intel Kejari mengamankan dokumen, lalu Bapas menyusun litmas.'], { region: none }).map(pick)).toEqual([
      'Intel=Intelijen', 'Kejari=Kejaksaan Negeri', 'Bapas=Balai Pemasyarakatan', 'litmas=Penelitian Kemasyarakatan',
    ])
  })
  it('trims a lower-case definition that reached past the dictionary\'s name, and knows MMC Kalteng\'s programme and office forms', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Bimtek diikuti 120 peserta dari kelompok tani (poktan) di lima kabupaten.'], { region: none }).find((o) => o.form === 'poktan')?.expansion).toBe('kelompok tani')
    expect(findAcronyms(['GPM digelar di 13 kabupaten, Pusdalops memantau titik panas, Ditjenbun menyalurkan dana PSR, dan DP3APPKB mendata keluarga.'], { region: none }).map((o) => o.form)).toEqual(['GPM', 'Pusdalops', 'Ditjenbun', 'DP3APPKB'])
  })
  it('reads religious-affairs and sports news: a name with one word its letters skip, Kesbangpol after Badan or Kantor, MTQ branches', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Ketua Pengurus Kabupaten (Pengkab) Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) Pasbar, Hendra Gunawan, berharap.'], { region: none }).map(pick)).toEqual([
      'Pengkab=Pengurus Kabupaten', 'PBSI=Persatuan Bulu Tangkis Seluruh Indonesia',
    ])
    // Kesbangpol is written after "Badan" or "Kantor" as often as alone: its letters' name fits all three.
    expect(findAcronyms(['Kepala Badan Kesbangpol hadir, dan Kantor Kesbangpol Cianjur membuka posko.'], { region: none }).map(pick)).toEqual([
      'Kesbangpol=Kesatuan Bangsa dan Politik', 'Kesbangpol=Kesatuan Bangsa dan Politik', 'posko=Pos Komando',
    ])
    expect(findAcronyms(['Cabang MKQ dan M2IQ digelar di aula, sesuai juknis LPTQ, tanpa isu SARA.'], { region: none }).map(pick)).toEqual([
      "MKQ=Musabaqah Khattil Qur'an", "M2IQ=Musabaqah Makalah Ilmiah Al-Qur'an", 'juknis=Petunjuk Teknis', 'LPTQ=Lembaga Pengembangan Tilawatil Quran',
      'SARA=Suku, Agama, Ras, dan Antargolongan',
    ])
  })
  it('careless writing (hold-out 30): a form defined twice takes the nearest definition before it; a defined hyphenated form also matches without its hyphen or with a space', () => {
    const none = { province: null, regency: null }
    const kek = findAcronyms([
      'Ibu hamil yang mengalami Kekurangan Energi Kronis (KEK) mendapat PMT.',
      'Bidan menjelaskan ibu hamil Kurang Energi Kronis (KEK) berisiko melahirkan bayi berat lahir rendah.',
      'Sembilan bumil sudah keluar dari status KEK.',
    ], { region: none }).filter((o) => o.form === 'KEK').map((o) => o.expansion)
    expect(kek).toEqual(['Kekurangan Energi Kronis', 'Kurang Energi Kronis', 'Kurang Energi Kronis'])
    expect(findAcronyms([
      'Stok blangko bertambah melalui Perubahan Anggaran Pendapatan dan Belanja Daerah (APBD-P) 2026.',
      'Sebelum ada tambahan dari APBDP, kami menerbitkan suket. Honor petugas dari APBD P juga cair.',
    ], { region: none }).filter((o) => o.block === 1).map(pick)).toEqual([
      'APBDP=Perubahan Anggaran Pendapatan dan Belanja Daerah', 'APBD P=Perubahan Anggaran Pendapatan dan Belanja Daerah',
    ])
  })
  it('careless writing (hold-out 30): lower-case village words, a shouted long form in running text, and school and immunisation senses by their cues', () => {
    const none = { province: null, regency: null }
    expect(findAcronyms(['Hasil musdes dibacakan sekdes, lalu linmas dan pengurus bumdes berjaga di poskamling.'], { region: none }).map(pick)).toEqual([
      'musdes=Musyawarah Desa', 'sekdes=Sekretaris Desa', 'linmas=Perlindungan Masyarakat', 'bumdes=Badan Usaha Milik Desa', 'poskamling=Pos Keamanan Lingkungan',
    ])
    expect(findAcronyms(['Warga diminta segera ke PUSKESMAS terdekat.'], { region: none }).map(pick)).toEqual(['PUSKESMAS=Pusat Kesehatan Masyarakat'])
    expect(findAcronyms(['Soal ujian PAS siswa kelas VII disusun guru untuk IPA, IPS dan PJOK; guru BK mendampingi.'], { region: none }).map(pick)).toEqual(
      expect.arrayContaining(['IPA=Ilmu Pengetahuan Alam', 'IPS=Ilmu Pengetahuan Sosial', 'PJOK=Pendidikan Jasmani, Olahraga, dan Kesehatan', 'BK=Bimbingan dan Konseling']),
    )
    expect(findAcronyms(['Debit IPA Cikeruh naik menjadi 40 liter per detik untuk pelanggan PDAM.'], { region: none }).map(pick)).toContain('IPA=Instalasi Pengolahan Air')
    expect(findAcronyms(['Badan Kehormatan memeriksa anggota DPRD itu; BK akan memanggil saksi.'], { region: none }).filter((o) => o.form === 'BK').map(pick)).toEqual(['BK=Badan Kehormatan'])
    expect(findAcronyms(['Imunisasi BIAS meliputi MR, DT dan Td bagi siswa SD.'], { region: none }).map(pick)).toEqual(
      expect.arrayContaining(['DT=Difteri Tetanus', 'Td=Tetanus difteri']),
    )
    // Without cues, none of the ambiguous short forms is expanded.
    expect(findAcronyms(['Kode IPA dan BK tertulis di dokumen itu.'], { region: none }).map((o) => o.form)).toEqual([])
  })
  it('regional outlets (hold-out 31): a trial\'s PH, a legislator\'s party, a police operations head and a Dinas PU, health and student bodies', () => {
    const none = { province: null, regency: null }
    const trial = findAcronyms([
      'Penasihat Hukum (PH) terdakwa mempertanyakan audit BPKP dari Dinas PU Bina Marga.',
      'Sidang dilanjutkan dengan ahli yang diajukan PH terdakwa.',
    ], { region: none }).map(pick)
    expect(trial).toEqual(expect.arrayContaining(['PH=Penasihat Hukum', 'Dinas PU=Dinas Pekerjaan Umum']))
    expect(trial.filter((o) => o.startsWith('PH=')).length).toBe(2)
    expect(findAcronyms(['“Jangan sampai masyarakat kecil jadi korban,” tegas legislator PKB itu.'], { region: none }).map(pick)).toEqual(['PKB=Partai Kebangkitan Bangsa'])
    expect(findAcronyms(['Kabag Ops Polresta memimpin pengamanan; BEM, HMI, PMII dan GMNI ikut berorasi.'], { region: none }).map(pick)).toEqual([
      'Kabag Ops=Kepala Bagian Operasi', 'Polresta=Kepolisian Resor Kota', 'BEM=Badan Eksekutif Mahasiswa', 'HMI=Himpunan Mahasiswa Islam', 'PMII=Pergerakan Mahasiswa Islam Indonesia',
      'GMNI=Gerakan Mahasiswa Nasional Indonesia',
    ])
    expect(findAcronyms(['Dewas RSUD menyoroti jaspel nakes, klaim INA-CBG dan stok BMHP.'], { region: none }).map(pick)).toEqual(
      expect.arrayContaining(['Dewas=Dewan Pengawas', 'jaspel=Jasa Pelayanan', 'INA-CBG=Indonesian Case Base Groups', 'BMHP=Bahan Medis Habis Pakai']),
    )
  })
  it('review of the new rows: "Tanah Air" is no water cue, revenue talk keeps PKB a tax, BK needs an ethics cue, Kapus needs a puskesmas cue', () => {
    const none = { province: null, regency: null }
    const forms = (t: string) => findAcronyms([t], { region: none }).map(pick)
    expect(forms('Olimpiade Sains Nasional bidang IPA diikuti 300 peserta dari seluruh penjuru Tanah Air.')).toEqual(['IPA=Ilmu Pengetahuan Alam'])
    expect(forms('Anggota dewan menilai target PKB tahun ini terlalu tinggi. Legislator itu meminta Bapenda realistis.')).toContain('PKB=Pajak Kendaraan Bermotor')
    expect(forms('Desa menerima dana BK dari Pemprov senilai Rp200 juta, kata anggota DPRD.').filter((o) => o.startsWith('BK='))).toEqual([])
    expect(forms('Kapus Data dan Informasi Kementerian Kesehatan menyampaikan data terbaru.').filter((o) => o.startsWith('Kapus='))).toEqual(['Kapus=Kepala Pusat'])
  })
  it('second review of the cue changes: PKB\'s revenue words are the tax\'s only right before it or with a tax word; kursi, pileg, fraksi, faction and anggota dewan are the party\'s', () => {
    const none = { province: null, regency: null }
    const pkb = (t: string) => findAcronyms([t], { region: none }).filter((o) => o.form === 'PKB').map((o) => o.expansion)
    const party = 'Partai Kebangkitan Bangsa'
    const tax = 'Pajak Kendaraan Bermotor'
    expect(pkb('PKB pasang target 10 kursi di DPRD Jawa Timur.')).toEqual([party])
    expect(pkb('PKB Target Lima Kursi pada Pileg 2029')).toEqual([party])
    expect(pkb('Wakil Ketua DPRD dari PKB menilai realisasi serapan anggaran masih rendah.')).not.toContain(tax)
    expect(pkb('A legislator of the PKB faction questioned the revenue target set by the provincial administration.')).toEqual([party])
    expect(pkb('Anggota dewan dari PKB, Ahmad Fauzi, meminta pemerintah memperbaiki jalan desa.')).toEqual([party])
    expect(pkb('Dalam pandangan umum fraksi, PKB menyoroti penerimaan daerah yang belum optimal.')).toEqual([party])
    // The tax: a revenue word right before the form, or with a tax word near.
    expect(pkb('Anggota dewan menilai target PKB tahun ini terlalu tinggi. Legislator itu meminta Bapenda realistis.')).toEqual([tax])
    expect(pkb('Hingga Oktober, realisasi PKB baru 70 persen dari target.')).toEqual([tax])
    expect(pkb('Samsat keliling dibuka; penerimaan dari PKB menopang PAD provinsi.')).toEqual([tax])
    expect(pkb('Penerimaan daerah naik, dan PKB menjadi penyumbang terbesar PAD.')).toEqual([])
  })
  it('second review of the cue changes: "BK DPRD" is the Badan Kehormatan; overlapping ethics cues count once, so a school\'s BK stays counselling', () => {
    const none = { province: null, regency: null }
    const bk = (t: string) => findAcronyms([t], { region: none }).filter((o) => o.form === 'BK').map((o) => o.expansion)
    expect(bk('BK DPRD Jember menjatuhkan sanksi teguran kepada anggota yang sering absen.')).toEqual(['Badan Kehormatan'])
    expect(bk('Ketua BK DPRD Kota Bekasi mengatakan pihaknya akan memanggil yang bersangkutan.')).toEqual(['Badan Kehormatan'])
    expect(bk('Dinas Pendidikan memeriksa layanan BK di SMP Negeri 2 Sukamaju; pelanggaran kode etik akan disanksi.')).toEqual(['Bimbingan dan Konseling'])
    expect(bk('Desa menerima dana BK dari Pemprov senilai Rp200 juta, kata anggota DPRD.')).toEqual([])
    expect(bk('BK memeriksa dugaan pelanggaran kode etik oleh seorang anggota.')).toEqual(['Badan Kehormatan'])
  })
  it('second review of the cue changes: the water plant\'s own phrases (liter/detik, kebutuhan air, mengolah air, Perumdam …); TKA and sains are school words only with another', () => {
    const none = { province: null, regency: null }
    const ipa = (t: string) => findAcronyms([t], { region: none }).filter((o) => o.form === 'IPA').map((o) => o.expansion)
    const plant = 'Instalasi Pengolahan Air'
    expect(ipa('IPA Kedunguling berkapasitas 100 liter/detik dan melayani ribuan pelanggan.')).toEqual([plant])
    expect(ipa('Debit IPA itu 20 l/detik.')).toEqual([plant])
    expect(ipa('Pemerintah membangun IPA baru untuk memenuhi kebutuhan air warga.')).toEqual([plant])
    expect(ipa('IPA Siwalan setiap hari mengolah air Sungai Brantas.')).toEqual([plant])
    expect(ipa('Perumdam menambah 2.000 sambungan rumah setelah IPA Sukamaju rampung.')).toEqual([plant])
    expect(ipa('Sebanyak 40 TKA asal Tiongkok bekerja di proyek IPA Sungai Ulin.')).not.toContain('Ilmu Pengetahuan Alam')
    expect(ipa('Lomba sains tingkat kabupaten digelar pekan lalu. Dinas PUPR juga meninjau IPA di Desa Sukamaju.')).not.toContain('Ilmu Pengetahuan Alam')
    expect(ipa('Siswa kelas XII mengikuti TKA untuk mata pelajaran IPA dan Matematika.')).toEqual(['Ilmu Pengetahuan Alam'])
    expect(ipa('Olimpiade Sains Nasional bidang IPA diikuti 300 peserta.')).toEqual(['Ilmu Pengetahuan Alam'])
  })
  it('second review of the cue changes: Kapus takes health-service cues, and before a Pusat\'s name is Kepala Pusat', () => {
    const none = { province: null, regency: null }
    const kapus = (t: string) => findAcronyms([t], { region: none }).filter((o) => o.form === 'Kapus').map((o) => o.expansion)
    expect(kapus('Kapus Baamang I mengatakan pelayanan kesehatan gratis bagi warga.')).toEqual(['Kepala Puskesmas'])
    expect(kapus('Kapus Sukamaju mengatakan layanan kesehatan ibu dan anak terus ditingkatkan.')).toEqual(['Kepala Puskesmas'])
    expect(kapus('Menurut Kapus Tanjung, cakupan imunisasi lansia naik.')).toEqual(['Kepala Puskesmas'])
    expect(kapus('Kapus Pendidikan dan Pelatihan Kementerian Kesehatan meminta bidan desa ikut pelatihan.')).toEqual(['Kepala Pusat'])
    expect(kapus('Kapus Kebijakan Pembiayaan dan Desentralisasi Kesehatan hadir bersama para bidan.')).toEqual(['Kepala Pusat'])
    expect(kapus('Kapus menyampaikan laporan tahunan.')).toEqual([])
  })
  const all = (t: string) => findAcronyms([t], { region: { province: null, regency: null } }).map(pick)
  it('health, education and welfare news (hold-out 32): rows for CSR, ATM, PICU, USG, SIASN, HPR, PNF, calistung and SIZE (on evidence)', () => {
    expect(all('Dana CSR bank disalurkan lewat ATM; pasien di PICU menjalani USG, dan datanya masuk SIASN.')).toEqual([
      'CSR=Corporate Social Responsibility', 'ATM=Anjungan Tunai Mandiri', 'PICU=Pediatric Intensive Care Unit', 'USG=Ultrasonografi',
      'SIASN=Sistem Informasi Aparatur Sipil Negara',
    ])
    expect(all('Kucing dan kera juga HPR. Anak PNF belajar calistung bersama tutor.')).toEqual([
      'HPR=Hewan Penular Rabies', 'PNF=Pendidikan Nonformal', 'calistung=Baca, Tulis, Hitung',
    ])
    // SIZE is an English word too: only on evidence (its long form, a zoonosis cue).
    expect(all('Dinkes meminta laporan rabies masuk ke SIZE hari itu juga.')).toEqual(['Dinkes=Dinas Kesehatan', 'SIZE=Sistem Informasi Zoonosis dan Emerging Infectious Diseases'])
    expect(all('The SIZE of the fund is large.')).toEqual([])
  })
  it('health, education and welfare news (hold-out 32): RA is Raudhatul Athfal next to a TK, never in "RA Kartini"', () => {
    expect(all('Lulusan TK dan RA di kecamatan itu mencapai 800 anak.')).toContain('RA=Raudhatul Athfal')
    expect(all('Anak-anak TK berkebaya untuk mengenang RA Kartini.').filter((o) => o.startsWith('RA='))).toEqual([])
  })
  it('health, education and welfare news (hold-out 32): a syllabic form defined by a lower-case long form matches in lower case too', () => {
    // "Jumantik (juru pemantau jentik)": a common noun, written in lower case later; "Benteng (Bengkulu Tengah)" is a name.
    expect(all('Pemkab melatih Jumantik (juru pemantau jentik) di tiap dusun; jumantik melapor setiap Jumat.').filter((o) => o.startsWith('jumantik='))).toEqual([
      'jumantik=juru pemantau jentik',
    ])
    expect(all('Warga Benteng (Bengkulu Tengah) memugar benteng tua.').filter((o) => o.startsWith('benteng='))).toEqual([])
  })
  it('health, education and welfare news (hold-out 32): a head title before a Dinkes unit\'s short form (Kasi Kesga, Kabid P2P) is one name', () => {
    // A head title before a health unit's short form is one name; P2P alone in a lending story is not the unit.
    expect(all('Kasi Kesga dan Kabid P2P Dinkes Contoh memaparkan data campak.')).toEqual([
      'Kasi Kesga=Kepala Seksi Kesehatan Keluarga', 'Kabid P2P=Kepala Bidang Pencegahan dan Pengendalian Penyakit', 'Dinkes=Dinas Kesehatan',
    ])
    expect(all('OJK menertibkan platform P2P lending ilegal.').filter((o) => o.startsWith('P2P='))).toEqual([])
  })
  it('agriculture, fisheries and environment news (hold-out 33): rows for OPT, B2SA, ZEE, KRI, LPG, Jakstrada, Diskan/Kadiskan, Pokmaswas and Alsintan (also in lower case), and the dotted Jl.', () => {
    expect(all('Serangan OPT menurunkan panen; Dinas mengajak warga makan pangan B2SA.')).toEqual([
      'OPT=Organisme Pengganggu Tumbuhan', 'B2SA=Beragam, Bergizi Seimbang, dan Aman',
    ])
    expect(all('KRI Contoh mengusir kapal asing dari ZEE, lalu nelayan diberi tabung LPG.')).toEqual([
      'KRI=Kapal Perang Republik Indonesia', 'ZEE=Zona Ekonomi Eksklusif', 'LPG=Liquefied Petroleum Gas',
    ])
    expect(all('Kadiskan menyebut Diskan melatih Pokmaswas; anggota pokmaswas memantau pantai.')).toEqual([
      'Kadiskan=Kepala Dinas Perikanan', 'Diskan=Dinas Perikanan', 'Pokmaswas=Kelompok Masyarakat Pengawas', 'pokmaswas=Kelompok Masyarakat Pengawas',
    ])
    expect(all('Bantuan Alsintan tiba; alsintan itu disewakan. Target Jakstrada tercapai.')).toEqual([
      'Alsintan=Alat dan Mesin Pertanian', 'alsintan=Alat dan Mesin Pertanian', 'Jakstrada=Kebijakan dan Strategi Daerah',
    ])
    expect(all('Rumah itu berada di Jl. Merdeka Nomor 5 dan Jl Pahlawan.')).toEqual(['Jl.=Jalan', 'Jl=Jalan'])
  })
  it('MMC Kalteng news (hold-out 34): IUP is the plantation permit in a plantation story and the mining permit in a mining one; TRC is the disaster agencies\' rapid response team', () => {
    expect(all('Perusahaan sawit pemegang IUP wajib membangun kebun plasma 20 persen bagi masyarakat.')).toEqual(['IUP=Izin Usaha Perkebunan'])
    expect(all('Perusahaan tambang batu bara pemegang IUP wajib mereklamasi lahan bekas galian.')).toEqual(['IUP=Izin Usaha Pertambangan'])
    expect(all('BPBD menurunkan TRC ke lokasi banjir untuk membantu evakuasi warga.')).toEqual(['BPBD=Badan Penanggulangan Bencana Daerah', 'TRC=Tim Reaksi Cepat'])
  })
  it('agriculture, fisheries and environment news (hold-out 33): "Kementerian ESDM" and "Dinas ESDM" are one name each, as "Kementerian PU" is', () => {
    expect(all('Kementerian ESDM dan Dinas ESDM Provinsi Contoh meninjau tambang.')).toEqual([
      'Kementerian ESDM=Kementerian Energi dan Sumber Daya Mineral', 'Dinas ESDM=Dinas Energi dan Sumber Daya Mineral',
    ])
    expect(all('Sektor ESDM tumbuh.')).toEqual(['ESDM=Energi dan Sumber Daya Mineral'])
  })
  it('agriculture, fisheries and environment news (hold-out 33): PROPER is the company rating only on evidence', () => {
    expect(all('Pabrik semen itu meraih peringkat hijau dalam PROPER dari KLH.')).toContain(
      'PROPER=Program Penilaian Peringkat Kinerja Perusahaan dalam Pengelolaan Lingkungan Hidup',
    )
    expect(all('DO IT THE PROPER WAY, KATA PELATIH').filter((o) => o.startsWith('PROPER='))).toEqual([])
    // A colour alone is a weak cue.
    expect(all('Tim biru menang di laga PROPER hari itu.').filter((o) => o.startsWith('PROPER='))).toEqual([])
  })
  it('agriculture, fisheries and environment news (hold-out 33): the navy corps in brackets after "Laut" is Pelaut, and a lone P is nothing', () => {
    expect(all('Danlanal Contoh, Mayor Laut (P) Budi Santoso, memimpin patroli.')).toContain('P=Pelaut')
    expect(all('Gedung Blok (P) di Pasar Laut direnovasi; huruf P pada formulir dicoret.').filter((o) => o.startsWith('P='))).toEqual([])
    expect(all('Perahu di Selat Laut P menunggu.').filter((o) => o.startsWith('P='))).toEqual([])
  })
  it('agriculture, fisheries and environment news (hold-out 33): KPH is Perhutani\'s Kesatuan Pemangkuan Hutan beside Perhutani\'s words, else the Kesatuan Pengelolaan Hutan', () => {
    expect(all('Petani LMDH menanam jagung di petak Perum Perhutani KPH Contoh Barat.')).toContain('KPH=Kesatuan Pemangkuan Hutan')
    expect(all('Mandor RPH dan asisten BKPH melapor ke Administratur KPH Contoh.')).toContain('KPH=Kesatuan Pemangkuan Hutan')
    expect(all('UPTD KPH Wilayah II menyiapkan polisi kehutanan.')).toContain('KPH=Kesatuan Pengelolaan Hutan')
    expect(all('Patroli KPH digelar tiga kali sepekan.')).toContain('KPH=Kesatuan Pengelolaan Hutan')
  })
  it('agriculture, fisheries and environment news (hold-out 33): PPL is teaching practice beside students and schools, else the farm extension officer', () => {
    expect(all('Mahasiswa universitas itu menjalani PPL di SMP Negeri 2 dan membantu guru kelas.')).toContain('PPL=Praktik Pengalaman Lapangan')
    expect(all('Petani diminta lapor ke PPL desa sebelum menebus pupuk.')).toContain('PPL=Penyuluh Pertanian Lapangan')
    expect(all('PPL turun ke lapangan setiap pekan.')).toContain('PPL=Penyuluh Pertanian Lapangan')
  })
  it('review of 63b7860 and 9493ef6: a place, a plantation word or a school word next to IUP, KPH or PPL does not outweigh the sense\'s own words', () => {
    const sense = (blocks: string[], form: string) =>
      findAcronyms(blocks, { region }).filter((o) => o.form === form).map((o) => o.expansion)
    // Mining permits overlapping a plantation's HGU: "IUP batu bara" is the mining permit.
    expect(sense(['Dinas ESDM Provinsi menemukan 12 IUP batu bara yang wilayahnya tumpang tindih dengan HGU perkebunan kelapa sawit milik sejumlah PBS.'], 'IUP')).toEqual(['Izin Usaha Pertambangan'])
    // A gold mine's permit holder damaging the villagers' gardens: as many mining words as plantation words, so no
    // guess (never the plantation permit).
    expect(sense(['Warga Desa Tumbang Koling memprotes aktivitas tambang emas pemegang IUP yang merusak kebun karet dan kebun sawit milik warga.'], 'IUP')).not.toContain('Izin Usaha Perkebunan')
    expect(sense(['Dinas Perkebunan mencabut IUP dua perusahaan kelapa sawit yang tidak membangun kebun plasma.'], 'IUP')).toEqual(['Izin Usaha Perkebunan'])
    // A KPH in Kalimantan: transmigrants from Central Java do not make it Perhutani's.
    expect(sense(['Petugas KPH Kotawaringin Timur bersama warga transmigran asal Jawa Tengah menanam 5.000 bibit di kawasan hutan desa.'], 'KPH')).toEqual(['Kesatuan Pengelolaan Hutan'])
    // "PPL Desa X" is the village's extension officer, even in a school garden.
    expect(sense(['PPL Desa Sukamaju mengajari guru dan siswa SD Negeri 2 menanam sayuran di kebun sekolah.'], 'PPL')).toEqual(['Penyuluh Pertanian Lapangan'])
    expect(sense(['PPL Kecamatan Baamang mendampingi petani dalam sekolah lapang pengendalian hama terpadu yang juga diikuti siswa SMK pertanian.'], 'PPL')).toEqual(['Penyuluh Pertanian Lapangan'])
  })
  it('review of 1803f91: plantation words point to the plantation permit; a tie of cue words expands nothing; the page\'s Javanese province makes a KPH Perhutani\'s; "guru PPL" is the student teacher', () => {
    const sense = (blocks: string[], form: string, where = region) =>
      findAcronyms(blocks, { region: where }).filter((o) => o.form === form).map((o) => o.expansion)
    for (const text of [
      'Sejumlah perusahaan sawit di Kotim belum mengantongi IUP dan HGU.',
      'DPRD menemukan banyak kebun sawit di Kotim yang beroperasi tanpa IUP.',
      'Pemkab mencabut IUP PT Sawit Makmur karena lahan kebun sawitnya tumpang tindih dengan HGU lain.',
    ]) expect(sense([text], 'IUP'), text).toEqual(['Izin Usaha Perkebunan'])
    // One cue word each way ("tahun" for the finance regulation, "sapi" for the animal disease): no guess.
    expect(sense(['Kasus PMK pada ternak di desa itu tahun ini menurun dibanding tahun lalu.'], 'PMK')).toEqual([])
    const jateng = { province: 'Jawa Tengah', regency: 'Temanggung' }
    expect(sense(['Kodim 0706 bersama KPH Kedu Utara menanam 5.000 pohon di lereng Gunung Sumbing.'], 'KPH', jateng)).toEqual(['Kesatuan Pemangkuan Hutan'])
    expect(sense(['Kodim 0706 bersama KPH Kedu Utara menanam 5.000 pohon di lereng Gunung Sumbing.'], 'KPH')).toEqual(['Kesatuan Pengelolaan Hutan'])
    expect(sense(['Sebanyak 20 guru PPL mengajar di SMP Negeri 3 selama tiga bulan.'], 'PPL')).toEqual(['Praktik Pengalaman Lapangan'])
  })
  it('public works and transport (hold-out 35): a form keeps the sense its earlier occurrence took from its own words; a definition one word short of the dictionary\'s name is completed', () => {
    const sense = (blocks: string[], form: string) => findAcronyms(blocks, { region }).filter((o) => o.form === form).map((o) => o.expansion)
    expect(sense([
      'Dinas PUPR merehabilitasi saluran induk daerah irigasi yang mengairi 1.200 hektare sawah. Pekerjaan itu ditangani Bidang SDA.',
      '“Tahun ini saluran primernya kami lapisi beton,” kata Hendri dari Bidang SDA.',
    ], 'SDA')).toEqual(['Sumber Daya Air', 'Sumber Daya Air'])
    // Without the earlier occurrence the quote alone has no cue: the default.
    expect(sense(['“Tahun ini saluran primernya kami lapisi beton,” kata Hendri dari Bidang SDA.'], 'SDA')).toEqual(['Sumber Daya Alam'])
    expect(sense(['Terminal itu melayani bus angkutan antarkota antarprovinsi (AKAP) dan pansus DPRD memantaunya.'], 'AKAP')).toEqual(['angkutan antarkota antarprovinsi'])
    expect(sense(['Terminal itu melayani bus AKAP.', 'Pansus DPRD memantaunya, dan pansus juga memanggil dinas.'], 'pansus')).toEqual(['Panitia Khusus'])
  })
  it('an ordinary sample (hold-out 36): KK counted in a disaster is the head of a household, printed by Dukcapil the family card; KEK of pregnant women; lower-case damkar; RSD; a dictionary sense that is the defined one in other words keeps the article\'s wording', () => {
    const sense = (blocks: string[], form: string) => findAcronyms(blocks, { region }).filter((o) => o.form === form).map((o) => o.expansion)
    expect(sense(['Banjir merendam dua kampung. Sebanyak 84 KK mengungsi ke gedung gereja.'], 'KK')).toEqual(['Kepala Keluarga'])
    expect(sense(['Petugas Dukcapil mencetak 97 KK baru dan merekam 120 KTP-el.'], 'KK')).toEqual(['Kartu Keluarga'])
    expect(sense(['Sebanyak 318 ibu hamil tercatat KEK dan menerima PMT lokal dari puskesmas.'], 'KEK')).toEqual(['Kurang Energi Kronis'])
    expect(sense(['Sebanyak 14 perusahaan yang beroperasi di KEK Palu ikut menjadi bapak asuh.'], 'KEK')).toEqual(['Kawasan Ekonomi Khusus'])
    expect(sense(['Petugas damkar dan BPBD berjaga di posko.'], 'damkar')).toEqual(['Pemadam Kebakaran'])
    expect(sense(['Pasien dirujuk ke RSD dr. Soebandi.'], 'RSD')).toEqual(['Rumah Sakit Daerah'])
    expect(sense([
      'Bumil KEK Dapat PMT Lokal',
      'Puskesmas menyalurkan Pemberian Makanan Tambahan (PMT) bagi ibu hamil yang mengalami Kekurangan Energi Kronis (KEK).',
    ], 'KEK')).toEqual(['Kekurangan Energi Kronis', 'Kekurangan Energi Kronis'])
  })
  it('review of this session\'s acronym rules: KK by the words right at it (a count, "membawa KK", "memiliki KK"), not the story\'s topic; a different root is no same concept; no Perhutani KPH in DIY; "peserta PPL" of a BPP', () => {
    const sense = (blocks: string[], form: string, where = { province: 'Jawa Barat', regency: 'Garut' }) =>
      findAcronyms(blocks, { region: where }).filter((o) => o.form === form).map((o) => o.expansion)
    expect(sense(['Korban kebakaran diminta melapor ke desa dengan membawa KK dan surat keterangan kehilangan.'], 'KK')).toEqual(['Kartu Keluarga'])
    expect(sense(['Sebanyak 84 KK terdampak banjir dan mengungsi ke balai desa.', 'Bantuan hanya untuk warga yang memiliki KK setempat.'], 'KK')).toEqual(['Kepala Keluarga', 'Kartu Keluarga'])
    expect(sense(['Bantuan beras disalurkan kepada 200 KK warga kurang mampu.'], 'KK')).toEqual(['Kepala Keluarga'])
    expect(sense(['Dinas Komunikasi dan Informatika (Kominfo) Kabupaten Garut menggelar pelatihan.', 'Anggota Dewan Perwakilan Daerah (DPD) RI hadir.', 'Ketua DPD Partai Golkar Kabupaten Garut juga hadir.'], 'DPD')).toEqual(['Dewan Perwakilan Daerah', 'Dewan Pimpinan Daerah'])
    expect(sense(['Petugas KPH bersama warga menanam bibit di petak hutan Playen.'], 'KPH', { province: 'Daerah Istimewa Yogyakarta', regency: 'Gunungkidul' })).toEqual(['Kesatuan Pengelolaan Hutan'])
    expect(sense(['Sebanyak 40 peserta PPL dari BPP Sukamaju mengikuti pelatihan pupuk organik.'], 'PPL')).toEqual(['Penyuluh Pertanian Lapangan'])
  })
  it('second review of this session: a count before KK only adds to the words around it; the card in civil-registry work; a defined Dinas followed by its region stays the Dinas; "Kurang Energi Kronik" is the dictionary\'s concept in another spelling', () => {
    const sense = (blocks: string[], form: string, where = { province: 'Jawa Barat', regency: 'Garut' }) =>
      findAcronyms(blocks, { region: where }).filter((o) => o.form === form).map((o) => o.expansion)
    expect(sense(['Disdukcapil Garut mencetak 1.500 KK selama Januari 2026.'], 'KK')).toEqual(['Kartu Keluarga'])
    expect(sense(['Petugas Disdukcapil menyerahkan 75 KK dan 120 akta kelahiran kepada warga.'], 'KK')).toEqual(['Kartu Keluarga'])
    // (A count and a card's words at once: no guess.)
    expect(sense(['Seluruh KK yang rusak akibat banjir akan diganti tanpa biaya.'], 'KK')).not.toContain('Kepala Keluarga')
    expect(sense(['Seluruh KK di Desa Sukamaju menerima bantuan beras 10 kilogram.', 'Pemkab menyalurkan bantuan kepada KK korban banjir di tiga desa.'], 'KK'))
      .toEqual(['Kepala Keluarga', 'Kepala Keluarga'])
    expect(sense(['Ibu hamil dengan kurang energi kronis (KEK) dipantau.', 'Investor di KEK Bitung menanamkan modal.'], 'KEK', { province: 'Sulawesi Utara', regency: 'Bitung' }))
      .toEqual(['kurang energi kronis', 'Kawasan Ekonomi Khusus'])
    expect(sense(['Bantuan air bersih disalurkan kepada 85 KK di dua dusun.'], 'KK')).toEqual(['Kepala Keluarga'])
    expect(sense(['Dinas Komunikasi dan Informatika (Kominfo) Garut menggelar pelatihan.', 'Kominfo Garut bersama Kementerian Komunikasi dan Informatika membuka kelas digital.'], 'Kominfo'))
      .toEqual(['Dinas Komunikasi dan Informatika', 'Dinas Komunikasi dan Informatika'])
    expect(sense(['Ibu hamil dengan Kurang Energi Kronik (KEK) menerima PMT dari puskesmas.', 'Bumil KEK dipantau setiap bulan.'], 'KEK'))
      .toEqual(['Kurang Energi Kronik', 'Kurang Energi Kronik'])
  })
  it('fourth review of this session: a count never decides KK alone against the card\'s words around it', () => {
    const sense = (blocks: string[]) => findAcronyms(blocks, { region: { province: 'Jawa Barat', regency: 'Garut' } }).filter((o) => o.form === 'KK').map((o) => o.expansion)
    expect(sense(['Disdukcapil Garut telah mencetak sebanyak 1.500 KK selama Januari 2026.'])).toEqual(['Kartu Keluarga'])
    expect(sense(['Selama Januari, Disdukcapil Garut menerbitkan 1.200 akta kelahiran, 850 KK dan 600 KTP-el.'])).toEqual(['Kartu Keluarga'])
    expect(sense(['Sebanyak 1.200 KK dan 3.000 KTP-el dicetak Disdukcapil selama Januari 2026.'])).toEqual(['Kartu Keluarga'])
  })
  it('agriculture, fisheries and environment news (hold-out 33): a strongly cued TPA is the Qur\'an school even where the article defines the landfill', () => {
    const blocks = [
      'Sampah ke Tempat Pemrosesan Akhir (TPA) Contoh naik 20 persen.',
      'Di desa itu, santri TPA Nurul Iman ikut menabung sampah plastik, dan hasilnya dipakai membeli buku iqro serta sarung untuk mengaji.',
      'Santri TPA diminta membawa botol bekas. Truk sampah kembali ke TPA sore hari.',
    ]
    const tpa = findAcronyms(blocks, { region: { province: null, regency: null } }).filter((o) => o.form === 'TPA')
    expect(tpa.map((o) => [o.block, o.expansion])).toEqual([
      [0, 'Tempat Pemrosesan Akhir'],
      [1, "Taman Pendidikan Al-Qur'an"],
      // One cue word ("santri") is not enough to overrule the article's definition.
      [2, 'Tempat Pemrosesan Akhir'],
      [2, 'Tempat Pemrosesan Akhir'],
    ])
  })
  it('review of 5e6aea8: a syllabic form spelled like an ordinary word ("Sigap") keeps its capitalised spelling only; "kasira" still matches', () => {
    const lower = (t: string, form: string) => all(t).filter((o) => o.startsWith(`${form}=`))
    expect(lower('Pemkab membentuk tim Sigap (siaga gerak antisipasi penyakit) di tiap kecamatan. Saat banjir datang, petugas bergerak sigap mengevakuasi warga.', 'sigap')).toEqual([])
    expect(lower('Pemkab membentuk tim Sigap (siaga gerak antisipasi penyakit) di tiap kecamatan.', 'Sigap')).toEqual(['Sigap=siaga gerak antisipasi penyakit'])
    expect(lower('Vaksinasi dilakukan bersama Kasira (kader siaga rabies). Kepala desa menganggarkan insentif kasira.', 'kasira')).toEqual(['kasira=kader siaga rabies'])
  })
  it('review of 5e6aea8: "sektor PKB" is the vehicle tax (a positional cue); the party\'s cases stay', () => {
    const pkb = (t: string) => findAcronyms([t], { region: { province: null, regency: null } }).filter((o) => o.form === 'PKB').map((o) => o.expansion)
    expect(pkb('Target PAD dari sektor PKB tahun ini naik menjadi Rp1 triliun.')).toEqual(['Pajak Kendaraan Bermotor'])
    expect(pkb('Wakil Ketua DPRD dari PKB menilai realisasi serapan anggaran masih rendah.')).not.toContain('Pajak Kendaraan Bermotor')
    expect(pkb('PKB pasang target 10 kursi di DPRD Jawa Timur.')).toEqual(['Partai Kebangkitan Bangsa'])
  })
})
