import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

// `npm start` / `npm run dev` run scripts/start-electron.mjs. These tests run it as npm does, in
// a throw-away copy of the project whose node_modules/electron is what a machine may have: no
// binary yet, and a download that fails (offline) or succeeds (online).

const projectRoot = join(__dirname, '../..')
const electronVersion = '45.4.1'
const made: string[] = []

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

interface FakeProject {
  root: string
  /** install.js of the fake electron package: what `downloading` the binary does. */
  install: 'fails offline' | 'downloads'
  /** path.txt already there (a binary downloaded once, then deleted). */
  pathTxt?: boolean
}

function makeProject({ install, pathTxt = false }: Omit<FakeProject, 'root'>): string {
  const root = mkdtempSync(join(tmpdir(), 'taneboard-start-'))
  made.push(root)
  cpSync(join(projectRoot, 'scripts/start-electron.mjs'), join(root, 'scripts/start-electron.mjs'))
  cpSync(
    join(projectRoot, 'scripts/launcher/electronRuntime.mjs'),
    join(root, 'scripts/launcher/electronRuntime.mjs'),
  )
  writeFileSync(join(root, 'package.json'), '{ "name": "taneboard", "private": true }')
  const electron = join(root, 'node_modules/electron')
  mkdirSync(electron, { recursive: true })
  writeFileSync(
    join(electron, 'package.json'),
    JSON.stringify({ name: 'electron', version: electronVersion }),
  )
  if (pathTxt) writeFileSync(join(electron, 'path.txt'), 'electron')
  writeFileSync(
    join(electron, 'install.js'),
    install === 'fails offline'
      ? // what @electron/get prints without a network, with a stack for good measure
        `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13\\n    at async downloadArtifact (/x/get.js:1:1)'); process.exit(1)`
      : `const fs = require('fs'); const path = require('path');
         fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
         fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
         fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron')`,
  )
  const vite = join(root, 'node_modules/electron-vite/bin')
  mkdirSync(vite, { recursive: true })
  writeFileSync(
    join(vite, 'electron-vite.js'),
    `console.log('electron-vite ' + process.argv.slice(2).join(' ') + ' with ' + process.env.ELECTRON_EXEC_PATH)`,
  )
  return root
}

function start(root: string, env: Record<string, string> = {}, command = 'preview') {
  const run = spawnSync(process.execPath, [join(root, 'scripts/start-electron.mjs'), command], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 30_000,
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** A line of a JavaScript stack trace. */
const STACK_LINE = /^\s+at\s/m

describe('npm start without the Electron runtime', () => {
  it('offline: says in Japanese what happened and what to do, without a stack trace, and exits 1', () => {
    const root = makeProject({ install: 'fails offline' })
    const run = start(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('タネボードを起動できませんでした。')
    expect(run.stderr).toContain(
      `【何が起きたか】デスクトップアプリの実行に必要な Electron ${electronVersion} の本体（実行ファイル）がこのパソコンにありません。`,
    )
    expect(run.stderr).toContain(
      '原因: インターネット（または ELECTRON_MIRROR の取得先）に接続できませんでした（TypeError: fetch failed）',
    )
    expect(run.stderr).toContain('npx --no install-electron')
    expect(run.stderr).toContain('ELECTRON_MIRROR=')
    expect(run.stderr).toContain('npm run web')
    expect(run.stderr).not.toMatch(STACK_LINE)
    expect(run.stderr).not.toContain('Electron uninstall')
    expect(run.stdout).not.toContain('electron-vite')
  })

  it('npm run dev says the same', () => {
    const root = makeProject({ install: 'fails offline' })
    const run = start(root, {}, 'dev')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('【どうすればよいか】')
    expect(run.stderr).not.toMatch(STACK_LINE)
  })

  it('a binary that was deleted after path.txt was written is fetched again, or explained', () => {
    const root = makeProject({ install: 'fails offline', pathTxt: true })
    const run = start(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('本体（実行ファイル）がこのパソコンにありません。')
    expect(run.stderr).not.toMatch(STACK_LINE)
  })

  it('online, the first start fetches the runtime once, then starts electron-vite with it', () => {
    const root = makeProject({ install: 'downloads' })
    const first = start(root)
    expect(first.stderr).toContain(`Electron ${electronVersion} の本体を取得しています`)
    expect(first.status).toBe(0)
    const binary = join(root, 'node_modules/electron/dist/electron')
    expect(first.stdout).toContain(`electron-vite preview with ${binary}`)
    const second = start(root)
    expect(second.stderr).not.toContain('取得しています')
    expect(second.stdout).toContain(`electron-vite preview with ${binary}`)
  })

  it('ELECTRON_EXEC_PATH naming a missing file is said as such, and nothing is downloaded', () => {
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/start-electron.mjs'), 'preview'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ELECTRON_EXEC_PATH: '/nonexistent/electron' },
        timeout: 30_000,
      },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      '環境変数 ELECTRON_EXEC_PATH が指す Electron の実行ファイルがありません: /nonexistent/electron',
    )
    expect(run.stderr).not.toContain('取得しています')
    expect(run.stderr).not.toMatch(STACK_LINE)
  })
})
