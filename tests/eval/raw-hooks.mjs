// Node module hooks for the eval CLI: Vite's `?raw` imports (e.g. the acronym rows) load as a string default
// export, as Vite does in the build and Vitest. Registered by raw-register.mjs (`tsx --import`).
import { readFile } from 'node:fs/promises'

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('?raw')) {
    const { url } = await next(specifier.slice(0, -4), context)
    return { url: `${url}?raw`, format: 'raw-text', shortCircuit: true }
  }
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (url.endsWith('?raw')) {
    const text = await readFile(new URL(url.slice(0, -4)), 'utf8')
    return { format: 'module', source: `export default ${JSON.stringify(text)}`, shortCircuit: true }
  }
  return next(url, context)
}
