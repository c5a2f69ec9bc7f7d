import { useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  consoleStorageKey,
  defaultConsoleData,
  parseConsoleData,
  type ConsoleData,
} from './consoleState'

export interface ConsoleStoreState {
  data: ConsoleData
  /** Applies a change, stores it and tells the other windows (through the storage event). */
  update: (change: (data: ConsoleData) => ConsoleData) => void
}

export type ConsoleStore = StoreApi<ConsoleStoreState>

/** The parts of window the store needs (tests pass fakes). */
export interface ConsoleStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/**
 * A store of one workshop's console data, read from `storage` and written back on every update.
 * `listen` subscribes to changes made by another window; it returns the unsubscribe function.
 */
export function createConsoleStore(
  workshopId: string,
  storage: ConsoleStorage | null,
  listen?: (onChange: () => void) => () => void,
): ConsoleStore & { reload: () => void; dispose: () => void } {
  const key = consoleStorageKey(workshopId)
  const read = (): ConsoleData => {
    try {
      return parseConsoleData(storage?.getItem(key) ?? null) ?? defaultConsoleData()
    } catch {
      return defaultConsoleData()
    }
  }
  const store = createStore<ConsoleStoreState>((set, get) => ({
    data: read(),
    update: (change) => {
      const next = change(get().data)
      if (next === get().data) return
      set({ data: next })
      try {
        storage?.setItem(key, JSON.stringify(next))
      } catch {
        // A full or disabled storage: the console keeps working in this window.
      }
    },
  }))
  const reload = () => {
    store.setState({ data: read() })
  }
  const stop = listen?.(reload)
  return Object.assign(store, { reload, dispose: () => stop?.() })
}

function browserStorage(): ConsoleStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** Listens for another window's writes of `key` (the storage event never fires in the writer). */
function storageListener(workshopId: string) {
  const key = consoleStorageKey(workshopId)
  return (onChange: () => void) => {
    const handler = (event: StorageEvent) => {
      if (event.key === key || event.key === null) onChange()
    }
    window.addEventListener('storage', handler)
    return () => {
      window.removeEventListener('storage', handler)
    }
  }
}

/**
 * The console store of a workshop for this window (created once per workshop id). It follows the
 * other windows from an effect, so React's StrictMode (which runs effects twice in development)
 * subscribes again after its test unmount.
 */
export function useConsoleStoreApi(workshopId: string): ConsoleStore {
  const store = useMemo(() => createConsoleStore(workshopId, browserStorage()), [workshopId])
  useEffect(() => storageListener(workshopId)(store.reload), [store, workshopId])
  return store
}

/** Reads the console state with a selector (return primitives, or use useShallow). */
export function useConsole<T>(store: ConsoleStore, selector: (state: ConsoleStoreState) => T): T {
  return useStore(store, selector)
}
