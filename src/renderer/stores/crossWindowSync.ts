import type { StoreApi } from 'zustand/vanilla'
import { idSchema } from '../../shared/model/schemas'
import type { WorkshopRepository } from '../db/workshopRepository'
import type { WorkshopState } from './storeTypes'

/**
 * Keeps read-only views in other windows (the projector) in step with the window that edits.
 *
 * Every window of the app shares one origin (app://taneboard, or the web server), so they share
 * IndexedDB and can talk over a BroadcastChannel. After an edit's records are in IndexedDB, the
 * editing window posts `{ type: 'workshop-changed', workshopId }`. A window that follows that
 * workshop (a read-only view) reads the doc back from IndexedDB and puts it in its workshop store.
 * Reloads are coalesced: one at a time, plus at most one more for messages that came meanwhile.
 * The following window never writes anything.
 */

export const CROSS_WINDOW_CHANNEL = 'taneboard'

export interface WorkshopChangedMessage {
  type: 'workshop-changed'
  workshopId: string
}

/** The part of BroadcastChannel used here (a fake implements it in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  close(): void
}

export interface CrossWindowSync {
  /** Tells the other windows that a workshop changed (call once its records are in IndexedDB). */
  notifyChanged(workshopId: string): void
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
  repo: Pick<WorkshopRepository, 'loadDoc'>
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

/** Read through a call: a message may have set it while the reload awaited. */
const againOf = (follower: Follower): boolean => follower.again

interface Follower {
  store: StoreApi<WorkshopState>
  /** A reload is running. */
  running: boolean
  /** Another message came while it ran: reload once more afterwards. */
  again: boolean
}

export function createCrossWindowSync(deps: CrossWindowSyncDeps): CrossWindowSync {
  const followers = new Map<string, Set<Follower>>()
  let channel: ChannelLike | null | undefined
  let disposed = false

  const reload = async (workshopId: string, follower: Follower): Promise<void> => {
    if (follower.running) {
      follower.again = true
      return
    }
    follower.running = true
    try {
      do {
        follower.again = false
        const isOpen = () => {
          const state = follower.store.getState()
          return state.status === 'ready' && state.doc?.workshop.id === workshopId
        }
        // Opening: the change may have landed after the open read IndexedDB; read again after it.
        await settled(follower.store)
        if (!isOpen()) return
        const doc = await deps.repo.loadDoc(workshopId)
        if (disposed || !isOpen() || !followers.get(workshopId)?.has(follower)) return
        if (!doc || doc.workshop.deletedAt !== null) {
          follower.store.setState({ doc: null, status: 'missing' })
          return
        }
        follower.store.setState({ doc })
      } while (againOf(follower))
    } catch (error) {
      console.error('TaneBoard: reloading a workshop changed in another window failed', error)
    } finally {
      follower.running = false
    }
  }

  const onMessage = (event: { data: unknown }): void => {
    if (!isWorkshopChanged(event.data)) return
    const { workshopId } = event.data
    for (const follower of followers.get(workshopId) ?? []) void reload(workshopId, follower)
  }

  const getChannel = (): ChannelLike | null => {
    if (channel === undefined && !disposed) {
      channel = deps.openChannel()
      channel?.addEventListener('message', onMessage)
    }
    return channel ?? null
  }

  return {
    notifyChanged(workshopId) {
      const message: WorkshopChangedMessage = { type: 'workshop-changed', workshopId }
      getChannel()?.postMessage(message)
    },

    follow(workshopId, store) {
      getChannel()
      const follower: Follower = { store, running: false, again: false }
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
