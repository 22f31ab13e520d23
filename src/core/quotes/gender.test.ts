import { describe, expect, it } from 'vitest'
import { addressGender, nameGender, pronounFits } from './gender.ts'

describe('gender from names and forms of address', () => {
  it('reads clear cases and leaves names both sexes carry unknown', () => {
    expect(['Siti Rahmawati', 'Rosdiana br. Naibaho', 'Ni Luh Putu Ariasih', 'Cut Nyak Meutia'].map(nameGender)).toEqual(['f', 'f', 'f', 'f'])
    expect(['Muhammad Ridwan', 'I Made Suarjana', 'Teuku Rizal Fahmi', 'Hendra Gunawan'].map(nameGender)).toEqual(['m', 'm', 'm', 'm'])
    expect(['Andi Tenriola Pawelloi', 'Made Wirawan', 'Dian Purnama', 'Ketut Darmayasa'].map(nameGender)).toEqual([null, null, null, null])
    expect([addressGender('bu'), addressGender('hj'), addressGender('pak'), addressGender('h'), addressGender('dr')]).toEqual(['f', 'f', 'm', 'm', null])
  })
  it('lets an unknown sex fit either pronoun', () => {
    expect([pronounFits('she', null), pronounFits('he', null), pronounFits('she', 'm'), pronounFits('he', 'm'), pronounFits('ia', 'f')]).toEqual([true, true, false, true, true])
  })
})
