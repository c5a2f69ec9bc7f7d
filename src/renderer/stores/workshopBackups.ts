import type { StoreApi } from 'zustand/vanilla'
import { AppError, appError } from '../../shared/errors/appError'
import { errorRef, workshopFileErrorRef } from '../../shared/errors/errorCodes'
import { restoreRecords } from '../../shared/backups/restoreRecords'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import type { BackupInfo, BackupList, HostApi } from '../../shared/host/hostApi'
import type { EditContext } from '../../shared/model/context'
import type { AnyRecord } from '../../shared/model/schemas'
import { docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import type { WorkshopRepository } from '../db/workshopRepository'
import type { BackupScheduler } from './backupScheduler'
import { hostErrorRef } from './hostErrors'
import type { HomeState } from './storeTypes'
import type { WorkshopSession } from './workshopSession'

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
   * Undoes a restore or an import (its one entry in the session's history): each record it wrote
   * gets its version from before back (or is removed, if it was new), unless it has been changed
   * since; those changes stay. A 'beforeRestore' backup is taken first. Resolves with the number
   * of records left as they are because they were changed since.
   */
  undoWrite(change: WrittenChange): Promise<number>
  /** The true stored workshop (every draft and pending write included), or null. */
  load(workshopId: string): Promise<WorkshopDoc | null>
  /** How many records of a file would take over records of another workshop (same ids). */
  countForeign(doc: WorkshopDoc): Promise<number>
  /** Runs restores and imports one after another. */
  exclusive<T>(task: () => Promise<T>): Promise<T>
  /**
   * Commits an import's merged versions (as they are) through the session, then refreshes the
   * home list, even when the write failed (it is queued and retried).
   */
  writeImport(workshopId: string, records: readonly AnyRecord[]): Promise<WrittenChange>
}

/** What a restore or an import wrote (for 元に戻す: its entry in the session's history). */
export interface WrittenChange {
  workshopId: string
  written: readonly AnyRecord[]
  /** The session's undo entry; null when nothing was written. */
  undoId: number | null
}

export interface WorkshopBackupsDeps {
  repo: Pick<WorkshopRepository, 'countForeign'>
  host: Pick<HostApi, 'listBackups' | 'readBackup'>
  session: Pick<WorkshopSession, 'commit' | 'readTrue' | 'undo'>
  scheduler: Pick<BackupScheduler, 'backupNow'>
  ctx: EditContext
  home: StoreApi<Pick<HomeState, 'refresh'>>
}

export function createWorkshopBackups(deps: WorkshopBackupsDeps): WorkshopBackups {
  const { repo, host, session, scheduler } = deps
  let lane: Promise<unknown> = Promise.resolve()

  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = lane.then(task, task)
    lane = run.catch(() => undefined)
    return run
  }

  // Drafts first: text being typed is part of the state a restore or an import replaces.
  const load = (workshopId: string) => session.readTrue(workshopId, { drafts: true })

  /** Commits, then shows the result on the home list (even after a failed, queued write). */
  const written = async (
    workshopId: string,
    run: () => ReturnType<WorkshopSession['commit']>,
  ): Promise<WrittenChange> => {
    try {
      const result = await run()
      return result.ok
        ? { workshopId, written: result.change.records, undoId: result.undoId }
        : { workshopId, written: [], undoId: null }
    } finally {
      await deps.home.getState().refresh()
    }
  }

  const backupBeforeRestore = async (current: WorkshopDoc): Promise<void> => {
    try {
      await scheduler.backupNow(current, 'beforeRestore')
    } catch (error) {
      throw new AppError(errorRef('backup.beforeRestoreFailed', { detail: hostErrorRef(error) }), {
        cause: error,
      })
    }
  }

  const restoreInner = async (target: WorkshopDoc): Promise<WrittenChange> => {
    const workshopId = target.workshop.id
    const current = await load(workshopId)
    if (!current) throw appError('workshop.notFound')
    if ((await repo.countForeign(workshopId, docRecords(target))) > 0) {
      throw appError('backup.foreign')
    }
    const now = deps.ctx.now()
    if (restoreRecords(current, target, now).length === 0) {
      return { workshopId, written: [], undoId: null }
    }
    await backupBeforeRestore(current)
    return written(workshopId, () =>
      session.commit({
        origin: 'restore',
        workshopId,
        edit: (doc) => restoreRecords(doc, target, now),
      }),
    )
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

    undoWrite: ({ workshopId, written: records, undoId }) =>
      exclusive(async () => {
        if (undoId === null) return 0
        const current = await load(workshopId)
        if (!current) throw appError('workshop.notFound')
        await backupBeforeRestore(current)
        try {
          const result = await session.undo(undoId)
          // Gone from the history (undone already): every record stays as it is now.
          return result ? result.skipped : records.length
        } finally {
          await deps.home.getState().refresh()
        }
      }),

    load,
    countForeign: (doc) => repo.countForeign(doc.workshop.id, docRecords(doc)),
    exclusive,
    writeImport: (workshopId, records) =>
      written(workshopId, () => session.commit({ origin: 'import', workshopId, records })),
  }
}
