/**
 * Word classes for reading Indonesian person mentions: job-title words, words that make up office names, place
 * heads, honorifics and ranks, and capitalised words that are never names. All lower-case; membership decides how
 * a run of capitalised words splits into title chain, place and name (design notes §3.5).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/))

/**
 * Words that start or continue a job title ("Sekretaris Jenderal", "Kepala Dinas", "Wakil Bupati"), and the English
 * titles of the sites' English editions ("Director General", "Deputy Minister"; not "Mayor", which is also the army
 * rank, an honorific here, and part of place names such as "Parit Mayor").
 */
export const TITLE_WORDS = set(`
  presiden wapres wakil menteri mendagri menkeu menkes mendikbud mensesneg menpan menko menkopolhukam wamen wamendagri
  menpora mensos menaker menag menhan menlu menpar menparekraf menhub mentan menperin mendag menkum menkumham menpu
  menkomdigi mendikdasmen mendiktisaintek menkop menbud menlh menhut menkp menpppa mensesneg menpanrb menesdm menimipas
  sekjen sekretaris jenderal dirjen direktur dirut utama kapuspen kepala gubernur wagub pj pjs plt plh penjabat
  pelaksana tugas harian bupati wabup wali walikota wawali sekda sekdaprov sekdakab sekdakot kadis kadinkes kaban
  kabag kabid kasubbag kasubag kasi kasat camat lurah kades kapolres kapolresta kapolda kapolri kapolsek danrem dandim
  danlanud pangdam ketua anggota juru bicara jubir inspektur asisten staf ahli deputi koordinator rektor dekan
  komisaris bendahara pimpinan panglima kadiv karo kabiro kapusdatin kalaksa kalak irjen sekretariat penasihat pembina
  direktorat kakan kajari kajati kalapas karutan komandan danramil danyon danlantamal gm manajer manager jaksa panitera kanit panit kasubnit kaurbin kasubdit
  damang mantir bendesa kelian klian perbekel pekaseh bhabinkamtibmas babinkamtibmas bhabin babinsa penyuluh keuchik geuchik
  kakon kapus kapuskesmas sekcam sekdes kepsek wakasek kadus pendamping fasilitator perwakilan jpu
  director general head minister deputy governor regent chairman chairperson chairwoman chair speaker secretary chief
  spokesperson spokesman coordinator commander vice acting ambassador president representative administrator
  commissioner envoy prosecutor judge justice attorney adviser advisor undersecretary lawyer witness defendant
  plaintiff petitioner legislator lawmaker councillor councilor senator economist researcher analyst activist lecturer observer
  hukum jro imum mukim keujruen temenggung patih
  panewu dukuh petinggi madika baate ondoafi ondofolo peratin jaro puun salawa rato kapitalaung sultan jogugu kapita
  datu tu'a golo teno rat tomundo basalo bosanyo lakina parabela rimata sikerei sangadi bogani mokole tolea puutobu
  sibayak bidan basir pambakal pembakal
`)

/**
 * An abbreviated title made of "Ka" (Kepala) or "Waka" (Wakil Kepala) and an office word ("Kakanwil", "Kadishub",
 * "Wakapolres"); the office it heads is `lower` without the prefix. Such a title is followed by a place like the
 * office is, and names that office's head — never a person called "Kakanwil". Lower-case input.
 */
export function titleAbbreviationOffice(lower: string): string | null {
  if (lower.length < 5 || lower.charCodeAt(1) !== 97) return null // 'a'
  if (lower.startsWith('ka') && ORG_WORDS.has(lower.slice(2))) return lower.slice(2)
  if (lower.startsWith('waka') && ORG_WORDS.has(lower.slice(4))) return lower.slice(4)
  return null
}

/**
 * A minister's abbreviated title made of "Men" (Menteri) or "Wamen" (Wakil Menteri) and a ministry's short form
 * ("Menkominfo", "Wamenkominfo"): the ministry, or null. Lower-case input.
 */
export function ministerAbbreviationMinistry(lower: string): string | null {
  if (lower.startsWith('wamen') && ORG_WORDS.has(lower.slice(5))) return lower.slice(5)
  if (lower.startsWith('men') && lower.length > 6 && ORG_WORDS.has(lower.slice(3))) return lower.slice(3)
  return null
}

/** Titles that are usually followed by a place before the name ("Bupati Rimbajaya Bayu Santoso"). */
export const TERRITORIAL_TITLES = set(`
  bupati wabup gubernur wagub walikota kota wawali camat lurah kades kapolres kapolresta kapolda kapolsek danrem
  dandim danlanud sekda sekdaprov sekdakab sekdakot pangdam keuchik geuchik perbekel kelian klian bendesa
  panewu dukuh petinggi madika baate ondoafi ondofolo peratin jaro salawa kapitalaung sultan golo
  rat tomundo basalo bosanyo lakina parabela rimata sangadi mokole sibayak pambakal pembakal kakon sekcam sekdes kadus
`)

/** Capitalised words inside office names; never part of a person's name. */
export const ORG_WORDS = set(`
  kementerian kemenko badan dinas balai kantor biro pusat bagian bidang seksi unit satuan lembaga dewan majelis komisi
  inspektorat sekretariat direktorat pemerintah pemerintahan dalam negeri luar keuangan kesehatan pendidikan agama
  sosial pertanian perhubungan pekerjaan umum perumahan rakyat lingkungan hidup kehutanan pariwisata perdagangan
  perindustrian komunikasi informatika digital hukum ham ketenagakerjaan daerah pembangunan perencanaan nasional
  energi sumber daya mineral kelautan perikanan politik keamanan perekonomian negara kabinet kependudukan pencatatan
  sipil keluarga berencana pemberdayaan masyarakat perempuan perlindungan anak pemuda olahraga tenaga kerja
  transmigrasi tertinggal penerangan kebudayaan riset teknologi tinggi dasar menengah pangan tanaman perkebunan
  peternakan kesejahteraan penanggulangan bencana statistik aset pendapatan penelitian regional wilayah pengawasan
  kepegawaian manusia polisi pamong praja pemadam kebakaran persandian kepolisian resor republik indonesia rumah sakit
  umum perwakilan permukiman penataan ruang pengelolaan penanaman modal pelayanan terpadu pintu perizinan koperasi
  usaha mikro kecil ketahanan arsip perpustakaan pertanahan investasi pengadaan barang jasa pemerintahan
  administrasi pembinaan pengembangan ekonomi infrastruktur kewilayahan hubungan masyarakat humas protokol organisasi
  tata kelola percepatan penguatan urusan bina adwil otonomi keuangan kependidikan fraksi komite lembaga-lembaga
  lembaga kementerian/lembaga non-kementerian pelaksanaan pemilihan pemilu bawaslu kpu korps kodam korem kodim polres
  polda polresta polsek lanud rsud puskesmas dprd dpr dpd mpr bpk bpkp bpbd bappeda bappenas bapenda bkpsdm setda setwan
  pemkab pemkot pemprov diskominfo dinkes disdik dispar dispora disnaker dishub dukcapil puspen asosiasi persatuan paruman
  himpunan ikatan perkumpulan paguyuban yayasan komunitas kelompok gabungan seluruh relawan karang taruna pkk
  panitia kepanitiaan teknik operasional perusahaan operasi adat
  dinsos distan disperindag disperkim dlh dpmptsp disdukcapil bpkad dpupr dispupr disbun dpkp dkp disporapar
  penggerak universitas institut sekolah politeknik akademi fakultas studi akademik kemahasiswaan lantas reskrim
  intelkam sabhara binmas samapta lalu lintas mapolres pengendalian penduduk penanganan pencegahan penyelenggaraan
  pelatihan pemasyarakatan imigrasi cipta karya marga air kominfo kesbangpol perumda perusda pdam bumd bumn bumdes
  perseroda persero partai kanwil kejaksaan kejari kejati kejagung pengadilan intel intelijen pidsus pidum datun
  tindak pidana khusus propam cabang pelindo pelni kesyahbandaran otoritas pelabuhan bandara terminal tipidter tipikor
  tipidkor satreskrim satresnarkoba satlantas satintelkam satbinmas satsamapta satpolairud ditreskrimum ditreskrimsus
  ditresnarkoba ditlantas ditpolairud ditsamapta subdit unit gerindra golkar nasdem demokrat hanura perindo pks pkb
  pan ppp psi perjuangan gelora
  dindikbud disdikbud dikbud disdikpora disparpora disbudpar disparbud dispusip disarpus dispertan dkpp dlhk diskan
  dinkop diskop diskopukm disnakertrans dp3a dp3akb dppkb dpmd dpmpd dpmdes perkim satpolpp damkar bkd bkpp
  kesra ekbang adpim prokopim setdakab setdakot setdaprov setdako
  kearsipan hortikultura pertamanan kebersihan pemakaman persampahan pertambangan kesatuan bangsa perbendaharaan
  anggaran akuntansi pajak retribusi aparatur evaluasi kemasyarakatan perlengkapan logistik kedaruratan rehabilitasi
  rekonstruksi kesiapsiagaan penyelamatan keolahragaan kepemudaan transportasi pengairan irigasi keselamatan
  suku
  ministry agency office bureau board council directorate department division institute association authority
  service centre center national provincial regency city district state public civil aviation agriculture finance
  health education culture transportation transport marine affairs fisheries capture forestry environment home
  foreign defence defense trade industry mineral resources human religious manpower tourism creative economy economic
  planning development food logistics police army navy force disaster management mitigation meteorology climatology
  geophysics statistics investment cooperatives enterprises communication informatics law legal rights security
  coordinating research technology innovation housing works spatial land villages disadvantaged migrant
  protection empowerment youth sports population fiscal policy revenue customs excise treasury audit supervisory
  election elections corruption eradication court supreme constitutional representatives assembly secretariat
  government administration military immigration correctional data information kesultanan
  north south east west central southeast southwest northeast northwest
`)

/**
 * Words that put a place right after them ("Kabupaten Rimbajaya", "Kota Palangka Raya"). Not "lembang", Toraja's
 * village: it is also a family name ("Markus Lembang").
 */
export const PLACE_HEADS = set(`
  kabupaten kab kota provinsi prov kecamatan kec kelurahan kel desa kampung dusun pemkab pemkot pemprov distrik nagari
  gampong jalan jl jln gang kapanewon kalurahan padukuhan kemantren jorong pekon tiyuh nagori ohoi
`)

/** Second words of two-word places ("Kalimantan Tengah", "Palangka Raya", "Kotawaringin Timur"). */
export const PLACE_TAILS = set(`
  utara selatan timur barat tengah tenggara daya raya jaya baru hulu hilir laut darat besar kecil julu jae
  wetan kulon lor kidul gedhe ulu ilia mudiak girang tonggoh landeuh pesisir
`)

/**
 * Compass words: the second (or third) word of a place ("Makassar Selatan", "Jakarta Timur", "Papua Barat Daya"), and
 * the words for upstream and downstream (hulu/hilir, Malay ulu, Minang mudiak/ilia, Sundanese girang/tonggoh) and the
 * Javanese compass (wetan, kulon, lor, kidul).
 * Unlike the other tails (Jaya, Baru …) they do not continue a person's name after a title and a place.
 */
export const COMPASS_WORDS = set(`
  utara selatan timur barat tengah tenggara daya laut
  hulu hilir ulu ilia mudiak girang tonggoh landeuh wetan kulon lor kidul
`)

/**
 * Honorifics and ranks before a name; not part of the canonical name. Police ranks take "Pol" and army ranks a corps
 * ("Irjen Pol (Purn)", "Letkol Inf"); "irjen" is also an office (Inspektur Jenderal), so it stays a title word too:
 * a chain reads it as a title, while after a place it is the rank that ends the place. Regional kinship terms used
 * as honorifics for residents (Banjar acil/amang/julak, Javanese mbak/mbok, Balinese bli, Malay/Minang bang/uda/uni)
 * are not part of the name either.
 */
export const HONORIFICS = set(`
  h hj drs dra dr drg drh ir prof ustaz ustad ustadz kh letkol kolonel mayor kapten brigjen mayjen letjen akbp akp kompol
  kombes ipda iptu aiptu bripka pak bu bapak ibu abah haji hajah hajjah raden rd tgh apt ns mr mrs hi
  irjen komjen pol inf kav arm czi chk cpm pnb acil amang julak mbak mbok bli bang abang uda uni
  pdt pendeta romo pastor pater suster kiai kyai habib ustazah bhante biksu capt brigadir bripda briptu aipda serda
  sertu serka serma pelda peltu letda lettu praka pratu prada kopda koptu kopka laksma laksda laksdya marsma marsda
  marsdya letkol tni mama bapa pace mace mamiq om tante ny nyonya tn tuan nn nona sdr sdri kang akang teh ceu mang
  mbah cak mpok pakde bude inang opung ompung mak mas puang daeng koh cik engkoh js wst ws dt datuk datuak
  oma opa inaq amaq op ompu karaeng usi bung tgk teungku nande bulang hipui paren gus ning abi ummi babe engkong encang encing
  buya ki nyi nyai ngabehi bekel lora ra bindhara ajengan tok encik wak nek atok ne ne' apai indai tambi bue apang bapa kak
  colonel lieutenant brigadier admiral sergeant captain ms senior adjunct commissioner inspector general major
  sersan kopral letnan prajurit purn
`)

/** Given names that never name a place: they keep "Bupati Muhammad Bayu" from losing its first name. */
export const NAME_STARTERS = set(`
  muhammad mohammad moh muh mhd mohd muhd ahmad achmad abdul siti nur sri i ni putu made wayan ketut gusti ida cokorda tjokorda desak
  lalu baiq cut teuku tengku uti andi kemas kms kiagus kgs masagus mgs nyimas nys raden
  maria yohanes yohana fransiskus agustinus petrus paulus markus yakobus stefanus theresia elisabeth benediktus
  yosef yoseph antonius dominikus kristina katarina bernadeta gregorius hendrikus ignatius wilhelmus yustinus
`)

/**
 * Words that open a long Balinese name: caste titles and birth-order markers ("I Gusti Ngurah Artha Wiguna",
 * "Ida Bagus Putu Mahendra", "Cokorda Gede Agung Putra"). Such names often run to five or six words.
 */
// (Also Buton's "La Ode"/"Wa Ode" noble names, which run to five or six words: "La Ode Muhammad Tamrin Kaimuddin".)
export const LONG_NAME_STARTERS = set(`i ni ida gusti cokorda tjokorda desak la wa`)

/** News outlets that interview people ("Tempo asked", "Kompas met her", "tanya Republika"): never a person's name. */
export const NEWS_OUTLETS = set(`tempo kompas reuters afp bloomberg detikcom tribunnews republika okezone liputan6 kumparan`)

/**
 * Capitalised words that are never (the start of) a person's name: function words, days, months, common nouns, and the
 * news outlets (NEWS_OUTLETS).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([...NEWS_OUTLETS, ...set(`
  cucunya anaknya istrinya suaminya ibunya ayahnya adiknya kakaknya keponakannya menantunya neneknya kakeknya
  terdakwa tersangka rombongan nomor menurut sementara selain dalam di pada untuk dengan hal ia dia beliau kami kita saya mereka para seluruh semua
  sebagai lebih namun tetapi adapun sedangkan kemudian selanjutnya sebelumnya usai seusai saat ketika tahun senin
  selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november
  desember warga masyarakat kegiatan acara program rapat forum tim petugas peserta baca juga sumber foto ini itu
  tersebut apel negara yang dan atau karena jika bila agar supaya bahwa oleh kepada dari ke bagi tentang sejak hingga
  sampai terkait berdasarkan melalui bersama didampingi selaku sebab maka lalu ada tidak bukan harus akan sudah telah
  masih setelah sebelum sehingga meski meskipun walaupun bahkan pun begitu demikian rp kegiatannya pihaknya sekitar
  hari pekan bulan pagi siang sore malam wib wita wit jl jalan gedung aula ruang kampus hotel masjid gereja lapangan
  stadion gor alun-alun pasar posko rakor rakorda rakornas musrenbang apbd apbn kabar berita kliping catatan editor
  pewarta reporter penulis redaksi
  he she they we it the this that in on at after before following meanwhile however according when while if as but
  so then since because although though during for with from by to of there here
  pasal bab ayat lampiran tahap butir huruf paragraf
`)])

/**
 * Abbreviations whose full stop does not end a sentence. Rank and corps abbreviations too ("Kombes Pol. NAME"):
 * read as a sentence end, they made the name after them a new sentence subject.
 */
export const ABBREVIATIONS = set(`
  h hj dr drs dra drg ir prof kh st no prov kab kec kel jl tgl dll dsb dkk m s si se sos ag pd kes hum ak mm mt sh mh
  ip ipu pak bu bpk sdr sdri yth a.n an u.p pol purn inf kav ny tn moh mohd muh muhd mhd moch mochd achm abd br
  mr mrs ms messrs rev gen col lt capt maj sgt gov sen rep adm brig cmdr supt insp
`)

/** Academic degrees written after a comma ("…, S.E., M.Si."): consumed, never part of the name. */
export const DEGREES = set(`
  se mm msi si sh mh mag sag ssos msos bsc ak ca cpa st mt spd mpd skm mkes sstp map mpa ma phd mba sip ssi mkom skom
  ssn sked spog spa mars sp mp dr msc mkes ssit sstp mtr ners skep amd amdkep
  ssosi shi spdi sthi mpdi mhi sei mei mhum shum spsi mpsi lc sth mth spt spi sik sikom ssy msy sgz mgz mkm sst mtp
  mkn sfarm mfarm strsos amkeb amkep shut mhut sfil mfil sars mtcsm
  mph mha mpp sppd llm meng
`)
