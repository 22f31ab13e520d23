/**
 * Prints the detection / promo-stripping figures over every fixture page, or over one hold-out set's pages:
 *   npm run eval:detection [-- --verbose] [-- --only=generic12/]   (tsx plus raw-register.mjs, which loads Vite
 *   `?raw` imports; --only keeps the fixtures whose file starts with that folder)
 * Exits 1 when a bar is missed: accuracy ≥ 0.98, zero article words lost, ≥ 0.98 of inserted promos removed.
 */
import { formatSummary, loadIndex, runEvaluation } from './run-eval.ts'

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const summary = runEvaluation(only ? loadIndex().filter((entry) => entry.file.startsWith(only)) : loadIndex())
console.log(formatSummary(summary, process.argv.includes('--verbose')))
const ok = summary.accuracy >= 0.98 && summary.wordsLost === 0 && summary.promosRemoved / Math.max(1, summary.promosInserted) >= 0.98
console.log(ok ? 'bars: PASS' : 'bars: FAIL')
process.exitCode = ok ? 0 : 1
