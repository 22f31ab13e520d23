import { describe, expect, it } from 'vitest'
import { tokenizeText } from './tokenize.ts'
import { C_KEMEN, C_POST_CUE, C_SPEECH_VERB, C_TITLE, C_VERB_PREFIX, Vocabulary, W_DI } from './vocabulary.ts'

describe('Vocabulary', () => {
  it('gives a word the same id from the tokenizer’s key and from its lower-case string', () => {
    const vocab = new Vocabulary()
    const s = tokenizeText('Mengatakan kemendagri Kepala-Dinas pemberdayaan-masyarakat', [], vocab)
    expect(vocab.intern('mengatakan')).toBe(s.values[0])
    expect(vocab.intern('kemendagri')).toBe(s.values[1])
    expect(vocab.intern('kepala-dinas')).toBe(s.values[2])
    // Longer than the packed key: the tail decides.
    expect(vocab.intern('pemberdayaan-masyarakat')).toBe(s.values[3])
    expect(vocab.intern('pemberdayaan-masyarakap')).not.toBe(s.values[3])
    // A non-ASCII word whose lower-case form is ASCII (Kelvin sign K) shares the ASCII word's id.
    const kelvin = tokenizeText('\u212aab Kab', [], vocab)
    expect(kelvin.values[0]).toBe(kelvin.values[1])
    expect(vocab.size).toBe(new Set(vocab.lower).size)
  })
  it('classifies each word once with the lexicon', () => {
    const vocab = new Vocabulary()
    const id = (w: string) => vocab.intern(w)
    expect(vocab.classes[id('bupati')]! & C_TITLE).toBeTruthy()
    expect(vocab.classes[id('mengatakan')]! & C_SPEECH_VERB).toBeTruthy()
    expect(vocab.classes[id('ujarnya')]! & C_POST_CUE).toBeTruthy()
    expect(vocab.cues[id('ujarnya')]).toEqual({ root: 'ujar', pronoun: true, confidence: 1 })
    expect(vocab.classes[id('kemendagri')]! & C_KEMEN).toBeTruthy()
    expect(vocab.classes[id('kemen')]! & C_KEMEN).toBeFalsy()
    expect(vocab.classes[id('sudahlah')]! & C_VERB_PREFIX).toBeTruthy()
    expect(vocab.special[id('di')]).toBe(W_DI)
  })
  it('marks exactly the words that start like a verb or auxiliary (/^(me|ber|di|ter|juga|akan|telah|sudah)/)', () => {
    const vocab = new Vocabulary()
    const words = ['menegaskan', 'me', 'berkata', 'be', 'dikatakan', 'd', 'terungkap', 'telah', 'tela', 'juga', 'jug', 'akan', 'aka', 'sudah', 'suda',
      'mata', 'bupati', 'dinas', 'tomsi', 'jakarta', 'adalah', 'sekda', 'wali', 'kemendagri', '2025', 'm', '']
    for (const word of words) {
      expect(((vocab.classes[vocab.intern(word)] as number) & C_VERB_PREFIX) !== 0, word).toBe(/^(me|ber|di|ter|juga|akan|telah|sudah)/.test(word))
    }
  })
  it('grows its table without losing words', () => {
    const vocab = new Vocabulary(4)
    const words = Array.from({ length: 3000 }, (_, k) => `kata${k.toString(36)}`)
    const ids = words.map((w) => vocab.intern(w))
    expect(words.map((w) => vocab.intern(w))).toEqual(ids)
    expect(new Set(ids).size).toBe(words.length)
  })
})
