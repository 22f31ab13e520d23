import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyseQuotes, findQuotes } from './find-quotes.ts'

const SEED = join(import.meta.dirname, '../../../tests/fixtures/seed-article.txt')

describe('findQuotes', () => {
  it('finds the four quotes of the seed article, all by Tomsi Tohir, once the promo is stripped', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n').filter((l) => l.trim() !== '')
    // The page strips the "Baca juga : …" promo glued to the next paragraph before quotes run; so does this test.
    const paragraphs = lines.map((l) => l.replace(/^Baca juga : .*?Timur(?=Ia )/, ''))
    const quotes = findQuotes(paragraphs)
    expect(quotes.map((q) => [q.id, q.speaker, q.role, q.cue])).toEqual([
      ['q1', 'Tomsi Tohir', 'Sekjen Kemendagri', 'ujarnya'],
      ['q2', 'Tomsi Tohir', 'Sekjen Kemendagri', 'ucapnya'],
      ['q3', 'Tomsi Tohir', 'Sekjen Kemendagri', 'jelasnya'],
      ['q4', 'Tomsi Tohir', 'Sekjen Kemendagri', 'pungkasnya'],
    ])
    // Segments include the marks; text excludes them and the trailing comma.
    const q1 = quotes[0]
    const seg = q1?.segments[0]
    expect(seg && paragraphs[seg.paragraph]?.slice(seg.start, seg.end)).toMatch(/^“Kita harus tahu.*prioritaskan,”$/)
    expect(q1?.text.endsWith('untuk dia prioritaskan')).toBe(true)
  })

  it('joins the close-and-reopen variant into one quote with the cue’s speaker', () => {
    const quotes = findQuotes([
      'Kepala Dinas Sosial Nanda Oktaviani meninjau lokasi pengungsian.',
      '“Tenda pengungsian sudah berdiri di dua lokasi.”',
      '“Dapur umum buka mulai sore ini,” kata Nanda.',
    ])
    expect(quotes.map((q) => [q.segments.length, q.text, q.speaker, q.kind])).toEqual([
      [2, 'Tenda pengungsian sudah berdiri di dua lokasi. Dapur umum buka mulai sore ini', 'Nanda Oktaviani', 'multi-paragraph'],
    ])
  })

  it('joins close-and-reopen after a paragraph with another quote when the closed quote\'s paragraph first names the cue\'s speaker (hold-out 51)', () => {
    const quotes = findQuotes([
      '“Kontraknya sudah ditandatangani bulan lalu,” ucap Sekretaris Disdik Yayan Sopyan.',
      'Anggota Komisi IV, Deden Mulyana, meminta Disdik tidak hanya mengandalkan APBD. “Jangan hanya menunggu APBD.”',
      '“Disdik harus jemput bola,” tegas Deden.',
    ])
    expect(quotes.map((q) => [q.segments.length, q.text, q.speaker])).toEqual([
      [1, 'Kontraknya sudah ditandatangani bulan lalu', 'Yayan Sopyan'],
      [2, 'Jangan hanya menunggu APBD. Disdik harus jemput bola', 'Deden Mulyana'],
    ])
  })

  it('an everyday "ditambahkan" inside a quote without its opener does not cut the quote short (fifth review)', () => {
    const quotes = findQuotes(['Tahun ini anggaran jalan desa sudah ditambahkan. Kami minta warga ikut mengawasi pekerjaannya,” kata Ahmad.'])
    expect(quotes.map((q) => q.text)).toEqual(['Tahun ini anggaran jalan desa sudah ditambahkan. Kami minta warga ikut mengawasi pekerjaannya'])
  })

  it('does not join a closed quote to the next paragraph\'s cue of a companion the paragraph names (fourth review)', () => {
    const quotes = findQuotes([
      '“Drainase harus diperbaiki,” kata Bupati Sleman Kustini Purnomo.',
      'Kustini juga meninjau saluran irigasi bersama Kepala Dinas PU Budi Santoso. “Saluran ini penting bagi petani.”',
      '“Kami kerjakan bulan depan,” tambah Budi.',
    ])
    expect(quotes.map((q) => [q.segments.length, q.speaker])).toEqual([[1, 'Kustini Purnomo'], [1, 'Kustini Purnomo'], [1, 'Budi Santoso']])
  })

  it('joins a closed quote that follows a finished sentence to the reopened quote with the cue, not one a cue introduces', () => {
    const joined = findQuotes([
      'Upacara dipimpin Ketua Adat Wahyu Lestaluhu yang membacakan doa. “Laut ini kami tutup delapan bulan.”',
      '“Yang melanggar akan didenda,” kata Wahyu.',
    ])
    expect(joined.map((q) => [q.segments.length, q.text, q.speaker])).toEqual([
      [2, 'Laut ini kami tutup delapan bulan. Yang melanggar akan didenda', 'Wahyu Lestaluhu'],
    ])
    const introduced = findQuotes([
      'Dalam sambutan Gubernur Hendra Saputra yang dibacakan Asisten I, disampaikan: “Negara harus hadir.”',
      '“Jangan ada warga yang tertinggal,” lanjut Gubernur.',
    ])
    expect(introduced.map((q) => q.segments.length)).toEqual([1, 1])
    // A change of speaker, and a question and its answer, stay two quotes.
    const change = findQuotes([
      'Kepala Dinas Pendidikan Budi Santoso meninjau sekolah itu pada Senin. “Fasilitasnya sudah memadai.”',
      '“Kami masih butuh tambahan guru,” kata Kepala Sekolah Ani Lestari.',
    ])
    expect(change.map((q) => [q.segments.length, q.speaker])).toEqual([[1, 'Budi Santoso'], [1, 'Ani Lestari']])
    const answer = findQuotes([
      'Ketua Majelis Hakim Yohanes Saputro kemudian bertanya kepada saksi. “Apakah saudara mengenal terdakwa?”',
      '“Kenal, Yang Mulia,” jawab saksi Budi Hartono.',
    ])
    expect(answer.map((q) => q.segments.length)).toEqual([1, 1])
  })

  it('drops non-speech spans and reports why', () => {
    const { quotes, dropped } = analyseQuotes([
      'Lomba bertajuk “Kampung Hijau Lestari” diikuti 20 RT. Warga menjuluki gang sempit itu “lorong gelap”.',
      '“Kerja bakti kita mulai Minggu,” kata Camat Rimbajaya Ratna Juwita.',
    ])
    expect(dropped.map((d) => d.reason)).toEqual(['term', 'short'])
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Kerja bakti kita mulai Minggu', 'Ratna Juwita']])
  })

  it('marks unclosed quotes low-confidence and returns an empty list for no quotes', () => {
    const [q] = findQuotes(['Bupati Bayu Santoso mengatakan, “Tim kami terus memantau debit air', 'Hujan turun sejak pagi.'])
    expect(q?.confidence).toBeLessThan(0.5)
    expect(q?.speaker).toBe('Bayu Santoso')
    expect(findQuotes([])).toEqual([])
    expect(findQuotes(['Tanpa kutipan sama sekali.'])).toEqual([])
  })
  it('gives a one-word cue name the full name introduced earlier as an appositive or an object', () => {
    const quotes = findQuotes([
      'Pernyataan itu ditanggapi anggota Fraksi Karya Rakyat, Joko Santoso. Debat dipandu moderator Fitriani Lubis.',
      '“Pokir itu aspirasi warga yang kami serap saat reses,” ujar Joko.',
      '“Mohon hormati waktu yang tersedia,” kata Fitriani.',
    ])
    expect(quotes.map((q) => q.speaker)).toEqual(['Joko Santoso', 'Fitriani Lubis'])
  })
  it('takes a resident introduced as an appositive with an age, before bercerita, as the -nya speaker', () => {
    const quotes = findQuotes([
      'Plt Kepala Dinas Sosial Yohana Pasangka menyebut dapur umum sudah berdiri. “Setiap hari kami menyiapkan 1.500 porsi,” ungkapnya.',
      'Seorang pengungsi asal Desa Tomado, Hamsiah (52), bercerita rumahnya roboh. “Saya langsung tarik cucu keluar,” tuturnya.',
    ])
    expect(quotes.map((q) => q.speaker)).toEqual(['Yohana Pasangka', 'Hamsiah'])
  })
  it('drops a few words a sentence runs through in quote marks, after a verb or not', () => {
    const texts = findQuotes([
      'Kuasa hukum mengatakan kliennya menyatakan “pikir-pikir” selama tujuh hari sebelum memutuskan banding.',
      'Kobaran “si jago merah” baru bisa dijinakkan sekitar pukul 04.30 WITA.',
      'Kepala Dinas menegaskan, “Kami siap.”',
    ]).map((q) => q.text)
    expect(texts).toEqual(['Kami siap.'])
  })
  it('drops a phrase in quote marks that ends a narrative sentence, its full stop outside the marks', () => {
    const texts = findQuotes([
      'Rasyid menyebut rasa masakannya “sudah seperti masakan rumah”. Ia juga memuji para juru masak.',
      'Rasyid menambahkan, “Menu ini sudah seperti masakan rumah.”',
    ]).map((q) => q.text)
    expect(texts).toEqual(['Menu ini sudah seperti masakan rumah.'])
  })
  it('drops such a phrase with a list inside it, but keeps a short speech with a comma that a cue follows', () => {
    const texts = findQuotes([
      'The court said the violations were not “structured, systematic and massive”. “The petition is rejected,” the ruling read.',
      '“Yes, sir,” the witness answered.',
    ]).map((q) => q.text)
    expect(texts).toEqual(['The petition is rejected', 'Yes, sir'])
  })
  it('leaves the speaker of an anonymous source empty, after a passive "Hal senada disampaikan seorang …" too', () => {
    const quotes = findQuotes([
      'Nurhayati berharap kanal segera dikeruk. "Kami tidak minta banyak," imbuhnya.',
      'Hal senada disampaikan seorang warga lain yang enggan disebut namanya. "Tiap tahun begini terus," ujarnya.',
      'Euis Rohmawati (36) berharap porsi ditambah. “Porsinya jangan disamakan,” kata Euis.',
      'Seorang wali murid lain yang tidak mau disebut namanya mengeluhkan kualitas buah. “Pisangnya sudah lembek,” katanya.',
    ])
    expect(quotes.map((q) => q.speaker)).toEqual(['Nurhayati', null, 'Euis Rohmawati', null])
  })
  it('opens a quote on a mark right after a full stop with no space ("Lebaran.“Kalau …,”ujanya")', () => {
    const texts = findQuotes(['Ia menambahkan, pembeli ramai sepekan sebelum Lebaran.“Kalau sekarang masih sepi, nanti H-7 kami kewalahan,”ujanya.']).map((q) => q.text)
    expect(texts).toEqual(['Kalau sekarang masih sepi, nanti H-7 kami kewalahan'])
  })
  it('joins a quote left open at a paragraph end with the next paragraph that closes it without re-opening', () => {
    const quotes = findQuotes([
      'Rivaldo Mamahit menceritakan detik-detik perahu terbalik. “Ombak besar datang dari samping kanan. Bapak sempat berteriak supaya kami pegang jeriken.',
      'Kami terapung sambil berdoa sampai pagi,” tutur Rivaldo.',
    ])
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Ombak besar datang dari samping kanan. Bapak sempat berteriak supaya kami pegang jeriken. Kami terapung sambil berdoa sampai pagi', 'Rivaldo Mamahit'],
    ])
  })
  it('splits a quote around a cue written inside its marks, but not reported words inside a quote that has its own cue', () => {
    const inside = findQuotes(['Kepala Desa Sumberwaru, Darmono Hadi Saputro, menjelaskan pagu dana desa. „Dana desa yang turun ke desa itu, kata Darmono, bukan uang kepala desa. Itu uang warga.”'])
    expect(inside.map((q) => [q.text, q.speaker])).toEqual([
      ['Dana desa yang turun ke desa itu', 'Darmono Hadi Saputro'],
      ['bukan uang kepala desa. Itu uang warga.', 'Darmono Hadi Saputro'],
    ])
    const reported = findQuotes(['Warga Sumberwaru, Sutrisno, mengeluhkan jalan. “Dulu sekali, kata Pak Camat, jalan ini akan diaspal tahun lalu,” ujar Sutrisno.'])
    expect(reported.map((q) => q.text)).toEqual(['Dulu sekali, kata Pak Camat, jalan ini akan diaspal tahun lalu'])
  })
})

describe('findQuotes: the typography and structure of quotes as pages publish them (review-quotes35)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('keeps a follow-up of the person just described apart from the next quote a newly introduced person begins', () => {
    expect(pairs([
      'Kepala Dinas Pangan Ratna Wulandari menyebut stok beras aman. Ia juga mengingatkan adanya pembeli berulang.',
      '"Kalau ketahuan, kuponnya kami tarik. Satu KK satu kupon."',
      '"Antrenya panjang, tapi sepadan,"kata Sumarni (52), warga Desa Lendang Bajur, "di pasar harganya jauh lebih mahal."',
    ])).toEqual([
      ['Kalau ketahuan, kuponnya kami tarik. Satu KK satu kupon.', 'Ratna Wulandari'],
      ['Antrenya panjang, tapi sepadan', 'Sumarni'],
      ['di pasar harganya jauh lebih mahal.', 'Sumarni'],
    ])
  })
  it('reads a page that quotes in single marks: nested double marks, split quotes and a quote over two paragraphs', () => {
    expect(pairs([
      'Ketua Kelompok Nelayan Bintang Laut, Darmin Saleh, menyambut bantuan itu. ‘Warga sini menyebutnya “ombak gila”. Perahu lama kami terlalu kecil,’ ujar Darmin.',
      'Camat Lingga Hilir, Suryani Ahmad, mengingatkan nelayan. ‘Perahu ini milik kelompok,’ kata Suryani, ‘bukan milik ketua. Jangan dijual.’',
      'Ia menambahkan, kecamatan menyiapkan pelatihan mesin. ‘Pelatihannya tiga hari di balai desa.',
      '‘Kami ingin perahu ini awet sepuluh tahun,’ pungkas Suryani.',
    ])).toEqual([
      ['Warga sini menyebutnya “ombak gila”. Perahu lama kami terlalu kecil', 'Darmin Saleh'],
      ['Perahu ini milik kelompok', 'Suryani Ahmad'],
      ['bukan milik ketua. Jangan dijual.', 'Suryani Ahmad'],
      ['Pelatihannya tiga hari di balai desa. Kami ingin perahu ini awet sepuluh tahun', 'Suryani Ahmad'],
    ])
  })
  it('keeps a greeting with its cue and a chant after a colon; gives "berpesan kepada NAME:" to the one who speaks', () => {
    expect(pairs([
      'Bupati Jonatan Simanjuntak membuka acara dengan salam khas daerah. “Horas!” sapanya, disambut hadirin.',
      'Kepala Dinas Pendidikan Marlina Situmorang memaparkan program. “Semua sekolah sudah kami data,” kata Marlina.',
      'Sebelum pulang, Jonatan berpesan kepada Marlina: “Laporan harus masuk setiap Jumat.”',
      'Ia lalu menutup acara dengan pekik yang sama: “Hidup Guru Indonesia! Merdeka!”',
    ])).toEqual([
      ['Horas!', 'Jonatan Simanjuntak'],
      ['Semua sekolah sudah kami data', 'Marlina Situmorang'],
      ['Laporan harus masuk setiap Jumat.', 'Jonatan Simanjuntak'],
      ['Hidup Guru Indonesia! Merdeka!', 'Jonatan Simanjuntak'],
    ])
  })
  it('gives a quoted document to the one who signed it or whose written address was read out', () => {
    expect(pairs([
      'Surat edaran bernomor 400/12/2027 itu ditandatangani Kepala Dinas Kesehatan, dr. Marthen Lumban Gaol, pada Senin.',
      'Dalam surat edaran tersebut tertulis: “Fasilitas kesehatan dilarang menolak pasien dalam keadaan darurat.”',
      'Wakil Bupati Hendrik Manurung kemudian membacakan sambutan tertulis Gubernur, Ir. Agustinus Pardede, dalam upacara itu. Dalam sambutan itu tertulis: “Pelayanan kesehatan adalah hak setiap warga.”',
    ])).toEqual([
      ['Fasilitas kesehatan dilarang menolak pasien dalam keadaan darurat.', 'Marthen Lumban Gaol'],
      ['Pelayanan kesehatan adalah hak setiap warga.', 'Agustinus Pardede'],
    ])
  })
  it('gives -nya to an unnamed person who is the subject right before the quote, and to a veteran introduced with rank and age', () => {
    expect(pairs([
      'Ketua nelayan Hasan Basri mengatakan bantuan tepat waktu. “Kami senang,” ujar Hasan.',
      'Di dermaga, seorang istri nelayan yang ikut menyaksikan penyerahan tampak menyeka air mata. “Suami saya tidak perlu menumpang lagi,” katanya.',
      'Di tribun, veteran pejuang Seroja, Sersan Mayor (Purn) Antonius Bere (84), tak kuasa menahan haru. “Dulu kami upacara di bawah pohon,” ujarnya.',
    ])).toEqual([
      ['Kami senang', 'Hasan Basri'],
      ['Suami saya tidak perlu menumpang lagi', null],
      ['Dulu kami upacara di bawah pohon', 'Antonius Bere'],
    ])
  })
})

describe('findQuotes: ordinary Java, Sumatra and Bali releases (review-quotes36)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('gives a nickname glossed on a title alone to the title\'s holder, in the body or in the headline', () => {
    expect(pairs([
      'Sekda Sukaraja: “Apel Bukan Sekadar Absen”',
      'SUKARAJA – Sekretaris Daerah (Sekda) Kabupaten Sukaraja Dr. H. Ujang Sopandi, M.Si., memimpin apel pagi, Senin.',
      'Dalam amanatnya, Sekda yang akrab disapa Kang Ujo itu menyoroti disiplin pegawai. “Apel itu bukan sekadar absen,” tegasnya.',
      '“Angka kehadiran harus naik,” ujar Kang Ujo.',
    ]).slice(1)).toEqual([['Apel itu bukan sekadar absen', 'Ujang Sopandi'], ['Angka kehadiran harus naik', 'Ujang Sopandi']])
    expect(pairs([
      'Bupati Tukad Sari I Gusti Made Suarjana Tinjau Banjir di Desa Pengambengan',
      'TUKAD SARI – Banjir merendam Desa Pengambengan, Kabupaten Tukad Sari, Minggu dini hari.',
      'Bupati yang akrab disapa Gung Suar itu langsung meninjau lokasi. “Nyawa warga nomor satu,” tegasnya.',
      'Gung Suar memastikan logistik cukup. “Beras sudah kami kirim,” ujar Gung Suar.',
    ])).toEqual([['Nyawa warga nomor satu', 'I Gusti Made Suarjana'], ['Beras sudah kami kirim', 'I Gusti Made Suarjana']])
  })
  it('registers an appositive name with degrees as a person, and leaves a relative or an unnamed guard of a village empty', () => {
    expect(pairs([
      'Bupati Harun Prasetyo melantik 80 pejabat. “Jabatan itu amanah,” kata Harun.',
      'Salah satu pejabat yang dilantik, Retno Lestari, S.STP., M.Si., kini menjabat camat. Perempuan yang akrab disapa Bu Retno itu sebelumnya sekretaris camat. “Saya ingin pelayanan jemput bola,” tuturnya.',
      'Cucunya, seorang mahasiswi yang kuliah di Semarang, mengaku baru tahu neneknya menerima bantuan. “Tahun lalu tidak dapat,” katanya.',
      'Seorang pecalang Desa Adat Batur yang ikut berjaga menyebutkan, warga bergiliran mengawasi tebing. “Kami bagi tiga sif,” ujarnya.',
    ])).toEqual([
      ['Jabatan itu amanah', 'Harun Prasetyo'],
      ['Saya ingin pelayanan jemput bola', 'Retno Lestari'],
      ['Tahun lalu tidak dapat', null],
      ['Kami bagi tiga sif', null],
    ])
  })
})

describe('findQuotes: national ministry press releases (review-quotes37)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('reads an office name joined by "dan" and commas up to its holder\'s honorific, and a title inside its brackets as the short form', () => {
    expect(pairs([
      'Direktur Pemetaan dan Batas Wilayah Ditjen Adwil Ir. Ratna Sari Dewi, M.T., memaparkan metode baru. “Tim cukup turun ke titik sengketa,” tuturnya.',
      '“Pelayanan yang kami utamakan,” ujar Direktur Pemetaan dan Batas Wilayah.',
      'Peninjauan dilakukan Direktur Jenderal Pendidikan Anak Usia Dini, Pendidikan Dasar, dan Pendidikan Menengah (Dirjen PAUD Dikdasmen) Dr. Maria Ulfah Santoso, M.Pd., Senin.',
      '“Sekolah ini bukan proyek gedung,” ujar Dirjen.',
    ])).toEqual([
      ['Tim cukup turun ke titik sengketa', 'Ratna Sari Dewi'],
      ['Pelayanan yang kami utamakan', 'Ratna Sari Dewi'],
      ['Sekolah ini bukan proyek gedung', 'Maria Ulfah Santoso'],
    ])
  })
  it('keeps "Ia menyebut Deputi NAME telah meminta …" the reporter\'s, and reads a body\'s foreign name with its acronym after a slash', () => {
    expect(pairs([
      'Kepala Pusat Data BNPB Dr. Yohanes Ardi Prasetyo mengatakan pencarian diperluas. “Tim SAR menemukan enam korban,” kata Yohanes.',
      'Deputi Penanganan Darurat BNPB Hendra Wibowo menambahkan masa tanggap darurat diperpanjang. “Prioritas kami akses jalan,” kata Hendra.',
      'Yohanes mengatakan BNPB belum dapat menyimpulkan penyebabnya. Ia menyebut Deputi Hendra telah meminta tim memotret hulu sungai. “Kami tidak mau berspekulasi,” jawabnya.',
      'Ketua Komite Penasihat Ahli Imunisasi Nasional (Indonesian Technical Advisory Group on Immunization/ITAGI) Prof. Dr. Budi Santosa, Sp.A(K), menilai risikonya kecil. “Vaksin ini stabil,” ujar guru besar itu.',
    ])).toEqual([
      ['Tim SAR menemukan enam korban', 'Yohanes Ardi Prasetyo'],
      ['Prioritas kami akses jalan', 'Hendra Wibowo'],
      ['Kami tidak mau berspekulasi', 'Yohanes Ardi Prasetyo'],
      ['Vaksin ini stabil', 'Budi Santosa'],
    ])
  })
})

describe('findQuotes: ordinary releases from eastern Indonesia (review-quotes38)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('keeps Christian given names and Buton noble names whole, and reads the Minahasa "Hukum Tua" as a village head', () => {
    expect(pairs([
      'Kepala Dinas Sosial Maria Kristina Rumlus menambahkan bantuan sudah disalurkan. “Stok cukup dua minggu,” ujarnya.',
      'Bupati Drs. La Ode Muhammad Saleh Kaimuddin, M.Si., melakukan panen perdana. “Bibit ini lebih tahan penyakit,” kata La Ode Saleh.',
      'Hukum Tua Tounsaru Satu, Arnold Mamahit, mengungkapkan desanya menyiapkan dapur sehat. “Kami luruskan dari rumah ke rumah,” kata Hukum Tua.',
    ])).toEqual([
      ['Stok cukup dua minggu', 'Maria Kristina Rumlus'],
      ['Bibit ini lebih tahan penyakit', 'La Ode Muhammad Saleh Kaimuddin'],
      ['Kami luruskan dari rumah ke rumah', 'Arnold Mamahit'],
    ])
  })
  it('reads "NAME kepada wartawan menyampaikan" as the speaker, and an institution after "Menurutnya" as nobody new', () => {
    expect(pairs([
      'Ketua Fraksi Amanat Rakyat Lalu Ahmad Fauzi menyampaikan pandangan fraksinya. "Kami mendukung," kata Lalu Ahmad.',
      'Usai paripurna, Wakil Bupati Baiq Nurul Aini kepada wartawan menyampaikan terima kasih. Menurutnya, pemerintah daerah akan menyampaikan jawaban resmi pekan depan. "Semua masukan kami catat," ujarnya.',
    ])).toEqual([['Kami mendukung', 'Lalu Ahmad Fauzi'], ['Semua masukan kami catat', 'Baiq Nurul Aini']])
  })
})

describe('findQuotes: police, military, prosecution and corrections releases (review-quotes39)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('takes initials given with an age between commas as a person, never a suspect\'s; a resident of a named village stays unnamed', () => {
    expect(pairs([
      'Kalapas Rudy Simamora menjelaskan remisi. “Ada 112 warga binaan yang menerima,” kata Rudy.',
      'Salah satu penerima remisi, DS (33), narapidana kasus penipuan, mendapat pengurangan dua bulan. “Alhamdulillah, dapat dua bulan,” kata DS.',
      'Kapolres AKBP Hendra Gunawan menjelaskan kasusnya. Tersangka, AS (34), ditangkap di rumahnya. “Tersangka kami jerat pasal berlapis,” ujarnya.',
      'Seorang warga Sukamulya yang ikut bergotong royong mengaku senang. “Jalan ini sudah lama kami tunggu,” kata pria paruh baya itu.',
    ])).toEqual([
      ['Ada 112 warga binaan yang menerima', 'Rudy Simamora'],
      ['Alhamdulillah, dapat dua bulan', 'DS'],
      ['Tersangka kami jerat pasal berlapis', 'Hendra Gunawan'],
      ['Jalan ini sudah lama kami tunggu', null],
    ])
  })
})


describe('findQuotes: village and kecamatan news (review-quotes40)', () => {
  const cited = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker, q.role])
  it('reads the places an office\'s place lies in, and an adat title after the holder\'s name, as no name', () => {
    expect(cited([
      'Lurah Sidomakmur, Kecamatan Tanjung Harapan, Kabupaten Rimbajaya, Kalimantan Tengah, Hendra Wijaya, S.E., meninjau lokasi banjir.',
      '“Air sudah surut sejak pagi,” kata Lurah.',
      'Wali Nagari Sungai Baringin, Rustam Dt. Bandaro Kayo, S.Ag., membuka musyawarah. “Kita putuskan bersama,” ujar Rustam.',
    ])).toEqual([
      ['Air sudah surut sejak pagi', 'Hendra Wijaya', 'Lurah Sidomakmur'],
      ['Kita putuskan bersama', 'Rustam', 'Wali Nagari Sungai Baringin'],
    ])
  })
  it('gives a Banjar village head (Pambakal) the bare title, and an enterprise\'s own name to its office', () => {
    expect(cited([
      'Pambakal Sungai Rangas H. Anwar Hakim meninjau panen. “Panen tahun ini bagus,” ujar Anwar.',
      '“Gudang segera kami bangun,” jawab Pambakal.',
      'Ia memuji Ketua Koperasi Maju Jaya, Siti Rohana, yang mengatur penjualan. Siti, yang akrab disapa Ana, menjelaskan harga. “Harga kami kunci,” kata Ana.',
    ]).map(([text, speaker]) => [text, speaker])).toEqual([
      ['Panen tahun ini bagus', 'Anwar Hakim'],
      ['Gudang segera kami bangun', 'Anwar Hakim'],
      ['Harga kami kunci', 'Siti Rohana'],
    ])
  })
  it('reads "yang di kampung itu dikenal dengan panggilan NICK" as a nickname of the person before it', () => {
    expect(cited([
      'Kepala Desa Lamteuba, Ahmad Syukri, memimpin pertemuan. “Semua pihak hadir,” ujarnya.',
      'Zainal Abidin (61), yang di kampung itu dikenal dengan panggilan Pak Nyak, mengaku puas. “Kami sudah berdamai,” kata Pak Nyak.',
    ]).map(([text, speaker]) => [text, speaker])).toEqual([
      ['Semua pihak hadir', 'Ahmad Syukri'],
      ['Kami sudah berdamai', 'Zainal Abidin'],
    ])
  })
})

describe('findQuotes: North Sumatra and Batak naming habits (review-quotes41)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('gives a marga alone to the namesake introduced by then, and keeps "br." and an age with the name', () => {
    expect(pairs([
      'Kepala Desa Sigaol, Togar Simanjuntak, menyebut jumlah perajin menurun. “Yang muda tinggal sedikit,” kata Simanjuntak.',
      'Penenun tertua, Lamria br. Sihombing (71), masih menenun setiap hari. “Satu benang salah, harus dibongkar,” kata Sihombing.',
      'Camat Balige, Hotma Simanjuntak, yang semarga dengan kepala desa, meminta pelatihan digelar. “Kami siapkan anggarannya,” ujar Hotma.',
    ])).toEqual([
      ['Yang muda tinggal sedikit', 'Togar Simanjuntak'],
      ['Satu benang salah, harus dibongkar', 'Lamria br. Sihombing'],
      ['Kami siapkan anggarannya', 'Hotma Simanjuntak'],
    ])
  })
  it('reads a one-letter "H." after an honorific and a given name as a middle initial, and after a title and a place as Haji', () => {
    expect(pairs([
      'Nota itu ditandatangani Ephorus HKBP, Pdt. Dr. Marolop H. Sianturi, M.Th., di Tarutung. “Gereja harus turun ke rumah-rumah,” ujar Sianturi.',
      'Bupati Rimbajaya H. Bayu Santoso meninjau pasar. “Pasar ini milik kita,” kata Bayu.',
    ])).toEqual([['Gereja harus turun ke rumah-rumah', 'Marolop H. Sianturi'], ['Pasar ini milik kita', 'Bayu Santoso']])
  })
  it('reads "Tuan Guru" as a title whose holder a bare "kata Tuan Guru" means', () => {
    expect(pairs([
      'Dewan hakim diketuai Tuan Guru H. Ismail Harahap, pengajar di pesantren Purba Baru. “Tajwid itu nomor satu,” kata Tuan Guru.',
    ])).toEqual([['Tajwid itu nomor satu', 'Ismail Harahap']])
  })
  it('leaves the quote of someone who asked not to be named without a speaker, however recent the last one named', () => {
    expect(pairs([
      'Pastor Paroki, Antonius Sinaga, menyatakan gereja siap membantu. “Kami bergandengan tangan,” kata Antonius.',
      'Seorang pemuda yang pernah menjalani rehabilitasi turut memberi kesaksian. Ia meminta namanya tidak ditulis. “Saya bisa pulih karena ditemani,” ujarnya.',
    ])).toEqual([['Kami bergandengan tangan', 'Antonius Sinaga'], ['Saya bisa pulih karena ditemani', null]])
  })
})

describe('findQuotes: a fourth English set (review-quotes42)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('gives an interviewer\'s question ("Tempo asked", "tanya Tempo") to nobody and the answer to the one interviewed', () => {
    expect(pairs([
      'Ratih admitted the province had been warned. “We knew it,” she said.',
      '“Is the province ready?” Tempo asked. “Not this year,” she replied.',
      'Ratih mengakui provinsi sudah diperingatkan. “Kami tahu,” katanya.',
      '“Apakah provinsi siap?” tanya Tempo. “Belum tahun ini,” jawabnya.',
    ])).toEqual([
      ['We knew it', 'Ratih'], ['Is the province ready?', null], ['Not this year', 'Ratih'],
      ['Kami tahu', 'Ratih'], ['Apakah provinsi siap?', null], ['Belum tahun ini', 'Ratih'],
    ])
  })
  it('reads "The minister, who toured the site with NAME, said" as the minister speaking, never the companion', () => {
    expect(pairs([
      'Kim Tae-sung said the plant would open soon. “We chose Batam,” Kim said.',
      'The minister, who toured the site with Kim and Governor Rusli, said the government would guarantee the power. “PLN has committed,” he said.',
    ])).toEqual([['We chose Batam', 'Kim Tae-sung'], ['PLN has committed', null]])
  })
})

describe('findQuotes: limits of this session\'s rules (found in review)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('keeps a named speaker who says their name was mentioned, and a person met after "panggilan" or "sapaan"', () => {
    expect(pairs([
      'Kepala Dinas Pekerjaan Umum, Hendra Gunawan, diperiksa sebagai saksi. Ia membantah namanya disebut dalam dakwaan. “Saya tidak pernah menerima uang itu,” tegasnya.',
      'Camat Cibeber, Dadang Sumarna, yang di lokasi itu menjawab panggilan Bupati Herman Suherman, melaporkan jumlah korban. “Bantuan segera datang,” kata Herman.',
      'Warga menyambut sapaan Gubernur Jawa Barat Dedi Mulyadi di alun-alun. “Saya datang untuk mendengar,” kata Gubernur.',
    ])).toEqual([
      ['Saya tidak pernah menerima uang itu', 'Hendra Gunawan'],
      ['Bantuan segera datang', 'Herman Suherman'],
      ['Saya datang untuk mendengar', 'Dedi Mulyadi'],
    ])
  })
  it('counts a namesake as introduced from any full mention, registered or not', () => {
    expect(pairs([
      'Camat Balige, Hotma Simanjuntak, membuka acara.',
      'Salah satu penenun, Lamria Simanjuntak, menunjukkan ulos. “Ini butuh sebulan,” kata Simanjuntak.',
      'Lamria Simanjuntak (60) sudah menenun sejak remaja.',
    ])).toEqual([['Ini butuh sebulan', 'Lamria Simanjuntak']])
  })
})

describe('findQuotes: "she" and "he" on English pages', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('gives "she said" after a man spoke to the woman last salient, and "he said" after a woman spoke to the man', () => {
    expect(pairs([
      'Regent Siti Rahmawati declared an emergency. “We must reach the villages,” she said.',
      'Police Chief Hendra Gunawan said his officers had evacuated 1,150 people. “Our teams walk in on foot,” Hendra said.',
      '“The shelters are full of children,” she said.',
      'Village head Bu Surti Wulandari, who hosts the shelter, said food was running low. “We need rice today,” Surti said. “Trucks arrive tonight,” he said.',
    ])).toEqual([
      ['We must reach the villages', 'Siti Rahmawati'],
      ['Our teams walk in on foot', 'Hendra Gunawan'],
      ['The shelters are full of children', 'Siti Rahmawati'],
      ['We need rice today', 'Surti Wulandari'],
      ['Trucks arrive tonight', 'Hendra Gunawan'],
    ])
  })
})

describe('findQuotes: an ordinary sample from eastern Indonesia, again (review-quotes43)', () => {
  const pairs = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker])
  it('keeps the Portuguese "da" of a Flores name, and reads "Menurut juru bicara Fraksi …, NAME, “…”" as that speaker', () => {
    expect(pairs([
      'Kepala Dinas Pendidikan, Maria Goreti da Cunha, meninjau sekolah. “Gedung ini untuk anak-anak,” kata Maria Goreti.',
      'Juru bicara Fraksi Partai Golkar, Yohana Ndahur, menerima ranperda. “Kami setuju,” kata Yohana.',
      'Menurut juru bicara Fraksi PDI Perjuangan, Kornelis Jemadu, “Hak masyarakat adat harus dijaga.”',
    ])).toEqual([
      ['Gedung ini untuk anak-anak', 'Maria Goreti da Cunha'],
      ['Kami setuju', 'Yohana Ndahur'],
      ['Hak masyarakat adat harus dijaga.', 'Kornelis Jemadu'],
    ])
  })
})
