import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// js-yaml comes with electron-builder (which reads this same file with it); tests only.
const { load } = createRequire(import.meta.url)('js-yaml') as {
  load: (text: string) => unknown
}

const projectRoot = join(__dirname, '../../..')
const config = load(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>

describe('electron-builder.yml', () => {
  it('flips exactly the recommended fuses', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    })
  })

  it('packs only the built app into an asar', () => {
    expect(config).toMatchObject({
      appId: 'jp.taneboard.app',
      productName: 'TaneBoard',
      directories: { buildResources: 'build', output: 'release' },
      files: ['out/**', 'package.json', 'assets/**', '!node_modules/**'],
      asar: true,
      npmRebuild: false,
      linux: { target: 'dir' },
    })
    expect(config).not.toHaveProperty('asarUnpack')
    expect(config).not.toHaveProperty('extraResources')
  })

  it('starts the bundled main process', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      main?: string
    }
    expect(pkg.main).toBe('out/main/index.js')
  })
})
