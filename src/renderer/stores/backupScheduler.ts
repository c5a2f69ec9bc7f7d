import { errorRef } from '../../shared/errors/errorCodes'
import { backupPositionOf, type BackupReason } from '../../shared/backups/backupNames'
import { serializeWorkshopFile } from '../../shared/files/workshopFile'
import type { BackupInfo, HostApi } from '../../shared/host/hostApi'
import { docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { hostErrorRef } from './hostErrors'
import type { NoticeState } from './storeTypes'

/**
 * The automatic backups: whole-workshop files kept by the host, rotated by kind
 * (BACKUP_RETENTION: the newest 10 recent ones, 40 transitions, 3 of each 「…の直前」), apart
 * from the second copy (which only ever holds the latest state).
 *
 * - After edits, once the workshop has been quiet for `quietMs` (20 s), but not more often than
 *   every `minIntervalMs` (5 min), and at the latest `minIntervalMs` after the first edit not yet
 *   backed up: ten backups then reach back at least 50 minutes of busy group work.
 * - At every timetable transition (`atTransition`), when anything changed since the last one.
 * - On request (`backupNow`): 「今すぐバックアップ」, and just before a restore or an import.
 * A failed write shows one error notice per episode (the earlier backups stay as they were) and
 * is tried again `minIntervalMs` later, with the newest doc.
 */
export interface BackupScheduler {
  noteChange(doc: WorkshopDoc): void
  /**
   * A timetable transition: a backup now, unless nothing changed since the last one; it names
   * where the timetable went (`position`, timetablePosition's key) so the list can say
   * 「テーマ1 開始前」.
   */
  atTransition(doc: WorkshopDoc, position?: string): Promise<BackupInfo | null>
  /**
   * The app is closing (or the page is being left): the edits waiting for their quiet moment are
   * backed up now instead. Resolves true when nothing was waiting or the backup was written.
   */
  flushPending(): Promise<boolean>
  /**
   * A backup now; when the last backup this window wrote holds exactly this content, that one
   * (pressing 今すぐバックアップ ten times must not rotate the history away). Rejects when the
   * host could not write it.
   */
  backupNow(doc: WorkshopDoc, reason: BackupReason): Promise<BackupInfo>
  /** Told after every backup written (the backups screen refreshes its list); unsubscribe. */
  subscribe(listener: (info: BackupInfo) => void): () => void
  dispose(): void
}

export interface BackupSchedulerDeps {
  host: Pick<HostApi, 'writeBackup'>
  appVersion: string
  /** ISO instant (written into the file). */
  now: () => string
  notices: Pick<NoticeState, 'push' | 'dismiss'>
  quietMs?: number
  minIntervalMs?: number
}

interface WorkshopBackupState {
  pending: WorkshopDoc | null
  firstPendingAtMs: number
  lastBackupAtMs: number
  /** The last backed-up state (contentOf: every record's version), to skip identical backups. */
  lastContent: string | null
  /** The backup that holds lastContent. */
  lastInfo: BackupInfo | null
  timer: ReturnType<typeof setTimeout> | null
}

export function createBackupScheduler(deps: BackupSchedulerDeps): BackupScheduler {
  const quietMs = deps.quietMs ?? 20_000
  const minIntervalMs = deps.minIntervalMs ?? 5 * 60_000
  const states = new Map<string, WorkshopBackupState>()
  let failureNotice: number | null = null
  let chain: Promise<unknown> = Promise.resolve()
  let disposed = false
  const listeners = new Set<(info: BackupInfo) => void>()

  const stateOf = (workshopId: string): WorkshopBackupState => {
    let state = states.get(workshopId)
    if (!state) {
      state = {
        pending: null,
        firstPendingAtMs: 0,
        lastBackupAtMs: Number.NEGATIVE_INFINITY,
        lastContent: null,
        lastInfo: null,
        timer: null,
      }
      states.set(workshopId, state)
    }
    return state
  }

  /**
   * What identifies a backed-up state: every record's version, in a fixed order (the doc in
   * memory and the one read back from IndexedDB hold the same versions in different orders).
   */
  const contentOf = (doc: WorkshopDoc): string =>
    docRecords(doc)
      .map((record) => `${record.type}:${record.id}@${String(record.rev)}@${record.updatedAt}`)
      .sort()
      .join('\n')

  /** Writes one backup, in order with every other write of this scheduler. */
  const write = (
    doc: WorkshopDoc,
    reason: BackupReason,
    skipIfSame: boolean,
    position: string | null = null,
  ): Promise<BackupInfo | null> => {
    const run = async (): Promise<BackupInfo | null> => {
      const state = stateOf(doc.workshop.id)
      const content = contentOf(doc)
      if (content === state.lastContent) return skipIfSame ? null : state.lastInfo
      try {
        const info = await deps.host.writeBackup({
          workshopId: doc.workshop.id,
          reason,
          ...(position === null ? {} : { position }),
          content: serializeWorkshopFile(doc, deps.appVersion, deps.now()),
        })
        state.lastContent = content
        state.lastInfo = info
        state.lastBackupAtMs = Date.now()
        if (failureNotice !== null) deps.notices.dismiss(failureNotice)
        failureNotice = null
        for (const listener of [...listeners]) listener(info)
        return info
      } catch (error) {
        console.error('TaneBoard: writing a backup failed', error)
        if (failureNotice === null) {
          failureNotice = deps.notices.push({
            tone: 'error',
            message: errorRef('backup.failed', { detail: hostErrorRef(error) }),
          })
        }
        throw error
      }
    }
    const result = chain.then(run, run)
    chain = result.catch(() => undefined)
    return result
  }

  const arm = (workshopId: string): void => {
    const state = stateOf(workshopId)
    if (disposed || !state.pending) return
    const nowMs = Date.now()
    const due = Math.min(
      Math.max(nowMs + quietMs, state.lastBackupAtMs + minIntervalMs),
      state.firstPendingAtMs + minIntervalMs,
    )
    if (state.timer !== null) clearTimeout(state.timer)
    state.timer = setTimeout(
      () => {
        state.timer = null
        const doc = state.pending
        if (!doc) return
        state.pending = null
        write(doc, 'change', true).catch(() => {
          // Kept for the next attempt (a newer doc scheduled meanwhile wins).
          // An attempt counts like a backup for the spacing: the next try is minIntervalMs later.
          state.lastBackupAtMs = Date.now()
          if (!state.pending) {
            state.pending = doc
            state.firstPendingAtMs = Date.now()
            arm(workshopId)
          }
        })
      },
      Math.max(0, due - nowMs),
    )
  }

  return {
    noteChange(doc) {
      if (disposed) return
      const state = stateOf(doc.workshop.id)
      if (!state.pending) state.firstPendingAtMs = Date.now()
      state.pending = doc
      arm(doc.workshop.id)
    },

    async atTransition(doc, position) {
      const state = stateOf(doc.workshop.id)
      // The transition's backup holds the pending edits too.
      state.pending = null
      if (state.timer !== null) clearTimeout(state.timer)
      state.timer = null
      try {
        const tag = position === undefined ? null : backupPositionOf(position)
        return await write(doc, 'transition', true, tag)
      } catch {
        // Reported by the notice; the edits wait for the next attempt, minIntervalMs later.
        state.lastBackupAtMs = Date.now()
        // (A newer doc may have been scheduled during the write: it is the one to keep.)
        const after = stateOf(doc.workshop.id)
        if (after.pending === null) {
          after.pending = doc
          after.firstPendingAtMs = Date.now()
          arm(doc.workshop.id)
        }
        return null
      }
    },

    async flushPending() {
      const waiting = [...states.values()].filter((state) => state.pending !== null)
      const results = await Promise.all(
        waiting.map(async (state) => {
          const doc = state.pending
          if (!doc) return true
          state.pending = null
          if (state.timer !== null) clearTimeout(state.timer)
          state.timer = null
          try {
            await write(doc, 'change', true)
            return true
          } catch {
            // Reported by the notice; the edits wait for the next attempt (unless a newer doc was
            // scheduled during the write: it is the one to keep).
            const after = stateOf(doc.workshop.id)
            if (after.pending === null) {
              after.pending = doc
              after.firstPendingAtMs = Date.now()
              arm(doc.workshop.id)
            }
            return false
          }
        }),
      )
      return results.every(Boolean)
    },

    async backupNow(doc, reason) {
      const info = await write(doc, reason, false)
      if (!info) throw new Error('backup skipped')
      return info
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },

    dispose() {
      disposed = true
      for (const state of states.values()) {
        if (state.timer !== null) clearTimeout(state.timer)
        state.timer = null
      }
    },
  }
}
