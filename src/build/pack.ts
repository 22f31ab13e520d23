/**
 * Packs the two builds into store uploads: artifacts/kliping-chrome-<version>.zip and
 * artifacts/kliping-firefox-<version>.zip (manifest.json at the zip root, as both stores expect).
 * Uses the system `zip` (Debian package `zip`, installed by `npm run setup`).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
const artifacts = resolve(root, 'artifacts')
mkdirSync(artifacts, { recursive: true })

for (const target of ['chrome', 'firefox'] as const) {
  const dir = resolve(root, 'dist', target)
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`dist/${target} is not built: run npm run build`)
  const zipPath = resolve(artifacts, `kliping-${target}-${version}.zip`)
  rmSync(zipPath, { force: true })
  execFileSync('zip', ['-q', '-r', '-X', zipPath, '.'], { cwd: dir, stdio: 'inherit' })
  console.log(`packed ${zipPath}`)
}
