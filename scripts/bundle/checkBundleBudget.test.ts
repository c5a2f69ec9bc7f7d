import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

// scripts/check-bundle-budget.mjs, run as `npm test` runs it, on a made-up build: index.html loads
// an entry that imports a chunk statically and a screen dynamically, and preloads a vendor chunk.

const script = join(__dirname, '../check-bundle-budget.mjs')
const made: string[] = []

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Incompressible text of about `bytes` bytes (gzip cannot shrink random base64 much). */
function noise(bytes: number): string {
  return `export const x = ${JSON.stringify(randomBytes(bytes).toString('base64').slice(0, bytes))}\n`
}

function makeBuild({ screenBytes = 200_000, woff = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'taneboard-budget-'))
  made.push(dir)
  mkdirSync(join(dir, 'assets'))
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head>\n' +
      '<script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>\n' +
      '<link rel="modulepreload" crossorigin href="./assets/vendor-BBBBBBBB.js">\n' +
      '<link rel="stylesheet" crossorigin href="./assets/index-CCCCCCCC.css">\n' +
      '</head><body></body></html>',
  )
  writeFileSync(
    join(dir, 'assets/index-AAAAAAAA.js'),
    'import{a as b}from"./shared-DDDDDDDD.js";import"./vendor-BBBBBBBB.js";' +
      'const s=()=>import("./Screen-EEEEEEEE.js");b(s);\n' +
      noise(20_000),
  )
  writeFileSync(
    join(dir, 'assets/shared-DDDDDDDD.js'),
    `export function a(f){return f}\n${noise(10_000)}`,
  )
  writeFileSync(join(dir, 'assets/vendor-BBBBBBBB.js'), noise(30_000))
  writeFileSync(join(dir, 'assets/Screen-EEEEEEEE.js'), noise(screenBytes))
  writeFileSync(join(dir, 'assets/index-CCCCCCCC.css'), 'body{}')
  if (woff) writeFileSync(join(dir, 'assets/noto-sans-jp-0-400-normal-FFFFFFFF.woff'), 'wOFF')
  return dir
}

function check(dir: string, budgetKb: number) {
  const run = spawnSync(process.execPath, [script, '--dir', dir, '--budget-kb', String(budgetKb)], {
    encoding: 'utf8',
  })
  return { status: run.status, out: run.stdout, err: run.stderr }
}

describe('check-bundle-budget', () => {
  it('counts index.html’s scripts and preloads and their static imports, never a dynamic import', () => {
    const { status, out } = check(makeBuild(), 130)
    expect(status).toBe(0)
    expect(out).toContain('assets/index-AAAAAAAA.js')
    expect(out).toContain('assets/shared-DDDDDDDD.js')
    expect(out).toContain('assets/vendor-BBBBBBBB.js')
    expect(out).not.toContain('Screen-EEEEEEEE')
    expect(out).toMatch(/Initial JavaScript: \d+\.\d kB gzip in 3 chunks \(budget 130 kB\): OK/)
  })

  it('fails when the initial chunks are over the budget, and says where to look', () => {
    const { status, out, err } = check(makeBuild(), 40)
    expect(status).toBe(1)
    expect(out).toContain('OVER BUDGET')
    expect(err).toContain('app/screens.ts')
  })

  it('fails when a .woff font was built', () => {
    const { status, err } = check(makeBuild({ woff: true }), 130)
    expect(status).toBe(1)
    expect(err).toContain('noto-sans-jp-0-400-normal-FFFFFFFF.woff')
  })
})
