/**
 * What the popover says about an element Kliping drew: a quote's speaker and role (later: an acronym's expansion
 * and where it came from). Reads only our own attributes.
 */
import browser from 'webextension-polyfill'
import { ATTR_DESCRIBE, ATTR_SPEAKER } from '../core/contract.ts'
import { ATTR_ROLE } from '../core/quotes/render-quotes.ts'
import type { PopoverContent } from './popover.ts'

export function describeForPopover(target: Element): PopoverContent | null {
  switch (target.getAttribute(ATTR_DESCRIBE)) {
    case 'quote': {
      const speaker = target.getAttribute(ATTR_SPEAKER)
      const role = target.getAttribute(ATTR_ROLE)
      return {
        heading: speaker || browser.i18n.getMessage('quoteSpeakerUnknown'),
        lines: [browser.i18n.getMessage('quoteLabel'), ...(role ? [role] : [])],
      }
    }
    default:
      return null
  }
}
