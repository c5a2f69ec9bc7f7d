// `node scripts/check-bundle-budget.mjs [--dir out/renderer] [--budget-kb 130]`, run after the
// build in `npm test`: fails (exit 1) when the JavaScript the first screen loads (index.html's
// module scripts and modulepreloads with their static imports, gzip -9) is over the budget
// (issue 18: 130 KB, 1 KB = 1,000 bytes). Lazily loaded chunks (screens, export writers, the
// LAN client) are not counted. Prints every initial chunk and the total.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { initialChunks } from './bundle/initialChunks.mjs'

export const INITIAL_JS_BUDGET_KB = 130

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
if (!within) {
  process.stderr.write(
    'The first screen loads too much JavaScript. Load what it does not need with its route ' +
      '(app/screens.ts) or with a dynamic import() where it is used (ARCHITECTURE.md, "Routes and chunks").\n',
  )
  process.exitCode = 1
}
