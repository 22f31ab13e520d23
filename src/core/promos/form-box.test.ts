// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { formBox, formBoxKind } from './form-box.ts'

const root = (html: string): Element => {
  document.body.innerHTML = `<div id="root">${html}</div>`
  return document.getElementById('root') as Element
}
const form = (fields: string) => root(`<form>${fields}<button type="submit">Kirim</button></form>`).querySelector('form') as Element

describe('formBoxKind', () => {
  test.each([
    ['<input type="hidden" name="_token"><input type="email" name="email">', 'newsletter'],
    ['<input type="text" name="email" placeholder="Alamat surel"><input type="checkbox" name="setuju">', 'newsletter'],
    ['<input type="radio" name="o" value="1"><input type="radio" name="o" value="2"><input type="radio" name="o" value="3">', 'poll'],
    ['<textarea name="komentar"></textarea><input type="email" name="email">', null],
    ['<input type="text" name="q">', null],
    ['<input type="text" name="nama"><input type="email" name="email">', null],
    ['<select name="jenis"><option>PPID</option></select><input type="radio" name="o"><input type="radio" name="o">', null],
  ])('%s → %s', (fields, want) => {
    expect(formBoxKind(form(fields))).toBe(want)
  })
})

describe('formBox', () => {
  test('the widest wrapper whose text around the form is a heading, a sentence and a note', () => {
    const r = root('<p>Paragraf artikel.</p><div class="card"><div class="card-body"><h4>Berlangganan</h4><p>Dapatkan siaran pers, agenda kegiatan dan info destinasi terbaru langsung di kotak masuk Anda.</p><form><input type="email"></form><small>Berhenti kapan saja.</small></div></div>')
    expect(formBox(r.querySelector('form') as Element, r).className).toBe('card')
  })
  test('never the root, and never a wrapper that holds two sentence-long paragraphs besides the form', () => {
    const sentence = 'Pemerintah kabupaten membuka pendaftaran pelatihan bagi pencari kerja hingga akhir bulan ini.'
    const r = root(`<div class="wrap"><p>${sentence}</p><p>${sentence}</p><div class="box"><form><input type="email"></form></div></div>`)
    expect(formBox(r.querySelector('form') as Element, r).className).toBe('box')
    const flat = root('<form><input type="email"></form>')
    expect(formBox(flat.querySelector('form') as Element, flat).tagName).toBe('FORM')
  })
})
