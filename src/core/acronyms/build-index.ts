/**
 * Builds the lookup index of a dictionary layer (form key or token → Entry): exact forms, the first tokens of
 * multi-token forms ("Satpol" → 2 tokens), the bare part of dotted forms ("Prov" → "Prov."), and spelling
 * variants. Shared by the generator (src/data/acronyms-build.ts, which stores the index in the shipped JSON so
 * loading it runs no JavaScript loop) and by the run-time layers for user entries and article definitions.
 */
import { isJsSpaceCode } from '../text/js-space.ts'
import { tokenize } from './tokenize.ts'
import { FLAG_NODOT, type Entry } from './types.ts'

/**
 * 'Satpol  PP' → 'Satpol PP'. Form keys use single spaces between words. Exactly `form.replace(/\s+/g, ' ').trim()`,
 * but a form that is already a key (the usual case: every article definition builds a layer on a cold page) is
 * returned after one charCode pass, without compiling the regex.
 */
export function formKey(form: string): string {
  const n = form.length
  let clean = n === 0 || (!isJsSpaceCode(form.charCodeAt(0)) && !isJsSpaceCode(form.charCodeAt(n - 1)))
  for (let i = 1; i < n - 1 && clean; i++) {
    const c = form.charCodeAt(i)
    if (isJsSpaceCode(c) && (c !== 32 || isJsSpaceCode(form.charCodeAt(i + 1)))) clean = false
  }
  return clean ? form : form.replace(/\s+/g, ' ').trim()
}

/** True when the key is one token, possibly with a final dot ('Sekda', 'Prov.'). */
export function singleToken(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if (c === 32 || c === 45 || c === 47 || c === 38 || (c === 46 && i < key.length - 1)) return false
  }
  return true
}

type MutableEntry = [number, number, number, number]

/**
 * Builds the index of a dictionary: keys (row numbers), multi-token starts, dotted forms and variants. Used by the
 * generator for the shipped JSON and at run time for user entries and article definitions.
 */
export function buildIndex(
  keys: readonly string[],
  rowFlags: (row: number) => number,
  variants: (key: string, row: number) => readonly string[],
): Map<string, Entry> {
  const index = new Map<string, Entry>()
  const tuple = (token: string): MutableEntry => {
    const e = index.get(token)
    if (Array.isArray(e)) return e as MutableEntry
    const t: MutableEntry = [typeof e === 'number' ? e : -1, -1, 0, 0]
    index.set(token, t)
    return t
  }
  keys.forEach((key, row) => {
    const t = singleToken(key) ? null : tokenize(key)
    if (t && t.start.length > 1) {
      const e = index.get(key)
      if (Array.isArray(e)) (e as MutableEntry)[0] = row
      else index.set(key, row)
      const first = tuple(key.slice(t.start[0], t.end[0]))
      first[2] = Math.max(first[2], t.start.length)
      return
    }
    if (key.endsWith('.')) {
      index.set(key, row)
      const bare = tuple(key.slice(0, -1))
      bare[1] = row
      if (rowFlags(row) & FLAG_NODOT) bare[3] = 1
      return
    }
    const e = index.get(key)
    if (Array.isArray(e)) (e as MutableEntry)[0] = row
    else index.set(key, row)
  })
  keys.forEach((key, row) => {
    for (const v of variants(key, row)) {
      const e = index.get(v)
      if (e === undefined) index.set(v, row)
      else if (Array.isArray(e) && e[0] < 0) (e as MutableEntry)[0] = row
      // A variant of several tokens ("laka lantas" for "Laka Lantas") is found from its first token, like its key.
      const t = singleToken(v) ? null : tokenize(v)
      if (t && t.start.length > 1) {
        const first = tuple(v.slice(t.start[0], t.end[0]))
        first[2] = Math.max(first[2], t.start.length)
      }
    }
  })
  return index
}
