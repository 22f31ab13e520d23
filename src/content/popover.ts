/**
 * One small popover for everything Kliping explains in the page (a quote's speaker, an acronym's expansion, a
 * highlight's note), in a UI host (ui-host.ts). It follows hover and keyboard focus of elements that `describe`
 * knows, and Escape closes it.
 */
import { ATTR_DESCRIBE } from '../core/contract.ts'
import { createUiHost, type UiHost } from './ui-host.ts'

export interface PopoverContent {
  heading: string
  lines: string[]
}

export type Describe = (target: Element) => PopoverContent | null

const STYLE = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; max-width: 22rem; padding: .45rem .65rem; border-radius: 6px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  background: #1f2328; color: #f6f8fa; box-shadow: 0 4px 14px rgba(0,0,0,.25); pointer-events: none; }
.box[hidden] { display: none; }
.heading { font-weight: 600; }
.line { color: #d0d7de; }
@media (prefers-color-scheme: dark) { .box { background: #f6f8fa; color: #1f2328; } .line { color: #424a53; } }
`

export function installPopover(doc: Document, describe: Describe, signal: AbortSignal): void {
  // Built on first use: most page loads never hover anything Kliping drew.
  let ui: UiHost | null = null
  const surface = (): UiHost => {
    if (ui) return ui
    const box = doc.createElement('div')
    box.className = 'box'
    box.id = 'kliping-popover'
    box.setAttribute('role', 'tooltip')
    box.hidden = true
    ui = createUiHost(doc, 'kliping-popover', STYLE, box, signal)
    return ui
  }
  let current: Element | null = null

  const show = (target: Element) => {
    const content = describe(target)
    if (!content) return
    const { root: box } = surface()
    surface().attach()
    const heading = doc.createElement('div')
    heading.className = 'heading'
    heading.textContent = content.heading
    box.replaceChildren(heading, ...content.lines.map((text) => {
      const line = doc.createElement('div')
      line.className = 'line'
      line.textContent = text
      return line
    }))
    box.hidden = false
    const rect = target.getBoundingClientRect()
    const view = doc.defaultView
    const width = view?.innerWidth ?? 1024
    box.style.left = `${Math.max(8, Math.min(rect.left, width - 360))}px`
    box.style.top = `${rect.bottom + 6}px`
    current = target
  }
  const hide = () => {
    if (ui) ui.root.hidden = true
    current = null
  }
  const targetOf = (event: Event): Element | null => {
    // nodeType rather than instanceof: page nodes seen from a Firefox content script are cross-compartment wrappers.
    const node = event.target as Node | null
    return node && node.nodeType === 1 ? (node as Element).closest(`[${ATTR_DESCRIBE}]`) : null
  }

  const options = { signal, passive: true }
  doc.addEventListener('mouseover', (event) => {
    const target = targetOf(event)
    if (target && target !== current) show(target)
  }, options)
  doc.addEventListener('mouseout', (event) => {
    if (current && targetOf(event) === current && !current.contains((event as MouseEvent).relatedTarget as Node | null)) hide()
  }, options)
  doc.addEventListener('focusin', (event) => {
    const target = targetOf(event)
    if (target) show(target)
  }, options)
  doc.addEventListener('focusout', () => hide(), options)
  doc.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && current) hide()
  }, options)
}
