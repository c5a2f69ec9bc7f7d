import { createStore, type StoreApi } from 'zustand/vanilla'
import { createKeyedQueue } from '../../shared/async/keyedQueue'
import { appError } from '../../shared/errors/appError'
import { errorRef, type ErrorRef } from '../../shared/errors/errorCodes'
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/files/workshopFile'
import type { EditContext } from '../../shared/model/context'
import type { AnyRecord } from '../../shared/model/schemas'
import { restoreVersions } from '../../shared/ops/restoreVersions'
import { applyRecords, emptyDoc, stampOf, type WorkshopDoc } from '../../shared/model/workshopDoc'
import type { WorkshopRepository } from '../db/workshopRepository'
import { checkEdit } from './editGuards'
import {
  canRedo,
  canUndo,
  commit as stampAndApply,
  emptyHistory,
  changedRecords,
  findEntry,
  HISTORY_LIMIT,
  latestEntryId,
  record,
  redo as redoHistory,
  undo as undoHistory,
  undoEntry as undoHistoryEntry,
  withoutScoped,
  sameVersion,
  type ChangedElsewhere,
  type Committed,
  type History,
  type HistoryEntry,
  type Reverted,
} from './history'
import type { Persistence } from './persistence'
import type { Edit, NoticeState, WorkshopState } from './storeTypes'

/**
 * Where a change comes from, which decides how it is written and how it undoes:
 *
 * | origin    | what                               | stamped      | guard            | undo                         |
 * | --------- | ---------------------------------- | ------------ | ---------------- | ---------------------------- |
 * | 'local'   | an edit on an open screen          | yes          | checkEdit        | the screen's scoped history; |
 * |           |                                    |              |                  | its notice: a new local edit |
 * | 'home'    | create, duplicate, delete, restore | edits: yes   | checkEdit        | one entry (its notice)       |
 * | 'import'  | a merged workshop file             | no, as it is | readable file    | one entry (its notice)       |
 * | 'restore' | back to a backup                   | yes          | readable file    | one entry (its notice)       |
 * | 'remote'  | another device's versions          | never        | checkEdit        | none; undo leaves them alone |
 *
 * "Stamped" means `stampChange` against the true doc (rev + 1, this editor's count + 1, updatedAt
 * now). Records given as `records` are written as they are (new workshops, merges, remote
 * versions); an `edit` is run on the true doc and its result stamped.
 */
export type CommitOrigin = 'local' | 'home' | 'import' | 'restore' | 'remote'

export type CommitRequest =
  /** An edit of the open workshop, applied in memory synchronously. */
  | { origin: 'local'; edit: Edit }
  /** An edit of any workshop (open or not), run on its true doc and stamped. */
  | { origin: 'home' | 'restore'; workshopId: string; edit: Edit }
  /** Versions written as they are: a new workshop ('home'), a merge ('import'). */
  | { origin: 'home' | 'import'; workshopId: string; records: readonly AnyRecord[] }
  /**
   * Versions from elsewhere (another device), written as they are: never re-stamped, no undo
   * entry, not re-sent. A later local undo leaves these records alone (and says so).
   */
  | { origin: 'remote'; workshopId: string; records: readonly AnyRecord[] }

/** One committed change, as listeners of `onCommitted` see it. */
export interface CommittedChange {
  origin: CommitOrigin
  workshopId: string
  /** The versions written (stamped where the origin stamps), exactly as stored. */
  records: readonly AnyRecord[]
  /** The whole workshop after the change. */
  doc: WorkshopDoc
  /**
   * True for the undo and redo of earlier changes (origin 'local': a screen's Ctrl+Z, a notice's
   * 元に戻す): versions a sync client sends on like any local edit.
   */
  undo: boolean
}

export type CommitResult =
  | {
      ok: true
      change: CommittedChange
      /** Undoes exactly this change (a notice's 元に戻す); null for remote changes. */
      undoId: number | null
    }
  /** Nothing written: the change was empty (`problem` null) or refused (the user was told). */
  | { ok: false; problem: ErrorRef | null }

export interface UndoResult {
  /** Records written back. */
  reverted: number
  /** Records left as they are because they were changed since. */
  skipped: number
}

/**
 * The renderer's one door for writes. Every change of a workshop (screens, home, imports,
 * restores, and other devices) goes through `commit`; every change that went through it reaches
 * `onCommitted` listeners. See ARCHITECTURE.md, "The workshop session".
 */
export interface WorkshopSession {
  /** The open workshop (zustand): screens read it, apply edits, undo and redo. */
  store: StoreApi<WorkshopState>
  /**
   * Writes a change. For the open workshop the doc in memory changes synchronously (before the
   * first await), then IndexedDB and the snapshot follow; 'local' and 'remote' changes of the
   * open workshop are queued (resolved at once), the others resolve once in IndexedDB (and
   * reject when IndexedDB refused them). A refused local change shows its message as a notice.
   */
  commit(request: CommitRequest): Promise<CommitResult>
  /** Told of every committed change, synchronously after it is in memory. Returns unsubscribe. */
  onCommitted(listener: (change: CommittedChange) => void): () => void
  /**
   * The true workshop: every draft committed, every write so far in IndexedDB, and the versions
   * IndexedDB has not accepted yet laid over it. Null when it is not stored.
   */
  readTrue(workshopId: string, options?: { drafts?: boolean }): Promise<WorkshopDoc | null>
  /**
   * Undoes exactly the change `undoId` (see CommitResult), whatever came after it; records changed
   * since stay as they are. A local edit (a deletion's notice) is undone by a new local edit that
   * puts its records' previous versions back (shared/ops/restoreVersions): the screen's 元に戻す
   * can undo that again. An import, a restore or a home action leaves the history with its undo.
   * Null when there is nothing to undo any more.
   */
  undo(undoId: number): Promise<UndoResult | null>
  /**
   * Whether `undo(undoId)` would still do something: false once the change was undone (Ctrl+Z,
   * 元に戻す), or its entry dropped (another workshop opened, the history's limit).
   */
  isUndoable(undoId: number): boolean
  /** Told after every change of the history (a commit, an undo, a redo, an open). Returns unsubscribe. */
  onHistoryChanged(listener: () => void): () => void
}

export interface WorkshopSessionDeps {
  repo: Pick<WorkshopRepository, 'loadDoc'>
  persistence: Persistence
  ctx: EditContext
  notices: Pick<NoticeState, 'push'>
  historyLimit?: number
  /**
   * Called once a change's records are in IndexedDB, with those records (tells the other windows
   * what changed: crossWindowSync).
   */
  onPersisted?: (workshopId: string, records: readonly AnyRecord[]) => void
}

/**
 * The open workshop and the one way to change any workshop. Edits are applied in memory at once
 * and written through Persistence (IndexedDB now, host snapshot debounced). The undo history is
 * one list for the session: scoped entries (local edits) are undone by the screen showing their
 * records (a board's id, or the setup: see history.ts) and dropped when another workshop is
 * opened; notice entries (imports, restores, home actions) are undone by their notice only.
 */
export function createWorkshopSession(deps: WorkshopSessionDeps): WorkshopSession {
  const { repo, persistence, ctx, notices } = deps
  const limit = deps.historyLimit ?? HISTORY_LIMIT
  const listeners = new Set<(change: CommittedChange) => void>()
  const historyListeners = new Set<() => void>()
  let history: History = emptyHistory
  /**
   * The version of each record this session wrote last (every origin but 'remote'). A record whose
   * current version is another one was changed from elsewhere since: undo leaves it alone.
   */
  const writtenHere = new Map<string, AnyRecord>()
  const changedElsewhere: ChangedElsewhere = (current) => {
    const mine = writtenHere.get(`${current.type}:${current.id}`)
    return mine !== undefined && !sameVersion(mine, current)
  }
  /** Increases on every open/close, so a slow load never lands on a newer screen. */
  let generation = 0
  /** Commits per workshop so far: an open that read while one was written reads again. */
  const commitCounts = new Map<string, number>()
  /**
   * Commits of one workshop that read its true doc (every origin but 'local') find their base one
   * after another: two changes arriving together (another device's, a table's first join) never
   * both start from the doc before either.
   */
  const serially = createKeyedQueue()

  const store = createStore<WorkshopState>()(() => ({
    doc: null,
    status: 'idle',
    saveStatus: persistence.getStatus(),
    canUndo: false,
    canRedo: false,
    open,
    close,
    apply(edit, options = {}) {
      const result = commitLocal(edit, options.join ?? null)
      return result.ok ? result.undoId : null
    },
    undoChange(undoId) {
      undo(undoId).catch((error: unknown) => {
        console.error('TaneBoard: undoing a change failed', error)
      })
    },
    undo(scope) {
      const { doc } = store.getState()
      if (doc) landReverted(undoHistory(history, doc, stampOf(ctx), scope, changedElsewhere))
    },
    redo(scope) {
      const { doc } = store.getState()
      if (doc) landReverted(redoHistory(history, doc, stampOf(ctx), scope, changedElsewhere))
    },
    // The history is not state itself: every change of it sets the state (land, open, close),
    // so selectors calling these run again then.
    canUndoIn: (scope) => canUndo(history, scope),
    canRedoIn: (scope) => canRedo(history, scope),
    async flush() {
      await persistence.flush()
    },
  }))

  const openDoc = (workshopId: string): WorkshopDoc | null => {
    const { doc, status } = store.getState()
    return status === 'ready' && doc?.workshop.id === workshopId ? doc : null
  }

  const setHistory = (next: History): void => {
    history = next
    store.setState({ canUndo: canUndo(history), canRedo: canRedo(history) })
    tellHistoryChanged()
  }

  const tellHistoryChanged = (): void => {
    for (const listener of [...historyListeners]) {
      try {
        listener()
      } catch (error) {
        console.error('TaneBoard: a history listener failed', error)
      }
    }
  }

  const readTrue: WorkshopSession['readTrue'] = async (workshopId, options = {}) => {
    // Drafts (text being typed) are part of the state a restore or an import replaces.
    if (options.drafts) await persistence.flush()
    else await persistence.flushRecords()
    return persistence.withPending(workshopId, await repo.loadDoc(workshopId))
  }

  const tellPersisted = (workshopId: string, records: readonly AnyRecord[]): void => {
    const { onPersisted } = deps
    if (!onPersisted) return
    void persistence.flushRecords().then((ok) => {
      if (ok) onPersisted(workshopId, records)
    })
  }

  const announce = (change: CommittedChange): void => {
    for (const listener of [...listeners]) {
      try {
        listener(change)
      } catch (error) {
        console.error('TaneBoard: a commit listener failed', error)
      }
    }
  }

  /** Puts a committed change in memory (when open) and on its way to disk. */
  const write = async (change: CommittedChange, mode: 'queue' | 'now'): Promise<void> => {
    const open = openDoc(change.workshopId)
    if (open) store.setState({ doc: change.doc })
    commitCounts.set(change.workshopId, (commitCounts.get(change.workshopId) ?? 0) + 1)
    if (change.origin !== 'remote') {
      for (const r of change.records) writtenHere.set(`${r.type}:${r.id}`, r)
    }
    announce(change)
    if (mode === 'queue') {
      persistence.saveChange(change.doc, change.records, { remote: change.origin === 'remote' })
      tellPersisted(change.workshopId, change.records)
      return
    }
    try {
      await persistence.saveNow(change.doc, change.records)
    } finally {
      deps.onPersisted?.(change.workshopId, change.records)
    }
  }

  const landReverted = (result: Reverted | null): void => {
    if (!result) return
    setHistory(result.history)
    const { doc, change } = result.committed
    if (change.records.length > 0) {
      void write(
        { origin: 'local', workshopId: doc.workshop.id, records: change.records, doc, undo: true },
        'queue',
      )
    }
    if (result.skipped > 0) {
      notices.push({
        tone: 'info',
        message: errorRef('notice.keptRemote', { count: result.skipped }),
      })
    }
  }

  /** Tells the user how many records a notice's 元に戻す left as they are (changed since). */
  const tellSkipped = (count: number): void => {
    if (count > 0)
      notices.push({ tone: 'info', message: errorRef('notice.keptChanged', { count }) })
  }

  /**
   * The doc a change applies to: the open one, else the true one (a new workshop: empty); null
   * when the workshop is not stored and the records do not make it.
   */
  const baseOf = async (
    workshopId: string,
    records: readonly AnyRecord[],
  ): Promise<WorkshopDoc | null> => {
    const open = openDoc(workshopId)
    if (open) return open
    const stored = await readTrue(workshopId)
    if (stored) return stored
    const workshop = records.find((r) => r.type === 'workshop' && r.id === workshopId)
    if (workshop?.type !== 'workshop') return null
    // A workshop not stored here yet: made from the given records (a new one at home, or one
    // arriving from another device, e.g. a table's first join, written as the hub sent it).
    return emptyDoc(workshop)
  }

  const refuse = (problem: ErrorRef): CommitResult => {
    notices.push({ tone: 'error', message: problem })
    return { ok: false, problem }
  }

  /** The whole workshop must still make a readable file (size, record counts, revisions). */
  const readable = (doc: WorkshopDoc): boolean =>
    parseWorkshopFile(serializeWorkshopFile(doc, 'check', ctx.now())).ok

  /** A screen's edit; with `join`, it continues that entry (one gesture: history.ts). */
  const commitLocal = (edit: Edit, join: number | null = null): CommitResult => {
    const { doc, status } = store.getState()
    if (!doc || status !== 'ready') return { ok: false, problem: null }
    const records = edit(doc, ctx)
    if (records.length === 0) return { ok: false, problem: null }
    const stamp = stampOf(ctx)
    const committed = stampAndApply(doc, records, stamp)
    const problem = checkEdit(doc, committed.doc, committed.change.records)
    if (problem) return refuse(problem)
    setHistory(record(history, doc, committed.change, stamp.now, { limit, join }))
    const change = changeOf('local', committed)
    void write(change, 'queue')
    return { ok: true, change, undoId: latestEntryId(history) }
  }

  const changeOf = (origin: CommitOrigin, committed: Committed): CommittedChange => ({
    origin,
    workshopId: committed.doc.workshop.id,
    records: committed.change.records,
    doc: committed.doc,
    undo: false,
  })

  async function commit(request: CommitRequest): Promise<CommitResult> {
    if (request.origin === 'local') return commitLocal(request.edit)
    let written: Promise<void> = Promise.resolve()
    const result = await serially(request.workshopId, async () => {
      const outcome = await commitOnTrue(request)
      written = outcome.written
      return outcome.result
    })
    await written
    return result
  }

  /** A non-local commit: its base read, checked, and its write started (in memory, queued). */
  async function commitOnTrue(
    request: Exclude<CommitRequest, { origin: 'local' }>,
  ): Promise<{ result: CommitResult; written: Promise<void> }> {
    const done = (result: CommitResult) => ({ result, written: Promise.resolve() })
    const { origin, workshopId } = request
    const given = 'records' in request ? request.records : []
    const base = await baseOf(workshopId, given)
    if (!base) {
      // Another device's versions of a workshop not stored here, without its workshop record (a
      // group's document before the workshop's): nothing to write them into yet, no notice.
      if (origin === 'remote') return done({ ok: false, problem: errorRef('workshop.notFound') })
      throw appError('workshop.notFound')
    }
    let committed: Committed
    if ('edit' in request) {
      const records = request.edit(base, ctx)
      if (records.length === 0) return done({ ok: false, problem: null })
      committed = stampAndApply(base, records, stampOf(ctx))
    } else {
      if (given.length === 0) return done({ ok: false, problem: null })
      committed = { doc: applyRecords(base, given), change: { records: [...given] } }
    }
    const { doc, change } = committed
    if (origin === 'import' || origin === 'restore') {
      if (!readable(doc)) throw appError('backup.tooLarge')
    } else {
      const problem = checkEdit(base, doc, change.records)
      if (problem) return done(refuse(problem))
    }
    if (origin !== 'remote') {
      setHistory(record(history, base, change, ctx.now(), { kind: 'notice', limit }))
    }
    const undoId = origin === 'remote' ? null : latestEntryId(history)
    const committedChange = changeOf(origin, committed)
    const queued = origin === 'remote' && openDoc(workshopId) !== null
    // write() puts the change in memory and in the write queue before its first await, so the
    // next commit of this workshop reads it as its base.
    const written = write(committedChange, queued ? 'queue' : 'now')
    return { result: { ok: true, change: committedChange, undoId }, written }
  }

  /**
   * A scoped entry (a local edit, e.g. a deletion) undone from its notice: the versions from
   * before it come back as a new local edit (itself an undo step of its screen), except where
   * what it did was changed since (shared/ops/restoreVersions); derived values are recomputed.
   */
  const restoreBefore = (entry: HistoryEntry): UndoResult | null => {
    const doc = openDoc(entry.workshopId)
    if (!doc) return null
    const plan = restoreVersions(doc, changedRecords(entry))
    const result = plan.records.length > 0 ? commitLocal(() => plan.records) : null
    const reverted = result?.ok ? result.change.records.length : 0
    tellSkipped(plan.skipped)
    return { reverted, skipped: plan.skipped }
  }

  async function undo(undoId: number): Promise<UndoResult | null> {
    const entry = findEntry(history, undoId)
    if (!entry) return null
    if (entry.kind === 'scoped') return restoreBefore(entry)
    const { workshopId } = entry
    const open = openDoc(workshopId)
    const doc = open ?? (await readTrue(workshopId, { drafts: true }))
    if (!doc) throw appError('workshop.notFound')
    const result = undoHistoryEntry(history, doc, stampOf(ctx), undoId, changedElsewhere)
    if (!result) return null
    setHistory(result.history)
    const { change } = result.committed
    if (change.records.length > 0) {
      const committedChange: CommittedChange = {
        origin: 'local',
        workshopId,
        records: change.records,
        doc: result.committed.doc,
        undo: true,
      }
      await write(committedChange, open ? 'queue' : 'now')
    }
    return { reverted: change.records.length, skipped: result.skipped }
  }

  async function open(workshopId: string): Promise<void> {
    const current = store.getState()
    if (current.status === 'ready' && current.doc?.workshop.id === workshopId) return
    const mine = ++generation
    history = withoutScoped(history)
    store.setState({ doc: null, status: 'loading', canUndo: false, canRedo: false })
    tellHistoryChanged()
    try {
      // Read what every earlier change wrote, not an older state; read again when a change of
      // this workshop was committed while reading (e.g. another device's, arriving meanwhile).
      let doc: WorkshopDoc | null = null
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const before = commitCounts.get(workshopId) ?? 0
        doc = await readTrue(workshopId)
        if ((commitCounts.get(workshopId) ?? 0) === before) break
      }
      if (mine !== generation) return
      if (!doc || doc.workshop.deletedAt !== null) store.setState({ status: 'missing' })
      else store.setState({ doc, status: 'ready' })
    } catch (error) {
      console.error('TaneBoard: loading a workshop failed', error)
      if (mine !== generation) return
      store.setState({ status: 'missing' })
      notices.push({ tone: 'error', message: errorRef('workshop.loadFailed') })
    }
  }

  async function close(): Promise<void> {
    generation += 1
    history = withoutScoped(history)
    // The writers hold the doc until it is on disk; the screen can let go of it now.
    store.setState({ doc: null, status: 'idle', canUndo: false, canRedo: false })
    tellHistoryChanged()
    await persistence.flush()
  }

  persistence.subscribe((saveStatus) => {
    store.setState({ saveStatus })
  })

  return {
    store,
    commit,
    onCommitted(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    readTrue,
    undo,
    isUndoable: (undoId) => findEntry(history, undoId) !== undefined,
    onHistoryChanged(listener) {
      historyListeners.add(listener)
      return () => {
        historyListeners.delete(listener)
      }
    },
  }
}
