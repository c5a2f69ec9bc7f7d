import { describe, expect, it } from 'vitest'
import { laptop } from '../testing/mergeTestKit'
import { previewMerge } from '../merge/previewMerge'
import { applyRecords, stampChange, type WorkshopDoc } from '../model/workshopDoc'
import { restoreRecords } from './restoreRecords'

/** Restores `target` on the laptop the way the app does: stamped as a new edit. */
function restore(pc: ReturnType<typeof laptop>, target: WorkshopDoc): void {
  const now = pc.ctx.now()
  const records = restoreRecords(pc.doc(), target, now)
  if (records.length > 0) pc.apply(records)
}

describe('restoreRecords', () => {
  it('brings back edited and deleted notes and removes notes made after the backup', () => {
    const pc = laptop('a', '2026-11-24T01:00:00.000Z')
    pc.create(2)
    const kept = pc.addNote('通院の足がない')
    const edited = pc.addNote('退院後の生活が不安')
    const removed = pc.addNote('夜間の相談先がわからない')
    const backup = pc.doc()

    pc.editNote(edited, '退院後の生活が不安（書き換え）')
    pc.deleteNote(removed)
    const later = pc.addNote('バックアップの後の付箋')
    restore(pc, backup)

    expect(pc.liveTexts()).toEqual(
      ['夜間の相談先がわからない', '通院の足がない', '退院後の生活が不安'].sort(),
    )
    expect(pc.note(later)?.deletedAt).not.toBeNull()
    expect(pc.note(kept)?.rev).toBe(backup.notes[kept]?.rev)
    // A restore is a new edit: revisions only go up.
    expect(pc.note(edited)?.rev).toBeGreaterThan(backup.notes[edited]?.rev ?? Infinity)
  })

  it('writes nothing when the workshop already shows the backup', () => {
    const pc = laptop('a', '2026-11-24T01:00:00.000Z')
    pc.create(1)
    pc.addNote('同じ内容')
    expect(restoreRecords(pc.doc(), pc.doc(), pc.ctx.now())).toEqual([])
  })

  it('keeps the workshop live even when restoring a backup of a deleted workshop state', () => {
    const pc = laptop('a', '2026-11-24T01:00:00.000Z')
    pc.create(1)
    const backup = pc.doc()
    const tombstoned = {
      ...backup,
      workshop: { ...backup.workshop, deletedAt: '2026-11-24T02:00:00.000Z' },
    }
    const records = restoreRecords(pc.doc(), tombstoned, pc.ctx.now())
    expect(records.every((r) => r.type !== 'workshop' || r.deletedAt === null)).toBe(true)
  })

  it('undoing a restore (restoring the state just before it) gives back exactly that state', () => {
    const pc = laptop('a', '2026-11-24T01:00:00.000Z')
    pc.create(2)
    pc.addNote('一つ目')
    const backup = pc.doc()
    pc.addNote('二つ目', 1)
    const two = pc.addNote('三つ目')
    pc.editNote(two, '三つ目（修正）')
    const beforeRestore = pc.doc()
    restore(pc, backup)
    restore(pc, beforeRestore)
    expect(pc.liveTexts()).toEqual(['一つ目', '三つ目（修正）', '二つ目'].sort())
    // Content-wise nothing differs from the state before the restore.
    expect(restoreRecords(pc.doc(), beforeRestore, pc.ctx.now())).toEqual([])
  })

  it('an older laptop file imported after a restore does not silently undo it', () => {
    const pc = laptop('a', '2026-11-24T01:00:00.000Z')
    pc.create(1)
    const id = pc.addNote('元の文')
    const backup = pc.doc()
    pc.editNote(id, '誤って書き換えた文')
    const fileBeforeRestore = pc.doc()
    restore(pc, backup)
    const preview = previewMerge(pc.doc(), fileBeforeRestore)
    const item = preview.items.find((i) => i.key === `note:${id}`)
    expect(item?.status).toBe('localNewer')
  })

  it('refuses a backup of another workshop', () => {
    const a = laptop('a', '2026-11-24T01:00:00.000Z')
    a.create(1)
    const b = laptop('b', '2026-11-24T01:00:00.000Z')
    b.create(1)
    expect(() => restoreRecords(a.doc(), b.doc(), a.ctx.now())).toThrow()
  })

  it('a stamped restore applies cleanly', () => {
    const pc = laptop('a', '2026-11-24T01:00:00.000Z')
    pc.create(1)
    pc.addNote('x')
    const backup = pc.doc()
    pc.addNote('y')
    const now = pc.ctx.now()
    const change = stampChange(pc.doc(), restoreRecords(pc.doc(), backup, now), {
      now,
      editor: pc.ctx.editorId,
    })
    const after = applyRecords(pc.doc(), change.records)
    expect(Object.values(after.notes).filter((n) => n.deletedAt === null)).toHaveLength(1)
  })
})
