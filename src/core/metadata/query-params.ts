/**
 * Query-string parameters read from the raw `search` string, without URLSearchParams iterators: in Firefox content
 * scripts URL objects are cross-compartment wrappers whose iterators are not iterable, and re-serialising through
 * URLSearchParams would also re-encode the parameters an article id lives in.
 */

export interface QueryParam {
  /** The parameter exactly as written (`id=2846`, `q=a+b`). */
  raw: string
  /** The decoded name. */
  name: string
}

export function queryParams(search: string): QueryParam[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((raw) => {
      const rawName = raw.split('=', 1)[0] ?? ''
      let name = rawName
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '))
      } catch {
        // A malformed escape stays as written.
      }
      return { raw, name }
    })
}
