// `node scripts/check-bundle-budget.mjs [--dir out/renderer] [--budget-kb 130]`, run after the
// build in `npm test`: fails (exit 1) when the JavaScript the first screen loads (index.html's
// module scripts and modulepreloads with their static imports, gzip -9) is over the budget
// (INITIAL_JS_BUDGET_KB; 1 kB = 1,000 bytes). Lazily loaded chunks (screens, export writers, the
// LAN client) are not counted. Prints every initial chunk and the total. Also fails when the
// build emits .woff fonts (only .woff2 ships: electron.vite.config.ts, woff2Only).
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { initialChunks } from './bundle/initialChunks.mjs'

/**
 * Issue 18's target is 130 kB. Until the first screen gets there, the budget is what it loads
 * now (a ratchet: lower it with every step that sheds code). Raised once, 215 → 220, when issue
 * 19's strings (plenary, 講評, ワールドカフェ, annex; both languages sat in the first chunk) took
 * it to 218.5 kB. 220 → 200: English (UI strings and error messages) loads only when chosen
 * (i18n/english.ts), 199.4 kB. 200 → 181: the schemas in zod/mini, the tree-shakable form
 * (196.6 → 179.9 kB).
 */
export const INITIAL_JS_BUDGET_KB = 181

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'out/renderer' },
    'budget-kb': { type: 'string', default: String(INITIAL_JS_BUDGET_KB) },
  },
})
const budgetKb = Number(values['budget-kb'])
const kb = (bytes) => (bytes / 1000).toFixed(1)

const { files, gzipBytes } = await initialChunks(resolve(values.dir))
for (const f of files) {
  process.stdout.write(`  ${f.file}  ${kb(f.bytes)} kB, gzip ${kb(f.gzipBytes)} kB\n`)
}
const within = gzipBytes <= budgetKb * 1000
process.stdout.write(
  `Initial JavaScript: ${kb(gzipBytes)} kB gzip in ${files.length} chunks (budget ${budgetKb} kB): ${within ? 'OK' : 'OVER BUDGET'}\n`,
)
const woff = readdirSync(join(resolve(values.dir), 'assets')).filter((name) =>
  name.endsWith('.woff'),
)
if (woff.length > 0) {
  process.stderr.write(
    `${woff.length} .woff fonts were built (only .woff2 ships), e.g. ${woff[0]}\n`,
  )
  process.exitCode = 1
}
if (!within) {
  process.stderr.write(
    'The first screen loads too much JavaScript. Load what it does not need with its route ' +
      '(app/screens.ts) or with a dynamic import() where it is used (ARCHITECTURE.md, "Routes and chunks").\n',
  )
  process.exitCode = 1
}
