import { AppError, appError, errorRefOf } from '../../shared/errors/appError'
import { errorRef, workshopFileErrorRef, type ErrorRef } from '../../shared/errors/errorCodes'
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/files/workshopFile'
import type { OpenedFileEntry } from '../../shared/host/hostApi'
import { applyMerge } from '../../shared/merge/applyMerge'
import { SUMMARY_TYPES } from '../../shared/merge/mergeLabels'
import { previewMerge, type MergePreview } from '../../shared/merge/previewMerge'
import type { EditContext } from '../../shared/model/context'
import type { AnyRecord } from '../../shared/model/schemas'
import { applyRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { workshopGroups } from '../../shared/ops/groupOps'
import type { BackupScheduler } from './backupScheduler'
import { hostErrorRef } from './hostErrors'
import type { NoticeState } from './storeTypes'
import type { WorkshopBackups, WrittenChange } from './workshopBackups'

/**
 * 「テーブルから集める」: many workshop files (the tables' copies) merged into the open workshop in
 * one step, with one summary. Each file goes through the import's own door: `parseWorkshopFile`
 * (strict), the same workshop only, no ids of another workshop, `applyMerge` with its default
 * choices (a conflict keeps both texts, the file's as a copy flagged 「取り込み」), and the
 * workshop must still make a readable file. A file refused changes nothing; the accepted ones are
 * merged one after another (a later file sees the earlier ones) and written as ONE commit after
 * one 'beforeImport' backup, so one 元に戻す undoes the whole collection.
 */
export type CollectedLine =
  | {
      fileName: string
      status: 'merged' | 'unchanged'
      groupNames: string[]
      /** New records (notes, topics, …), live ones. */
      added: number
      /** Records the file had changed since (live). */
      updated: number
      /** Records the file had deleted. */
      deleted: number
      /** Changed on both sides. */
      conflicts: number
      /** Of the conflicts, those whose file text was kept as a marked copy. */
      copies: number
    }
  | { fileName: string; status: 'refused'; groupNames: string[]; error: ErrorRef }

export interface CollectionSummary {
  workshopId: string
  lines: CollectedLine[]
  /** Files left out beyond the host's per-step limit. */
  omitted: number
  /** What was written (for 元に戻す); null when nothing was. */
  change: WrittenChange | null
}

export interface TableCollection {
  /** Merges every file into the workshop; rejects (nothing written) only when it cannot start. */
  collect(
    workshopId: string,
    files: readonly OpenedFileEntry[],
    omitted?: number,
  ): Promise<CollectionSummary>
}

export interface TableCollectionDeps {
  backups: Pick<
    WorkshopBackups,
    'load' | 'undoWrite' | 'countForeign' | 'exclusive' | 'writeImport'
  >
  scheduler: Pick<BackupScheduler, 'backupNow'>
  ctx: EditContext
  notices: Pick<NoticeState, 'push' | 'dismiss'>
}

type Merged = Extract<CollectedLine, { status: 'merged' | 'unchanged' }>

function countsOf(preview: MergePreview): Omit<Merged, 'fileName' | 'status' | 'groupNames'> {
  let added = 0
  let updated = 0
  let deleted = 0
  let conflicts = 0
  let copies = 0
  for (const item of preview.items) {
    const live = item.incoming.deletedAt === null
    if (item.status === 'new' && live && SUMMARY_TYPES.includes(item.type)) added += 1
    if (item.status === 'incomingNewer') {
      if (live) updated += 1
      else deleted += 1
    }
    if (item.status === 'conflict') {
      conflicts += 1
      if (item.canKeepBoth && live && item.local?.deletedAt === null) copies += 1
    }
  }
  return { added, updated, deleted, conflicts, copies }
}

export function createTableCollection(deps: TableCollectionDeps): TableCollection {
  const { backups, scheduler, ctx, notices } = deps

  /** The whole workshop must still make a readable file (what the session checks on commit). */
  const readable = (doc: WorkshopDoc): boolean =>
    parseWorkshopFile(serializeWorkshopFile(doc, 'check', ctx.now())).ok

  /** One file against the workshop as merged so far: its records, or why it is refused. */
  const mergeOne = async (
    running: WorkshopDoc,
    file: OpenedFileEntry,
  ): Promise<{ line: CollectedLine; records: AnyRecord[] }> => {
    const refused = (error: ErrorRef, groupNames: string[] = []) => ({
      line: { fileName: file.name, status: 'refused' as const, groupNames, error },
      records: [],
    })
    if ('problem' in file) {
      return refused(
        file.problem === 'tooLarge'
          ? workshopFileErrorRef('tooLarge')
          : errorRef('host.fileReadFailed'),
      )
    }
    const parsed = parseWorkshopFile(file.content, { strict: true })
    if (!parsed.ok) return refused(workshopFileErrorRef(parsed.error))
    const incoming = parsed.doc
    const groupNames = workshopGroups(incoming).map((g) => g.name)
    if (incoming.workshop.id !== running.workshop.id) {
      const title = incoming.workshop.title
      return refused(errorRef('collect.otherWorkshop', { title }), groupNames)
    }
    if ((await backups.countForeign(incoming)) > 0) {
      return refused(errorRef('backup.foreign'), groupNames)
    }
    const preview = previewMerge(running, incoming)
    const records = applyMerge(running, incoming, {}, ctx)
    if (records.length > 0 && !readable(applyRecords(running, records))) {
      return refused(errorRef('backup.tooLarge'), groupNames)
    }
    const status = records.length > 0 ? ('merged' as const) : ('unchanged' as const)
    return {
      line: { fileName: file.name, status, groupNames, ...countsOf(preview) },
      records,
    }
  }

  const offerUndo = (message: ErrorRef, change: WrittenChange): void => {
    let noticeId = 0
    noticeId = notices.push({
      tone: 'success',
      message,
      action: {
        label: errorRef('notice.undo'),
        run: () => {
          notices.dismiss(noticeId)
          backups.undoWrite(change).then(
            (kept) => {
              notices.push({
                tone: 'info',
                message:
                  kept > 0
                    ? errorRef('notice.collectUndoneKept', { count: kept })
                    : errorRef('notice.collectUndone'),
              })
            },
            (error: unknown) => {
              console.error('TaneBoard: undoing a collection failed', error)
              notices.push({
                tone: 'error',
                message: errorRef('import.undoFailed', { detail: errorRefOf(error) }),
              })
            },
          )
        },
      },
    })
  }

  const collectInner = async (
    workshopId: string,
    files: readonly OpenedFileEntry[],
    omitted: number,
  ): Promise<CollectionSummary> => {
    const local = await backups.load(workshopId)
    if (!local || local.workshop.deletedAt !== null) throw appError('workshop.notFound')
    let running = local
    // The latest version of each record across the files (a later file may change it again).
    const written = new Map<string, AnyRecord>()
    const lines: CollectedLine[] = []
    for (const file of files) {
      const { line, records } = await mergeOne(running, file)
      lines.push(line)
      if (records.length === 0) continue
      running = applyRecords(running, records)
      for (const record of records) written.set(`${record.type}:${record.id}`, record)
    }
    if (written.size === 0) return { workshopId, lines, omitted, change: null }
    try {
      await scheduler.backupNow(local, 'beforeImport')
    } catch (error) {
      throw new AppError(errorRef('import.backupFailed', { detail: hostErrorRef(error) }), {
        cause: error,
      })
    }
    const change = await backups.writeImport(workshopId, [...written.values()])
    const merged = lines.filter((line) => line.status === 'merged').length
    offerUndo(
      errorRef('notice.collected', { files: merged, written: change.written.length }),
      change,
    )
    return { workshopId, lines, omitted, change }
  }

  return {
    collect: (workshopId, files, omitted = 0) =>
      backups.exclusive(() => collectInner(workshopId, files, omitted)),
  }
}
