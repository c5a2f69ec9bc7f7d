import { errorRef } from '../../shared/errors/errorCodes'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { EditContext } from '../../shared/model/context'
import { stampOf } from '../../shared/model/workshopDoc'
import type { WorkshopRepository } from '../db/workshopRepository'
import { checkEdit } from './editGuards'
import {
  canRedo,
  canUndo,
  commit,
  emptyHistory,
  HISTORY_LIMIT,
  record,
  redo as redoHistory,
  undo as undoHistory,
  type Committed,
  type History,
} from './history'
import type { Persistence } from './persistence'
import type { NoticeState, WorkshopState } from './storeTypes'

export interface WorkshopStoreDeps {
  repo: Pick<WorkshopRepository, 'loadDoc'>
  persistence: Persistence
  ctx: EditContext
  notices: Pick<NoticeState, 'push'>
  historyLimit?: number
  /** Called once an edit's records are in IndexedDB (tells the other windows: crossWindowSync). */
  onPersisted?: (workshopId: string) => void
}

/**
 * The open workshop. Edits are applied in memory at once and written through Persistence
 * (IndexedDB now, host snapshot debounced). The undo history belongs to the open workshop and is
 * dropped when another one is opened; each screen undoes within its own scope (a board's id, or
 * the setup: see history.ts), so Ctrl+Z never changes what another screen shows.
 */
export function createWorkshopStore(deps: WorkshopStoreDeps): StoreApi<WorkshopState> {
  const { repo, persistence, ctx, notices } = deps
  const limit = deps.historyLimit ?? HISTORY_LIMIT
  let history: History = emptyHistory
  /** Increases on every open/close, so a slow load never lands on a newer screen. */
  let generation = 0

  const store = createStore<WorkshopState>()((set, get) => {
    /** Puts committed records in place and on their way to disk. */
    const land = (committed: Committed, nextHistory: History): void => {
      history = nextHistory
      set({
        doc: committed.doc,
        canUndo: history.past.length > 0,
        canRedo: history.future.length > 0,
      })
      persistence.saveChange(committed.doc, committed.change.records)
      const { onPersisted } = deps
      if (onPersisted) {
        const workshopId = committed.doc.workshop.id
        void persistence.flushRecords().then((ok) => {
          if (ok) onPersisted(workshopId)
        })
      }
    }

    const resetHistory = (): Pick<WorkshopState, 'canUndo' | 'canRedo'> => {
      history = emptyHistory
      return { canUndo: false, canRedo: false }
    }

    return {
      doc: null,
      status: 'idle',
      saveStatus: persistence.getStatus(),
      canUndo: false,
      canRedo: false,

      async open(workshopId) {
        const current = get()
        if (current.status === 'ready' && current.doc?.workshop.id === workshopId) return
        const mine = ++generation
        set({ doc: null, status: 'loading', ...resetHistory() })
        try {
          // Read what every earlier change wrote, not an older state.
          await persistence.flushRecords()
          const doc = persistence.withPending(workshopId, await repo.loadDoc(workshopId))
          if (mine !== generation) return
          if (!doc || doc.workshop.deletedAt !== null) set({ status: 'missing' })
          else set({ doc, status: 'ready' })
        } catch (error) {
          console.error('TaneBoard: loading a workshop failed', error)
          if (mine !== generation) return
          set({ status: 'missing' })
          notices.push({ tone: 'error', message: errorRef('workshop.loadFailed') })
        }
      },

      async reload(workshopId) {
        const current = get()
        if (current.doc?.workshop.id !== workshopId || current.status !== 'ready') return
        const mine = ++generation
        await persistence.flushRecords()
        const doc = persistence.withPending(workshopId, await repo.loadDoc(workshopId))
        if (mine !== generation) return
        if (!doc || doc.workshop.deletedAt !== null) set({ doc: null, status: 'missing' })
        else set({ doc, status: 'ready', ...resetHistory() })
      },

      async close() {
        generation += 1
        // The writers hold the doc until it is on disk; the screen can let go of it now.
        set({ doc: null, status: 'idle', ...resetHistory() })
        await persistence.flush()
      },

      apply(edit) {
        const { doc, status } = get()
        if (!doc || status !== 'ready') return
        const records = edit(doc, ctx)
        if (records.length === 0) return
        const stamp = stampOf(ctx)
        const committed = commit(doc, records, stamp)
        const problem = checkEdit(doc, committed.doc, committed.change.records)
        if (problem) {
          notices.push({ tone: 'error', message: problem })
          return
        }
        land(committed, record(history, doc, committed.change, stamp.now, limit))
      },

      undo(scope) {
        const { doc } = get()
        if (!doc) return
        const result = undoHistory(history, doc, stampOf(ctx), scope)
        if (result) land(result.committed, result.history)
      },

      redo(scope) {
        const { doc } = get()
        if (!doc) return
        const result = redoHistory(history, doc, stampOf(ctx), scope)
        if (result) land(result.committed, result.history)
      },

      // The history is not state itself: every change of it sets the state (land, open, close),
      // so selectors calling these run again then.
      canUndoIn: (scope) => canUndo(history, scope),
      canRedoIn: (scope) => canRedo(history, scope),

      async flush() {
        await persistence.flush()
      },
    }
  })

  persistence.subscribe((saveStatus) => {
    store.setState({ saveStatus })
  })
  return store
}
