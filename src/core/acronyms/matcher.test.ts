import { describe, expect, it } from 'vitest'
import { layerFromEntries, shippedDictionary } from './dictionary.ts'
import { scanBlock, WORD_RUN } from './matcher.ts'
import { isWordChar } from './tokenize.ts'

const forms = (text: string): string[] => scanBlock(text, 0, [shippedDictionary()]).map((m) => text.slice(m.start, m.end))

describe('scanBlock', () => {
  it('matches whole tokens, longest first', () => {
    expect(forms('Satpol PP menegakkan PP Nomor 16 dan Perda.')).toEqual(['Satpol PP', 'PP', 'Perda'])
    expect(forms('Pembahasan APBD-P dan APBDes di Pemkab-nya.')).toEqual(['APBD-P', 'APBDes', 'Pemkab'])
    expect(forms('petani se-Kalteng dan MMCKalteng')).toEqual(['Kalteng'])
  })
  it('is case-sensitive, with lowercase variants only where allowed', () => {
    expect(forms('bin Abdullah, pd, rakor bersama para sekda')).toEqual(['rakor', 'sekda'])
  })
  it('takes the dot of dotted forms except at the end of the block, and dotless "nodot" forms', () => {
    expect(forms('Inspektorat Daerah Prov. Kalteng dan Kab Kotim')).toEqual(['Prov.', 'Kalteng', 'Kab', 'Kotim'])
    expect(forms('berada di Kab.')).toEqual(['Kab'])
  })
  it('matches all-caps spellings of syllabic forms in all-caps blocks, and of long ones (seven letters or more) in running text too', () => {
    expect(forms('SEKJEN KEMENDAGRI MINTA DAERAH SINKRONKAN PROGRAM')).toEqual(['SEKJEN', 'KEMENDAGRI'])
    expect(forms('Kata KEMENDAGRI di tengah kalimat biasa')).toEqual(['KEMENDAGRI'])
    expect(forms('Kata SEKJEN di tengah kalimat biasa')).toEqual([])
  })
  it('skips URLs, e-mail addresses, hashtags and handles', () => {
    expect(forms('Lihat www.bpk.go.id, humas@bpk.go.id, #BPK dan @BPKRI; BPK hadir.')).toEqual(['BPK'])
  })
  it('lets an earlier layer win at equal length', () => {
    const article = layerFromEntries([{ form: 'PD', expansion: 'Partai Demokrat', category: 'parliament', source: 'article' }], 'article')
    const [m] = scanBlock('Kader PD hadir', 0, [article, shippedDictionary()])
    expect(m?.senses[0]?.expansion).toBe('Partai Demokrat')
  })
})

describe('the token regex', () => {
  it('takes exactly the characters isWordChar takes, over the whole Basic Multilingual Plane', () => {
    const wrong: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const one = String.fromCharCode(code)
      WORD_RUN.lastIndex = 0
      const byRegex = WORD_RUN.exec(one)?.[0] === one
      if (byRegex !== isWordChar(code)) wrong.push(code)
    }
    expect(wrong).toEqual([])
  })
})
