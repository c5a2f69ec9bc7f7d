import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createOpenedFileQueue,
  MAX_WAITING_FILES,
  workshopFilePaths,
  type OpenedFilesFs,
} from './openedFiles'

const fs: OpenedFilesFs = { stat, readFile }

describe('workshopFilePaths', () => {
  it('takes the .taneboard files of a command line, resolved, and nothing else', () => {
    expect(
      workshopFilePaths(
        [
          'C:/Program Files/TaneBoard/TaneBoard.exe',
          '--allow-file-access-from-files',
          '--user-data-dir=/x/a.taneboard',
          '/shared/研修会_テーブルＡ.taneboard',
          'relative/テーブルＢ.TANEBOARD',
          '/shared/notes.json',
          '.',
          '/shared/研修会_テーブルＡ.taneboard',
        ],
        '/home/user',
      ),
    ).toEqual(['/shared/研修会_テーブルＡ.taneboard', '/home/user/relative/テーブルＢ.TANEBOARD'])
  })
})

describe('the queue of opened files', () => {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'taneboard-opened-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('tells the page once per batch and hands every file over once, with its text', async () => {
    const first = join(dir, '研修会_テーブルＡ.taneboard')
    await writeFile(first, '{"format":"taneboard-workshop"}')
    let told = 0
    const queue = createOpenedFileQueue({ fs, maxBytes: 1000, onAdded: () => (told += 1) })
    queue.add([first])
    queue.add([first])
    expect(told).toBe(1)
    await expect(queue.take()).resolves.toEqual({
      files: [{ name: '研修会_テーブルＡ.taneboard', content: '{"format":"taneboard-workshop"}' }],
      omitted: 0,
    })
    await expect(queue.take()).resolves.toEqual({ files: [], omitted: 0 })
  })

  it('keeps only absolute .taneboard paths: anything else never reaches the page', async () => {
    let told = 0
    const queue = createOpenedFileQueue({ fs, maxBytes: 1000, onAdded: () => (told += 1) })
    queue.add(['relative.taneboard', join(dir, 'secret.txt'), join(dir, 'x.taneboard.exe'), ''])
    expect(told).toBe(0)
    await expect(queue.take()).resolves.toEqual({ files: [], omitted: 0 })
  })

  it('says which files are too large, gone or not files, without failing the others', async () => {
    const large = join(dir, 'large.taneboard')
    await writeFile(large, 'x'.repeat(1001))
    const folder = join(dir, 'folder.taneboard')
    await mkdir(folder)
    const good = join(dir, 'good.taneboard')
    await writeFile(good, '{}')
    const queue = createOpenedFileQueue({ fs, maxBytes: 1000, onAdded: () => undefined })
    queue.add([large, join(dir, 'gone.taneboard'), folder, good])
    await expect(queue.take()).resolves.toEqual({
      files: [
        { name: 'large.taneboard', problem: 'tooLarge' },
        { name: 'gone.taneboard', problem: 'readFailed' },
        { name: 'folder.taneboard', problem: 'readFailed' },
        { name: 'good.taneboard', content: '{}' },
      ],
      omitted: 0,
    })
  })

  it(`holds at most ${String(MAX_WAITING_FILES)} files at once and counts the rest`, async () => {
    const queue = createOpenedFileQueue({ fs, maxBytes: 1000, onAdded: () => undefined })
    queue.add(
      Array.from({ length: MAX_WAITING_FILES + 3 }, (_, i) => join(dir, `${String(i)}.taneboard`)),
    )
    const taken = await queue.take()
    expect(taken.files).toHaveLength(MAX_WAITING_FILES)
    expect(taken.omitted).toBe(3)
  })
})
