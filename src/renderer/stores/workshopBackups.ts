import type { StoreApi } from 'zustand/vanilla'
import { AppError, appError } from '../../shared/errors/appError'
import { errorRef, workshopFileErrorRef } from '../../shared/errors/errorCodes'
import { restoreRecords } from '../../shared/backups/restoreRecords'
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/files/workshopFile'
import type { BackupInfo, BackupList, HostApi } from '../../shared/host/hostApi'
import type { EditContext } from '../../shared/model/context'
import type { AnyRecord } from '../../shared/model/schemas'
import {
  applyRecords,
  docRecords,
  findRecord,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'
import type { WorkshopRepository } from '../db/workshopRepository'
import type { BackupScheduler } from './backupScheduler'
import { commit } from './history'
import { hostErrorRef } from './hostErrors'
import type { Persistence } from './persistence'
import type { HomeState, WorkshopState } from './storeTypes'

/**
 * What the backups screen and the import do with whole workshops: list and read the automatic
 * backups, take one now, and bring a workshop back to an earlier state. Every restore first takes
 * a backup of the state it replaces (「復元の直前」) and is written as a new edit (revisions only
 * go up). Restores and imports run one at a time (`exclusive`).
 */
export interface WorkshopBackups {
  list(workshopId: string): Promise<BackupList>
  /** The workshop a backup holds; throws an AppError (backup.missing, file.…) when unreadable. */
  read(workshopId: string, backupId: string): Promise<WorkshopDoc>
  /** 「今すぐバックアップ」: the stored workshop, now. */
  backupNow(workshopId: string): Promise<BackupInfo>
  /**
   * Brings the workshop back to `target`. Takes a 'beforeRestore' backup first (when that fails,
   * nothing is changed and the error is thrown).
   */
  restoreTo(target: WorkshopDoc): Promise<WrittenChange>
  /**
   * Undoes a restore or an import: each record it wrote gets its version from `before` back (or
   * is removed, if it was new), unless it has been changed since; those changes stay. Resolves
   * with the number of records left as they are because they were changed since.
   */
  undoWrite(change: WrittenChange): Promise<number>
  /** The stored workshop (every draft and pending write included), or null. */
  load(workshopId: string): Promise<WorkshopDoc | null>
  /** How many records of a file would take over records of another workshop (same ids). */
  countForeign(doc: WorkshopDoc): Promise<number>
  /** Runs restores and imports one after another. */
  exclusive<T>(task: () => Promise<T>): Promise<T>
  /** Writes records that change a workshop from outside the workshop store, then shows them. */
  writeFromOutside(doc: WorkshopDoc, records: readonly AnyRecord[]): Promise<void>
}

/** What a restore or an import wrote, and the state it replaced (for 元に戻す). */
export interface WrittenChange {
  before: WorkshopDoc
  written: AnyRecord[]
}

export interface WorkshopBackupsDeps {
  repo: Pick<WorkshopRepository, 'loadDoc' | 'countForeign'>
  host: Pick<HostApi, 'listBackups' | 'readBackup'>
  persistence: Pick<Persistence, 'flush' | 'withPending' | 'saveNow'>
  scheduler: Pick<BackupScheduler, 'backupNow'>
  ctx: EditContext
  workshop: StoreApi<Pick<WorkshopState, 'reload'>>
  home: StoreApi<Pick<HomeState, 'refresh'>>
  /** Tells the app's other windows (the projector) that a workshop changed. */
  notifyChanged?: (workshopId: string) => void
}

export function createWorkshopBackups(deps: WorkshopBackupsDeps): WorkshopBackups {
  const { repo, host, persistence, scheduler, ctx } = deps
  let lane: Promise<unknown> = Promise.resolve()

  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = lane.then(task, task)
    lane = run.catch(() => undefined)
    return run
  }

  const load = async (workshopId: string): Promise<WorkshopDoc | null> => {
    // Drafts first: text being typed is part of the state a restore or an import replaces.
    await persistence.flush()
    return persistence.withPending(workshopId, await repo.loadDoc(workshopId))
  }

  const writeFromOutside = async (doc: WorkshopDoc, records: readonly AnyRecord[]) => {
    // The whole workshop must still make a readable file (size, record counts, revisions).
    const check = parseWorkshopFile(serializeWorkshopFile(doc, 'check', ctx.now()))
    if (!check.ok) throw appError('backup.tooLarge')
    const workshopId = doc.workshop.id
    try {
      if (records.length > 0) await persistence.saveNow(doc, records)
    } finally {
      // Even after a failed write (queued and retried), the screens must not keep the old doc.
      await deps.workshop.getState().reload(workshopId)
      await deps.home.getState().refresh()
      deps.notifyChanged?.(workshopId)
    }
  }

  const restoreInner = async (target: WorkshopDoc): Promise<WrittenChange> => {
    const workshopId = target.workshop.id
    const current = await load(workshopId)
    if (!current) throw appError('workshop.notFound')
    if ((await repo.countForeign(workshopId, docRecords(target))) > 0) {
      throw appError('backup.foreign')
    }
    const now = ctx.now()
    const records = restoreRecords(current, target, now)
    if (records.length === 0) return { before: current, written: [] }
    try {
      await scheduler.backupNow(current, 'beforeRestore')
    } catch (error) {
      throw new AppError(errorRef('backup.beforeRestoreFailed', { detail: hostErrorRef(error) }), {
        cause: error,
      })
    }
    const committed = commit(current, records, { now, editor: ctx.editorId })
    await writeFromOutside(committed.doc, committed.change.records)
    return { before: current, written: committed.change.records }
  }

  return {
    list: (workshopId) => host.listBackups(workshopId),

    async read(workshopId, backupId) {
      const text = await host.readBackup({ workshopId, backupId })
      if (text === null) throw appError('backup.missing')
      const parsed = parseWorkshopFile(text)
      if (!parsed.ok) throw new AppError(workshopFileErrorRef(parsed.error))
      if (parsed.doc.workshop.id !== workshopId) throw appError('backup.otherWorkshop')
      return parsed.doc
    },

    async backupNow(workshopId) {
      const doc = await load(workshopId)
      if (!doc) throw appError('workshop.notFound')
      return scheduler.backupNow(doc, 'manual')
    },

    restoreTo: (target) => exclusive(() => restoreInner(target)),

    undoWrite: ({ before, written }) =>
      exclusive(async () => {
        const workshopId = before.workshop.id
        const now = await load(workshopId)
        if (!now) throw appError('workshop.notFound')
        const untouched = written.filter((w) => findRecord(now, w)?.rev === w.rev)
        const at = ctx.now()
        const inverse = untouched.map(
          (w): AnyRecord => findRecord(before, w) ?? { ...w, deletedAt: at },
        )
        if (inverse.length > 0) await restoreInner(applyRecords(now, inverse))
        return written.length - untouched.length
      }),

    load,
    countForeign: (doc) => repo.countForeign(doc.workshop.id, docRecords(doc)),
    exclusive,
    writeFromOutside,
  }
}
