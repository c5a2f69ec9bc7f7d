import type { StoreApi } from 'zustand/vanilla'
import { parseWorkshopFile, WORKSHOP_FILE_ERROR_MESSAGES } from '../../shared/files/workshopFile'
import { applyMerge } from '../../shared/merge/applyMerge'
import {
  previewMerge,
  type MergeChoice,
  type MergePreview,
  type RecordKey,
} from '../../shared/merge/previewMerge'
import type { EditContext } from '../../shared/model/context'
import {
  applyRecords,
  docFromRecords,
  findRecord,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'
import { workshopGroups } from '../../shared/ops/groupOps'
import type { BackupScheduler } from './backupScheduler'
import { hostErrorText } from './hostErrors'
import type { Persistence } from './persistence'
import type { HomeState, NoticeState, WorkshopState } from './storeTypes'
import type { WorkshopBackups } from './workshopBackups'

/**
 * Importing a workshop file (another laptop's export): read and check it, show what it would
 * change (previewMerge), then merge it record by record by id and revision (applyMerge). Nothing
 * is written before the user confirms; a file that cannot be read changes nothing. Before a merge
 * into an existing workshop a 'beforeImport' backup is taken, and the notice's 元に戻す puts back
 * the versions the import replaced and removes the records it added (a new workshop is removed
 * again); edits made since to other records stay.
 */
export interface PreparedImport {
  fileName: string
  incoming: WorkshopDoc
  /** Names of the groups the file carries, in its order. */
  groupNames: string[]
  preview: MergePreview
}

export type PrepareResult = { ok: true; prepared: PreparedImport } | { ok: false; message: string }

export interface ImportOutcome {
  workshopId: string
  newWorkshop: boolean
  /** Record versions written (0: the file held nothing new). */
  written: number
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
  backups: Pick<WorkshopBackups, 'load' | 'restoreTo'>
  scheduler: Pick<BackupScheduler, 'backupNow'>
  persistence: Pick<Persistence, 'saveNow'>
  ctx: EditContext
  notices: Pick<NoticeState, 'push' | 'dismiss'>
  workshop: StoreApi<Pick<WorkshopState, 'reload'>>
  home: StoreApi<Pick<HomeState, 'refresh' | 'remove' | 'restore'>>
}

export const IMPORT_MESSAGES = {
  done: (title: string, lines: readonly string[]) =>
    `『${title}』に取り込みました（${lines.join('、')}）。`,
  doneNew: (title: string) => `研修会『${title}』を取り込みました。`,
  nothing: (title: string) =>
    `『${title}』に取り込む変更はありませんでした（すでに同じ内容です）。`,
  undo: '元に戻す',
  undone: (title: string) => `『${title}』を取り込む前の状態に戻しました。`,
  undoFailed: '取り込む前の状態に戻せませんでした。',
  backupFailed: (detail: string) =>
    `取り込む前に今の内容をバックアップできなかったため、取り込みを中止しました。${detail}内容は何も変わっていません。`,
} as const

export function createWorkshopImport(deps: WorkshopImportDeps): WorkshopImport {
  const { backups, scheduler, persistence, ctx, notices } = deps

  const finish = async (workshopId: string): Promise<void> => {
    await deps.workshop.getState().reload(workshopId)
    await deps.home.getState().refresh()
  }

  const offerUndo = (message: string, undo: () => Promise<void>): void => {
    let noticeId = 0
    noticeId = notices.push({
      tone: 'success',
      message,
      action: {
        label: IMPORT_MESSAGES.undo,
        run: () => {
          notices.dismiss(noticeId)
          undo().catch((error: unknown) => {
            console.error('TaneBoard: undoing an import failed', error)
            const detail = error instanceof Error ? error.message : ''
            notices.push({ tone: 'error', message: `${IMPORT_MESSAGES.undoFailed}${detail}` })
          })
        },
      },
    })
  }

  return {
    async prepare(text, fileName) {
      const parsed = parseWorkshopFile(text)
      if (!parsed.ok) return { ok: false, message: WORKSHOP_FILE_ERROR_MESSAGES[parsed.error].ja }
      const incoming = parsed.doc
      const local = await backups.load(incoming.workshop.id)
      return {
        ok: true,
        prepared: {
          fileName,
          incoming,
          groupNames: workshopGroups(incoming).map((g) => g.name),
          preview: previewMerge(local, incoming),
        },
      }
    },

    async apply(prepared, choices) {
      const { incoming } = prepared
      const workshopId = incoming.workshop.id
      const title = incoming.workshop.title.trim() || '無題の研修会'
      // The state now, not the one previewed: choices are keyed by record, so they still apply.
      const local = await backups.load(workshopId)
      if (!local) {
        const records = applyMerge(null, incoming, choices, ctx)
        const doc = docFromRecords(incoming.workshop, records)
        await persistence.saveNow(doc, records)
        await finish(workshopId)
        offerUndo(IMPORT_MESSAGES.doneNew(title), () => deps.home.getState().remove(workshopId))
        return { workshopId, newWorkshop: true, written: records.length }
      }
      const records = applyMerge(local, incoming, choices, ctx)
      if (records.length === 0) {
        notices.push({ tone: 'info', message: IMPORT_MESSAGES.nothing(title) })
        return { workshopId, newWorkshop: false, written: 0 }
      }
      try {
        await scheduler.backupNow(local, 'beforeImport')
      } catch (error) {
        throw new Error(IMPORT_MESSAGES.backupFailed(hostErrorText(error)), { cause: error })
      }
      const merged = applyRecords(local, records)
      await persistence.saveNow(merged, records)
      // A workshop deleted here comes back: the user asked for its file.
      if (merged.workshop.deletedAt !== null) await deps.home.getState().restore(workshopId)
      await finish(workshopId)
      const lines = previewMerge(local, incoming).summary
      offerUndo(IMPORT_MESSAGES.done(title, lines), async () => {
        // Only what the import wrote goes back (edits made since to other records stay).
        const now = await backups.load(workshopId)
        if (!now) return
        const inverse = records.map(
          (record) => findRecord(local, record) ?? { ...record, deletedAt: ctx.now() },
        )
        await backups.restoreTo(applyRecords(now, inverse))
        notices.push({ tone: 'info', message: IMPORT_MESSAGES.undone(title) })
      })
      return { workshopId, newWorkshop: false, written: records.length }
    },
  }
}
