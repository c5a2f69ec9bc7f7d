#!/usr/bin/env node
// Packages the built app with electron-builder, offline, for Linux and for Windows (an unpacked
// folder each), and checks the icons in build/, the fuses, what the Windows executable carries
// and what ends up in app.asar. Run `npm run build` first. Usage: node scripts/check-package.mjs
//
// The Electron binary cannot be downloaded here, so electron-builder gets stub "Electron
// distributions" (scripts/package/stubElectron.mjs) whose fuses all start opposite to
// electron-builder.yml. It does not prove the real binary's wire: on a packaging machine with
// Electron, run `npx @electron/fuses read --app release/linux-unpacked/taneboard` before a release.
// The Windows installer (NSIS) is not built here: electron-builder downloads NSIS from GitHub.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { createRequire, isBuiltin } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as asar from '@electron/asar'
import { checkIcons } from './package/checkIcons.mjs'
import {
  FUSE_INDEX,
  FUSE_OFF,
  FUSE_ON,
  linuxStub,
  readFuseWire,
  readWindowsResources,
  windowsStub,
} from './package/stubElectron.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { load: loadYaml } = require('js-yaml') // ships with electron-builder, which reads the same file
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const builderConfig = loadYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8'))
const electronVersion = require('electron/package.json').version

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

// 2. The icons (electron-builder's resources folder, build/).
const icoSizes = checkIcons(join(root, builderConfig.directories?.buildResources ?? 'build'), check)

const fuses = builderConfig.electronFuses ?? {}
const unknownFuses = Object.keys(fuses).filter((key) => !(key in FUSE_INDEX))
check('every configured fuse is known', unknownFuses.length === 0, unknownFuses.join(', '))

/** electron-builder, offline, into release/<platform>-unpacked; the folder, or null. */
function packageFor(platform, stubDir) {
  const unpacked = join(
    root,
    builderConfig.directories?.output ?? 'release',
    `${platform === 'win' ? 'win' : 'linux'}-unpacked`,
  )
  rmSync(unpacked, { recursive: true, force: true })
  const builderArgs = [
    require.resolve('electron-builder/cli.js'),
    `--${platform}`,
    'dir',
    `-c.electronDist=${stubDir}`,
    `-c.electronVersion=${electronVersion}`,
  ]
  console.log(`$ node ${builderArgs.map((a) => a.replace(root + '/', '')).join(' ')}`)
  const started = Date.now()
  const build = spawnSync(process.execPath, builderArgs, {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  })
  rmSync(stubDir, { recursive: true, force: true })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  check(
    `electron-builder --${platform} dir succeeds offline`,
    build.status === 0,
    build.status === 0 ? `${seconds} s` : `exit ${build.status ?? build.signal}`,
  )
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr, build.error ?? '')
    return null
  }
  return unpacked
}

/** The fuses in a packaged executable. */
function checkFuses(label, executable) {
  const wire = existsSync(executable) ? readFuseWire(readFileSync(executable)) : null
  const wrongFuses = Object.entries(fuses)
    .filter(([key, value]) => wire?.[FUSE_INDEX[key]] !== (value ? FUSE_ON : FUSE_OFF))
    .map(([key]) => key)
  check(
    `${label}: electron-builder flipped all ${Object.keys(fuses).length} configured fuses`,
    wire !== null && Object.keys(fuses).length > 0 && wrongFuses.length === 0,
    wrongFuses.join(', ') || wire?.toString('latin1') || 'no fuse wire',
  )
}

const packageNameOf = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/')

/** What app.asar holds, and that every require() of main and preload resolves inside it. */
function checkAppAsar(label, asarPath) {
  check(`${label}: resources/app.asar exists`, existsSync(asarPath))
  if (!existsSync(asarPath)) return
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
    `${label}: app.asar holds main, preload, renderer, its assets, package.json and assets/`,
    missing.length === 0,
    missing.join(', ') || `${mustContain.length} entries`,
  )
  const ownEntries = [...entries].filter((e) => !e.startsWith('/node_modules/'))
  const leaked = ownEntries.filter((e) =>
    /^\/(src|e2e|scripts|docs|release|build|\.git)(\/|$)|\.test\.|\.tsx?$/.test(e),
  )
  check(
    `${label}: app.asar holds no sources, tests, scripts or build resources`,
    leaked.length === 0,
    leaked.slice(0, 5).join(', '),
  )
  const modules = [...entries].filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(e))
  console.log(
    `info: ${label}: app.asar holds ${entries.size} entries; node_modules: ${modules.map((m) => m.slice(14)).join(', ') || 'none'}`,
  )
  const bareRequires = (entry) => {
    const code = asar.extractFile(asarPath, entry.slice(1)).toString('utf8')
    return [
      ...new Set(
        [...code.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)].map((m) => m[1]),
      ),
    ]
  }
  const mainRequires = bareRequires('/out/main/index.js')
  const unresolved = mainRequires.filter(
    (spec) =>
      spec !== 'electron' &&
      !isBuiltin(spec) &&
      !entries.has(`/node_modules/${packageNameOf(spec)}/package.json`),
  )
  check(
    `${label}: every require() of main resolves in app.asar`,
    unresolved.length === 0,
    unresolved.join(', ') || mainRequires.join(', '),
  )
  const preloadExtra = bareRequires('/out/preload/index.js').filter((spec) => spec !== 'electron')
  check(
    `${label}: the sandboxed preload requires only electron`,
    preloadExtra.length === 0,
    preloadExtra.join(', '),
  )
}

// 3. Linux: release/linux-unpacked.
const linux = packageFor('linux', linuxStub(fuses))
if (linux) {
  checkFuses('linux', join(linux, pkg.name))
  checkAppAsar('linux', join(linux, 'resources', 'app.asar'))
}

// 4. Windows: release/win-unpacked, the executable as the installer would install it.
const win = packageFor('win', windowsStub(fuses))
if (win) {
  const exeName = `${builderConfig.win?.executableName ?? builderConfig.productName}.exe`
  const executable = join(win, exeName)
  check(`win: ${exeName} exists`, existsSync(executable))
  if (existsSync(executable)) {
    checkFuses('win', executable)
    const resources = readWindowsResources(readFileSync(executable))
    check(
      `win: ${exeName} carries the app icon at every size of build/icon.ico`,
      icoSizes.length > 0 && icoSizes.every((size) => resources.iconSizes.includes(size)),
      resources.iconSizes.join(', ') || 'no icon group',
    )
    check(
      `win: ${exeName} says it is ${builderConfig.productName} ${pkg.version}`,
      resources.strings.ProductName === builderConfig.productName &&
        resources.strings.FileDescription === builderConfig.productName &&
        resources.strings.FileVersion === pkg.version,
      JSON.stringify(resources.strings),
    )
    check(
      `win: ${exeName} carries app.asar's integrity hash (checked at start by the fuse)`,
      resources.integrity?.some((item) => item.file === 'resources\\app.asar' && item.value),
      JSON.stringify(resources.integrity)?.slice(0, 120) ?? 'none',
    )
  }
  checkAppAsar('win', join(win, 'resources', 'app.asar'))
}
console.log(
  'info: the NSIS installer (TaneBoard-Setup-<version>-x64.exe) is not built here: electron-builder ' +
    'downloads NSIS (nsis-bundle) from GitHub, and this machine has no network. Its configuration ' +
    'is checked in src/main/packaging/electronBuilderConfig.test.ts.',
)

finish()
