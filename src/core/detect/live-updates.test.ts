// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { detectArticle } from './detect-article.ts'
import { isUpdate, isUpdateFeed } from './live-updates.ts'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const SENTENCE = 'Petugas gabungan memantau ketinggian air di permukiman warga dan membantu warga lanjut usia menuju tempat yang lebih aman, kata koordinator posko.'
const update = (time: string, heading: string) =>
  `<div class="entry"><span class="jam"><time datetime="2025-09-02T${time.replace('.', ':')}:00+07:00">${time} WIB</time></span><h3>${heading}</h3><p>${SENTENCE}</p></div>`
const feed = ['17.05', '15.40', '13.20', '10.05', '08.30'].map((t, i) => update(t, `Perkembangan ke-${5 - i} di lokasi`)).join('')
const el = (html: string) => parse(`<html><body>${html}</body></html>`).body.firstElementChild as Element

describe('live report updates', () => {
  test('cards that open with a time and carry their own heading and text form a feed', () => {
    const list = el(`<div class="stream">${feed}</div>`)
    expect(isUpdate(list.children[2] as Element)).toBe(true)
    expect(isUpdateFeed(list)).toBe(true)
    // A promo card of another class between two updates is passed over.
    const withPromo = el(`<div class="stream">${update('17.05', 'a')}<div class="promo"><p>Baca juga: <a href="/x">Judul lain yang panjang</a></p></div>${feed}</div>`)
    expect(isUpdateFeed(withPromo)).toBe(true)
  })
  test('teasers that open with a time but lead elsewhere with a linked title are no updates', () => {
    const item = (t: string, i: number) => `<li class="item"><span>${t} WIB</span> <a href="/rubrik/x">Ekonomi</a><h3><a href="/berita/${i}/judul">Judul berita nomor ${i} tentang pasar</a></h3><p>${SENTENCE}</p></li>`
    const list = el(`<ul class="indeks">${['07.45', '08.20', '09.30', '10.15'].map(item).join('')}</ul>`)
    expect(isUpdate(list.children[1] as Element)).toBe(false)
    expect(isUpdateFeed(list)).toBe(false)
    // A time and a bare linked title on one line is a teaser too.
    expect(isUpdate(el(`<li><time>07.45</time> <a href="/x">Gubernur Minta Bupati Percepat Penyaluran Pangan</a></li>`))).toBe(false)
  })
  test('a link inside an update\'s sentence does not make it a teaser; three cards are no feed yet', () => {
    expect(isUpdate(el(`<div><time>09.15</time><p>Data terbaru dari <a href="/data">Pusat Pengendalian Operasi BPBD Kota</a> menunjukkan genangan mulai surut di tiga kelurahan pesisir.</p></div>`))).toBe(true)
    expect(isUpdateFeed(el(`<div class="stream">${update('10.05', 'a')}${update('08.30', 'b')}${update('07.10', 'c')}</div>`))).toBe(false)
  })
  test('paragraphs that open with a bold time (a schedule in an article) are no update cards', () => {
    const schedule = ['08.00', '09.30', '11.00', '13.00', '15.30'].map((t) => `<p><strong>${t} WIB</strong> Sesi diskusi bersama perangkat daerah tentang pelayanan publik.</p>`).join('')
    expect(isUpdateFeed(el(`<div class="isi">${schedule}</div>`))).toBe(false)
  })
  test('a live report page is an article whose body is the feed with its introduction', () => {
    const doc = parse(`<html><head><meta property="og:type" content="article"></head><body><div class="wrap"><h1>Laporan Langsung: Banjir di Pesisir</h1>
      <div class="report"><div class="intro"><p>Tim posko menyajikan laporan langsung penanganan banjir di pesisir utara, Selasa (2/9/2025). Laporan diperbarui secara berkala sepanjang hari.</p></div>
      <div class="stream">${feed}</div></div></div></body></html>`)
    const d = detectArticle(doc, new URL('https://bpbd.contohkota.go.id/berita/1207/laporan-langsung-banjir-di-pesisir'))
    expect(d.isArticle).toBe(true)
    expect(d.signals).toContain('density:live-updates')
    expect(d.signals.some((s) => s.startsWith('density:card'))).toBe(false)
    expect(d.root?.className).toBe('report')
  })
})
