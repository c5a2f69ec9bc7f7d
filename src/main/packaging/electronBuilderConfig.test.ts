import { existsSync, readFileSync } from 'node:fs'
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

  it('installs on Windows with a Japanese wizard, per user by default (no administrator rights)', () => {
    expect(config.win).toMatchObject({
      target: [{ target: 'nsis', arch: ['x64'] }],
      icon: 'icon.ico',
      executableName: 'TaneBoard',
    })
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      installerLanguages: ['ja_JP'],
      language: '1041',
      multiLanguageInstaller: false,
      unicode: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      shortcutName: 'タネボード',
      // the workshops, the second copy and the backups outlive the app
      deleteAppDataOnUninstall: false,
      artifactName: '${productName}-Setup-${version}-${arch}.${ext}',
    })
  })

  it('associates .taneboard files (研修会ファイル) with the app', () => {
    expect(config.fileAssociations).toStrictEqual([
      {
        ext: 'taneboard',
        name: 'TaneBoard.Workshop',
        description: 'タネボード研修会ファイル',
        mimeType: 'application/x-taneboard',
        role: 'Editor',
      },
    ])
  })

  it('names icons that exist in the resources folder, for every platform', () => {
    const resources = join(projectRoot, 'build')
    expect(config).toMatchObject({
      win: { icon: 'icon.ico' },
      mac: { icon: 'icon.icns' },
      linux: { icon: 'icons' },
    })
    for (const file of ['icon.ico', 'icon.icns', 'icon.png', 'icons/256x256.png', 'icon.svg']) {
      expect(existsSync(join(resources, file)), file).toBe(true)
    }
  })

  it('starts the bundled main process', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      main?: string
    }
    expect(pkg.main).toBe('out/main/index.js')
  })
})
