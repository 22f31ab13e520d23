// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import browser from 'webextension-polyfill'
import type { Settings } from '../core/settings.ts'
import { HighlightSettings } from './HighlightSettings.tsx'

// Messages show as their keys (the fake browser has no catalogue).
beforeEach(() => {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => '')
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const boxes = (container: Element) => [...container.querySelectorAll<HTMLInputElement>('input[name="highlightColors"]')]
const radios = (container: Element) => [...container.querySelectorAll<HTMLInputElement>('input[name="defaultHighlightColor"]')]

describe('HighlightSettings', () => {
  it('offers one checkbox per colour and the default among the offered ones only', () => {
    const { container } = render(<HighlightSettings settings={{ highlightColors: ['yellow', 'green', 'blue'], defaultHighlightColor: 'green' }} update={async () => {}} />)
    expect(boxes(container).map((box) => [box.value, box.checked])).toEqual([
      ['yellow', true],
      ['green', true],
      ['blue', true],
      ['pink', false],
    ])
    expect(radios(container).map((radio) => radio.value)).toEqual(['yellow', 'green', 'blue'])
    expect(radios(container).find((radio) => radio.checked)?.value).toBe('green')
    // Every input has a label with the colour's name (the sample beside it is hidden from assistive technology).
    for (const input of [...boxes(container), ...radios(container)]) expect(input.closest('label')?.textContent).toContain(`color_${input.value}`)
    expect(container.querySelector('[aria-hidden="true"].color-sample')).not.toBeNull()
  })

  it('switching the default colour off moves the default to an offered colour', () => {
    const update = vi.fn(async (_change: Partial<Settings>) => {})
    const { container } = render(<HighlightSettings settings={{ highlightColors: ['yellow', 'green'], defaultHighlightColor: 'green' }} update={update} />)
    fireEvent.click(boxes(container)[1]!)
    expect(update).toHaveBeenCalledWith({ highlightColors: ['yellow'], defaultHighlightColor: 'yellow' })
  })

  it('the last offered colour cannot be switched off, and says why', () => {
    const { container } = render(<HighlightSettings settings={{ highlightColors: ['blue'], defaultHighlightColor: 'blue' }} update={async () => {}} />)
    const blue = boxes(container).find((box) => box.value === 'blue')!
    expect(blue.disabled).toBe(true)
    const hint = container.querySelector(`#${blue.getAttribute('aria-describedby')}`)
    expect(hint?.textContent).toBe('highlightLastColor')
    expect(boxes(container).filter((box) => box.disabled)).toHaveLength(1)
  })
})
