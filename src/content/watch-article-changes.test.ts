// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchArticleChanges } from './watch-article-changes.ts'

describe('watchArticleChanges', () => {
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  const setup = () => {
    document.body.innerHTML = '<main><article id="a"><p>Satu</p></article></main>'
    let root: Element | null = document.getElementById('a')
    const onChange = vi.fn()
    const controller = new AbortController()
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
})
