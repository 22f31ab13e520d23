/**
 * The page contract: the attributes and class names Kliping writes into pages. It is public API (documented in
 * README.md, checked by e2e tests and by outside evaluations); change it only with a documented version bump.
 */

/** `<html data-kliping="article" | "other">` once the page pass decided. */
export const ATTR_STATE = 'data-kliping'
export type PageState = 'article' | 'other'

/** `<html data-kliping-promos="N">` on article pages: promos stripped from the body. */
export const ATTR_PROMOS = 'data-kliping-promos'

/** On the article body element. */
export const ATTR_ROOT = 'data-kliping-root'

/** On everything Kliping injects (inline expansions, buttons, popovers); never part of copied article text. */
export const ATTR_UI = 'data-kliping-ui'

/** Elements Kliping explains in its popover on hover and focus (not part of the public contract). */
export const ATTR_DESCRIBE = 'data-kliping-describe'

export const ACRONYM_CLASS = 'kliping-acronym'
export const ATTR_EXPANSION = 'data-kliping-expansion'
export const ATTR_SOURCE = 'data-kliping-source'
export type AcronymSource = 'article' | 'dictionary' | 'user'

export const QUOTE_CLASS = 'kliping-quote'
export const ATTR_QUOTE_ID = 'data-kliping-quote-id'
export const ATTR_SPEAKER = 'data-kliping-speaker'

export const HIGHLIGHT_CLASS = 'kliping-highlight'
export const ATTR_ANNOTATION_ID = 'data-kliping-annotation-id'

/** `performance.measure(MEASURE_NAME, …)` spans the content script's whole page pass. */
export const MEASURE_NAME = 'kliping:annotate'
