/**
 * Prints the detection / promo-stripping figures over every fixture page:
 *   npm run eval:detection [-- --verbose]   (tsx plus raw-register.mjs, which loads Vite `?raw` imports)
 * Exits 1 when a bar is missed: accuracy ≥ 0.98, zero article words lost, ≥ 0.98 of inserted promos removed.
 */
import { formatSummary, runEvaluation } from './run-eval.ts'

const summary = runEvaluation()
console.log(formatSummary(summary, process.argv.includes('--verbose')))
const ok = summary.accuracy >= 0.98 && summary.wordsLost === 0 && summary.promosRemoved / Math.max(1, summary.promosInserted) >= 0.98
console.log(ok ? 'bars: PASS' : 'bars: FAIL')
process.exitCode = ok ? 0 : 1
