import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackupReason } from '../../shared/backups/backupNames'
import type { BackupInfo, WriteBackupRequest } from '../../shared/host/hostApi'
import { laptop } from '../../shared/testing/mergeTestKit'
import { userText } from '../i18n/userText'
import { createBackupScheduler } from './backupScheduler'
import type { Notice } from './storeTypes'

const SEC = 1000
const MIN = 60 * SEC

function setup(options: { fail?: () => Error | null } = {}) {
  const written: WriteBackupRequest[] = []
  const notices: { id: number; message: Notice['message'] }[] = []
  let nextId = 1
  const scheduler = createBackupScheduler({
    host: {
      writeBackup: (request) => {
        const error = options.fail?.()
        if (error) return Promise.reject(error)
        written.push(request)
        const info: BackupInfo = {
          backupId: `b${written.length}`,
          workshopId: request.workshopId,
          reason: request.reason,
          savedAt: new Date().toISOString(),
          bytes: request.content.length,
        }
        return Promise.resolve(info)
      },
    },
    appVersion: 'test',
    now: () => new Date().toISOString(),
    notices: {
      push: (notice) => {
        notices.push({ id: nextId, message: notice.message })
        return nextId++
      },
      dismiss: (id) => {
        const i = notices.findIndex((n) => n.id === id)
        if (i >= 0) notices.splice(i, 1)
      },
    },
  })
  const pc = laptop('a', '2026-11-24T01:00:00.000Z')
  pc.create(1)
  const reasons = () => written.map((w): BackupReason => w.reason)
  return { scheduler, written, notices, pc, reasons }
}

describe('backupScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00.000Z') })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('backs up 20 s after the last edit of a quiet moment', async () => {
    const { scheduler, pc, reasons } = setup()
    pc.addNote('一枚目')
    scheduler.noteChange(pc.doc())
    await vi.advanceTimersByTimeAsync(10 * SEC)
    pc.addNote('二枚目')
    scheduler.noteChange(pc.doc())
    await vi.advanceTimersByTimeAsync(19 * SEC)
    expect(reasons()).toEqual([])
    await vi.advanceTimersByTimeAsync(1 * SEC)
    expect(reasons()).toEqual(['change'])
  })

  it('backs up at most every 5 minutes, and at the latest 5 minutes into steady typing', async () => {
    const { scheduler, pc, written } = setup()
    // Steady typing: an edit every 10 s for 16 minutes.
    for (let i = 0; i < 96; i++) {
      pc.addNote(`付箋${i}`)
      scheduler.noteChange(pc.doc())
      await vi.advanceTimersByTimeAsync(10 * SEC)
    }
    // 0:00 first edit → backups at 5:00, 10:00, 15:00 (never more often, never starved).
    expect(written).toHaveLength(3)
    const times = written.map((w) => JSON.parse(w.content) as { savedAt: string })
    expect(times.map((t) => t.savedAt.slice(11, 16))).toEqual(['10:05', '10:10', '10:15'])
  })

  it('never writes a backup identical to the last one (a manual one gets the last one back)', async () => {
    const { scheduler, pc, reasons } = setup()
    pc.addNote('同じ')
    const first = await scheduler.backupNow(pc.doc(), 'manual')
    scheduler.noteChange(pc.doc())
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(await scheduler.atTransition(pc.doc())).toBeNull()
    expect(await scheduler.backupNow(pc.doc(), 'manual')).toEqual(first)
    expect(reasons()).toEqual(['manual'])
    pc.addNote('違う')
    await scheduler.backupNow(pc.doc(), 'manual')
    expect(reasons()).toEqual(['manual', 'manual'])
  })

  it('the same versions read back in another order are the same state (no second backup)', async () => {
    const { scheduler, pc, reasons } = setup()
    pc.addNote('一枚')
    pc.addNote('二枚')
    await scheduler.backupNow(pc.doc(), 'manual')
    const doc = pc.doc()
    const reordered = { ...doc, notes: Object.fromEntries(Object.entries(doc.notes).reverse()) }
    scheduler.noteChange(reordered)
    expect(await scheduler.flushPending()).toBe(true)
    expect(reasons()).toEqual(['manual'])
  })

  it('a failed transition backup is tried again later with the edits', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let failing = true
    const { scheduler, pc, written } = setup({
      fail: () => (failing ? new Error('ENOSPC: no space') : null),
    })
    pc.addNote('切り替わりの付箋')
    expect(await scheduler.atTransition(pc.doc())).toBeNull()
    failing = false
    await vi.advanceTimersByTimeAsync(5 * MIN + SEC)
    expect(written.map((w) => w.reason)).toEqual(['change'])
    expect(written[0]?.content).toContain('切り替わりの付箋')
  })

  it('tells its listeners about every backup written', async () => {
    const { scheduler, pc } = setup()
    const seen: string[] = []
    const stop = scheduler.subscribe((info) => seen.push(info.reason))
    pc.addNote('一枚')
    await scheduler.backupNow(pc.doc(), 'manual')
    stop()
    pc.addNote('二枚')
    await scheduler.backupNow(pc.doc(), 'manual')
    expect(seen).toEqual(['manual'])
  })

  it('a transition takes the pending edits with it', async () => {
    const { scheduler, pc, reasons } = setup()
    pc.addNote('テーマ1の最後の付箋')
    scheduler.noteChange(pc.doc())
    const info = await scheduler.atTransition(pc.doc())
    expect(info?.reason).toBe('transition')
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(reasons()).toEqual(['transition'])
  })

  it('a failed write shows one notice, keeps the edits pending and succeeds later', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let failing = true
    const { scheduler, pc, notices, written } = setup({
      fail: () =>
        failing
          ? new Error("Error invoking remote method 'backups:write': ENOSPC: no space")
          : null,
    })
    pc.addNote('ディスクがいっぱい')
    scheduler.noteChange(pc.doc())
    await vi.advanceTimersByTimeAsync(21 * SEC)
    expect(notices.map((n) => userText(n.message, 'ja'))).toEqual([
      'バックアップを保存できませんでした。ディスクの空き容量が足りません。これまでのバックアップと入力内容はそのまま残っています。',
    ])
    pc.addNote('もう一枚')
    scheduler.noteChange(pc.doc())
    await vi.advanceTimersByTimeAsync(6 * MIN)
    expect(notices).toHaveLength(1) // one notice per episode
    failing = false
    await vi.advanceTimersByTimeAsync(6 * MIN)
    expect(written).toHaveLength(1)
    expect(written[0]?.content).toContain('もう一枚')
    expect(notices).toEqual([]) // dismissed by the success
  })

  it('a transition names where the timetable went', async () => {
    const { scheduler, pc, written } = setup()
    pc.addNote('テーマ1の前')
    await scheduler.atTransition(pc.doc(), 'row:theme1-row')
    pc.addNote('終わり')
    await scheduler.atTransition(pc.doc(), 'after')
    pc.addNote('おかしな位置')
    await scheduler.atTransition(pc.doc(), 'row:../x')
    expect(written.map((w) => w.position)).toEqual(['row-theme1-row', 'after', undefined])
  })

  it('closing soon after an edit: the pending edits are backed up at once, not 20 s later', async () => {
    const { scheduler, pc, reasons, written } = setup()
    pc.addNote('閉じる直前の付箋')
    scheduler.noteChange(pc.doc())
    await vi.advanceTimersByTimeAsync(2 * SEC)
    expect(await scheduler.flushPending()).toBe(true)
    expect(reasons()).toEqual(['change'])
    expect(written[0]?.content).toContain('閉じる直前の付箋')
    // Nothing waits any more: no second backup later, and a second flush writes nothing.
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(await scheduler.flushPending()).toBe(true)
    expect(reasons()).toEqual(['change'])
  })

  it('a close whose backup fails says so and keeps the edits for the next attempt', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let failing = true
    const { scheduler, pc, written } = setup({
      fail: () => (failing ? new Error('ENOSPC: no space') : null),
    })
    pc.addNote('失敗した付箋')
    scheduler.noteChange(pc.doc())
    expect(await scheduler.flushPending()).toBe(false)
    failing = false
    await vi.advanceTimersByTimeAsync(6 * MIN)
    expect(written.map((w) => w.reason)).toEqual(['change'])
  })

  it('backupNow rejects when the host cannot write', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { scheduler, pc } = setup({ fail: () => new Error('EACCES: permission denied') })
    await expect(scheduler.backupNow(pc.doc(), 'beforeRestore')).rejects.toThrow('EACCES')
  })
})
