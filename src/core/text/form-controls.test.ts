// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { articleText } from './article-text.ts'
import { isFormControlText } from './form-controls.ts'
import { normalizeSpace } from './normalize-space.ts'

const root = (html: string): Element => {
  const el = document.createElement('div')
  el.innerHTML = html
  return el
}

describe('form controls are interface, not article text', () => {
  test('buttons, options and the label of a checkbox; a <label> without a control is ordinary text', () => {
    const el = root('<button>Muat</button><select><option>Satu</option></select><label><input type="checkbox"> Perbarui</label><label for="x">Nama</label><label>Catatan</label>')
    expect(Array.from(el.children, isFormControlText)).toEqual([true, true, true, true, false])
  })
  test('a live report\'s toolbar leaves no words in the article text', () => {
    const el = root('<p>Laporan diperbarui berkala.</p><div class="toolbar"><button type="button">Muat pembaruan</button> <label><input type="checkbox" checked> Perbarui otomatis</label> <span>7 pembaruan</span></div><p>Air mulai surut.</p>')
    expect(normalizeSpace(articleText(el))).toBe('Laporan diperbarui berkala. 7 pembaruan Air mulai surut.')
  })
})

describe('players and reading-time lines are interface, not article text', () => {
  test('a text-to-speech player and a "3 menit baca" line leave no words; a paragraph about listening stays', () => {
    const el = root('<div class="tts-box"><button type="button" aria-label="Putar"><i></i></button><div class="tts-info"><span>Dengarkan berita ini</span><span>00:00 / 02:51</span><small>Didukung oleh mesin suara sintetis</small></div></div>' +
      '<p class="reading-time"><i></i> 3 menit baca</p><p>Warga diajak mendengarkan siaran radio daerah setiap pagi.</p><p class="post-read-time">Baca juga laporan kami sebelumnya tentang radio daerah.</p>')
    expect(normalizeSpace(articleText(el))).toBe('Warga diajak mendengarkan siaran radio daerah setiap pagi. Baca juga laporan kami sebelumnya tentang radio daerah.')
  })
})

describe('what the player rule leaves alone', () => {
  test('a short article under a read-aloud button without a player\'s class, a sentence beside an <audio>, an accordion\'s answer', () => {
    const el = root('<button class="btn" type="button">Dengarkan</button><p>Bupati menyerahkan bantuan kepada korban banjir, Senin (5/2/2027).</p>' +
      '<div class="post-body"><audio controls src="/rekaman.mp3"></audio><p>Dengarkan pernyataan lengkap Bupati pada rekaman di atas.</p></div>' +
      '<div class="accordion-item"><button>Putar balik di mana?</button><div>Kendaraan dapat putar balik di simpang Ciranjang.</div></div>')
    expect(normalizeSpace(articleText(el))).toBe('Bupati menyerahkan bantuan kepada korban banjir, Senin (5/2/2027). Dengarkan pernyataan lengkap Bupati pada rekaman di atas. Kendaraan dapat putar balik di simpang Ciranjang.')
  })
})
