#!/usr/bin/env node
// Packages the built app with electron-builder, offline, and checks what ends up in app.asar.
// Run `npm run build` first. Usage: node scripts/check-package.mjs
//
// The Electron binary cannot be downloaded here, so electron-builder gets a stub "Electron
// distribution": a tiny shell script that embeds a fuse wire laid out like Electron's (the
// @electron/fuses sentinel, version 1, 8 fuses). Every stub fuse starts at the OPPOSITE of the
// value configured in electron-builder.yml, so the check proves electron-builder flipped each one
// as configured. It does not prove the real binary's wire: on a packaging machine with Electron,
// run `npx @electron/fuses read --app release/linux-unpacked/taneboard` before a release.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire, isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as asar from '@electron/asar'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { load: loadYaml } = require('js-yaml') // ships with electron-builder, which reads the same file
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const builderConfig = loadYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8'))
const electronVersion = require('electron/package.json').version

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Index of each electron-builder fuse option in the V1 fuse wire (@electron/fuses FuseV1Options). */
const FUSE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
}
const FUSE_ON = 0x31 // '1'
const FUSE_OFF = 0x30 // '0'

const results = []
function check(name, ok, detail = '') {
  results.push({ name, ok, detail })
}

function finish() {
  for (const { name, ok, detail } of results) {
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `  (${detail})` : ''}`)
  }
  const failed = results.filter((r) => !r.ok).length
  console.log(
    failed === 0
      ? `\ncheck-package: PASS (${results.length} checks)`
      : `\ncheck-package: FAIL (${failed} of ${results.length} checks failed)`,
  )
  process.exit(failed === 0 ? 0 : 1)
}

/** Script and stylesheet files that the built index.html references, relative to out/renderer. */
function rendererAssets(html) {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((ref) => !/^[a-z]+:/i.test(ref) && /\.(js|mjs|css)$/.test(ref))
  return refs.map((ref) => ref.replace(/^\.?\//, ''))
}

// 1. The electron-vite build output.
const builtFiles = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']
const missingBuild = builtFiles.filter((file) => !existsSync(join(root, file)))
check('build output exists (npm run build)', missingBuild.length === 0, missingBuild.join(', '))
if (missingBuild.length > 0) finish()

const indexHtml = readFileSync(join(root, 'out/renderer/index.html'), 'utf8')
const assets = rendererAssets(indexHtml)
const scripts = assets.filter((a) => /\.m?js$/.test(a))
const styles = assets.filter((a) => a.endsWith('.css'))
check('index.html loads at least one script', scripts.length > 0, scripts.join(', '))
check('index.html loads its styles', styles.length > 0, styles.join(', ') || 'no stylesheet')
check('index.html has no inline script', !/<script\b(?![^>]*\bsrc=)[^>]*>/i.test(indexHtml))
// A production build never obeys ELECTRON_RENDERER_URL (src/main/window/devServer.ts): Vite writes
// import.meta.env.DEV into the built main as the constant false.
const builtMain = readFileSync(join(root, 'out/main/index.js'), 'utf8')
check(
  'the built main ignores ELECTRON_RENDERER_URL (devBuild: false)',
  /devBuild:\s*false/.test(builtMain) && !/devBuild:\s*true/.test(builtMain),
)

// 2. A stub Electron whose fuses all start opposite to the configured values.
const fuses = builderConfig.electronFuses ?? {}
const unknownFuses = Object.keys(fuses).filter((key) => !(key in FUSE_INDEX))
check('every configured fuse is known', unknownFuses.length === 0, unknownFuses.join(', '))
const initialWire = Buffer.alloc(Object.keys(FUSE_INDEX).length, FUSE_OFF)
for (const [key, value] of Object.entries(fuses)) {
  initialWire[FUSE_INDEX[key]] = value ? FUSE_OFF : FUSE_ON
}
const stubDir = mkdtempSync(join(tmpdir(), 'taneboard-electron-stub-'))
writeFileSync(
  join(stubDir, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\n# stub Electron for scripts/check-package.mjs; fuse wire: '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, initialWire.length]),
    initialWire,
    Buffer.from('\necho "stub Electron: not runnable" >&2\nexit 1\n'),
  ]),
  { mode: 0o755 },
)

// 3. electron-builder, offline, into release/linux-unpacked.
const unpacked = join(root, builderConfig.directories?.output ?? 'release', 'linux-unpacked')
rmSync(unpacked, { recursive: true, force: true })
const builderArgs = [
  require.resolve('electron-builder/cli.js'),
  '--linux',
  'dir',
  `-c.electronDist=${stubDir}`,
  `-c.electronVersion=${electronVersion}`,
]
console.log(`$ node ${builderArgs.map((a) => a.replace(root + '/', '')).join(' ')}`)
const started = Date.now()
const build = spawnSync(process.execPath, builderArgs, {
  cwd: root,
  encoding: 'utf8',
  timeout: 120_000,
  env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
})
rmSync(stubDir, { recursive: true, force: true })
const seconds = ((Date.now() - started) / 1000).toFixed(1)
check(
  'electron-builder --linux dir succeeds offline',
  build.status === 0,
  build.status === 0 ? `${seconds} s` : `exit ${build.status ?? build.signal}`,
)
if (build.status !== 0) {
  console.error(build.stdout, build.stderr, build.error ?? '')
  finish()
}

// 4. The fuses in the packaged executable.
const executable = join(unpacked, pkg.name)
const binary = readFileSync(executable)
const at = binary.indexOf(FUSE_SENTINEL)
const wire = binary.subarray(at + FUSE_SENTINEL.length + 2, at + FUSE_SENTINEL.length + 2 + 8)
const wrongFuses = Object.entries(fuses)
  .filter(([key, value]) => wire[FUSE_INDEX[key]] !== (value ? FUSE_ON : FUSE_OFF))
  .map(([key]) => key)
check(
  `electron-builder flipped all ${Object.keys(fuses).length} configured fuses`,
  at >= 0 && Object.keys(fuses).length > 0 && wrongFuses.length === 0,
  wrongFuses.join(', ') || wire.toString('latin1'),
)

// 5. What app.asar holds.
const asarPath = join(unpacked, 'resources', 'app.asar')
check('resources/app.asar exists', existsSync(asarPath))
if (!existsSync(asarPath)) finish()
const entries = new Set(
  asar.listPackage(asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/')),
)
const mustContain = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  ...assets.map((a) => `/out/renderer/${a}`),
  '/assets',
]
const missing = mustContain.filter((entry) => !entries.has(entry))
check(
  'app.asar holds main, preload, renderer, its assets, package.json and assets/',
  missing.length === 0,
  missing.join(', ') || `${mustContain.length} entries`,
)
const ownEntries = [...entries].filter((e) => !e.startsWith('/node_modules/'))
const leaked = ownEntries.filter((e) =>
  /^\/(src|e2e|scripts|docs|release|\.git)(\/|$)|\.test\.|\.tsx?$/.test(e),
)
check(
  'app.asar holds no sources, tests or scripts',
  leaked.length === 0,
  leaked.slice(0, 5).join(', '),
)
const modules = [...entries].filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(e))
console.log(
  `info: app.asar holds ${entries.size} entries; node_modules: ${modules.map((m) => m.slice(14)).join(', ') || 'none'}`,
)

// 6. Every require() of main and preload resolves inside the package.
function bareRequires(entry) {
  const code = asar.extractFile(asarPath, entry.slice(1)).toString('utf8')
  return [
    ...new Set([...code.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)].map((m) => m[1])),
  ]
}
const packageNameOf = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/')
const mainRequires = bareRequires('/out/main/index.js')
const unresolved = mainRequires.filter(
  (spec) =>
    spec !== 'electron' &&
    !isBuiltin(spec) &&
    !entries.has(`/node_modules/${packageNameOf(spec)}/package.json`),
)
check(
  'every require() of main resolves in app.asar',
  unresolved.length === 0,
  unresolved.join(', ') || mainRequires.join(', '),
)
const preloadRequires = bareRequires('/out/preload/index.js')
const preloadExtra = preloadRequires.filter((spec) => spec !== 'electron')
check(
  'the sandboxed preload requires only electron',
  preloadExtra.length === 0,
  preloadExtra.join(', '),
)

finish()
