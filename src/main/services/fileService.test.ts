import * as nodeFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenDialogReturnValue, SaveDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveFileRequest } from '../../shared/host/hostApi'
import type { FsLike } from './atomicFile'
import { errorText } from '../../shared/errors/errorText'
import { createFileService, SAVE_FAILURE_ERRORS, type FileDialogs } from './fileService'

const realFs: FsLike = nodeFs
const WINDOW = { id: 'main-window' }
type FakeWindow = typeof WINDOW

let root: string

beforeEach(async () => {
  root = await nodeFs.mkdtemp(join(tmpdir(), 'taneboard-files-'))
})

afterEach(async () => {
  await nodeFs.rm(root, { recursive: true, force: true })
})

function fakeDialogs(answers: { save?: SaveDialogReturnValue[]; open?: OpenDialogReturnValue[] }) {
  const dialogs = {
    showSaveDialog: vi.fn<FileDialogs<FakeWindow>['showSaveDialog']>(() =>
      Promise.resolve(answers.save?.shift() ?? { canceled: true, filePath: '' }),
    ),
    showOpenDialog: vi.fn<FileDialogs<FakeWindow>['showOpenDialog']>(() =>
      Promise.resolve(answers.open?.shift() ?? { canceled: true, filePaths: [] }),
    ),
  }
  return dialogs
}

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

const jsonRequest: SaveFileRequest = {
  suggestedName: '研修ワークショップ.taneboard.json',
  content: '{"hello":"世界"}',
  encoding: 'utf8',
  filters: [{ name: 'タネボード', extensions: ['json'] }],
}

describe('saveFile', () => {
  it('opens the dialog in the default folder, writes the file and remembers the folder', async () => {
    const chosenFolder = join(root, 'usb')
    await nodeFs.mkdir(chosenFolder)
    const first = join(chosenFolder, 'a.json')
    const dialogs = fakeDialogs({
      save: [
        { canceled: false, filePath: first },
        { canceled: false, filePath: join(chosenFolder, 'b.json') },
      ],
    })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })

    expect(await files.saveFile(jsonRequest, WINDOW)).toEqual({ ok: true, location: first })
    expect(await nodeFs.readFile(first, 'utf8')).toBe('{"hello":"世界"}')
    expect(dialogs.showSaveDialog).toHaveBeenNthCalledWith(
      1,
      WINDOW,
      expect.objectContaining({
        defaultPath: join(root, jsonRequest.suggestedName),
        filters: jsonRequest.filters,
      }),
    )

    await files.saveFile(jsonRequest, WINDOW)
    expect(dialogs.showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe(
      join(chosenFolder, jsonRequest.suggestedName),
    )
  })

  it('decodes base64 content into bytes', async () => {
    const target = join(root, 'slides.pptx')
    const dialogs = fakeDialogs({ save: [{ canceled: false, filePath: target }] })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00])
    const result = await files.saveFile({
      suggestedName: 'slides.pptx',
      content: bytes.toString('base64'),
      encoding: 'base64',
      filters: [{ name: 'PowerPoint', extensions: ['pptx'] }],
    })
    expect(result.ok).toBe(true)
    expect(await nodeFs.readFile(target)).toEqual(bytes)
  })

  it('refuses malformed base64 without showing a dialog', async () => {
    const dialogs = fakeDialogs({})
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })
    const result = await files.saveFile({ ...jsonRequest, encoding: 'base64', content: '<<>>' })
    expect(result).toEqual({ ok: false, reason: 'failed', error: { code: 'save.failed' } })
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled()
  })

  it('reports a cancelled dialog and writes nothing', async () => {
    const dialogs = fakeDialogs({ save: [{ canceled: true, filePath: '' }] })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })
    expect(await files.saveFile(jsonRequest)).toMatchObject({ ok: false, reason: 'cancelled' })
    expect(await nodeFs.readdir(root)).toEqual([])
  })

  it('adds the extension when the chosen name has none, unless that file already exists', async () => {
    const dialogs = fakeDialogs({
      save: [
        { canceled: false, filePath: join(root, 'report') },
        { canceled: false, filePath: join(root, 'report') },
      ],
    })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })
    expect(await files.saveFile(jsonRequest)).toEqual({
      ok: true,
      location: join(root, 'report.json'),
    })
    // report.json now exists and the dialog only confirmed "report": do not overwrite report.json.
    expect(await files.saveFile(jsonRequest)).toEqual({ ok: true, location: join(root, 'report') })
  })

  it.each([
    ['ENOSPC', 'noSpace'],
    ['EDQUOT', 'noSpace'],
    ['EACCES', 'noPermission'],
    ['EPERM', 'noPermission'],
    ['EROFS', 'noPermission'],
    ['EIO', 'failed'],
  ] as const)('maps %s to %s and keeps the previous file', async (code, reason) => {
    const target = join(root, 'board.json')
    await nodeFs.writeFile(target, 'previous')
    const failingFs: FsLike = {
      ...realFs,
      open: async (path, flags, mode) => {
        if (flags === 'wx') throw errnoError(code)
        return realFs.open(path, flags, mode)
      },
    }
    const dialogs = fakeDialogs({ save: [{ canceled: false, filePath: target }] })
    const files = createFileService({ dialogs, fs: failingFs, defaultDirectory: root })
    expect(await files.saveFile(jsonRequest)).toEqual({
      ok: false,
      reason,
      error: { code: SAVE_FAILURE_ERRORS[reason] },
    })
    expect(await nodeFs.readFile(target, 'utf8')).toBe('previous')
    expect(await nodeFs.readdir(root)).toEqual(['board.json'])
  })

  it('says in Japanese that the disk is full and nothing was lost', () => {
    expect(errorText({ code: SAVE_FAILURE_ERRORS.noSpace }, 'ja')).toBe(
      '保存できませんでした。ディスクの空き容量が不足しています。元のデータは失われていません。',
    )
  })
})

describe('openFile', () => {
  it('opens through a filtered dialog and returns the name and text', async () => {
    const path = join(root, 'ワーク.taneboard.json')
    await nodeFs.writeFile(path, '\uFEFF{"a":1}')
    const dialogs = fakeDialogs({ open: [{ canceled: false, filePaths: [path] }] })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })

    const opened = await files.openFile({ extensions: ['json'], maxBytes: 1000 }, WINDOW)
    expect(opened).toEqual({ name: 'ワーク.taneboard.json', content: '{"a":1}' })
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith(WINDOW, {
      defaultPath: root,
      properties: ['openFile'],
      filters: [{ name: 'タネボード', extensions: ['json'] }],
    })
  })

  it('returns null when cancelled', async () => {
    const files = createFileService({
      dialogs: fakeDialogs({}),
      fs: realFs,
      defaultDirectory: root,
    })
    expect(await files.openFile({ extensions: ['json'], maxBytes: 1000 })).toBeNull()
  })

  it('refuses a file over maxBytes before reading it', async () => {
    const path = join(root, 'big.json')
    await nodeFs.writeFile(path, 'x'.repeat(2000))
    const readFile = vi.fn()
    const spyFs: FsLike = {
      ...realFs,
      open: async (p, flags, mode) => {
        const handle = await realFs.open(p, flags, mode)
        return {
          writeFile: (data) => handle.writeFile(data),
          readFile,
          stat: () => handle.stat(),
          sync: () => handle.sync(),
          close: () => handle.close(),
        }
      },
    }
    const dialogs = fakeDialogs({ open: [{ canceled: false, filePaths: [path] }] })
    const files = createFileService({ dialogs, fs: spyFs, defaultDirectory: root })
    await expect(files.openFile({ extensions: ['json'], maxBytes: 1000 })).rejects.toThrow(
      /^EFBIG: /,
    )
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses something that is not a regular file', async () => {
    const dialogs = fakeDialogs({ open: [{ canceled: false, filePaths: [root] }] })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })
    await expect(files.openFile({ extensions: [], maxBytes: 1000 })).rejects.toThrow(/^EIO: /)
  })
})

describe('printView', () => {
  it('prints to PDF with backgrounds and saves it through a PDF dialog', async () => {
    const target = join(root, 'board.pdf')
    const pdf = Buffer.from('%PDF-1.7 fake')
    const contents = { printToPDF: vi.fn(() => Promise.resolve(pdf)) }
    const dialogs = fakeDialogs({ save: [{ canceled: false, filePath: target }] })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })

    const result = await files.printView(
      { suggestedName: '模造紙', pageSize: 'A3', landscape: true },
      contents,
      WINDOW,
    )
    expect(result).toEqual({ ok: true, location: target })
    expect(contents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A3',
      landscape: true,
      printBackground: true,
    })
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(
      WINDOW,
      expect.objectContaining({
        defaultPath: join(root, '模造紙.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    )
    expect(await nodeFs.readFile(target)).toEqual(pdf)
  })

  it('reports a failed PDF rendering without showing a dialog', async () => {
    const contents = { printToPDF: vi.fn(() => Promise.reject(new Error('render failed'))) }
    const dialogs = fakeDialogs({})
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })
    const result = await files.printView(
      { suggestedName: 'board.pdf', pageSize: 'A4', landscape: false },
      contents,
    )
    expect(result).toEqual({ ok: false, reason: 'failed', error: { code: 'save.pdfFailed' } })
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled()
  })

  it('maps a full disk while saving the PDF to noSpace', async () => {
    const contents = { printToPDF: () => Promise.resolve(Buffer.from('%PDF')) }
    const fullDisk: FsLike = {
      ...realFs,
      open: async (path, flags, mode) => {
        if (flags === 'wx') throw errnoError('ENOSPC')
        return realFs.open(path, flags, mode)
      },
    }
    const dialogs = fakeDialogs({ save: [{ canceled: false, filePath: join(root, 'a.pdf') }] })
    const files = createFileService({ dialogs, fs: fullDisk, defaultDirectory: root })
    const result = await files.printView(
      { suggestedName: 'a', pageSize: 'A4', landscape: true },
      contents,
    )
    expect(result).toMatchObject({ ok: false, reason: 'noSpace' })
  })
})

describe('saveFiles (テーブル用ファイルを一括作成)', () => {
  const request = {
    bundleName: '研修会_テーブル用ファイル',
    files: [
      { name: '研修会_Ａグループ.taneboard', content: 'A' },
      { name: '研修会_Ｂグループ.taneboard', content: 'B' },
    ],
  }

  it('asks for a folder once and writes every file into it', async () => {
    const folder = join(root, 'usb')
    await nodeFs.mkdir(folder)
    const dialogs = fakeDialogs({ open: [{ canceled: false, filePaths: [folder] }] })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })

    expect(await files.saveFiles(request, WINDOW)).toEqual({
      ok: true,
      location: folder,
      names: ['研修会_Ａグループ.taneboard', '研修会_Ｂグループ.taneboard'],
    })
    expect(dialogs.showOpenDialog).toHaveBeenCalledTimes(1)
    expect(dialogs.showOpenDialog.mock.calls[0]?.[1].properties).toContain('openDirectory')
    expect(await nodeFs.readFile(join(folder, '研修会_Ａグループ.taneboard'), 'utf8')).toBe('A')
    expect(await nodeFs.readFile(join(folder, '研修会_Ｂグループ.taneboard'), 'utf8')).toBe('B')
    expect((await nodeFs.readdir(folder)).sort()).toHaveLength(2)
  })

  it('never replaces a file already in the folder: the new one gets 「 (2)」', async () => {
    const folder = join(root, 'usb')
    await nodeFs.mkdir(folder)
    await nodeFs.writeFile(join(folder, '研修会_Ａグループ.taneboard'), 'returned by the table')
    const dialogs = fakeDialogs({ open: [{ canceled: false, filePaths: [folder] }] })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })

    const result = await files.saveFiles(request, WINDOW)
    expect(result).toMatchObject({
      ok: true,
      names: ['研修会_Ａグループ (2).taneboard', '研修会_Ｂグループ.taneboard'],
    })
    expect(await nodeFs.readFile(join(folder, '研修会_Ａグループ.taneboard'), 'utf8')).toBe(
      'returned by the table',
    )
    expect(await nodeFs.readFile(join(folder, '研修会_Ａグループ (2).taneboard'), 'utf8')).toBe('A')
  })

  it('cancelled: writes nothing', async () => {
    const files = createFileService({
      dialogs: fakeDialogs({}),
      fs: realFs,
      defaultDirectory: root,
    })
    expect(await files.saveFiles(request, WINDOW)).toMatchObject({ ok: false, reason: 'cancelled' })
    expect(await nodeFs.readdir(root)).toEqual([])
  })

  it('a folder it may not write to: noPermission', async () => {
    const dialogs = fakeDialogs({ open: [{ canceled: false, filePaths: [root] }] })
    const fs: FsLike = {
      ...realFs,
      open: () => Promise.reject(errnoError('EACCES')),
    }
    const files = createFileService({ dialogs, fs, defaultDirectory: root })
    expect(await files.saveFiles(request, WINDOW)).toMatchObject({
      ok: false,
      reason: 'noPermission',
    })
  })
})

describe('openFiles (テーブルから集める)', () => {
  const request = { mode: 'folder' as const, extensions: ['taneboard', 'json'], maxBytes: 10 }

  it('folder: reads its files of the extensions, by name, and says which were too large', async () => {
    const folder = join(root, 'collected')
    await nodeFs.mkdir(join(folder, 'sub'), { recursive: true })
    await nodeFs.writeFile(join(folder, 'b.taneboard'), 'B')
    await nodeFs.writeFile(join(folder, 'a.TANEBOARD'), 'A')
    await nodeFs.writeFile(join(folder, 'big.taneboard'), '0123456789ABC')
    await nodeFs.writeFile(join(folder, 'notes.txt'), 'not ours')
    await nodeFs.writeFile(join(folder, '.hidden.taneboard'), 'temp')
    await nodeFs.writeFile(join(folder, 'sub', 'c.taneboard'), 'C')
    const dialogs = fakeDialogs({ open: [{ canceled: false, filePaths: [folder] }] })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })

    expect(await files.openFiles(request, WINDOW)).toEqual({
      files: [
        { name: 'a.TANEBOARD', content: 'A' },
        { name: 'b.taneboard', content: 'B' },
        { name: 'big.taneboard', problem: 'tooLarge' },
      ],
      omitted: 0,
    })
    expect(dialogs.showOpenDialog.mock.calls[0]?.[1].properties).toEqual(['openDirectory'])
  })

  it('files: reads each selected file; cancelled: null', async () => {
    await nodeFs.writeFile(join(root, 'x.taneboard'), 'X')
    await nodeFs.writeFile(join(root, 'y.taneboard'), 'Y')
    const dialogs = fakeDialogs({
      open: [
        { canceled: false, filePaths: [join(root, 'y.taneboard'), join(root, 'x.taneboard')] },
      ],
    })
    const files = createFileService({ dialogs, fs: realFs, defaultDirectory: root })
    expect(await files.openFiles({ ...request, mode: 'files' }, WINDOW)).toEqual({
      files: [
        { name: 'x.taneboard', content: 'X' },
        { name: 'y.taneboard', content: 'Y' },
      ],
      omitted: 0,
    })
    expect(dialogs.showOpenDialog.mock.calls[0]?.[1].properties).toEqual([
      'openFile',
      'multiSelections',
    ])
    expect(await files.openFiles(request, WINDOW)).toBeNull()
  })
})
