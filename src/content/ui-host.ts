/**
 * A home for Kliping's own UI in a page: a custom element marked `data-kliping-ui` with a closed shadow root, so
 * page styles and scripts cannot reach in and its text is never part of the article. Styles go in a <style>
 * element because Firefox content scripts cannot use adoptedStyleSheets. The host joins the page lazily, on the
 * first `attach()`, so pages where the UI never shows are not touched.
 */
import { ATTR_UI } from '../core/contract.ts'

export interface UiHost {
  host: Element
  root: HTMLElement
  /** Puts the host into the page (once). */
  attach(): void
}

export function createUiHost(doc: Document, tagName: string, css: string, root: HTMLElement, signal: AbortSignal): UiHost {
  const host = doc.createElement(tagName)
  host.setAttribute(ATTR_UI, '')
  const shadow = host.attachShadow({ mode: 'closed' })
  const style = doc.createElement('style')
  style.textContent = css
  shadow.append(style, root)
  let attached = false
  signal.addEventListener('abort', () => host.remove())
  return {
    host,
    root,
    attach() {
      if (attached) return
      doc.documentElement.append(host)
      attached = true
    },
  }
}
