import type { StoreApi } from 'zustand/vanilla'
import { restoreRecords } from '../../shared/backups/restoreRecords'
import { parseWorkshopFile, WORKSHOP_FILE_ERROR_MESSAGES } from '../../shared/files/workshopFile'
import type { BackupInfo, BackupList, HostApi } from '../../shared/host/hostApi'
import type { EditContext } from '../../shared/model/context'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import type { WorkshopRepository } from '../db/workshopRepository'
import type { BackupScheduler } from './backupScheduler'
import { commit } from './history'
import { hostErrorText } from './hostErrors'
import type { Persistence } from './persistence'
import type { HomeState, WorkshopState } from './storeTypes'

/**
 * What the backups screen and the import do with whole workshops: list and read the automatic
 * backups, take one now, and bring a workshop back to an earlier state. Every restore first takes
 * a backup of the state it replaces (「復元の直前」) and is written as a new edit (revisions only
 * go up), so it can be undone by restoring that state again.
 */
export interface WorkshopBackups {
  list(workshopId: string): Promise<BackupList>
  /** The workshop a backup holds; throws an Error with a Japanese message when unreadable. */
  read(workshopId: string, backupId: string): Promise<WorkshopDoc>
  /** 「今すぐバックアップ」: the stored workshop, now. */
  backupNow(workshopId: string): Promise<BackupInfo>
  /**
   * Brings the workshop back to `target`. Takes a 'beforeRestore' backup first (when that fails,
   * nothing is changed and the error is thrown). Resolves with the state it replaced.
   */
  restoreTo(target: WorkshopDoc): Promise<WorkshopDoc>
  /** The stored workshop (every pending write included), or null. */
  load(workshopId: string): Promise<WorkshopDoc | null>
}

export interface WorkshopBackupsDeps {
  repo: Pick<WorkshopRepository, 'loadDoc'>
  host: Pick<HostApi, 'listBackups' | 'readBackup'>
  persistence: Pick<Persistence, 'flushRecords' | 'withPending' | 'saveNow'>
  scheduler: Pick<BackupScheduler, 'backupNow'>
  ctx: EditContext
  workshop: StoreApi<Pick<WorkshopState, 'reload'>>
  home: StoreApi<Pick<HomeState, 'refresh'>>
}

export const BACKUP_MESSAGES = {
  missing: 'このバックアップは見つかりませんでした（すでに削除された可能性があります）。',
  otherWorkshop: 'このバックアップは別の研修会のものです。',
  workshopMissing: '研修会が見つかりませんでした。',
  beforeRestoreFailed: (detail: string) =>
    `復元の前に今の内容をバックアップできなかったため、復元を中止しました。${detail}内容は何も変わっていません。`,
} as const

export function createWorkshopBackups(deps: WorkshopBackupsDeps): WorkshopBackups {
  const { repo, host, persistence, scheduler, ctx } = deps

  const load = async (workshopId: string): Promise<WorkshopDoc | null> => {
    await persistence.flushRecords()
    return persistence.withPending(workshopId, await repo.loadDoc(workshopId))
  }

  return {
    list: (workshopId) => host.listBackups(workshopId),

    async read(workshopId, backupId) {
      const text = await host.readBackup({ workshopId, backupId })
      if (text === null) throw new Error(BACKUP_MESSAGES.missing)
      const parsed = parseWorkshopFile(text)
      if (!parsed.ok) throw new Error(WORKSHOP_FILE_ERROR_MESSAGES[parsed.error].ja)
      if (parsed.doc.workshop.id !== workshopId) throw new Error(BACKUP_MESSAGES.otherWorkshop)
      return parsed.doc
    },

    async backupNow(workshopId) {
      const doc = await load(workshopId)
      if (!doc) throw new Error(BACKUP_MESSAGES.workshopMissing)
      return scheduler.backupNow(doc, 'manual')
    },

    async restoreTo(target) {
      const workshopId = target.workshop.id
      const current = await load(workshopId)
      if (!current) throw new Error(BACKUP_MESSAGES.workshopMissing)
      try {
        await scheduler.backupNow(current, 'beforeRestore')
      } catch (error) {
        throw new Error(BACKUP_MESSAGES.beforeRestoreFailed(hostErrorText(error)), {
          cause: error,
        })
      }
      const now = ctx.now()
      const records = restoreRecords(current, target, now)
      if (records.length > 0) {
        const committed = commit(current, records, now)
        await persistence.saveNow(committed.doc, committed.change.records)
      }
      await deps.workshop.getState().reload(workshopId)
      await deps.home.getState().refresh()
      return current
    },

    load,
  }
}
