// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { detectArticle } from './detect-article.ts'
import { bodyText, readsAsReference, readsAsReport, readsAsSpeech } from './text-form.ts'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const page = (head: string, body: string) => parse(`<html><head>${head}</head><body><nav><a href="/">Beranda</a></nav><main>${body}</main><footer>Hak cipta Pemerintah Kabupaten</footer></body></html>`)
const OG_ARTICLE = '<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-12T09:00:00+07:00">'

// A report of something that happened: the day, figures, reported speech and a tagged quotation; no dateline.
const REPORT = [
  'Dinas Perikanan bersama nelayan dari lima desa pesisir menebar 40.000 benih ikan nila di Waduk Sumberrejo pada Sabtu, 7 Maret 2026. Kegiatan yang dimulai pukul 07.00 WIB itu diikuti sekitar 300 orang, termasuk pelajar dan anggota kelompok pengawas.',
  'Penebaran dilakukan di sepuluh titik yang selama ini menjadi lokasi tangkapan utama warga. Menurut catatan dinas, hasil tangkapan nelayan waduk turun hampir separuh dalam tiga tahun terakhir.',
  'Kepala Dinas Perikanan, Sri Wahyuningsih, mengatakan penebaran benih menjadi langkah awal pemulihan populasi ikan di waduk tersebut.',
  '"Kami ingin waduk ini kembali menjadi sumber penghasilan warga sekitar. Benih yang ditebar hari ini bisa dipanen dalam enam bulan," kata Sri saat meninjau lokasi.',
  'Dinas juga memasang papan larangan menangkap ikan dengan setrum di sepanjang tepi waduk. Pemerintah kabupaten menyampaikan terima kasih kepada warga yang telah berpartisipasi.',
].map((p) => `<p>${p}</p>`).join('')

// The same kind of page for an event to come: its programme in the future tense, the organiser quoted.
const PROGRAMME = [
  'Festival Waduk Sumberrejo akan digelar selama dua hari di kawasan wisata waduk. Festival ini akan menampilkan lomba perahu, pasar ikan dan pertunjukan musik dari kelompok seni desa sekitar waduk.',
  'Pada hari pertama, pengunjung akan disuguhi arak-arakan perahu hias dari lima desa pesisir. Malam harinya panggung utama akan diisi pertunjukan musik daerah.',
  'Hari kedua akan diisi lomba memancing dan pasar tani yang menjual hasil bumi warga sekitar waduk.',
  'Kepala Dinas Pariwisata, Sri Wahyuningsih, mengatakan festival ditargetkan menarik 10.000 pengunjung. "Kami ingin pengunjung menginap di rumah warga," ujarnya.',
].map((p) => `<p>${p}</p>`).join('')

describe('a report posted on a notice template', () => {
  test('a dated report with reported speech and a tagged quote on /pengumuman/ (og:type website, no byline) is an article', () => {
    const doc = page('<meta property="og:type" content="website">', `<div class="card"><span class="badge">Pengumuman</span><h1>Nelayan Tebar 40.000 Benih Nila di Waduk Sumberrejo</h1><ul class="meta"><li>Minggu, 8 Maret 2026</li><li>Dinas Perikanan</li></ul><div class="isi">${REPORT}</div></div>`)
    const d = detectArticle(doc, new URL('https://www.contohkab.go.id/pengumuman/nelayan-tebar-40000-benih-nila-di-waduk-sumberrejo'))
    expect(d.signals).toContain('text:report(over url:notice)')
    expect(d.isArticle).toBe(true)
  })
  test('an event page in the future tense on /agenda/, with its organiser quoted, stays other', () => {
    const doc = page(OG_ARTICLE, `<h1>Festival Waduk Sumberrejo 2026</h1><div class="deskripsi">${PROGRAMME}</div>`)
    const d = detectArticle(doc, new URL('https://www.contohkab.go.id/agenda/festival-waduk-sumberrejo-2026'))
    expect(d.signals.some((s) => s.startsWith('text:report'))).toBe(false)
    expect(d.isArticle).toBe(false)
  })
  test('readsAsReport wants a tagged quote, reported speech and the event day (or a dateline), mostly not future', () => {
    const text = (html: string) => bodyText(parse(`<div>${html}</div>`).body)
    expect(readsAsReport(text(REPORT), false)).toBe(true)
    expect(readsAsReport(text(PROGRAMME), false)).toBe(false)
    // Without the event's day and without a dateline: no report by form.
    expect(readsAsReport(text(REPORT.replace('pada Sabtu, 7 Maret 2026', 'pekan lalu')), false)).toBe(false)
    expect(readsAsReport(text(REPORT.replace('pada Sabtu, 7 Maret 2026', 'pekan lalu')), true)).toBe(true)
  })
})

const SPEECH = [
  'Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua, om swastiastu.',
  'Yang kami hormati Ketua DPRD, unsur Forum Koordinasi Pimpinan Daerah, para kepala perangkat daerah, serta hadirin peserta apel yang berbahagia.',
  'Marilah kita panjatkan puji syukur ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya kita dapat berkumpul pada pagi hari ini untuk memperingati Hari Kesadaran Nasional dalam keadaan sehat.',
  'Saya mengajak seluruh aparatur untuk bekerja lebih cepat, melayani masyarakat dengan ramah dan menjaga integritas dalam setiap tugas yang diemban, sekecil apa pun tugas itu.',
  'Demikian sambutan ini saya sampaikan. Wassalamualaikum warahmatullahi wabarakatuh.',
].map((p) => `<p>${p}</p>`).join('')

describe('a speech text', () => {
  test('the text of a speech (greeting, "Yang kami hormati", closing salam) is other, whatever its article markup', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Sambutan Bupati pada Apel Hari Kesadaran Nasional' })
    const doc = page(`${OG_ARTICLE}<script type="application/ld+json">${ld}</script>`, `<article><h1>Sambutan Bupati pada Apel Hari Kesadaran Nasional</h1><div class="date">Selasa, 17 Maret 2026</div><div class="isi">${SPEECH}<p>BUPATI CONTOH</p></div></article>`)
    const d = detectArticle(doc, new URL('https://www.contohkab.go.id/berita/sambutan-bupati-pada-apel-hari-kesadaran-nasional'))
    expect(d.signals).toContain('text:speech')
    expect(d.isArticle).toBe(false)
  })
  test('a speech under a heading in capitals is one too; a news item quoting a speech is not', () => {
    const root = (html: string) => parse(`<div class="isi">${html}</div>`).querySelector('.isi') as Element
    const headed = root(`<p><strong>SAMBUTAN BUPATI CONTOH PADA APEL HARI KESADARAN NASIONAL</strong></p>${SPEECH}`)
    expect(readsAsSpeech(headed, bodyText(headed))).toBe(true)
    const news = root(`<p>Bupati memimpin apel Hari Kesadaran Nasional di halaman kantor bupati, Selasa (17/3/2026). Dalam sambutannya, bupati menyapa "yang saya hormati" seluruh peserta dan mengajak aparatur bekerja lebih cepat.</p>${REPORT}`)
    expect(readsAsSpeech(news, bodyText(news))).toBe(false)
    // A greeting alone, with no address to those present and no closing: not enough.
    const greeting = root(`<p>Selamat pagi, warga Kabupaten Contoh. Musim hujan telah tiba dan dinas mengingatkan warga untuk membersihkan saluran air di sekitar rumah masing-masing.</p>`)
    expect(readsAsSpeech(greeting, bodyText(greeting))).toBe(false)
  })
})

const VACANCY = [
  'Rumah Sakit Umum Daerah Kabupaten Contoh membuka kesempatan bagi tenaga kesehatan untuk bergabung sebagai pegawai kontrak guna memenuhi kebutuhan layanan rawat inap dan hemodialisis yang mulai beroperasi tahun depan.',
  'Seleksi dilaksanakan secara terbuka, transparan dan tidak dipungut biaya apa pun. Pelamar yang lulus akan dikontrak selama satu tahun dan dapat diperpanjang berdasarkan hasil penilaian kinerja.',
  'Berkas lamaran berupa surat lamaran, daftar riwayat hidup, ijazah, surat tanda registrasi dan KTP digabung dalam satu berkas PDF dan diunggah melalui tombol lamar di bawah ini sebelum batas waktu pendaftaran.',
].map((p) => `<p>${p}</p>`).join('')

describe('a job vacancy', () => {
  test('a page whose JSON-LD says JobPosting is other, whatever og:type, byline and prose say', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org/', '@type': 'JobPosting', title: 'Perawat', datePosted: '2026-03-12', validThrough: '2026-03-25' })
    const doc = page(`${OG_ARTICLE}<script type="application/ld+json">${ld}</script>`, `<article><h1>Rekrutmen Tenaga Kesehatan Kontrak 2026</h1><div class="byline">Humas RSUD · 12 Maret 2026</div><div class="entry-content">${VACANCY}<ul><li>Perawat: 10 orang</li><li>Bidan: 4 orang</li></ul></div></article>`)
    const d = detectArticle(doc, new URL('https://rsud.contohkab.go.id/lowongan/rekrutmen-tenaga-kesehatan-kontrak-2026/'))
    expect(d.signals).toContain('jsonld:JobPosting')
    expect(d.isArticle).toBe(false)
  })
  test('WP Job Manager markup around the body, without JSON-LD, is other too', () => {
    const doc = page(OG_ARTICLE, `<article class="job_listing type-job_listing"><h1>Rekrutmen Tenaga Kesehatan Kontrak 2026</h1><div class="entry-content"><div class="single_job_listing"><ul class="job-listing-meta"><li>Ditutup: 25 Maret 2026</li></ul><div class="job_description">${VACANCY}</div><div class="job_application"><input type="button" value="Lamar Sekarang"></div></div></div></article>`)
    const d = detectArticle(doc, new URL('https://rsud.contohkab.go.id/lowongan/rekrutmen-tenaga-kesehatan-kontrak-2026/'))
    expect(d.signals).toContain('markup:job-posting')
    expect(d.isArticle).toBe(false)
  })
})

const SUMMARY = [
  ['Latar Belakang', 'Kabupaten Contoh merupakan salah satu sentra jagung di provinsi ini. Dalam sepuluh tahun terakhir, alih fungsi ladang menjadi permukiman dan kawasan usaha terus meningkat di sepanjang jalan poros.'],
  ['Pokok-Pokok Pengaturan', 'Peraturan daerah ini menetapkan kawasan pertanian pangan seluas 12.000 hektare yang tersebar di delapan kecamatan, beserta lahan cadangan yang dimuat dalam peta lampiran peraturan.'],
  ['Alih Fungsi dan Sanksi', 'Alih fungsi lahan hanya dapat dilakukan untuk kepentingan umum dengan kewajiban menyediakan lahan pengganti. Pelanggaran dikenai sanksi administratif berupa peringatan tertulis hingga denda.'],
  ['Ketentuan Penutup', 'Peraturan daerah ini mulai berlaku pada tanggal diundangkan, dan tata cara pemberian insentif diatur lebih lanjut dengan peraturan bupati paling lambat satu tahun sejak diundangkan.'],
].map(([h, p]) => `<h2>${h}</h2><p>${p}</p>`).join('')

describe('a regulation summary', () => {
  const TITLE = 'Ringkasan Perda Kabupaten Contoh Nomor 4 Tahun 2026 tentang Perlindungan Lahan Pertanian'
  const head = `${OG_ARTICLE}<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: TITLE })}</script>`
  test("a summary with a legal text's section headings and no reporting is other, though dated and marked Article", () => {
    const doc = page(head, `<h1>${TITLE}</h1><div class="meta">Diterbitkan 12 Maret 2026 · Bagian Hukum</div><div class="prose"><p>Halaman ini memuat ringkasan isi peraturan daerah untuk memudahkan masyarakat memahami pokok-pokok pengaturannya, bukan pengganti naskah resminya.</p>${SUMMARY}</div>`)
    const d = detectArticle(doc, new URL('https://www.contohkab.go.id/informasi/ringkasan-perda-4-2026-perlindungan-lahan-pertanian'))
    expect(d.signals.some((s) => s.startsWith('text:reference('))).toBe(true)
    expect(d.isArticle).toBe(false)
  })
  test('a news report about the same regulation, with a dateline and the speaker quoted, keeps its headings and stays an article', () => {
    const doc = page(head, `<h1>DPRD Sahkan Perda Perlindungan Lahan Pertanian</h1><div class="prose"><p>CONTOH – DPRD Kabupaten Contoh mengesahkan Perda Nomor 4 Tahun 2026 tentang Perlindungan Lahan Pertanian dalam rapat paripurna, Kamis (12/3/2026). Ketua DPRD mengatakan perda ini ditunggu petani.</p>${SUMMARY}<p>"Perda ini melindungi lahan petani dari alih fungsi," kata Ketua DPRD.</p></div>`)
    const d = detectArticle(doc, new URL('https://www.contohkab.go.id/berita/dprd-sahkan-perda-perlindungan-lahan-pertanian'))
    expect(d.signals.some((s) => s.startsWith('text:reference('))).toBe(false)
    expect(d.isArticle).toBe(true)
  })
})

describe('review of b04c2c4: a report that opens like a speech is still a report', () => {
  const para = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('')
  const detect = (body: string, slug: string) => {
    const doc = page(`${OG_ARTICLE}<title>Berita</title>`, body)
    return detectArticle(doc, new URL(`https://www.contohkab.go.id/berita/${slug}`))
  }
  const HADIRIN = para([
    'Hadirin yang memadati Pendopo Kabupaten tampak antusias mengikuti pembukaan Musrenbang Kecamatan Tahun 2026 pada Rabu, 11 Maret 2026. Acara dibuka langsung oleh Bupati Ahmad Sudrajat.',
    'Dalam sambutannya, Bupati menyapa hadirin dan meminta seluruh camat mengawal usulan warga sampai masuk dokumen anggaran.',
    '"Usulan warga jangan berhenti di kertas. Camat harus mengawal sampai masuk APBD," kata Ahmad di hadapan peserta.',
    'Kepala Bappeda, Sri Mulyani, menjelaskan tahun ini terdapat 412 usulan dari 18 desa yang akan diverifikasi bersama perangkat daerah terkait.',
    'Musrenbang ditutup dengan penandatanganan berita acara kesepakatan prioritas pembangunan kecamatan oleh camat dan para kepala desa.',
  ])
  const SALAM = [
    'Assalamualaikum warahmatullahi wabarakatuh. Dengan salam itu Bupati Ahmad Sudrajat membuka peringatan Hari Jadi Kabupaten ke-450 di Alun-alun, Senin (9/3/2026).',
    'Di hadapan peserta upacara, Bupati menyapa yang terhormat Ketua DPRD dan unsur Forkopimda, lalu mengajak seluruh aparatur bekerja lebih cepat.',
    '"Usia 450 tahun harus menjadi pengingat bahwa pelayanan publik tidak boleh lambat," kata Ahmad.',
    'Ia menambahkan, pemerintah kabupaten menargetkan seluruh desa tersambung jaringan internet pada akhir tahun ini.',
    'Upacara ditutup dengan pemotongan tumpeng dan pembagian hadiah lomba kepada pemenang.',
  ]
  const PAGI = para([
    'Selamat pagi, warga Kabupaten Contoh! Mulai Senin (9/3/2026), layanan perekaman KTP elektronik di kantor kecamatan dibuka lebih awal, pukul 07.00 WIB.',
    'Kepala Dinas Kependudukan dan Pencatatan Sipil, Budi Santoso, mengatakan perubahan jam layanan dilakukan untuk mengurangi antrean yang kerap mengular sejak subuh.',
    '"Kami minta warga datang membawa fotokopi KK. Petugas siap melayani hadirin sejak pagi," ujar Budi.',
    'Ia menjelaskan, setiap kecamatan kini dilayani dua petugas perekaman dan satu petugas verifikasi data.',
  ])
  const HORMATI = [
    'Yang saya hormati para guru honorer, kalian adalah pahlawan pendidikan kabupaten ini. Kalimat itu disampaikan Bupati Ahmad Sudrajat saat membuka peringatan Hari Guru Nasional di GOR Kabupaten, Selasa (25/11/2025).',
    'Bupati menyapa hadirin yang memenuhi gedung olahraga tersebut, sekitar 3.000 guru dari 31 kecamatan.',
    '"Kesejahteraan guru honorer menjadi prioritas kami tahun depan," kata Ahmad.',
    'Kepala Dinas Pendidikan, Sri Mulyani, menjelaskan insentif guru honorer naik menjadi Rp500.000 per bulan mulai Januari.',
  ]
  test('a lead opening "Hadirin yang memadati …", "Assalamualaikum … Dengan salam itu …", "Selamat pagi, warga …!" or an unquoted "Yang saya hormati … Kalimat itu disampaikan Bupati …" is an article, not a speech text', () => {
    for (const [body, slug] of [
      [`<h1>Bupati Buka Musrenbang Kecamatan</h1><div class="isi">${HADIRIN}</div>`, 'bupati-buka-musrenbang-kecamatan'],
      [`<h1>Upacara Hari Jadi</h1><div class="isi">${para(SALAM)}</div>`, 'upacara-hari-jadi-ke-450'],
      [`<h1>Layanan KTP-el Dibuka Lebih Pagi</h1><div class="isi">${PAGI}</div>`, 'layanan-ktp-el-dibuka-lebih-pagi'],
      [`<h1>Bupati: Guru Honorer Pahlawan Pendidikan</h1><div class="isi">${para(HORMATI)}</div>`, 'hari-guru-nasional-2025'],
    ]) {
      const d = detect(body as string, slug as string)
      expect(d.signals, slug).not.toContain('text:speech')
      expect(d.isArticle, slug).toBe(true)
    }
  })
  test('the reporter\'s sentence about the speech alone (no tagged quote) says report; the speech itself still reads as one', () => {
    const root = (html: string) => parse(`<div class="isi">${html}</div>`).querySelector('.isi') as Element
    const unquoted = (ps: string[]) => root(para(ps.filter((p) => !p.startsWith('"'))))
    for (const el of [unquoted(SALAM), unquoted(HORMATI)]) expect(readsAsSpeech(el, bodyText(el))).toBe(false)
    const speech = root(SPEECH)
    expect(readsAsSpeech(speech, bodyText(speech))).toBe(true)
  })
})

describe('review of b04c2c4: an announcement that quotes an official is still an announcement', () => {
  const NOTICE = [
    'Diberitahukan kepada seluruh masyarakat Kabupaten Contoh bahwa pelayanan administrasi kependudukan di kantor Disdukcapil ditutup mulai Jumat, 27 Maret 2026 sampai dengan Selasa, 31 Maret 2026.',
    'Pelayanan kembali dibuka pada Rabu, 1 April 2026 pukul 08.00 WIB. Selama masa libur, permohonan dokumen tetap dapat diajukan melalui aplikasi daring.',
    'Kepala Disdukcapil, Budi Santoso, mengatakan dokumen yang diajukan secara daring diproses setelah libur. "Warga tidak perlu datang ke kantor, cukup unggah berkas melalui aplikasi," ujarnya.',
    'Demikian pengumuman ini disampaikan. Atas perhatian masyarakat kami ucapkan terima kasih.',
  ].map((p) => `<p>${p}</p>`).join('')
  test('"Diberitahukan kepada …", a Kadis quoted, "Demikian pengumuman ini disampaikan" on /pengumuman/ is no report and stays other (og:type article or website)', () => {
    for (const og of ['article', 'website']) {
      const doc = page(`<meta property="og:type" content="${og}"><meta property="article:published_time" content="2026-03-12T09:00:00+07:00">`, `<h1>Pelayanan Disdukcapil Tutup Selama Cuti Bersama Idul Fitri</h1><div class="isi">${NOTICE}</div>`)
      const d = detectArticle(doc, new URL('https://www.contohkab.go.id/pengumuman/pelayanan-disdukcapil-tutup-selama-cuti-bersama'))
      expect(d.signals.some((s) => s.startsWith('text:report')), og).toBe(false)
      expect(d.isArticle, og).toBe(false)
    }
    expect(readsAsReport(bodyText(parse(`<div>${NOTICE}</div>`).body), false)).toBe(false)
  })
})

describe('review of b04c2c4: news of a regulation passed, with section-like subheadings, is no reference text', () => {
  const TITLE = 'DPRD Sahkan Perda Nomor 3 Tahun 2026 tentang Kawasan Tanpa Rokok'
  const LEAD = 'DPRD Kabupaten Contoh mengesahkan Peraturan Daerah Nomor 3 Tahun 2026 tentang Kawasan Tanpa Rokok dalam rapat paripurna di gedung dewan, Senin (9/3/2026). Rapat dipimpin Ketua DPRD Hadi Santoso dan dihadiri Bupati Ahmad Sudrajat.'
  const REST = '<h3>Latar Belakang</h3><p>Raperda ini merupakan inisiatif Dinas Kesehatan setelah jumlah perokok usia sekolah di kabupaten naik dua kali lipat dalam lima tahun terakhir. Bupati menyampaikan terima kasih kepada seluruh fraksi yang telah membahas raperda tersebut selama empat bulan.</p>' +
    '<h3>Sanksi bagi Pelanggar</h3><p>Perda mengatur denda hingga Rp500.000 bagi warga yang merokok di sekolah, fasilitas kesehatan, tempat ibadah dan kantor pemerintah. Pengelola gedung yang membiarkan pelanggaran juga dapat dikenai sanksi administratif.</p>' +
    '<p>Bupati berharap perda ini segera disosialisasikan kepada masyarakat sebelum mulai diberlakukan pada Juli mendatang.</p>'
  test('"DPRD Sahkan Perda …" dated "Senin (9/3/2026)", with h3 "Latar Belakang" and "Sanksi bagi Pelanggar" and "menyampaikan"/"berharap", is an article', () => {
    const head = `${OG_ARTICLE}<title>${TITLE}</title><meta property="og:title" content="${TITLE}">`
    const doc = page(head, `<h1>${TITLE}</h1><div class="isi"><p>${LEAD}</p>${REST}</div>`)
    const d = detectArticle(doc, new URL('https://www.contohkab.go.id/berita/dprd-sahkan-perda-kawasan-tanpa-rokok'))
    expect(d.signals.some((s) => s.startsWith('text:reference('))).toBe(false)
    expect(d.isArticle).toBe(true)
  })
  test('either the event\'s day in the first paragraph or a news verb (menyampaikan, berharap, mengesahkan) alone says news', () => {
    const root = (html: string) => parse(`<div class="isi">${html}</div>`).querySelector('.isi') as Element
    const plainRest = REST.replace('Bupati menyampaikan terima kasih kepada seluruh fraksi yang telah membahas raperda tersebut selama empat bulan.', 'Pembahasan berlangsung empat bulan.')
      .replace('Bupati berharap perda ini segera disosialisasikan', 'Perda ini disosialisasikan')
    const dayOnly = root(`<p>${LEAD.replace('mengesahkan', 'membahas')}</p>${plainRest}`)
    expect(readsAsReference(dayOnly, TITLE, bodyText(dayOnly), false, dayOnly.querySelector('p')?.textContent ?? '')).toBe(0)
    const verbsOnly = root(`<p>${LEAD.replace(', Senin (9/3/2026)', '')}</p>${REST}`)
    expect(readsAsReference(verbsOnly, TITLE, bodyText(verbsOnly), false, verbsOnly.querySelector('p')?.textContent ?? '')).toBe(0)
    // Without either, the same headings still make a reference text.
    const neither = root(`<p>${LEAD.replace('mengesahkan', 'membahas').replace(', Senin (9/3/2026)', '')}</p>${plainRest}`)
    expect(readsAsReference(neither, TITLE, bodyText(neither), false, neither.querySelector('p')?.textContent ?? '')).toBe(2)
  })
})

describe('review of b04c2c4: a job fair\'s news that lists vacancies is news', () => {
  const TITLE = 'Job Fair 2026 Tawarkan 2.500 Lowongan Kerja'
  const body = (cls: boolean) => `<h1>${TITLE}</h1><div class="isi">` + [
    'Dinas Tenaga Kerja Kabupaten Contoh menggelar Job Fair 2026 di GOR Kabupaten, Selasa (10/3/2026). Sebanyak 45 perusahaan membuka 2.500 lowongan bagi pencari kerja lulusan SMA hingga sarjana.',
    'Kepala Disnaker, Budi Santoso, mengatakan jumlah perusahaan peserta naik dibanding tahun lalu.',
    '"Kami ingin angka pengangguran terbuka turun di bawah lima persen," kata Budi.',
    'Beberapa lowongan yang dibuka antara lain:',
  ].map((p) => `<p>${p}</p>`).join('') +
    `<ul${cls ? ' class="job_listings"' : ''}><li${cls ? ' class="job_listing"' : ''}><a href="/lowongan/operator-produksi">Operator Produksi – PT Maju</a></li><li${cls ? ' class="job_listing"' : ''}><a href="/lowongan/admin">Staf Administrasi – PT Jaya</a></li></ul>` +
    '<p>Pencari kerja dapat mendaftar langsung di lokasi dengan membawa CV dan fotokopi ijazah.</p></div>'
  const url = new URL('https://www.contohkab.go.id/berita/job-fair-2026-tawarkan-2500-lowongan')
  test('a WP Job Manager list (ul.job_listings > li.job_listing) inside the body is the story\'s, not the page\'s posting', () => {
    const d = detectArticle(page(`${OG_ARTICLE}<title>${TITLE}</title>`, body(true)), url)
    expect(d.signals).not.toContain('markup:job-posting')
    expect(d.isArticle).toBe(true)
  })
  test('JobPosting nodes beside the page\'s NewsArticle do not count against it; a JobPosting as the WebPage\'s mainEntity does', () => {
    const ld = (nodes: unknown) => `<script type="application/ld+json">${JSON.stringify(nodes)}</script>`
    const news = detectArticle(page(`${OG_ARTICLE}<title>${TITLE}</title>${ld([{ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: TITLE }, { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Operator Produksi' }])}`, body(false)), url)
    expect(news.signals).not.toContain('jsonld:JobPosting')
    expect(news.isArticle).toBe(true)
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', '@id': '#page', mainEntity: { '@id': '#job' } }, { '@type': 'JobPosting', '@id': '#job', title: 'Operator Produksi' }, { '@type': 'Article', headline: TITLE }] }
    expect(detectArticle(page(`${OG_ARTICLE}<title>${TITLE}</title>${ld(graph)}`, body(false)), url).signals).toContain('jsonld:JobPosting')
  })
})

describe('review of 0c285a7', () => {
  const para = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('')
  test('an official quoted thanking the public ("Atas perhatian … terima kasih," kata …) and "diberitahukan bahwa" in a report do not make it a notice', () => {
    const report = para([
      'Polres Contoh memberlakukan rekayasa arus lalu lintas di Jalan Jenderal Sudirman selama perbaikan jembatan, mulai Senin (9/3/2026). Kendaraan dari arah timur dialihkan melalui Jalan Ahmad Yani dan Jalan Diponegoro.',
      'Kapolres Contoh AKBP Hendra Wijaya mengatakan pengalihan arus berlaku hingga perbaikan jembatan selesai, diperkirakan tiga pekan. Dalam surat pemberitahuan itu diberitahukan bahwa truk besar dilarang melintas.',
      '"Kami mohon maaf atas ketidaknyamanan ini. Atas perhatian dan kerja sama masyarakat, kami ucapkan terima kasih," kata Hendra.',
      'Petugas gabungan disiagakan di empat titik persimpangan untuk mengatur kendaraan pada jam sibuk pagi dan sore hari.',
    ])
    const d = detectArticle(page('<meta property="og:type" content="website">', `<h1>Jalan Sudirman Ditutup Selama Perbaikan Jembatan</h1><div class="meta">Senin, 9 Maret 2026</div><div class="isi">${report}</div>`),
      new URL('https://www.contohkab.go.id/pengumuman/jalan-sudirman-ditutup-selama-perbaikan-jembatan'))
    expect(d.isArticle).toBe(true)
    // The notice's own formula outside quotes still makes it one.
    expect(readsAsReport('Diberitahukan kepada seluruh warga bahwa jalan ditutup mulai Senin (9/3/2026). "Mohon maklum," kata Kapolres. Kapolres mengatakan petugas berjaga.', false)).toBe(false)
  })
  test('a speech that quotes a hero or cites a governor, or opens "Hadirin yang saya hormati", is still a speech text', () => {
    const wrap = (ps: string[]) => `<article><h1>Sambutan Bupati pada Upacara Hari Pahlawan</h1><div class="date">Senin, 10 November 2025</div><div class="isi">${para(ps)}<p>BUPATI CONTOH</p></div></article>`
    const base = [
      'Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.',
      'Yang saya hormati Ketua DPRD, unsur Forkopimda, para veteran, serta hadirin peserta upacara yang berbahagia.',
      'Marilah kita panjatkan puji syukur ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya kita dapat memperingati Hari Pahlawan dalam keadaan sehat walafiat.',
      'Saya mengajak seluruh generasi muda untuk meneladani semangat para pahlawan dengan bekerja keras, jujur dan rela berkorban bagi bangsa dan daerah kita.',
      'Demikian sambutan ini saya sampaikan. Wassalamualaikum warahmatullahi wabarakatuh.',
    ]
    const url = new URL('https://www.contohkab.go.id/berita/sambutan-bupati-hari-pahlawan')
    for (const extra of [
      '"Jangan sekali-kali meninggalkan sejarah," tegas Bung Karno dalam pidatonya yang terakhir.',
      'Sebagaimana disampaikan oleh Gubernur Jawa Tengah dalam rapat koordinasi pekan lalu, seluruh daerah diminta mempercepat penurunan angka kemiskinan ekstrem.',
    ]) {
      const ps = [...base]
      ps.splice(3, 0, extra)
      expect(detectArticle(page(OG_ARTICLE, wrap(ps)), url).signals, extra).toContain('text:speech')
    }
    expect(detectArticle(page(OG_ARTICLE, wrap(['Hadirin yang saya hormati, para veteran dan peserta upacara yang berbahagia.', ...base.slice(2)])), url).signals).toContain('text:speech')
  })
  test('a regulation summary whose sections say "wajib menyampaikan", "disahkan bersama DPRD" or "Pasal 5 menyatakan", or whose lead gives the day it was enacted, is still a reference text', () => {
    const sections = [
      ['Latar Belakang', 'Kabupaten Contoh merupakan salah satu sentra jagung di provinsi ini. Dalam sepuluh tahun terakhir, alih fungsi ladang menjadi permukiman terus meningkat.'],
      ['Hak dan Kewajiban', 'Pemilik lahan berhak memperoleh insentif berupa keringanan pajak. Pemilik lahan wajib menyampaikan laporan pemanfaatan lahan setiap tahun kepada dinas.'],
      ['Pokok-Pokok Pengaturan', 'Pasal 5 menyatakan bahwa kawasan pertanian pangan seluas 12.000 hektare tidak dapat dialihfungsikan tanpa persetujuan bupati.'],
      ['Ketentuan Penutup', 'Peraturan daerah ini disahkan bersama DPRD dan mulai berlaku pada tanggal diundangkan.'],
    ]
    const title = 'Ringkasan Perda Kabupaten Contoh Nomor 4 Tahun 2026 tentang Perlindungan Lahan Pertanian'
    const intro = '<p>Peraturan Daerah ini ditetapkan di Contoh pada Senin, 9 Maret 2026 dan diundangkan pada hari yang sama. Berikut ringkasan isinya.</p>'
    const html = `<h1>${title}</h1><div class="meta">Diterbitkan 12 Maret 2026</div><div class="prose">${intro}${sections.map(([h, p]) => `<h2>${h}</h2><p>${p}</p>`).join('')}</div>`
    const d = detectArticle(page(`${OG_ARTICLE}<title>${title}</title>`, html), new URL('https://www.contohkab.go.id/informasi/ringkasan-perda-4-2026'))
    expect(d.isArticle).toBe(false)
    expect(d.signals.some((s) => s.startsWith('text:reference'))).toBe(true)
  })
  test('the body\'s text keeps its blocks apart ("… daerah. Sekretaris …", not "daerah.Sekretaris")', () => {
    const root = parse('<div><p>Rapat digelar di kantor daerah.</p><p>Sekretaris Daerah memimpin rapat.</p></div>').body.firstElementChild as Element
    expect(bodyText(root)).toBe('Rapat digelar di kantor daerah. Sekretaris Daerah memimpin rapat.')
  })
})

describe('a place\'s standing guide (hold-out 41)', () => {
  const guide = (extra = '') => `<article><h1>Air Terjun Lembah Hijau, Wisata Alam di Kaki Gunung Contoh</h1><div class="meta">Oleh Admin Dispar · 3 Maret 2026</div><div class="entry-content">` +
    '<p>Air Terjun Lembah Hijau terletak di Desa Sukamaju, sekitar 25 kilometer dari pusat kota. Airnya jatuh dari ketinggian 40 meter ke kolam alami yang jernih, dikelilingi hutan pinus.</p>' +
    '<h2>Daya Tarik</h2><p>Selain air terjun utama, pengunjung dapat menyusuri jalur setapak menuju dua air terjun kecil di hulu dan menikmati kebun kopi warga di sepanjang jalan.</p>' +
    '<h2>Akses Menuju Lokasi</h2><p>Dari pusat kota, pengunjung dapat menggunakan kendaraan pribadi melalui jalan kabupaten, lalu berjalan kaki sekitar 15 menit dari tempat parkir.</p>' +
    '<h2>Fasilitas</h2><ul><li>Tempat parkir</li><li>Toilet dan musala</li><li>Warung makan</li></ul>' +
    `<h2>Harga Tiket</h2><p>Tiket masuk Rp10.000 per orang pada hari biasa dan Rp15.000 pada akhir pekan dan hari libur nasional.</p>${extra}</div></article>`
  const url = new URL('https://pariwisata.contohkab.go.id/wisata/air-terjun-lembah-hijau/')
  test('a dated, bylined page with a guide\'s headings (Daya Tarik, Akses Menuju Lokasi, Fasilitas, Harga Tiket) and no reporting is other', () => {
    const d = detectArticle(page(OG_ARTICLE, guide()), url)
    expect(d.isArticle).toBe(false)
    expect(d.signals.some((s) => s.startsWith('text:reference'))).toBe(true)
  })
  test('the same headings in a report with reported speech and a quote are an article\'s sections', () => {
    const report = '<p>Kepala Dinas Pariwisata, Rina Marlina, mengatakan kunjungan naik dua kali lipat sejak jalan diperbaiki. "Akhir pekan lalu ada 3.000 pengunjung," kata Rina, Senin (9/3/2026).</p>'
    expect(detectArticle(page(OG_ARTICLE, guide(report)), url).signals.some((s) => s.startsWith('text:reference'))).toBe(false)
  })
})

describe('review of this session\'s detection rules', () => {
  const para = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('')
  test('a report that quotes a speech\'s greeting and address without quotation marks, then names the speech in its own words or dates it the news way, is an article', () => {
    const report = para([
      'Assalamualaikum warahmatullahi wabarakatuh. Yang saya hormati Ketua DPRD, unsur Forkopimda, serta hadirin yang berbahagia.',
      'Demikian Bupati Garut Ahmad Sudrajat membuka sambutannya pada upacara peringatan HUT ke-81 RI di Lapangan Setda, Senin (17/8/2026). Upacara diikuti sekitar 2.000 peserta dari unsur ASN, TNI, Polri dan pelajar.',
      'Dalam amanatnya, bupati mengajak seluruh warga menjaga persatuan dan mempercepat pembangunan desa. "Kemerdekaan harus kita isi dengan kerja nyata," ujar Bupati.',
    ])
    const d = detectArticle(page(OG_ARTICLE, `<h1>Bupati Ajak Warga Isi Kemerdekaan dengan Kerja Nyata</h1><div class="isi">${report}</div>`), new URL('https://www.garutkab.go.id/berita/bupati-ajak-warga-isi-kemerdekaan'))
    expect(d.signals).not.toContain('text:speech')
    expect(d.isArticle).toBe(true)
  })
  test('news of a place with "Lokasi", "Harga Tiket" and "Jam Operasional" headings, and news that a regulation takes effect on a given day, are articles', () => {
    const explainer = `<h1>Pekan Raya Garut 2026 Dibuka, Ini Lokasi, Harga Tiket dan Jam Operasionalnya</h1><div class="isi">` +
      '<p>Pekan Raya Garut 2026 resmi dibuka dan berlangsung selama sepuluh hari di Alun-alun Garut. Pameran diikuti 120 pelaku usaha dari 42 kecamatan.</p>' +
      '<h2>Lokasi</h2><p>Pameran digelar di Alun-alun Garut dan halaman Pendopo, dengan area parkir di Jalan Siliwangi.</p>' +
      '<h2>Harga Tiket</h2><p>Tiket masuk Rp5.000 untuk dewasa, anak-anak di bawah lima tahun gratis.</p>' +
      '<h2>Jam Operasional</h2><p>Pameran buka setiap hari pukul 10.00 sampai 22.00 WIB selama sepuluh hari penyelenggaraan.</p></div>'
    expect(detectArticle(page(OG_ARTICLE, explainer), new URL('https://www.garutkab.go.id/berita/pekan-raya-garut-2026-dibuka')).signals.some((s) => s.startsWith('text:reference'))).toBe(false)
    const perda = `<h1>Perda Kabupaten Garut Nomor 3 Tahun 2026 tentang Ketertiban Umum Mulai Berlaku</h1><div class="isi">` +
      '<p>Peraturan Daerah Kabupaten Garut Nomor 3 Tahun 2026 tentang Ketertiban Umum mulai berlaku pada Senin (2/3/2026). Satpol PP mulai menyosialisasikan aturan itu ke pasar dan terminal.</p>' +
      '<h2>Sanksi</h2><p>Pedagang yang berjualan di trotoar dikenai teguran tertulis, lalu denda sampai Rp500.000 bila mengulangi pelanggaran.</p></div>'
    const title = 'Perda Kabupaten Garut Nomor 3 Tahun 2026 tentang Ketertiban Umum Mulai Berlaku'
    expect(detectArticle(page(`${OG_ARTICLE}<title>${title}</title>`, perda), new URL('https://www.garutkab.go.id/berita/perda-ketertiban-umum-mulai-berlaku')).signals.some((s) => s.startsWith('text:reference'))).toBe(false)
  })
})

describe('standing pages with article markup (hold-out 42): a FAQ, a recap of links, a village history', () => {
  const para = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('')
  const url = (slug: string) => new URL(`https://www.contohkab.go.id/${slug}/`)
  test('a FAQ that says so, with its questions in bold, is other; an interview\'s bold questions after a news lead are an article\'s', () => {
    const qa = (q: string, a: string) => `<p><strong>${q}</strong></p><p>${a}</p>`
    const faq = `<h1>Tanya Jawab Seputar Layanan Akta Kelahiran</h1><div class="isi">${para(['Berikut kami rangkum jawaban atas pertanyaan yang paling sering diajukan masyarakat di loket layanan kami.'])}` +
      qa('Apakah membuat akta kelahiran dipungut biaya?', 'Tidak. Seluruh layanan administrasi kependudukan tidak dipungut biaya apa pun.') +
      qa('Apa saja syarat membuat akta kelahiran?', 'Surat keterangan lahir dari bidan atau rumah sakit, kartu keluarga dan buku nikah orang tua.') +
      qa('Berapa lama akta kelahiran selesai dibuat?', 'Akta kelahiran selesai pada hari yang sama bila berkas lengkap dan data sudah sesuai.') + '</div>'
    const d = detectArticle(page(OG_ARTICLE, faq), url('tanya-jawab-seputar-layanan-akta-kelahiran'))
    expect(d.isArticle).toBe(false)
    const interview = `<h1>Kadis Perikanan: Nelayan Kecil Harus Dapat Solar Subsidi</h1><div class="isi">${para(['RIMBAJAYA – Kepala Dinas Perikanan Rimbajaya, Sri Wahyuni, menerima kami di kantornya, Senin (9/3/2026), untuk berbicara tentang kuota solar nelayan kecil.'])}` +
      qa('Bagaimana kondisi nelayan saat ini?', 'Banyak nelayan kecil kesulitan mendapat solar subsidi karena antrean di SPBU nelayan panjang sekali.') +
      qa('Apa langkah dinas untuk mengatasinya?', 'Kami mengusulkan tambahan kuota dan membuka dua titik penyaluran baru di pesisir selatan.') +
      qa('Kapan titik baru itu mulai beroperasi?', 'Kami targetkan bulan depan, setelah izin dari BPH Migas keluar dan tangki terpasang.') + '</div>'
    expect(detectArticle(page(OG_ARTICLE, interview), url('berita/kadis-perikanan-nelayan-kecil-harus-dapat-solar')).isArticle).toBe(true)
  })
  test('a monthly recap whose body is a list of dated links to other stories is other; a story with a short list of links is an article', () => {
    const item = (day: number, title: string, line: string) => `<li><strong>${day} Oktober</strong> – <a href="/berita/${day}-${title.toLowerCase().replace(/ /g, '-')}">${title}</a>. ${line} Kegiatan ini dihadiri unsur Forkopimda, kepala perangkat daerah dan tokoh masyarakat setempat.</li>`
    const recap = `<h1>Rekap Kegiatan Pemerintah Kabupaten Bulan Oktober</h1><div class="isi"><p>Berikut rangkuman kegiatan pemerintah kabupaten sepanjang Oktober yang telah diberitakan di portal ini.</p><ul>` +
      item(1, 'Upacara Hari Kesaktian Pancasila', 'Diikuti 600 ASN, TNI, Polri dan pelajar.') + item(3, 'Peluncuran Kapal Ambulans', 'Dua kapal siaga melayani rujukan pasien dari pulau terluar.') +
      item(6, 'Pasar Murah di Kecamatan Meral', 'Sebanyak 2.000 paket bahan pokok dijual murah.') + item(8, 'Rakor Pengendalian Inflasi', 'Pemkab dan Bulog menambah operasi pasar beras.') +
      item(10, 'Penyerahan Sertifikat Tanah', 'Sebanyak 350 sertifikat diserahkan kepada warga.') + item(13, 'Turnamen Sepak Bola Antarkecamatan', 'Enam belas tim bertanding selama dua pekan.') + '</ul></div>'
    expect(detectArticle(page(OG_ARTICLE, recap), url('rekap-kegiatan-oktober')).isArticle).toBe(false)
    const story = `<h1>Bupati Resmikan Tiga Puskesmas Baru</h1><div class="isi">${para([
      'RIMBAJAYA – Bupati Rimbajaya meresmikan tiga puskesmas baru di wilayah pesisir, Senin (9/3/2026). Ketiga puskesmas itu dibangun dengan dana alokasi khusus senilai Rp18 miliar dan mulai melayani warga pekan depan.',
      'Kepala Dinas Kesehatan, Sri Mulyani, mengatakan ketiga puskesmas dilengkapi ruang rawat inap dan ambulans. "Warga pesisir tidak perlu lagi menempuh dua jam ke kota," kata Sri.',
    ])}<p>Informasi jadwal layanan dapat dilihat di:</p><ul><li><a href="/layanan/puskesmas-a">Puskesmas Teluk Indah</a></li><li><a href="/layanan/puskesmas-b">Puskesmas Pantai Baru</a></li></ul></div>`
    expect(detectArticle(page(OG_ARTICLE, story), url('berita/bupati-resmikan-tiga-puskesmas-baru')).isArticle).toBe(true)
  })
  test('a village history titled "Sejarah Desa …" with its own sections is other, even when it tells what the elders say', () => {
    const history = `<h1>Sejarah Desa Sukamaju</h1><div class="isi">${para(['Desa Sukamaju terletak di tepi Danau Rimba, sekitar 20 kilometer dari ibu kota kabupaten.'])}` +
      `<h2>Asal-usul Nama</h2>${para(['Menurut cerita para tetua, nama Sukamaju diberikan oleh para pendiri kampung yang berharap anak cucu mereka hidup makmur.'])}` +
      `<h2>Masa Kini</h2>${para(['Kini desa ini dikenal sebagai sentra tenun dan perikanan danau dengan sekitar 1.200 jiwa penduduk.'])}` +
      `<h2>Daftar Kepala Desa</h2>${para(['Sejak 1950 desa ini dipimpin sebelas kepala desa, dari Ompu Raja Sinaga hingga kepala desa sekarang.'])}</div>`
    expect(detectArticle(page(OG_ARTICLE, history), url('sejarah-desa-sukamaju')).isArticle).toBe(false)
  })
})

describe('second review of this session\'s detection rules', () => {
  const para = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('')
  const lead = 'GARUT – Pemerintah Kabupaten Garut memperkenalkan pejabat baru kepada wartawan di Pendopo, Selasa (10/3/2026). Acara itu dihadiri kepala perangkat daerah dan camat se-Kabupaten Garut.'
  test('news titled "Profil …" or asking questions under a news title, a story with a related-posts list in its body, and a post linking another site\'s pages are articles', () => {
    const profil = `<h1>Profil Budi Santoso, Pj Bupati Garut yang Baru Dilantik Gubernur</h1><div class="isi">${para([lead])}<h2>Riwayat Pendidikan</h2>${para(['Budi menempuh pendidikan di IPDN dan meraih gelar magister administrasi publik di Bandung.'])}<h2>Visi dan Misi</h2>${para(['Kepala Bagian Protokol mengatakan Pj Bupati akan melanjutkan program prioritas daerah.'])}</div>`
    expect(detectArticle(page(OG_ARTICLE, profil), new URL('https://www.garutkab.go.id/berita/profil-budi-santoso-pj-bupati-garut')).isArticle).toBe(true)
    const q = (t: string, a: string) => `<h3>${t}</h3><p>${a}</p>`
    const cpns = `<h1>Pendaftaran CPNS Garut 2026 Dibuka, Ini Tanya Jawab Seputar Syarat dan Jadwalnya</h1><div class="isi">${para(['Pendaftaran CPNS Kabupaten Garut tahun 2026 dibuka mulai hari ini hingga akhir bulan melalui portal nasional.'])}` +
      q('Siapa yang boleh mendaftar?', 'Warga negara Indonesia berusia 18 sampai 35 tahun dengan ijazah yang sesuai dengan formasi yang dibuka, sehat jasmani dan rohani, serta tidak pernah diberhentikan dengan tidak hormat sebagai aparatur negara.') +
      q('Di mana mendaftar?', 'Pendaftaran dilakukan melalui portal nasional seleksi aparatur sipil negara, bukan melalui kantor BKPSDM, sehingga pelamar tidak perlu datang membawa berkas ke kantor pemerintah kabupaten.') +
      q('Kapan ujian dilaksanakan?', 'Ujian berbasis komputer dijadwalkan pada bulan berikutnya di gedung yang ditunjuk panitia, dan jadwal per peserta diumumkan melalui akun masing-masing seminggu sebelumnya.') + '</div>'
    expect(detectArticle(page(OG_ARTICLE, cpns), new URL('https://www.garutkab.go.id/berita/pendaftaran-cpns-garut-2026-dibuka')).isArticle).toBe(true)
    const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/berita/kabar-${i}">Kabar desa nomor ${i} yang menarik dibaca</a> <span>9 Maret 2026</span> Ringkasan singkat kabar desa itu untuk pembaca.</li>`).join('')
    const story = `<h1>Bupati Tinjau Jembatan Putus</h1><div class="isi">${para([lead, 'Bupati meninjau jembatan gantung yang putus akibat banjir bandang di Kecamatan Cisewu dan meminta Dinas PUPR segera membangun jembatan darurat dari rangka baja. "Warga tidak boleh terisolasi lebih dari sepekan, anak-anak harus tetap bisa sekolah," kata Bupati.', 'Kepala Dinas PUPR mengatakan rangka baja sudah disiapkan di gudang dinas dan jembatan darurat ditargetkan selesai dalam lima hari kerja, sementara warga menyeberang dengan perahu karet milik BPBD.'])}<div class="jp-relatedposts"><ul>${related}</ul></div></div>`
    expect(detectArticle(page(OG_ARTICLE, story), new URL('https://www.garutkab.go.id/berita/bupati-tinjau-jembatan-putus')).isArticle).toBe(true)
    const links = Array.from({ length: 6 }, (_, i) => `<li><a href="https://ppdb.garutkab.go.id/jenjang-${i}">Pendaftaran jenjang ${i}</a> untuk sekolah negeri</li>`).join('')
    const ppdb = `<h1>Ini Link Pendaftaran PPDB Garut 2026 untuk Semua Jenjang</h1><div class="isi">${para(['Dinas Pendidikan Kabupaten Garut membuka pendaftaran PPDB 2026 secara daring untuk semua jenjang mulai Senin (1/6/2026).'])}<ul>${links}</ul></div>`
    expect(detectArticle(page(OG_ARTICLE, ppdb), new URL('https://www.garutkab.go.id/berita/ini-link-pendaftaran-ppdb-garut-2026')).signals.some((s) => s.startsWith('density:link-list'))).toBe(false)
  })
  test('a speech that cites "Bapak Presiden dalam amanatnya" is still a speech text', () => {
    const speech = para([
      'Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.',
      'Yang saya hormati Ketua DPRD, unsur Forkopimda, serta hadirin yang berbahagia.',
      'Sebagaimana disampaikan Bapak Presiden dalam amanatnya, kita semua harus bekerja lebih keras untuk menurunkan angka kemiskinan.',
      'Demikian sambutan ini saya sampaikan. Wassalamualaikum warahmatullahi wabarakatuh.',
    ])
    const d = detectArticle(page(OG_ARTICLE, `<h1>Sambutan Bupati pada Peringatan Hari Jadi</h1><div class="isi">${speech}</div>`), new URL('https://www.garutkab.go.id/berita/sambutan-bupati-hari-jadi'))
    expect(d.signals).toContain('text:speech')
  })
})

describe('third review of this session\'s detection rules', () => {
  const para = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('')
  const url = new URL('https://www.garutkab.go.id/berita/bupati-pimpin-upacara')
  test('a report opening with an unquoted greeting is known by a news-style day anywhere in its lead, and by "dalam sambutannya" even beside "kita"', () => {
    for (const lead of [
      'Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua Demikian Bupati Garut Rudy Gunawan membuka sambutannya pada upacara Hari Jadi, Senin (16/2/2026).',
      'Assalamualaikum warahmatullahi wabarakatuh. Dalam sambutannya pada upacara Hari Jadi Garut, Senin (16/2/2026), Bupati Rudy Gunawan mengatakan kita semua harus menjaga persatuan.',
      'Assalamualaikum warahmatullahi wabarakatuh. Bupati Garut dalam amanatnya membacakan sambutan tertulis Bapak Presiden RI pada upacara Hari Lahir Pancasila di Lapangan Setda, Senin (1/6/2026).',
    ]) {
      const body = para([lead, 'Yang saya hormati para veteran dan peserta upacara, demikian kalimat pembuka yang disampaikan di hadapan ribuan peserta upacara.', 'Upacara diikuti sekitar 2.000 peserta dari unsur ASN, TNI, Polri dan pelajar. Demikian sambutan itu ditutup dengan salam.'])
      expect(detectArticle(page(OG_ARTICLE, `<h1>Bupati Pimpin Upacara Hari Jadi</h1><div class="isi">${body}</div>`), url).signals, lead).not.toContain('text:speech')
    }
  })
  test('"menurut penuturan Kepala Desa NAME" is reporting: a village feature with guide headings stays an article', () => {
    const html = `<h1>Menengok Desa Wisata Cibuntu di Kaki Gunung Ciremai</h1><div class="isi">${para(['Desa Cibuntu di Kabupaten Kuningan kini ramai dikunjungi wisatawan yang ingin menikmati udara sejuk kaki Gunung Ciremai.'])}` +
      `<h2>Sejarah Desa</h2>${para(['Menurut penuturan Kepala Desa Cibuntu Awang Dadang, desa ini sudah ada sejak abad ke-15 dan dihuni para penjaga mata air.'])}` +
      `<h2>Daya Tarik Wisata</h2>${para(['Pengunjung dapat menikmati kolam mata air, kebun domba dan situs batu purbakala di tengah kampung.'])}` +
      `<h2>Akses Menuju Lokasi</h2>${para(['Desa ini dapat dicapai sekitar satu jam berkendara dari pusat kota Kuningan melalui jalan provinsi.'])}</div>`
    expect(detectArticle(page(OG_ARTICLE, html), new URL('https://www.kuningankab.go.id/berita/menengok-desa-wisata-cibuntu')).signals.some((s) => s.startsWith('text:reference'))).toBe(false)
  })
})

describe('fourth review of this session\'s detection rules', () => {
  const para = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('')
  test('a speech that cites another official\'s "dalam sambutannya" or an earlier day in brackets is still a speech text; a history told "menurut legenda" or by "sesepuh desa" is still a profile', () => {
    for (const cite of [
      'Sebagaimana disampaikan Bapak Gubernur Jawa Barat dalam sambutannya pada rapat koordinasi kemarin, kita semua harus bekerja lebih keras.',
      'Bapak Kapolda Jawa Barat dalam sambutannya juga mengingatkan pentingnya menjaga keamanan bersama.',
      'Pada upacara Senin (10/3/2026) yang lalu, saya telah mengingatkan kita semua untuk menjaga kebersihan.',
    ]) {
      const speech = para(['Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.', 'Yang saya hormati Ketua DPRD, unsur Forkopimda, serta hadirin yang berbahagia.', cite, 'Demikian sambutan ini saya sampaikan. Wassalamualaikum warahmatullahi wabarakatuh.'])
      expect(detectArticle(page(OG_ARTICLE, `<h1>Sambutan Bupati pada Hari Jadi</h1><div class="isi">${speech}</div>`), new URL('https://www.garutkab.go.id/berita/sambutan-bupati')).signals, cite).toContain('text:speech')
    }
    for (const telling of ['Menurut legenda, nama Cibuntu berasal dari mata air yang tidak pernah kering.', 'Menurut penuturan sesepuh desa, kampung ini dibuka para penjaga mata air.']) {
      const history = `<h1>Sejarah Desa Cibuntu</h1><div class="isi">${para(['Desa Cibuntu terletak di kaki Gunung Ciremai, sekitar 30 kilometer dari pusat kota.'])}<h2>Asal-usul Nama</h2>${para([telling])}<h2>Daftar Kepala Desa</h2>${para(['Sejak 1950 desa ini dipimpin sebelas kepala desa hingga sekarang.'])}</div>`
      expect(detectArticle(page(OG_ARTICLE, history), new URL('https://www.kuningankab.go.id/sejarah-desa-cibuntu/')).isArticle, telling).toBe(false)
    }
  })
})

