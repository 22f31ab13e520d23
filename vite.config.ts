import { readFileSync } from 'node:fs'
import { defineConfig, type PluginOption } from 'vite'
import preact from '@preact/preset-vite'
import { crx } from '@crxjs/vite-plugin'
import { contentScriptCompileHints } from './src/build/compile-hints.ts'
import { manifestForBrowser, targetFromMode } from './src/build/manifest-for-browser.ts'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
const sourceManifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'))

/** The content script must be one self-contained IIFE: no loader, no web-accessible chunks. */
const CONTENT_SCRIPT = 'src/content/index.ts'

export default defineConfig(({ mode }) => {
  const target = targetFromMode(mode)
  const plugins: PluginOption[] = [preact()]
  // crx() must never run under vitest: it would try to build an extension for every test run.
  if (!process.env.VITEST) {
    plugins.push(
      crx({
        manifest: manifestForBrowser(sourceManifest, target, pkg.version) as never,
        browser: target,
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      contentScriptCompileHints(`dist/${target}`, CONTENT_SCRIPT.replace(/\.ts$/, '.js')),
    )
  }
  return {
    plugins,
    publicDir: 'src/static',
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Minified: the content script is parsed on every matching page load. AMO reviewers get the source.
      minify: process.env.KLIPING_NO_MINIFY ? false : true,
      sourcemap: false,
      target: 'es2022',
      // Pages the manifest does not name (CRXJS builds those it names): the onboarding page.
      rollupOptions: { input: { onboarding: 'src/onboarding/index.html' } },
    },
    test: {
      // CI also writes a machine-readable summary (.ci/run prints its totals).
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: { json: 'artifacts/vitest-results.json' },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
            environment: 'node',
            setupFiles: ['tests/unit/setup.ts'],
            // Fixture pages link stylesheets and scripts; unit tests never load them.
            environmentOptions: {
              happyDOM: {
                settings: {
                  disableCSSFileLoading: true,
                  disableJavaScriptFileLoading: true,
                  handleDisabledFileLoadingAsSuccess: true,
                },
              },
            },
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.e2e.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 180_000,
            // Two cores: one real browser at a time keeps timings honest and CI stable.
            fileParallelism: false,
          },
        },
      ],
    },
  }
})
