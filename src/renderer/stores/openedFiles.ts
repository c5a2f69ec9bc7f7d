import { createStore, type StoreApi } from 'zustand/vanilla'
import type { HostApi, OpenedFileEntry } from '../../shared/host/hostApi'

/** Workshop files opened from the file manager (a double-clicked `.taneboard`). */
export interface OpenedFilesState {
  /** Waiting for the import preview on ホーム, oldest first. */
  waiting: OpenedFileEntry[]
  add(files: readonly OpenedFileEntry[]): void
  /** The next file for the import preview, no longer waiting. */
  shift(): OpenedFileEntry | undefined
}

export function createOpenedFilesStore(): StoreApi<OpenedFilesState> {
  return createStore<OpenedFilesState>()((set, get) => ({
    waiting: [],
    add: (files) => {
      if (files.length > 0) set({ waiting: [...get().waiting, ...files] })
    },
    shift: () => {
      const [next, ...rest] = get().waiting
      if (next) set({ waiting: rest })
      return next
    },
  }))
}

/**
 * Takes the files the host holds now (those a double-click started the app with) and whenever it
 * says more were opened (the running app, through the single-instance lock). Returns unsubscribe.
 */
export function listenForOpenedFiles(
  host: Pick<HostApi, 'onFilesOpened' | 'takeOpenedFiles'>,
  store: StoreApi<OpenedFilesState>,
): () => void {
  const take = (): void => {
    host
      .takeOpenedFiles()
      .then(({ files, omitted }) => {
        store.getState().add(files)
        if (omitted > 0) console.warn(`TaneBoard: ${String(omitted)} opened files left out`)
      })
      .catch((error: unknown) => {
        console.error('TaneBoard: taking the opened files failed', error)
      })
  }
  const stop = host.onFilesOpened(take)
  take()
  return stop
}
