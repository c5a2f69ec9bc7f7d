import type { StoreApi } from 'zustand/vanilla'
import { RECORD_TYPE_LIST } from '../../shared/model/recordTypes'
import { idSchema, type RecordType } from '../../shared/model/schemas'
import { applyRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import type { RecordRef, WorkshopRepository } from '../db/workshopRepository'
import type { WorkshopState } from './storeTypes'

/**
 * Keeps read-only views in other windows (the projector) in step with the window that edits.
 *
 * Every window of the app shares one origin (app://taneboard, or the web server), so they share
 * IndexedDB and can talk over a BroadcastChannel. After an edit's records are in IndexedDB, the
 * editing window posts `{ type: 'workshop-changed', workshopId, records }` (the changed records'
 * type and id; up to RECORDS_PER_MESSAGE, else none). A window that follows that workshop (a
 * read-only view) reads those records back from IndexedDB and puts them in its doc (unchanged
 * records keep their objects, so its views redraw only what changed: fifteen tables writing at
 * once); a message without records, or one arriving before its doc is there, reads the whole
 * doc again. Reads are coalesced: one at a time, then one for everything that came meanwhile.
 * The following window never writes anything.
 */

export const CROSS_WINDOW_CHANNEL = 'taneboard'

/** More changed records than this in one change: the message names none (the doc is reread). */
export const RECORDS_PER_MESSAGE = 500

export interface WorkshopChangedMessage {
  type: 'workshop-changed'
  workshopId: string
  /** The changed records; absent: read the whole doc. */
  records?: RecordRef[]
}

/** The part of BroadcastChannel used here (a fake implements it in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  close(): void
}

export interface CrossWindowSync {
  /**
   * Tells the other windows that a workshop changed (call once its records are in IndexedDB),
   * naming the records that changed when known.
   */
  notifyChanged(workshopId: string, records?: readonly RecordRef[]): void
  /**
   * Reloads `store`'s doc from IndexedDB whenever another window changes this workshop, while it
   * is the open one. For read-only views only. Returns the function that stops following.
   */
  follow(workshopId: string, store: StoreApi<WorkshopState>): () => void
  dispose(): void
}

export interface CrossWindowSyncDeps {
  /** Opens the channel; null where BroadcastChannel is unavailable (then nothing is shared). */
  openChannel: () => ChannelLike | null
  repo: Pick<WorkshopRepository, 'loadDoc' | 'loadRecords'>
}

/** The real channel of this origin, or null. */
export function openBroadcastChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CROSS_WINDOW_CHANNEL) : null
}

export function isWorkshopChanged(data: unknown): data is WorkshopChangedMessage {
  if (typeof data !== 'object' || data === null) return false
  const message = data as Record<string, unknown>
  return message.type === 'workshop-changed' && idSchema.safeParse(message.workshopId).success
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(RECORD_TYPE_LIST)

/** The message's changed records when it names them all validly, else null (read the doc). */
export function changedRecordsOf(message: WorkshopChangedMessage): RecordRef[] | null {
  const { records } = message as { records?: unknown }
  if (!Array.isArray(records) || records.length > RECORDS_PER_MESSAGE) return null
  const out: RecordRef[] = []
  for (const item of records as unknown[]) {
    if (typeof item !== 'object' || item === null) return null
    const { type, id } = item as Record<string, unknown>
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) return null
    if (!idSchema.safeParse(id).success) return null
    out.push({ type: type as RecordType, id: id as string })
  }
  return out
}

/** Resolves once the store is not loading. */
function settled(store: StoreApi<WorkshopState>): Promise<void> {
  if (store.getState().status !== 'loading') return Promise.resolve()
  return new Promise((resolve) => {
    const stop = store.subscribe((state) => {
      if (state.status === 'loading') return
      stop()
      resolve()
    })
  })
}

interface Follower {
  store: StoreApi<WorkshopState>
  /** A read is running. */
  running: boolean
  /** What changed since the last read: some records by `type:id`, or everything. */
  pending: Map<string, RecordRef> | 'all'
}

export function createCrossWindowSync(deps: CrossWindowSyncDeps): CrossWindowSync {
  const followers = new Map<string, Set<Follower>>()
  let channel: ChannelLike | null | undefined
  let disposed = false

  const isOpen = (follower: Follower, workshopId: string): boolean => {
    const state = follower.store.getState()
    return state.status === 'ready' && state.doc?.workshop.id === workshopId
  }

  /** The doc with what changed read back: only those records, or all of it. */
  const readChanged = async (
    workshopId: string,
    doc: WorkshopDoc,
    changed: Map<string, RecordRef> | 'all',
  ): Promise<WorkshopDoc | null> => {
    if (changed === 'all') return deps.repo.loadDoc(workshopId)
    const records = await deps.repo.loadRecords(workshopId, [...changed.values()])
    return records.length > 0 ? applyRecords(doc, records) : doc
  }

  const reload = async (workshopId: string, follower: Follower): Promise<void> => {
    if (follower.running) return
    follower.running = true
    try {
      while (follower.pending === 'all' || follower.pending.size > 0) {
        // Opening: the change may have landed after the open read IndexedDB; read again after it.
        await settled(follower.store)
        if (!isOpen(follower, workshopId)) return
        const changed = follower.pending
        follower.pending = new Map()
        const before = follower.store.getState().doc
        if (!before) return
        const doc = await readChanged(workshopId, before, changed)
        if (disposed || !isOpen(follower, workshopId) || !followers.get(workshopId)?.has(follower))
          return
        if (!doc || doc.workshop.deletedAt !== null) {
          follower.store.setState({ doc: null, status: 'missing' })
          return
        }
        if (doc !== before) follower.store.setState({ doc })
      }
    } catch (error) {
      console.error('TaneBoard: reloading a workshop changed in another window failed', error)
    } finally {
      follower.running = false
    }
  }

  const onMessage = (event: { data: unknown }): void => {
    if (!isWorkshopChanged(event.data)) return
    const { workshopId } = event.data
    const changed = changedRecordsOf(event.data)
    for (const follower of followers.get(workshopId) ?? []) {
      if (changed === null || follower.pending === 'all') follower.pending = 'all'
      else for (const ref of changed) follower.pending.set(`${ref.type}:${ref.id}`, ref)
      void reload(workshopId, follower)
    }
  }

  const getChannel = (): ChannelLike | null => {
    if (channel === undefined && !disposed) {
      channel = deps.openChannel()
      channel?.addEventListener('message', onMessage)
    }
    return channel ?? null
  }

  return {
    notifyChanged(workshopId, records) {
      const message: WorkshopChangedMessage = { type: 'workshop-changed', workshopId }
      if (records && records.length <= RECORDS_PER_MESSAGE)
        message.records = records.map(({ type, id }) => ({ type, id }))
      getChannel()?.postMessage(message)
    },

    follow(workshopId, store) {
      getChannel()
      const follower: Follower = { store, running: false, pending: new Map() }
      const set = followers.get(workshopId) ?? new Set<Follower>()
      set.add(follower)
      followers.set(workshopId, set)
      return () => {
        set.delete(follower)
        if (set.size === 0 && followers.get(workshopId) === set) followers.delete(workshopId)
      }
    },

    dispose() {
      disposed = true
      followers.clear()
      channel?.removeEventListener('message', onMessage)
      channel?.close()
      channel = null
    },
  }
}
