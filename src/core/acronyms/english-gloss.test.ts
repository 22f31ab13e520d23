import { describe, expect, it } from 'vitest'
import { findAcronyms } from './find-acronyms.ts'
import { findDefinitions } from './definitions.ts'

const defs = (blocks: string[]) => findDefinitions(blocks).map((d) => `${d.sf}=${d.lf}`)

describe('English glosses as in-article definitions', () => {
  it('reads the English name before the bracket on an English page, without "the" or a place before it', () => {
    expect(defs([
      'Jakarta (ANTARA) - The National Search and Rescue Agency (Basarnas) has sent two boats to the Mahakam river, East Kalimantan (Kaltim), after the flood.',
      'The team was joined by staff of the Meteorology, Climatology, and Geophysical Agency (BMKG) and of a command post (posko) set up by the Samarinda District Court (PN).',
      'The Directorate General of Customs (DJBC) and DJP (Directorate General of Taxes) said that tax relief for ministries and agencies (K/L) would follow.',
    ])).toEqual([
      'Basarnas=National Search and Rescue Agency', 'Kaltim=East Kalimantan', 'BMKG=Meteorology, Climatology, and Geophysical Agency',
      'posko=command post', 'PN=District Court', 'DJBC=Directorate General of Customs', 'DJP=Directorate General of Taxes', 'K/L=ministries and agencies',
    ])
  })
  it('reads glosses that open a sentence, follow a preposition, another short form or a place, or list with commas', () => {
    expect(defs([
      'In West Nusa Tenggara (NTB), the governor said the plan would start soon. Foreign direct investment (PMA) rose this year.',
      'Crews from the KAI Operation Area (Daop) and the Palangka Raya Operational Area (Daops) joined, with loans to micro, small and medium enterprises (UMKM).',
      'The Agrarian and Spatial Planning Ministry/National Land Agency (ATR/BPN) said that the province\'s regional secretary (Sekda) was informed.',
    ])).toEqual([
      'NTB=West Nusa Tenggara', 'PMA=Foreign direct investment', 'Daop=Operation Area', 'Daops=Operational Area',
      'UMKM=micro, small and medium enterprises', 'ATR/BPN=Agrarian and Spatial Planning Ministry/National Land Agency', 'Sekda=regional secretary',
    ])
  })
  it('leaves a regency\'s short form before the office apart, stops at a figure, and reads a lower-case gloss in the bracket', () => {
    const region = { province: 'Sumatera Utara', regency: 'Tapanuli Tengah' }
    const found = findAcronyms([
      'Officials of the Tapteng General Elections Commission (KPU) said the re-count in Tapteng would start on Monday.',
      'Bawaslu found that 14 people, including three civil servants (ASN), had voted twice at the polling stations.',
      'Each KPPS (polling station working committee) will have seven members, and the KPU will train every KPPS.',
    ], { region }).map((o) => `${o.form}=${o.expansion}`)
    expect(found).toContain('KPU=General Elections Commission')
    expect(found).toContain('ASN=civil servants')
    expect(found).toContain('KPPS=polling station working committee')
    expect(found).not.toContain('KPU=Tapteng General Elections Commission')
  })
  it('keeps a capitalised "The" the form spells, and never reads across a quote mark', () => {
    expect(defs(['The Nature Conservancy (TNC) said that the Indonesian Military (TNI) and the “Safe Seas” Program (SSP) were ready.'])).toEqual([
      'TNC=The Nature Conservancy', 'TNI=Indonesian Military',
    ])
  })
  it('never takes a person\'s name or an Indonesian page\'s words as an English gloss', () => {
    expect(defs(['The report was signed by Richard Lamahoda (RK) and has been sent to the minister.'])).toEqual([])
    expect(defs(['Kepala Dinas Kesehatan Provinsi menyampaikan laporan kepada Pusat Krisis Kesehatan (PPK) hari ini.'])).not.toContain('PPK=Pusat Krisis Kesehatan')
  })
  it('expands every occurrence of the form with the article\'s English name, the headline\'s too', () => {
    const blocks = ['BNPB sends rescue team to flooded villages', 'The National Disaster Mitigation Agency (BNPB) said on Monday that BNPB staff had reached the area.']
    const occ = findAcronyms(blocks, { region: { province: null, regency: null } }).filter((o) => o.form === 'BNPB')
    // Initials an English page declares are a person's ("identified only by her initials RS, 52"), not a hospital.
    const initials = findAcronyms(['A teacher identified only by her initials RS, 52, said that RS had voted at the polling station.'], { region: { province: null, regency: null } })
    expect(initials.map((o) => o.form)).toEqual([])
    expect(occ.map((o) => o.expansion)).toEqual(['National Disaster Mitigation Agency', 'National Disaster Mitigation Agency', 'National Disaster Mitigation Agency'])
  })
  it('leaves a verb or a negation outside the gloss, reads one-word glosses in the bracket, and names of roads and forums', () => {
    expect(defs(['The ministry ordered the offices to withhold sailing approvals (SPB) from overloaded vessels, the minister said.'])).toContain('SPB=sailing approvals')
    expect(defs(['The inspectors found that the companies had no forest area use approval (PPKH) for the pits.'])).toContain('PPKH=forest area use approval')
    expect(defs(['The court ordered a PSU (re-vote) and told the regency\'s Pj (acting) regent to stay neutral.'])).toEqual(['PSU=re-vote', 'Pj=acting'])
    expect(defs(['The Indonesian Forum for the Environment (Walhi) said the travelers used the Trans-Sumatra Toll Road (JTTS) to Palembang.'])).toEqual([
      'Walhi=Indonesian Forum for the Environment', 'JTTS=Trans-Sumatra Toll Road',
    ])
    // A name that stands by itself after "of the" stays alone: the commission is not part of the House's name.
    expect(defs(['The bill was sent to Commission II of the House of Representatives (DPR) on Monday, the minister said.'])).toContain('DPR=House of Representatives')
    // A photo's one-word bracket is no gloss.
    expect(defs(['The governor met the head of the BPBD (right) at the post, the statement said.'])).not.toContain('BPBD=right')
  })
})

