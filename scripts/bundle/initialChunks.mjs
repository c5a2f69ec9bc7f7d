// The JavaScript a page needs before it runs: the module scripts and modulepreload links of its
// index.html, plus every chunk they import statically (dynamic import() is left out: that is what
// loads later, with a route). Sizes are gzip level 9, as the LAN hub serves them
// (src/main/lan/staticFiles.ts).
import { readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { init, parse } from 'es-module-lexer'

/** `src`/`href` of `<script type="module" src>` and `<link rel="modulepreload" href>`. */
export function entryScripts(html) {
  const found = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1]
    const isModuleScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src')
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href')
    if (isModuleScript) found.push(attr('src'))
    else if (isPreload) found.push(attr('href'))
  }
  return found
}

/** The relative specifiers a module imports statically (`import … from './x.js'`, `import './x.js'`). */
export function staticImports(code) {
  const [imports] = parse(code)
  return imports
    .filter((entry) => entry.d === -1 && entry.n && /^\.\.?\//.test(entry.n))
    .map((entry) => entry.n)
}

/**
 * Every chunk of the first load of `dir/index.html`, each with its bytes and gzip bytes.
 * @param {string} dir the built renderer (out/renderer)
 * @returns {Promise<{ files: { file: string, bytes: number, gzipBytes: number }[], gzipBytes: number }>}
 */
export async function initialChunks(dir) {
  await init
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const queue = entryScripts(html).map((src) => normalize(join(dir, src.split(/[?#]/)[0])))
  const seen = new Set()
  const files = []
  while (queue.length > 0) {
    const path = queue.shift()
    if (seen.has(path)) continue
    seen.add(path)
    const code = readFileSync(path)
    files.push({
      file: relative(dir, path),
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
    })
    for (const spec of staticImports(code.toString('utf8'))) {
      queue.push(normalize(join(dirname(path), spec)))
    }
  }
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) }
}
