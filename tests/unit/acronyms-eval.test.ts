/**
 * Evaluates acronym expansion on every labelled fixture in tests/fixtures/acronyms/ and asserts the issue's bars.
 * An occurrence is matched when block + start + form agree and the expansions agree case-insensitively (after
 * folding punctuation and spaces: "Badan Meteorologi, Klimatologi, dan Geofisika" = "badan meteorologi
 * klimatologi dan geofisika"). A prediction at the right place with the wrong expansion counts as one false
 * positive and one miss. Fixtures marked `"holdout": true` were written after tuning; their figures are printed
 * apart. Run: npx vitest run --project unit tests/unit/acronyms-eval.test.ts
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findAcronyms, type AcronymOccurrence } from '../../src/core/acronyms/find-acronyms.ts'

interface GoldOccurrence {
  paragraph: number
  start: number
  form: string
  expansion: string
}
interface Fixture {
  name: string
  region?: { province: string | null; regency: string | null } | string
  /** Either the paragraphs, or a text file (one paragraph a line) relative to the fixture directory. */
  paragraphs?: string[]
  paragraphsFrom?: string
  occurrences: GoldOccurrence[]
  /** true: the first hold-out set; a string names a later hold-out set, whose figures are also printed apart. */
  holdout?: boolean | string
}

const DIR = join(import.meta.dirname, '../fixtures/acronyms')
const fixtures: Array<Fixture & { file: string; blocks: string[] }> = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    const fx = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture
    const blocks = fx.paragraphsFrom
      ? readFileSync(join(DIR, fx.paragraphsFrom), 'utf8').replace(/\n+$/, '').split('\n')
      : (fx.paragraphs ?? [])
    return { ...fx, file, blocks }
  })

export const foldExpansion = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}/]+/gu, ' ').trim()

function regionOf(fx: Fixture): { province: string | null; regency: string | null } {
  if (!fx.region) return { province: null, regency: null }
  if (typeof fx.region === 'string') return { province: fx.region, regency: null }
  return fx.region
}

interface Score {
  tp: number
  fp: number
  fn: number
  gold: number
  fixtures: number
}
const empty = (): Score => ({ tp: 0, fp: 0, fn: 0, gold: 0, fixtures: 0 })
const precision = (s: Score): number => (s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1)
const recall = (s: Score): number => (s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1)
const line = (label: string, s: Score): string =>
  `${label}: precision ${precision(s).toFixed(3)} (${s.tp} right, ${s.fp} wrong or spurious) · recall ${recall(s).toFixed(3)} (${s.fn} missed of ${s.gold}) · ${s.fixtures} fixtures`

describe('acronym expansion on the labelled fixtures', () => {
  const tuned = empty()
  const holdout = empty()
  const holdoutSets = new Map<string, Score>()
  const problems: string[] = []
  let seedMissing: string[] = []
  let seedGold = 0

  for (const fx of fixtures) {
    const predicted: AcronymOccurrence[] = findAcronyms(fx.blocks, { region: regionOf(fx) })
    const scores = fx.holdout ? [holdout] : [tuned]
    if (typeof fx.holdout === 'string') {
      const set = holdoutSets.get(fx.holdout) ?? empty()
      holdoutSets.set(fx.holdout, set)
      scores.push(set)
    }
    const add = (key: 'tp' | 'fp' | 'fn' | 'gold' | 'fixtures', n = 1): void => {
      for (const s of scores) s[key] += n
    }
    add('fixtures')
    add('gold', fx.occurrences.length)
    const byPlace = new Map<string, AcronymOccurrence>()
    for (const p of predicted) byPlace.set(`${p.block}:${p.start}:${p.form}`, p)
    const used = new Set<AcronymOccurrence>()
    const missing: string[] = []
    for (const gold of fx.occurrences) {
      const p = byPlace.get(`${gold.paragraph}:${gold.start}:${gold.form}`)
      if (p && foldExpansion(p.expansion) === foldExpansion(gold.expansion)) {
        add('tp')
        used.add(p)
        continue
      }
      add('fn')
      const why = p ? `WRONG ${gold.form} = “${p.expansion}” (gold “${gold.expansion}”)` : `MISSED ${gold.form} (${gold.expansion})`
      missing.push(why)
      problems.push(`${fx.file} ¶${gold.paragraph}@${gold.start}: ${why}`)
    }
    for (const p of predicted) {
      if (used.has(p)) continue
      add('fp')
      const exists = fx.occurrences.some((g) => g.paragraph === p.block && g.start === p.start && g.form === p.form)
      if (!exists) problems.push(`${fx.file} ¶${p.block}@${p.start}: SPURIOUS ${p.form} = “${p.expansion}” (${p.source})`)
    }
    if (fx.file === 'seed-article.json') {
      seedMissing = missing
      seedGold = fx.occurrences.length
    }
  }
  const all: Score = {
    tp: tuned.tp + holdout.tp,
    fp: tuned.fp + holdout.fp,
    fn: tuned.fn + holdout.fn,
    gold: tuned.gold + holdout.gold,
    fixtures: tuned.fixtures + holdout.fixtures,
  }

  it('prints the figures and meets precision ≥ 0.97 and recall ≥ 0.90', () => {
    const report = [
      line('acronyms (all)', all),
      line('acronyms (tuned)', tuned),
      line('acronyms (hold-out)', holdout),
      ...[...holdoutSets].map(([set, s]) => line(`acronyms (hold-out set "${set}")`, s)),
      // Recorded when the hold-out fixtures first ran, before the fixes they prompted (see fixtures/acronyms/README.md).
      'acronyms (hold-out, first run, recorded): precision 1.000 (139 right, 0 wrong) · recall 0.979 (3 missed of 142: SAR, UHC ×2)',
      'acronyms (hold-out set "review-text", first run, recorded): precision 0.984 (123 right, 2 wrong) · recall 0.984 (2 missed of 125: KUA-PPAS ×2, a wrong gold label, corrected)',
      'acronyms (hold-out set "review-acronyms2", first run, recorded): precision 0.955 (253 right, 12 wrong or spurious) · recall 0.920 (22 missed of 275: gold labels against the policy ×4, missing rows ×13, wrong sense PKB ×1, truncated definition P4GN ×1, lowercase pemkab/pemkot ×2, multi-word form in an ALL-CAPS headline ×1)',
      'acronyms (hold-out set "review-acronyms3", first run, recorded): precision 0.984 (180 right, 3 wrong or spurious) · recall 0.968 (6 missed of 186: missing rows KKHI, LPPM, Armuzna ×2, livestock sense of PKH, PT given an article definition, Kominfo of a city office)',
      'acronyms (hold-out set "review-acronyms4", first run, recorded): precision 0.969 (218 right, 7 wrong or spurious) · recall 0.952 (11 missed of 229: missing rows ×5, a document number, a dateline in capitals, wrong sense BPD/PPK/BPK, a truncated long form, labels that differ Silpa ×1 and Humas ×2)',
      'acronyms (hold-out set "review-acronyms5", first run, recorded): precision 0.948 (201 right, 11 wrong or spurious) · recall 0.874 (29 missed of 230: missing rows ×19, head title + unit counted once ×2, wrong sense P3A/BOP, dictionary expansions Pantarlih/Golkar/Gerindra, a truncated long form, PT as the high court)',
      'acronyms (hold-out set "review-acronyms6", first run, recorded): precision 0.971 (203 right, 6 wrong or spurious) · recall 0.883 (27 missed of 230: missing rows ×18, lower-case spellings ×5, korban PHK as initials, Kanit Gakkum split, wrong sense BPD/PKB, KTT label, Pemilu inside a long form)',
      'acronyms (hold-out set "review-acronyms7", first run, recorded): precision 0.981 (204 right, 4 wrong or spurious) · recall 0.887 (26 missed of 230: missing rows ×19, Kalaksa BPBD split, Kasat Polairud as Kepolisian, lower-case "benteng" matched an article definition)',
      'acronyms (hold-out set "review-acronyms8", first run, recorded): precision 0.987 (220 right, 3 wrong or spurious) · recall 0.924 (18 missed of 238)',
      'acronyms (hold-out set "review-acronyms9", first run, recorded): precision 0.918 (213 right, 19 wrong or spurious) · recall 0.877 (30 missed of 243)',
      'acronyms (hold-out set "review-acronyms10", an ordinary sample, first run, recorded): precision 1.000 (232 right, 0 wrong or spurious) · recall 0.975 (6 missed of 238: CCTV ×2, Sarko ×2, lower-case kamtibmas and reskrim)',
      'acronyms (hold-out set "review-acronyms11", an ordinary sample, first run, recorded): precision 0.992 (237 right, 2 wrong or spurious) · recall 0.988 (3 missed of 240: Kasubdit, Biro Adpim as one name, e-PPGBM read with its "e-")',
      'acronyms (hold-out set "review-acronyms12", national news outlets, first run, recorded): precision 0.991 (232 right, 2 wrong or spurious) · recall 0.971 (7 missed of 239: TPS after "DI 14" in a caps headline read as a plate, PKS and PKB among other parties, valas, and two labels that differ: DKI of "DKI Jakarta", PPN and Bappenas of "Menteri PPN/Kepala Bappenas")',
      'acronyms (hold-out set "review-acronyms13", an ordinary sample of regency short names, first run, recorded): precision 0.992 (240 right, 2 wrong or spurious) · recall 0.980 (5 missed of 245: Jalinsum, lower-case perda ×2, KLU without its "Kabupaten", and a label that differs: Kesbangpol defined as "Badan Kesatuan Bangsa dan Politik")',
      'acronyms (hold-out set "review-acronyms14", English pages, first run, recorded): precision 0.312 (68 right, 150 wrong or spurious) · recall 0.308 (153 missed of 221: English glosses before the bracket not read as definitions, so the Indonesian names were given, 143; "the" kept in a long form; missing KTP, Biro KLI, PUPR, PPK, HPP, SBN)',
      'acronyms (hold-out set "review-acronyms15", a second English set, first run, recorded): precision 0.857 (192 right, 32 wrong or spurious) · recall 0.889 (24 missed of 216: glosses opening a sentence, after a preposition, after another short form or a place, with a list comma or a slash; declared initials "RS, 52"; English acronyms the article defines, HPV and EVs, expanded)',
      'acronyms (hold-out set "review-acronyms16", an ordinary sample from Sulbar, Kaltara, Bengkulu and Papua Tengah, first run, recorded): precision 0.995 (201 right, 1 wrong or spurious) · recall 0.976 (5 missed of 206: BU ×2, its definition "Bengkulu Utara (BU)" read as a person\'s initials; Pamtas ×2, no row; and a label that differs: Sekwan as "Sekretaris Dewan")',
      'acronyms (hold-out set "review-acronyms17", a second ordinary sample from Sulbar, Bulungan, Rejang Lebong, Mimika and Bintan, first run, recorded): precision 0.986 (290 right, 4 wrong or spurious) · recall 0.967 (10 missed of 300: RL ×5, its definition "Rejang Lebong (RL)" read as a person\'s initials; 3B defined by a bracketed list; Kaur as Kepala Urusan; Bappeda-Litbang and OM-SPAN as one name each; PD of the degree "Sp.PD"; and a label that differs: Dandim as "Komandan Distrik Militer")',
      'acronyms (hold-out set "review-acronyms18", an ordinary sample of Java and Sumatra regencies and cities, first run, recorded): precision 0.972 (280 right, 8 wrong or spurious) · recall 0.946 (16 missed of 296: APBD-P ×4 defined as "Perubahan APBD (APBD-P)", Damkar ×3 given the Dinas, Genting ×2, Permendes PDT, RW after "warga", AC-WC, lower-case pokir, e-PPGBM, BOK, DS in "0204/DS")',
      'acronyms (hold-out set "review-acronyms19", national ministry press releases, first run, recorded): precision 0.986 (289 right, 4 wrong or spurious) · recall 0.973 (8 missed of 297: SDA of "Dirjen SDA" and PSP of "Dirjen PSP" not taken from the article\'s "Ditjen SDA"/"Ditjen PSP", SSCASN, Pantura, RDKK; and labels that differ: PU of "Menteri PU" ×2 and Menko of "Menko Pangan" labelled alone)',
      'acronyms (hold-out set "review-acronyms20", a third English set, first run, recorded): precision 0.885 (193 right, 25 wrong or spurious) · recall 0.885 (25 missed of 218: a region short form before a gloss kept in it, "Tapteng General Elections Commission" ×6; glosses after the form inside the bracket not read, KPPS ×4; undefined-looking forms given Indonesian names where the article glossed them, PSU ×2, TKD, WTP; gloss edges — a number word, "including", a verb or an adjective kept, BTT, ASN ×2, PNBP ×2, PSN, jumantik, "regional" dropped from BPKAD; WHO and "Mt" the article defines; Lanud, PKS, balita)',
      'acronyms (hold-out set "review-acronyms21", Aceh, Jambi, Sumatera Selatan and Kalimantan Barat, first run, recorded): precision 0.995 (216 right, 1 wrong or spurious) · recall 0.935 (15 missed of 231: missing rows MPU ×2, WH, BPBA, ADG, Raqan, SWDKLLJ, MBLB, NPWPD, MCP, Daops, ISPU, PBPU; BP of "PBPU/BP"; Tanjab after a Kodim number; KH of "Jalan KH Wahid Hasyim" expanded as the article\'s Kapuas Hulu)',
      'acronyms (hold-out set "review-acronyms22", sector news from Sulteng, Maluku, NTT, Papua Selatan and Kalteng, first run, recorded): precision 0.965 (274 right, 10 wrong or spurious) · recall 0.929 (21 missed of 295: missing rows bumil ×4, KUB ×2, LiLA, RMU, HPP, BPTD, angkot; sector senses PSU ×2 and KB; the article\'s own "Dinas Perumahan Rakyat dan Kawasan Permukiman (Disperkim)" ×4; labels that differ: PUPR ×2 and Kadis of "Kadis PUPR"/"Kepala Dinas PUPR"; and, spurious, BUN in the dateline "PANGKALAN BUN")',
      'acronyms (hold-out set "review-acronyms23", law, security and justice news, first run, recorded): precision 0.930 (252 right, 19 wrong or spurious) · recall 0.854 (43 missed of 295: labels that differ — a head title and its unit labelled apart, Kasi Pidsus/Intel/Humas, Kasat Resnarkoba, Kanwil Ditjenpas, Mabes TNI AD, Dinas PUPR, Menteri Imipas, Pengadilan Tipikor — ×23; BNNK as the regency office ×4; missing rows Intel, Pendim, Pasiter, Wasev, Opsnal, PPA, Permenkumham, Litmas and lower-case kodim, lapas; PB and CB defined in place but read as initials ×4; PT Surabaya; KPLP of a Lapas; and, spurious, PK inside a dotted document number)',
      'acronyms (hold-out set "review-acronyms24", an ordinary sample of MMC Kalteng news, first run, recorded): precision 0.980 (289 right, 6 wrong or spurious) · recall 0.970 (9 missed of 298: missing rows GPM, Pusdalops, Ditjenbun, DP3APPKB; "peserta dari kelompok tani (poktan)" taken whole; labels that differ: Pj Sekda as one, Adpim apart from Biro, Setwan as Sekretariat Dewan, baduta with its "anak")',
      'acronyms (hold-out set "review-acronyms25", religious affairs, hajj, zakat, MTQ, interfaith and youth sports, first run, recorded): precision 0.981 (304 right, 6 wrong or spurious) · recall 0.944 (18 missed of 322: missing rows SARA ×3, MKQ, M2IQ, IPSI, Pengcab and lower-case juknis; PBSI defined with a word its letters skip; PBM defined by a name longer than the window ×2; Kesbangpol without the "Badan" the article gives it ×5; labels that differ: Dandim as "Komandan Distrik Militer", lansia undefined)',
      'acronyms (hold-out set "review-acronyms26", a fourth English set, first run, recorded): precision 0.931 (268 right, 20 wrong or spurious) · recall 0.912 (26 missed of 294: a verb or a negation kept at an English gloss\'s left edge — withhold, keeps, sign new, no, carrying — ×6; one-word and lower-case glosses in the bracket, PSU (re-vote) ×2, Pj (acting), RKAB (work plans and budgets) ×2; "the Indonesian Forum for the Environment (Walhi)" ×3 and "the Trans-Sumatra Toll Road (JTTS)" ×2 not read; "transfers to regions (TKD)" ×6; "children under five (balita)" ×3; the one-word "Navy (TNI AL)"; RKEF, which this reviewer leaves unlabelled)',
      'acronyms (hold-out set "review-acronyms27", an ordinary sample from Sulawesi, NTT, Maluku Utara and Papua Barat Daya, first run, recorded): precision 1.000 (309 right, 0 wrong or spurious) · recall 0.997 (1 missed of 310: Sulselbar, the two provinces\' bank name)',
      'acronyms (hold-out set "review-acronyms28", ordinary administrative news from Java and Sumatra, first run, recorded): precision 1.000 (330 right, 0 wrong or spurious) · recall 0.994 (2 missed of 332: the office Diskominfosanditik, and LU in the Kodim designation "Dandim 0412/LU")',
      'acronyms (hold-out set "review-acronyms29", careless writing on small regional sites, first run, recorded): precision 0.978 (313 right, 7 wrong or spurious) · recall 0.918 (28 missed of 341: missing rows and lower-case forms — musdes ×4, sekdes ×2, bumdes, linmas, poskamling, Kapus, DT ×2, Td, ARKAS, PMR, P5, IPA, IPS, PJOK, BK; PUSKESMAS in capitals; a second definition of KEK and PKK not followed ×5; "APBD P" and APBDP)',
      'acronyms (hold-out set "review-acronyms30", regional private outlets on local government, first run, recorded): precision 0.993 (292 right, 2 wrong or spurious) · recall 0.924 (24 missed of 316: missing rows GPS ×2, SRU, Dikes, BEM, Untan ×2, HMI, PMII, GMNI, CCO, LED, INA-CBG, BMHP, jaspel ×2, Dewas, P3MD; PH defined at a sentence start ×3; PKB after "legislator"; "Kabag Ops" and "Dinas PU" read apart)',
      'acronyms (hold-out set "review-acronyms31", health, education and social-welfare news, first run, recorded): precision 0.988 (328 right, 4 wrong or spurious) · recall 0.951 (17 missed of 345: missing rows CSR, ATM, HPR ×2, SIZE, PICU, SIASN, RA, PNF, USG, calistung; the lower-case kasira after its definition; PAUD inside "Satuan PAUD Sejenis"; "Kasi Kesga" and "Kabid P2P" read as the title alone; labels that differ: "Kabid PAUD" read as one where the article writes the unit out after it; KK as the family card after "fotokopi KTP-el dan")',
      'acronyms (hold-out set "review-acronyms32", agriculture, food security, fisheries, forestry and environment news, first run, recorded): precision 0.975 (318 right, 8 wrong or spurious) · recall 0.924 (26 missed of 344: missing rows and forms OPT, B2SA, ZEE, KRI, LPG, Jakstrada, PROPER, Pokmaswas ×3, Kadiskan, Alsintan ×5 (also lower-case), Jl.; P of the navy corps "(P)"; the Java sense of KPH (Perhutani\'s Kesatuan Pemangkuan Hutan) ×2; TPA as the Qur\'an school and PPL as teaching practice ×3; "Kementerian ESDM" and "Dinas ESDM" read apart; Lanud\'s label differs)',
      'acronyms (hold-out set "review-acronyms33", an ordinary sample of MMC Kalteng news, first run, recorded): precision 0.997 (320 right, 1 wrong or spurious) · recall 0.994 (2 missed of 322: IUP undefined in a plantation story read as the mining permit; TRC undefined)',
      'acronyms (hold-out set "review-acronyms34", public works, transport, housing, mining, licensing and audit, first run, recorded): precision 0.988 (340 right, 4 wrong or spurious) · recall 0.980 (7 missed of 347: Apersi twice; AKAP twice and AKDP defined one word short; SDA in a quote after its water-resources occurrence; lower-case pansus)',
      'acronyms (hold-out set "review-acronyms35", an ordinary sample of regency, city and provincial news, first run, recorded): precision 0.979 (321 right, 7 wrong or spurious) · recall 0.964 (12 missed of 333: KEK of pregnant women ×3 and KK as households (no such senses); lower-case damkar; RSD; e-PPGBM labelled whole against the recorded policy; balita ×2 and baduta; Kesbangpol and DPRK labelled with other names)',
      `acronyms (seed article): ${seedGold - seedMissing.length}/${seedGold} occurrences expanded correctly${seedMissing.length ? ` — ${seedMissing.join('; ')}` : ''}`,
    ]
    console.log(report.join('\n') + (problems.length ? `\n  ${problems.join('\n  ')}` : ''))
    expect(precision(all)).toBeGreaterThanOrEqual(0.97)
    expect(recall(all)).toBeGreaterThanOrEqual(0.9)
    expect(all.gold).toBeGreaterThanOrEqual(300)
  })

  it('expands every acronym of the seed article correctly, promo line included', () => {
    expect(seedGold).toBeGreaterThan(0)
    expect(seedMissing).toEqual([])
  })
})
