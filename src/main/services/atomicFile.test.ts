import * as nodeFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import { RENAME_RETRY_DELAYS_MS, readFileCapped, writeFileAtomic, type FsLike } from './atomicFile'

const realFs: FsLike = nodeFs

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** A disk whose rename fails with `code` the first `failures` times (an antivirus holding it). */
function lockedForAWhile(code: string, failures: number): FsLike & { renames: number } {
  const fs = {
    ...realFs,
    renames: 0,
    rename: async (from: string, to: string) => {
      fs.renames += 1
      if (fs.renames <= failures) throw errnoError(code)
      await realFs.rename(from, to)
    },
  }
  return fs
}

let directory: string

beforeEach(async () => {
  directory = await nodeFs.mkdtemp(join(tmpdir(), 'taneboard-atomic-'))
})

afterEach(async () => {
  await nodeFs.rm(directory, { recursive: true, force: true })
})

describe('writeFileAtomic on Windows, where scanners hold files open for a moment', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])(
    'retries a rename refused with %s, waiting longer each time, and then writes',
    async (code) => {
      const target = join(directory, 'ws-1.taneboard.json')
      await nodeFs.writeFile(target, 'previous')
      const fs = lockedForAWhile(code, 3)
      const waits: number[] = []
      await writeFileAtomic(fs, target, 'next', {
        sleep: (ms) => {
          waits.push(ms)
          return Promise.resolve()
        },
      })
      expect(fs.renames).toBe(4)
      expect(waits).toEqual(RENAME_RETRY_DELAYS_MS.slice(0, 3))
      expect(await nodeFs.readFile(target, 'utf8')).toBe('next')
      expect(await nodeFs.readdir(directory)).toEqual(['ws-1.taneboard.json'])
    },
  )

  it('gives up after a bounded number of attempts, keeps the old file and leaves no temp file', async () => {
    const target = join(directory, 'ws-1.taneboard.json')
    await nodeFs.writeFile(target, 'previous')
    const fs = lockedForAWhile('EPERM', Number.POSITIVE_INFINITY)
    const waits: number[] = []
    await expect(
      writeFileAtomic(fs, target, 'next', {
        sleep: (ms) => {
          waits.push(ms)
          return Promise.resolve()
        },
      }),
    ).rejects.toThrow(/^EPERM: /)
    expect(fs.renames).toBe(RENAME_RETRY_DELAYS_MS.length + 1)
    expect(waits).toEqual(RENAME_RETRY_DELAYS_MS)
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThan(3000)
    expect(await nodeFs.readFile(target, 'utf8')).toBe('previous')
    expect(await nodeFs.readdir(directory)).toEqual(['ws-1.taneboard.json'])
  })

  it.each(['ENOSPC', 'EIO', 'EXDEV'])(
    'does not retry %s, which waiting cannot fix',
    async (code) => {
      const fs = lockedForAWhile(code, 1)
      const waits: number[] = []
      await expect(
        writeFileAtomic(fs, join(directory, 'x.json'), 'next', {
          sleep: (ms) => {
            waits.push(ms)
            return Promise.resolve()
          },
        }),
      ).rejects.toThrow()
      expect(fs.renames).toBe(1)
      expect(waits).toEqual([])
    },
  )

  it('really waits with the default timer (a short real delay)', async () => {
    const target = join(directory, 'ws-1.taneboard.json')
    const fs = lockedForAWhile('EBUSY', 2)
    const started = Date.now()
    await writeFileAtomic(fs, target, 'next', { renameRetryDelaysMs: [15, 15] })
    expect(Date.now() - started).toBeGreaterThanOrEqual(25)
    expect(await nodeFs.readFile(target, 'utf8')).toBe('next')
  })
})

describe('readFileCapped and text encodings', () => {
  it('reads UTF-8 without its BOM, and a UTF-16 file as UTF-8, as the browser does, so both refuse it', async () => {
    const json = '{"format":"taneboard-workshop","formatVersion":4}'
    const utf8 = join(directory, 'utf8.taneboard')
    await nodeFs.writeFile(utf8, `\uFEFF${json}`, 'utf8')
    expect(await readFileCapped(realFs, utf8, 1000)).toBe(json)
    const utf16 = join(directory, 'utf16.taneboard')
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])
    await nodeFs.writeFile(utf16, bytes)
    const text = await readFileCapped(realFs, utf16, 1000)
    expect(text).toBe(new TextDecoder('utf-8').decode(bytes))
    expect(parseWorkshopFile(text)).toMatchObject({ ok: false, error: 'notJson' })
  })
})
