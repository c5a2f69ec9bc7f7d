import type { StoreApi } from 'zustand/vanilla'
import { AppError, appError, errorRefOf } from '../../shared/errors/appError'
import { errorRef, workshopFileErrorRef, type ErrorRef } from '../../shared/errors/errorCodes'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import { applyMerge } from '../../shared/merge/applyMerge'
import { importLanding, type GroupLanding } from '../../shared/merge/importLanding'
import {
  previewMerge,
  type MergeChoice,
  type MergePreview,
  type RecordKey,
} from '../../shared/merge/previewMerge'
import type { EditContext } from '../../shared/model/context'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import { workshopGroups } from '../../shared/ops/groupOps'
import type { BackupScheduler } from './backupScheduler'
import { hostErrorRef } from './hostErrors'
import type { HomeState, NoticeState } from './storeTypes'
import type { WorkshopBackups } from './workshopBackups'

/**
 * Importing a workshop file (another laptop's export): read and check it, show what it would
 * change (previewMerge), then merge it record by record by id and revision (applyMerge). Nothing
 * is written before the user confirms; a file that cannot be read changes nothing. Before a merge
 * into an existing workshop a 'beforeImport' backup is taken, and the notice's 元に戻す puts back
 * the versions the import replaced and removes the records it added, except records changed
 * since (a new workshop is removed again). Files whose ids belong to another workshop here, or
 * whose merge would not make a readable workshop, are refused before anything is written.
 */
export interface PreparedImport {
  fileName: string
  incoming: WorkshopDoc
  /** Names of the groups the file carries, in its order. */
  groupNames: string[]
  preview: MergePreview
  /** The workshop was deleted on this laptop: importing brings it back. */
  revives: boolean
}

export type PrepareResult = { ok: true; prepared: PreparedImport } | { ok: false; error: ErrorRef }

export interface ImportOutcome {
  workshopId: string
  newWorkshop: boolean
  /** Record versions written (0: the file held nothing new). */
  written: number
  /** A file of one group: that group and the theme of its latest change (where to land). */
  landing: GroupLanding | null
}

export interface WorkshopImport {
  prepare(text: string, fileName: string): Promise<PrepareResult>
  /** Merges with the user's choices for conflicts (missing: 両方残す where possible). */
  apply(
    prepared: PreparedImport,
    choices: Partial<Record<RecordKey, MergeChoice>>,
  ): Promise<ImportOutcome>
}

export interface WorkshopImportDeps {
  backups: Pick<
    WorkshopBackups,
    'load' | 'undoWrite' | 'countForeign' | 'exclusive' | 'writeImport'
  >
  scheduler: Pick<BackupScheduler, 'backupNow'>
  ctx: EditContext
  notices: Pick<NoticeState, 'push' | 'dismiss'>
  home: StoreApi<Pick<HomeState, 'remove' | 'restore'>>
}

export function createWorkshopImport(deps: WorkshopImportDeps): WorkshopImport {
  const { backups, scheduler, ctx, notices } = deps

  const offerUndo = (message: ErrorRef, undo: () => Promise<void>): void => {
    let noticeId = 0
    noticeId = notices.push({
      tone: 'success',
      message,
      action: {
        label: errorRef('notice.undo'),
        run: () => {
          notices.dismiss(noticeId)
          undo().catch((error: unknown) => {
            console.error('TaneBoard: undoing an import failed', error)
            notices.push({
              tone: 'error',
              message: errorRef('import.undoFailed', { detail: errorRefOf(error) }),
            })
          })
        },
      },
    })
  }

  const applyInner = async (
    prepared: PreparedImport,
    choices: Partial<Record<RecordKey, MergeChoice>>,
  ): Promise<ImportOutcome> => {
    const { incoming } = prepared
    const workshopId = incoming.workshop.id
    const title = incoming.workshop.title
    const landing = importLanding(incoming)
    if ((await backups.countForeign(incoming)) > 0) throw appError('backup.foreign')
    // The state now, not the one previewed: choices are keyed by record, so they still apply.
    const local = await backups.load(workshopId)
    if (!local) {
      const records = applyMerge(null, incoming, choices, ctx)
      await backups.writeImport(workshopId, records)
      offerUndo(errorRef('notice.importedNew', { title }), () =>
        deps.home.getState().remove(workshopId),
      )
      return { workshopId, newWorkshop: true, written: records.length, landing }
    }
    const records = applyMerge(local, incoming, choices, ctx)
    const revives = local.workshop.deletedAt !== null
    if (records.length === 0 && !revives) {
      notices.push({ tone: 'info', message: errorRef('notice.importNothing', { title }) })
      return { workshopId, newWorkshop: false, written: 0, landing }
    }
    try {
      await scheduler.backupNow(local, 'beforeImport')
    } catch (error) {
      throw new AppError(errorRef('import.backupFailed', { detail: hostErrorRef(error) }), {
        cause: error,
      })
    }
    const change = await backups.writeImport(workshopId, records)
    // A workshop deleted here comes back: the user asked for its file.
    if (revives) await deps.home.getState().restore(workshopId)
    const summary = previewMerge(local, incoming).summaryParts
    offerUndo(errorRef('notice.imported', { title, summary }), async () => {
      const kept = await backups.undoWrite(change)
      notices.push({
        tone: 'info',
        message:
          kept > 0
            ? errorRef('notice.importUndoneKept', { title, count: kept })
            : errorRef('notice.importUndone', { title }),
      })
    })
    return { workshopId, newWorkshop: false, written: records.length, landing }
  }

  return {
    async prepare(text, fileName) {
      // A file from elsewhere: also the calendar and the editing limits (workshopFileStrict.ts).
      const parsed = parseWorkshopFile(text, { strict: true })
      if (!parsed.ok) return { ok: false, error: workshopFileErrorRef(parsed.error) }
      const incoming = parsed.doc
      if ((await backups.countForeign(incoming)) > 0) {
        return { ok: false, error: errorRef('backup.foreign') }
      }
      const local = await backups.load(incoming.workshop.id)
      return {
        ok: true,
        prepared: {
          fileName,
          incoming,
          groupNames: workshopGroups(incoming).map((g) => g.name),
          preview: previewMerge(local, incoming),
          revives: local !== null && local.workshop.deletedAt !== null,
        },
      }
    },

    apply: (prepared, choices) => backups.exclusive(() => applyInner(prepared, choices)),
  }
}
