// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchArticleChanges } from './watch-article-changes.ts'

describe('watchArticleChanges', () => {
  // Every watcher a test starts is stopped after it: a watcher left observing would see the clean-up below and fire its
  // timer after the test file's window is gone.
  const controllers: AbortController[] = []
  afterEach(() => {
    for (const controller of controllers.splice(0)) controller.abort()
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  const setup = () => {
    document.body.innerHTML = '<main><article id="a"><p>Satu</p></article></main>'
    let root: Element | null = document.getElementById('a')
    const onChange = vi.fn()
    const controller = new AbortController()
    controllers.push(controller)
    const watcher = watchArticleChanges(window, { currentRoot: () => root, onChange, signal: controller.signal, debounceMs: 10 })
    return { watcher, onChange, setRoot: (el: Element | null) => (root = el), controller }
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 40))

  it('asks for a new pass when the site swaps the article', async () => {
    const { onChange } = setup()
    document.querySelector('main')!.innerHTML = '<article><p>Dua</p></article>'
    await settle()
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('still notices, once resumed, a swap the site made while the watcher was paused', async () => {
    const { watcher, onChange } = setup()
    watcher.pause()
    document.querySelector('main')!.innerHTML = '<article><p>Dua</p></article>'
    await settle()
    expect(onChange).not.toHaveBeenCalled()
    watcher.resume()
    await settle()
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('looks again when a page without an article renders one later (a client-side portal fetching its story)', async () => {
    const { onChange, setRoot } = setup()
    setRoot(null)
    document.querySelector('main')!.innerHTML = '<div id="app"><p>Memuat berita…</p></div>'
    await settle()
    expect(onChange).not.toHaveBeenCalled()
    const story = 'Pemerintah Kabupaten menggelar rapat koordinasi penanganan banjir bersama BPBD dan dinas terkait. '.repeat(8)
    document.getElementById('app')!.innerHTML = `<h1>Rakor Penanganan Banjir</h1><p>${story}</p>`
    await settle()
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('leaves a page without an article alone while it only ticks (a clock, a rotating banner)', async () => {
    const { onChange, setRoot } = setup()
    setRoot(null)
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<span id="clock">10.00 WIB</span><p id="banner">Selamat datang</p>')
    for (let minute = 1; minute <= 5; minute++) {
      document.getElementById('clock')!.textContent = `10.0${minute} WIB`
      document.getElementById('banner')!.textContent = `Pengumuman ${minute}: layanan KTP buka pukul 08.00`
      await settle()
    }
    expect(onChange).not.toHaveBeenCalled()
  })
})
