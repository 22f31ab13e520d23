import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as {
  permissions?: string[]
  optional_host_permissions?: string[]
  content_scripts: Array<{ matches: string[] }>
}

/** Rows of the README table whose first cell is a back-quoted name, under the heading line containing `marker`. */
function tableNames(marker: string): string[] {
  const start = readme.indexOf(marker)
  const lines = readme.slice(start).split('\n').slice(1)
  const names: string[] = []
  for (const line of lines.slice(lines.findIndex((l) => l.startsWith('|')))) {
    if (!line.startsWith('|')) break
    names.push(...[...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
  }
  return names
}

describe('README permission tables', () => {
  it('lists exactly the manifest permissions', () => {
    expect(tableNames('Permissions (`permissions`').sort()).toEqual([...(manifest.permissions ?? [])].sort())
  })

  it('lists exactly the optional host permissions', () => {
    expect(tableNames('Optional host permissions (`optional_host_permissions`').sort()).toEqual([...(manifest.optional_host_permissions ?? [])].sort())
  })

  it('explains every host the content script is declared for', () => {
    const hosts = new Set(manifest.content_scripts.flatMap((script) => script.matches).map((pattern) => /:\/\/\*\.([^/]+)\//.exec(pattern)?.[1]))
    const documented = tableNames('The content script is declared').join(' ')
    for (const host of hosts) expect(documented).toContain(`*.${host}/`)
  })
})
