/**
 * What the popover says about an element Kliping drew: a quote's speaker and role, a saved highlight's note and
 * tags. Reads only our own attributes and records.
 */
import { ATTR_ANNOTATION_ID, ATTR_DESCRIBE, ATTR_EXPANSION, ATTR_SOURCE, ATTR_SPEAKER } from '../core/contract.ts'
import { ATTR_ROLE } from '../core/quotes/render-quotes.ts'
import type { PopoverContent } from './popover.ts'
import { t } from '../ui/i18n.ts'

/** @param describeHighlight - the note and tags of a saved highlight, by annotation id */
export function describeForPopover(target: Element, describeHighlight: (id: string) => PopoverContent | null): PopoverContent | null {
  switch (target.getAttribute(ATTR_DESCRIBE)) {
    case 'highlight': {
      const id = target.getAttribute(ATTR_ANNOTATION_ID)
      return id ? describeHighlight(id) : null
    }
    case 'quote': {
      const speaker = target.getAttribute(ATTR_SPEAKER)
      const role = target.getAttribute(ATTR_ROLE)
      return {
        heading: speaker || t('quoteSpeakerUnknown'),
        lines: [t('quoteLabel'), ...(role ? [role] : [])],
      }
    }
    case 'acronym': {
      const source = target.getAttribute(ATTR_SOURCE)
      const from = source === 'article' ? 'acronymFromArticle' : source === 'user' ? 'acronymFromUser' : 'acronymFromDictionary'
      const lines = [`${target.textContent ?? ''} · ${t(from)}`]
      if (target.hasAttribute('tabindex')) lines.push(t('acronymEnterHint'))
      return { heading: target.getAttribute(ATTR_EXPANSION) ?? '', lines }
    }
    default:
      return null
  }
}
