// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { detectArticle } from './detect-article.ts'
import { bodyText, readsAsReport, readsAsSpeech } from './text-form.ts'

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
