// Stub "Electron distributions" for scripts/check-package.mjs: the Electron binary cannot be
// downloaded here, so electron-builder packages a tiny stand-in. Each embeds a fuse wire laid out
// like Electron's (the @electron/fuses sentinel, version 1, 8 fuses) whose every fuse starts at
// the OPPOSITE of the configured value, so the check proves electron-builder flipped each one.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Index of each electron-builder fuse option in the V1 fuse wire (@electron/fuses FuseV1Options). */
export const FUSE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
}
export const FUSE_ON = 0x31 // '1'
export const FUSE_OFF = 0x30 // '0'

/** The sentinel, the version and the wire, every fuse opposite to `fuses` (the config). */
function fuseBytes(fuses) {
  const wire = Buffer.alloc(Object.keys(FUSE_INDEX).length, FUSE_OFF)
  for (const [key, value] of Object.entries(fuses))
    wire[FUSE_INDEX[key]] = value ? FUSE_OFF : FUSE_ON
  return Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, wire.length]), wire])
}

/** The wire after the sentinel in a packaged executable, or null when there is none. */
export function readFuseWire(binary) {
  const at = binary.indexOf(FUSE_SENTINEL)
  if (at < 0) return null
  const start = at + FUSE_SENTINEL.length + 2
  return binary.subarray(start, start + Object.keys(FUSE_INDEX).length)
}

/** A folder holding a Linux stub `electron`: a shell script that carries the fuse wire. */
export function linuxStub(fuses) {
  const dir = mkdtempSync(join(tmpdir(), 'taneboard-electron-linux-'))
  writeFileSync(
    join(dir, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# stub Electron for scripts/check-package.mjs; fuse wire: '),
      fuseBytes(fuses),
      Buffer.from('\necho "stub Electron: not runnable" >&2\nexit 1\n'),
    ]),
    { mode: 0o755 },
  )
  return dir
}

/**
 * A folder holding a Windows stub `electron.exe`: an empty but valid 64-bit PE file (resedit, the
 * library electron-builder itself edits Windows executables with) with the version resource that
 * electron-builder rewrites and the fuse wire appended after its sections.
 */
export function windowsStub(fuses) {
  const ResEdit = require('resedit') // ships with electron-builder (app-builder-lib)
  const executable = ResEdit.NtExecutable.createEmpty(false, false)
  const resources = ResEdit.NtExecutableResource.from(executable)
  const version = ResEdit.Resource.VersionInfo.createEmpty()
  version.lang = 1033
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron' })
  version.outputToResourceEntries(resources.entries)
  resources.outputResource(executable)
  executable.setExtraData(fuseBytes(fuses))
  const dir = mkdtempSync(join(tmpdir(), 'taneboard-electron-win-'))
  writeFileSync(join(dir, 'electron.exe'), Buffer.from(executable.generate()))
  return dir
}

/**
 * What electron-builder wrote into a Windows executable: the icon sizes of its icon group, its
 * version strings and the asar integrity resource Electron checks app.asar against.
 */
export function readWindowsResources(binary) {
  const ResEdit = require('resedit')
  const executable = ResEdit.NtExecutable.from(binary)
  const resources = ResEdit.NtExecutableResource.from(executable)
  const iconGroups = ResEdit.Resource.IconGroupEntry.fromEntries(resources.entries)
  const iconSizes = iconGroups.flatMap((group) => group.icons.map((icon) => icon.width || 256))
  const [version] = ResEdit.Resource.VersionInfo.fromEntries(resources.entries)
  const [language] = version?.getAllLanguagesForStringValues() ?? []
  const strings = language ? version.getStringValues(language) : {}
  const integrity = resources.entries.find(
    (entry) => entry.type === 'INTEGRITY' && entry.id === 'ELECTRONASAR',
  )
  return {
    iconSizes: [...new Set(iconSizes)].sort((a, b) => a - b),
    strings,
    integrity: integrity ? JSON.parse(Buffer.from(integrity.bin).toString('utf8')) : null,
  }
}
