#!/usr/bin/env node
// `npm start` / `npm run dev`: electron-vite with the given command (preview, dev), after making
// sure the Electron runtime is there. Electron 45 fetches its binary on first use, not at
// `npm ci`; when it is missing this fetches it once (the first start on a machine), and when that
// cannot be done (no network) it says in Japanese what happened and what to do, without a stack
// trace, and exits with 1. Usage: node scripts/start-electron.mjs preview|dev [electron-vite args]
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  downloadFailureCause,
  electronBinaryStatus,
  missingElectronMessage,
} from './launcher/electronRuntime.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

function fail(message) {
  process.stderr.write(message)
  process.exit(1)
}

let electronDir
try {
  electronDir = dirname(require.resolve('electron/package.json'))
} catch {
  fail(
    '\nタネボードを起動できませんでした。\n\n【何が起きたか】依存パッケージ（electron）がインストールされていません。\n' +
      '【どうすればよいか】このフォルダで npm ci を実行してから、もう一度 npm start を実行してください。\n\n' +
      'In English: dependencies are not installed; run "npm ci" first.\n\n',
  )
}
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
const fs = { existsSync, readFileSync }
const env = process.env

let status = electronBinaryStatus({ electronDir, env, fs })
let cause
if (!status.ok && status.reason !== 'execPathMissing') {
  process.stderr.write(
    `Electron ${electronVersion} の本体を取得しています（このパソコンで初回のみ、約 100 MB）…\n`,
  )
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  })
  status = electronBinaryStatus({ electronDir, env, fs })
  if (!status.ok) {
    cause =
      download.error?.code === 'ETIMEDOUT'
        ? 'timed out after 15 minutes'
        : downloadFailureCause(`${download.stderr ?? ''}\n${download.stdout ?? ''}`)
  }
}
if (!status.ok) fail(missingElectronMessage({ ...status, electronVersion, cause }))

const child = spawn(
  process.execPath,
  [require.resolve('electron-vite/bin/electron-vite.js'), ...process.argv.slice(2)],
  { cwd: root, env: { ...env, ELECTRON_EXEC_PATH: status.path }, stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal)
  })
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0))
})
