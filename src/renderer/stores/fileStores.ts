import type { StoreApi } from 'zustand/vanilla'
import type { EditContext } from '../../shared/model/context'
import type { BackupScheduler } from './backupScheduler'
import type { HomeState, NoticeState } from './storeTypes'
import { createTableCollection, type TableCollection } from './tableCollection'
import {
  createWorkshopBackups,
  type WorkshopBackups,
  type WorkshopBackupsDeps,
} from './workshopBackups'
import { createWorkshopImport, type WorkshopImport } from './workshopImport'

/** What restores, imports and the tables' collection are made of (appServices.ts). */
export interface FileStores {
  backups: WorkshopBackups
  imports: WorkshopImport
  tables: TableCollection
}

export interface FileStoresDeps extends Omit<WorkshopBackupsDeps, 'home'> {
  scheduler: BackupScheduler
  ctx: EditContext
  notices: Pick<NoticeState, 'push' | 'dismiss'>
  home: StoreApi<HomeState>
}

/**
 * Listing, reading and restoring backups, importing a workshop file, collecting the tables'
 * files: built together (imports and the collection run in the backups' one lane), in a chunk
 * of their own that ホーム does not wait for (appServices.ts loads it at the first call).
 */
export function createFileStores(deps: FileStoresDeps): FileStores {
  const { scheduler, ctx, notices, home } = deps
  const backups = createWorkshopBackups(deps)
  return {
    backups,
    imports: createWorkshopImport({ backups, scheduler, ctx, notices, home }),
    tables: createTableCollection({ backups, scheduler, ctx, notices }),
  }
}
