/**
 * Turns free text into the lower-cased word keys stored in the database's multi-entry search index. The same
 * function splits the user's query, so a record is found by any prefix of any of its words.
 */

const WORD = /[\p{L}\p{N}]+(?:[/'’-][\p{L}\p{N}]+)*/gu

/** Distinct lower-cased words of `text`, in first-seen order. */
export function searchWords(...texts: ReadonlyArray<string | null | undefined>): string[] {
  const words = new Set<string>()
  for (const text of texts) {
    if (!text) continue
    for (const match of text.normalize('NFKC').toLocaleLowerCase('id').matchAll(WORD)) words.add(match[0])
  }
  return [...words]
}

/** The search keys of an annotation: words of its quoted text, note, tags and speaker. */
export function annotationWords(annotation: {
  quote: { exact: string } | null
  note: string
  tags: readonly string[]
  speaker: string | null
}): string[] {
  return searchWords(annotation.quote?.exact, annotation.note, annotation.tags.join(' '), annotation.speaker)
}
