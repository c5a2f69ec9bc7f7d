import { appError, errorRefOf } from '../../shared/errors/appError'
import { errorRef } from '../../shared/errors/errorCodes'
import type { HostApi } from '../../shared/host/hostApi'
import type { AnyRecord } from '../../shared/model/schemas'
import {
  applyRecords,
  emptyDoc,
  findRecord,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'
import type { WorkshopRepository } from '../db/workshopRepository'
import { createRecordWriter } from './recordWriter'
import type { RescueCopy } from './rescueCopy'
import { createSnapshotWriter } from './snapshotWriter'
import type { NoticeState, SaveStatus } from './storeTypes'

/**
 * Where every change goes: IndexedDB at once (strict durability, in order) and the host snapshot
 * of the whole doc soon after (debounced). Failures show one error notice per episode and are
 * retried; the in-memory doc is never dropped. Shared by the home and workshop stores so that
 * their writes are ordered with each other.
 */
export interface Persistence {
  /**
   * After an applied edit: the records to IndexedDB now, the doc's snapshot soon (with `remote`,
   * another device's change: within remoteSnapshotDelayMs, so that fifteen tables writing at once
   * cost one snapshot every second or so, not one per change; the records are in IndexedDB at
   * once either way).
   */
  saveChange(doc: WorkshopDoc, records: readonly AnyRecord[], options?: { remote?: boolean }): void
  /**
   * Records and snapshot written at once (new workshops, delete, restore). Rejects when
   * IndexedDB refused the records; a snapshot failure is only reported (and retried).
   */
  saveNow(doc: WorkshopDoc, records: readonly AnyRecord[]): Promise<void>
  /** Writes a snapshot of the doc at once; false when the host refused it. */
  writeSnapshotNow(doc: WorkshopDoc): Promise<boolean>
  /**
   * Commits every text field's uncommitted draft, then resolves when every change so far is in
   * IndexedDB and in the host snapshots.
   */
  flush(): Promise<boolean>
  /**
   * A text field being typed in registers how to commit its draft, so that a flush (page hidden
   * or left, window closing, machine sleeping) never leaves the DOM as the only copy of the text.
   * Returns the unregister function.
   */
  registerDraft(commit: () => void): () => void
  /** Resolves when every change so far is in IndexedDB (before reading it back). */
  flushRecords(): Promise<boolean>
  /**
   * A workshop as IndexedDB holds it, with the versions IndexedDB has not accepted yet laid
   * over it (newer revisions win). Reading back after a failed write must never go back in time:
   * the next snapshot would then lose what only the memory still holds.
   */
  withPending(workshopId: string, stored: WorkshopDoc | null): WorkshopDoc | null
  getStatus(): SaveStatus
  subscribe(listener: (status: SaveStatus) => void): () => void
  /** Flushes when the page is hidden or left; returns the detach function. */
  attachLifecycle(target: { document: Document; window: Window }): () => void
  dispose(): void
}

export interface PersistenceDeps {
  repo: Pick<WorkshopRepository, 'putRecords'>
  host: HostApi
  notices: Pick<NoticeState, 'push' | 'dismiss'>
  appVersion: string
  now: () => string
  snapshotDelayMs?: number
  /** The snapshot delay after another device's change (default REMOTE_SNAPSHOT_DELAY_MS). */
  remoteSnapshotDelayMs?: number
  retryMs?: number
  /** Where the docs still waiting for their snapshot go, synchronously, when the page is left. */
  rescue?: RescueCopy
  /** Told of every changed doc (the automatic backups schedule themselves from it). */
  onChange?: (doc: WorkshopDoc) => void
}

/**
 * Another device's change reaches the second copy within this (it is in IndexedDB at once, and
 * the hub and that device hold it too): a live table's change every 200 ms costs a snapshot of
 * the whole workshop once a second instead of three times.
 */
export const REMOTE_SNAPSHOT_DELAY_MS = 1000

/** The error each write channel reports (with the host's own error as detail, when coded). */
const SAVE_FAILED = { database: 'persist.database', snapshot: 'persist.snapshot' } as const

type Channel = keyof typeof SAVE_FAILED

export function createPersistence(deps: PersistenceDeps): Persistence {
  const { notices } = deps
  const failureNotice: Record<Channel, number | null> = { database: null, snapshot: null }
  const listeners = new Set<(status: SaveStatus) => void>()
  let status: SaveStatus = 'saved'

  const setStatus = (next: SaveStatus): void => {
    if (next === status) return
    status = next
    for (const listener of listeners) listener(status)
  }
  const recomputeStatus = (): void => {
    if (failureNotice.database !== null || failureNotice.snapshot !== null) setStatus('error')
    else if (records.hasPending() || snapshots.hasPending()) setStatus('saving')
    else setStatus('saved')
  }

  const onResult =
    (channel: Channel) =>
    (result: { ok: true } | { ok: false; error: unknown }): void => {
      const shown = failureNotice[channel]
      if (result.ok) {
        if (shown !== null) notices.dismiss(shown)
        failureNotice[channel] = null
      } else if (shown === null) {
        console.error(`TaneBoard: ${channel} write failed`, result.error)
        failureNotice[channel] = notices.push({
          tone: 'error',
          message: errorRef(SAVE_FAILED[channel], { detail: errorRefOf(result.error) }),
        })
      }
      recomputeStatus()
    }

  const records = createRecordWriter({
    repo: deps.repo,
    onResult: onResult('database'),
    retryMs: deps.retryMs,
  })
  const snapshots = createSnapshotWriter({
    host: deps.host,
    appVersion: deps.appVersion,
    now: deps.now,
    onResult: onResult('snapshot'),
    delayMs: deps.snapshotDelayMs,
    retryMs: deps.retryMs,
    onRefused: (workshopId) => {
      console.warn(`TaneBoard: kept the fuller snapshot of ${workshopId} (empty doc not written)`)
    },
  })

  const drafts = new Set<() => void>()
  const commitDrafts = (): void => {
    for (const commit of [...drafts]) {
      try {
        commit()
      } catch (error) {
        console.error('TaneBoard: committing a draft failed', error)
      }
    }
  }

  const flush = async (): Promise<boolean> => {
    // Drafts first: their edits join the writes this flush waits for.
    commitDrafts()
    const [recordsOk, snapshotsOk] = await Promise.all([records.flush(), snapshots.flush()])
    return recordsOk && snapshotsOk
  }

  return {
    saveChange(doc, changed, options = {}) {
      records.enqueue(changed)
      snapshots.schedule(
        doc,
        options.remote ? (deps.remoteSnapshotDelayMs ?? REMOTE_SNAPSHOT_DELAY_MS) : undefined,
      )
      recomputeStatus()
      deps.onChange?.(doc)
    },

    async saveNow(doc, changed) {
      records.enqueue(changed)
      snapshots.schedule(doc)
      recomputeStatus()
      deps.onChange?.(doc)
      const [recordsOk] = await Promise.all([records.flush(), snapshots.flush()])
      if (!recordsOk) throw appError('persist.database', {})
    },

    writeSnapshotNow(doc) {
      return snapshots.writeNow(doc)
    },

    flush,
    registerDraft(commit) {
      drafts.add(commit)
      return () => {
        drafts.delete(commit)
      }
    },
    flushRecords: () => records.flush(),
    withPending: (workshopId, stored) =>
      overlayPending(workshopId, stored, records.pendingRecords()),
    getStatus: () => status,

    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    attachLifecycle({ document, window }) {
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') void flush()
      }
      const onPageHide = () => {
        // The page may be gone before any asynchronous write finishes: commit the drafts, keep a
        // synchronous copy of what is not in a snapshot yet, then try the normal writes.
        commitDrafts()
        deps.rescue?.save(snapshots.pendingDocs(), deps.appVersion, deps.now())
        void flush()
      }
      document.addEventListener('visibilitychange', onVisibility)
      window.addEventListener('pagehide', onPageHide)
      return () => {
        document.removeEventListener('visibilitychange', onVisibility)
        window.removeEventListener('pagehide', onPageHide)
      }
    },

    dispose() {
      records.dispose()
      snapshots.dispose()
      listeners.clear()
      drafts.clear()
    },
  }
}

function overlayPending(
  workshopId: string,
  stored: WorkshopDoc | null,
  pending: readonly AnyRecord[],
): WorkshopDoc | null {
  const mine = pending.filter((r) =>
    r.type === 'workshop' ? r.id === workshopId : r.workshopId === workshopId,
  )
  if (mine.length === 0) return stored
  const pendingWorkshop = mine.find((r) => r.type === 'workshop')
  const base = stored ?? (pendingWorkshop?.type === 'workshop' ? emptyDoc(pendingWorkshop) : null)
  if (!base) return stored
  const newer = mine.filter((r) => (findRecord(base, r)?.rev ?? 0) < r.rev)
  return applyRecords(base, newer)
}
