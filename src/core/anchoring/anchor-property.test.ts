// @vitest-environment happy-dom
/**
 * Property: whatever inline wrappers Kliping (or the page) puts around the article's text, a selection described
 * on one rendering anchors to the same text on another rendering of the same words.
 */
import { describe, expect, test } from 'vitest'
import { anchor } from './anchor.ts'
import { canonicalText, rangeFromOffsets } from './canonical-text.ts'
import { describeRange } from './describe-range.ts'

const WORDS = [
  'Pemprov', 'Kalteng', 'menegaskan', 'pentingnya', 'sinergi', 'antara', 'pemerintah', 'pusat', 'dan', 'daerah', 'K/L',
  'Sekda', 'Bappeda', 'Rakor', '“Kita', 'harus', 'tahu,”', 'ujarnya.', 'anggaran', 'Rp2,5', 'miliar', '🎉', 'déjà',
  'Palangka', 'Raya', '(29/10/2025).', 'forum', 'keputusan', 'konkret,', 'bukan', 'seremonial.', 'APBD',
]

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

type Rng = () => number
const pick = <T,>(next: Rng, list: readonly T[]): T => list[Math.floor(next() * list.length)]!

function article(next: Rng): string[] {
  return Array.from({ length: 3 + Math.floor(next() * 5) }, () =>
    Array.from({ length: 8 + Math.floor(next() * 30) }, () => pick(next, WORDS)).join(' '))
}

/** Renders paragraphs with random inline wrappers, split text nodes and Kliping UI; the words stay the same. */
function render(doc: Document, paragraphs: string[], next: Rng): Element {
  const root = doc.createElement('div')
  for (const paragraph of paragraphs) {
    const p = doc.createElement(next() < 0.2 ? 'li' : 'p')
    const tokens = paragraph.split(/( )/)
    let i = 0
    while (i < tokens.length) {
      const take = 1 + Math.floor(next() * 4)
      const piece = tokens.slice(i, i + take).join('')
      i += take
      const roll = next()
      if (roll < 0.15) {
        const abbr = doc.createElement('abbr')
        abbr.className = 'kliping-acronym'
        abbr.textContent = piece
        const expansion = doc.createElement('span')
        expansion.setAttribute('data-kliping-ui', '')
        expansion.textContent = ' (kepanjangan)'
        abbr.appendChild(expansion)
        p.appendChild(abbr)
      } else if (roll < 0.3) {
        const wrapper = doc.createElement(pick(next, ['b', 'a', 'em', 'span']))
        if (next() < 0.5) wrapper.className = 'kliping-quote'
        wrapper.textContent = piece
        p.appendChild(wrapper)
      } else if (roll < 0.4) {
        // A detached promo's placeholder, then the text split over two nodes.
        const slot = doc.createElement('span')
        slot.setAttribute('data-kliping-ui', '')
        slot.setAttribute('hidden', '')
        p.appendChild(slot)
        const cut = Math.floor(piece.length / 2)
        p.appendChild(doc.createTextNode(piece.slice(0, cut)))
        p.appendChild(doc.createTextNode(piece.slice(cut)))
      } else {
        p.appendChild(doc.createTextNode(piece))
      }
    }
    root.appendChild(p)
    if (next() < 0.5) root.appendChild(doc.createTextNode('\n  '))
  }
  doc.body.replaceChildren(root)
  return root
}

describe('anchoring survives re-rendering (property)', () => {
  test('same words, different wrappers → anchored by position to the same text', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed)
      const paragraphs = article(next)
      const first = render(document, paragraphs, next)
      const canon = canonicalText(first)
      const start = Math.floor(next() * (canon.text.length - 2))
      const end = Math.min(canon.text.length, start + 1 + Math.floor(next() * 120))
      const saved = describeRange(first, rangeFromOffsets(canon, start, end)!)
      if (!/\S/.test(saved.quote.exact)) continue

      const second = render(document, paragraphs, next)
      expect(canonicalText(second).text, `seed ${seed}`).toBe(canon.text)
      const found = anchor(second, saved)
      expect(found, `seed ${seed}`).not.toBeNull()
      expect(found!.method).toBe('position')
      expect(describeRange(second, found!.range).quote.exact, `seed ${seed}`).toBe(saved.quote.exact)
    }
  })

  test('…and with a paragraph inserted before, the quote is found again (or orphaned, never misplaced)', () => {
    let found = 0
    let tried = 0
    for (let seed = 1000; seed < 1150; seed++) {
      const next = random(seed)
      const paragraphs = article(next)
      const first = render(document, paragraphs, next)
      const canon = canonicalText(first)
      const start = Math.floor(next() * (canon.text.length - 30))
      const end = Math.min(canon.text.length, start + 30 + Math.floor(next() * 60))
      const saved = describeRange(first, rangeFromOffsets(canon, start, end)!)
      tried++
      const second = render(document, ['Ralat redaksi: paragraf ini ditambahkan kemudian.', ...paragraphs], next)
      const result = anchor(second, saved)
      if (!result) continue
      found++
      const again = describeRange(second, result.range)
      expect(again.quote.exact, `seed ${seed}`).toBe(saved.quote.exact)
      // Misplacement check: the context agrees too (the quote is the one that was selected, shifted).
      expect(again.position.start, `seed ${seed}`).toBe(saved.position.start + 'Ralat redaksi: paragraf ini ditambahkan kemudian.'.length + 1)
    }
    expect(found / tried).toBeGreaterThan(0.95)
  })
})
