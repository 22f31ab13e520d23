/**
 * One walk over a subtree that records its text blocks: paragraph-like elements (p, li, h1–h6, blockquote …) and
 * containers' own text runs (ANTARA writes paragraphs as bare text separated by <br>). The body finder votes
 * with these records and the prose statistics are computed from them, so detection walks the page once.
 * Why textContent and not innerText: innerText forces layout; the budget forbids layout reads.
 */

export interface TextBlock {
  el: Element
  /** Where the block's text counts as content: the parent of a paragraph, or the container itself for text runs. */
  container: Element
  chars: number
  linkChars: number
  /** Long text pieces in the block (1 for a prose paragraph; one per long text run in a <br> container). */
  longRuns: number
  words: number
  text: string
}

const PARAGRAPH = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DD', 'DT', 'CAPTION'])
// Captions of figures are not article prose (a photo page's sentence-long captions are not a news report), so they
// neither vote for a body nor count as its prose.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT', 'HEAD', 'FIGCAPTION'])
/** Page chrome that never holds the article (the site rule names the body when a site breaks this). */
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'MENU'])
const UNLIKELY = /(^|[\s_-])(comment|disqus|footer|sidebar|side-bar|widget|menu|navbar|nav|breadcrumb|pagination|pager|popup|modal|cookie|related|share|social|sharedaddy|addthis|sponsor|advert|iklan|trending|terpopuler|populer)([\s_-]|$)/i
// ("blog": Blogger wraps the post in "widget Blog", which would otherwise read as a sidebar widget.)
const MAYBE = /article|artikel|berita|content|konten|entry|post|body|isi|detail|main|read|blog/i
const LONG_RUN = 80

const wordCount = (s: string) => (s.match(/[^\s\u00a0]+/g) ?? []).length

export function paragraphTag(el: Element): boolean {
  return PARAGRAPH.has(el.tagName.toUpperCase())
}

/**
 * @param scope - where to walk (document.body, or a rule's body element)
 * @param skipChrome - skip nav/footer/aside and sidebar-like class names (only when searching the whole page)
 * @param maxChars - stop once the blocks hold this many characters (a sample of the start, in document order)
 */
export function scanBlocks(scope: Element, skipChrome: boolean, maxChars = Infinity): TextBlock[] {
  const blocks: TextBlock[] = []
  const stack: Element[] = [scope]
  let seen = 0
  while (stack.length && seen < maxChars) {
    const el = stack.pop() as Element
    const tag = el.tagName.toUpperCase()
    if (SKIP.has(tag)) continue
    if (el !== scope && skipChrome && ((CHROME_TAGS.has(tag) && !wrapsPage(el, tag)) || isUnlikely(el))) continue
    if (el !== scope && PARAGRAPH.has(tag)) {
      const text = el.textContent ?? ''
      const chars = text.trim().length
      if (chars === 0) continue
      let linkChars = 0
      for (const a of Array.from(el.getElementsByTagName('a'))) linkChars += (a.textContent ?? '').trim().length
      blocks.push({ el, container: el.parentElement ?? el, chars, linkChars, longRuns: chars - linkChars >= LONG_RUN ? 1 : 0, words: wordCount(text), text })
      seen += chars
      continue
    }
    // A container's own text runs (not inside child elements) count for the container itself.
    let own = ''
    let ownLinks = 0
    let longRuns = 0
    let run = ''
    let blockChild = false
    const endRun = (): void => {
      if (run.trim().length >= LONG_RUN) longRuns++
      own += run
      run = ''
    }
    // Inline children are read as part of the runs; a <br> inside one still ends a run (Blogger wraps a whole
    // body in one <span> with <br><br> between paragraphs).
    const readInline = (parent: Node): void => {
      for (let c = parent.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) run += c.nodeValue ?? ''
        else if (c.nodeType === 1) {
          const ct = (c as Element).tagName.toUpperCase()
          if (ct === 'BR') endRun()
          else if (ct === 'A') {
            const t = c.textContent ?? ''
            run += t
            ownLinks += t.trim().length
          } else if (INLINE.has(ct) && (c as Element).getElementsByTagName('br').length > 0) readInline(c)
          else run += c.textContent ?? ''
        }
      }
    }
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) run += c.nodeValue ?? ''
      else if (c.nodeType === 1) {
        const ct = (c as Element).tagName.toUpperCase()
        if (ct !== 'BR' && !INLINE.has(ct)) blockChild = true
        if (ct === 'BR' || !INLINE.has(ct)) endRun()
        else if (ct === 'A') {
          const t = c.textContent ?? ''
          run += t
          ownLinks += t.trim().length
        } else if ((c as Element).getElementsByTagName('br').length > 0) readInline(c)
        else run += c.textContent ?? ''
      }
    }
    if (run.trim().length >= LONG_RUN) longRuns++
    own += run
    const ownChars = own.trim().length
    if (ownChars > 0 && el !== scope.ownerDocument?.documentElement) {
      // A <div> holding one paragraph of text (editors that write <div> per paragraph) is a paragraph: it votes for
      // its parent like a <p>. A container with several <br>-separated runs (ANTARA) votes for itself.
      const paragraphLike = el !== scope && !blockChild && longRuns <= 1 && el.parentElement !== null
      blocks.push({ el, container: paragraphLike ? (el.parentElement as Element) : el, chars: ownChars, linkChars: Math.min(ownLinks, ownChars), longRuns, words: wordCount(own), text: own })
      seen += ownChars
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) if (!INLINE.has(c.tagName.toUpperCase())) stack.push(c)
  }
  // The stack walk visits children in order (pushed last-to-first), so blocks come out in document order.
  return blocks
}

/**
 * ASP.NET Web Forms wrap the whole page in one <form> (the postback form): a form right under <body> is the page,
 * not a search or comment form, and is walked like any container.
 */
function wrapsPage(el: Element, tag: string): boolean {
  return tag === 'FORM' && el.parentElement?.tagName.toUpperCase() === 'BODY'
}

// Inline children are read as part of their container's text runs instead of being walked.
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'IMG'])

/**
 * Page builders name every piece of their layout a widget: Elementor wraps each one, the post's content included,
 * in "elementor-widget-wrap" > "elementor-widget elementor-widget-{type}" > "elementor-widget-container". The word
 * says nothing there; what the piece is comes after the prefix ("…-sidebar", "…-nav-menu", "…-share-buttons").
 */
const BUILDER_WIDGET_PREFIX = /\belementor-widget-?/g

function isUnlikely(el: Element): boolean {
  const cls = `${el.getAttribute('class') ?? ''} ${el.id}`
  if (cls.length < 3) return false
  if (!UNLIKELY.test(cls) || MAYBE.test(cls)) return false
  // (Read again without the builder's prefix only when it is there: most class names never get here.)
  if (cls.includes('elementor-widget') && !UNLIKELY.test(cls.replace(BUILDER_WIDGET_PREFIX, ' '))) return false
  // A layout wrapper named after its sidebar ("two_columns_75_25 background_color_sidebar" in the Bridge theme) that
  // holds the post's <article>: a sidebar never wraps the article itself. (Comment lists do hold <article>s.)
  return !SIDEBAR_ONLY.test(cls) || el.getElementsByTagName('article').length === 0
}

/** Class names whose only unlikely word is a sidebar's. */
const SIDEBAR_ONLY = /^(?:(?!comment|disqus|footer|widget|menu|nav|related|share|social|advert|iklan|popup|modal).)*(?:^|[\s_-])(?:sidebar|side-bar)(?:[\s_-]|$)(?:(?!comment|disqus|footer|widget|menu|nav|related|share|social|advert|iklan|popup|modal).)*$/i
