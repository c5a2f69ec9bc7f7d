import { createKeyedQueue } from '../../shared/async/keyedQueue'
import { appError } from '../../shared/errors/appError'
import {
  openProjectorWindowRequestSchema,
  type AppInfo,
  type HostApi,
  type SaveFileResult,
} from '../../shared/host/hostApi'
import { idSchema } from '../../shared/model/schemas'
import { APP_VERSION } from './appVersion'
import type { BackupStore } from './backupStores'
import { downloadFile, downloadZip, pickFile, pickFiles } from './browserFiles'
import { createBrowserLan, LAN_ADMIN_KEY_ITEM } from './browserLan'
import { openServerStores, type ServerStores } from './serverStores'
import { openSnapshotStore, type OpfsDirectoryHandle, type SnapshotStore } from './snapshotStores'

export {
  LOCAL_STORAGE_DATA_LOCATION,
  OPFS_DATA_LOCATION,
  type OpfsDirectoryHandle,
  type OpfsFileHandle,
} from './snapshotStores'

export interface BrowserHostDeps {
  /** The OPFS root; rejects or is missing when OPFS is unavailable. */
  getRootDirectory?: () => Promise<OpfsDirectoryHandle>
  storage?: Storage
  document?: Document
  print?: () => void
  /** navigator.storage.persist, asked once (best effort). */
  persist?: () => Promise<boolean>
  /** window.open (the projector pop-up). */
  openWindow?: (url: string, target: string, features: string) => unknown
  /** The clock that names new backups (ms since the epoch); defaults to Date.now. */
  now?: () => number
  /** Where the LAN admin key is kept (sessionStorage), the page's origin, fetch (browserLan). */
  lanStorage?: Pick<Storage, 'getItem'>
  origin?: string
  fetch?: typeof fetch
  /**
   * The disk store of the server that served the page (`npm run web`), or null: then the second
   * copy and the backups stay in this browser (OPFS, localStorage).
   */
  serverStores?: () => Promise<ServerStores | null>
}

/** The window name of the projector pop-up: opening again reuses it. */
export const PROJECTOR_WINDOW_NAME = 'taneboard-projector'

/**
 * The HostApi of plain-browser mode. Snapshots (the second copy of each workshop, outside
 * IndexedDB) and automatic backups go to the Origin Private File System, or to localStorage
 * where OPFS is unavailable; files are saved as downloads and opened through a file input; printing is window.print().
 */
export function createBrowserHost(deps: BrowserHostDeps = defaultDeps()): HostApi {
  const doc = deps.document ?? document
  let server: Promise<ServerStores | null> | null = null
  const serverStores = (): Promise<ServerStores | null> => {
    server ??= deps.serverStores ? deps.serverStores().catch(() => null) : Promise.resolve(null)
    return server
  }
  let store: Promise<SnapshotStore> | null = null
  const snapshots = (): Promise<SnapshotStore> => {
    store ??= serverStores().then((disk) => disk?.snapshots ?? openSnapshotStore(deps))
    return store
  }
  let backupStore: Promise<BackupStore> | null = null
  const backups = (): Promise<BackupStore> => {
    // The browser's own backup store is a chunk of its own, fetched at the first backup call:
    // ホーム does not wait for it (after a failed fetch, the next call tries again).
    backupStore ??= serverStores()
      .then(async (disk) => disk?.backups ?? (await import('./backupStores')).openBackupStore(deps))
      .catch((error: unknown) => {
        backupStore = null
        throw error
      })
    return backupStore
  }
  // Writes of one workshop never overlap, so the last one always wins.
  const serialized = createKeyedQueue()

  void deps.persist?.().catch(() => false)

  const lan = createBrowserLan({
    storage: deps.lanStorage,
    origin: deps.origin ?? (typeof location === 'undefined' ? 'http://127.0.0.1' : location.origin),
    fetch: deps.fetch,
  })

  return {
    ...lan,

    async getAppInfo(): Promise<AppInfo> {
      const disk = await serverStores()
      return {
        name: 'タネボード',
        version: APP_VERSION,
        host: 'browser',
        dataLocation: disk ? disk.info.directory : (await snapshots()).dataLocation,
        storage: disk ? 'disk' : 'browser',
      }
    },

    async listSnapshots() {
      return (await snapshots()).list()
    },

    async readSnapshot(workshopId) {
      checkId(workshopId)
      return (await snapshots()).read(workshopId)
    },

    async writeSnapshot({ workshopId, content }) {
      checkId(workshopId)
      const target = await snapshots()
      await serialized(workshopId, () => target.write(workshopId, content))
    },

    async deleteSnapshot(workshopId) {
      checkId(workshopId)
      await (await snapshots()).remove(workshopId)
    },

    async listBackups(workshopId) {
      return (await backups()).list(workshopId)
    },

    // The backup store checks ids and names, and runs the writes of one workshop one at a time.
    async writeBackup({ workshopId, reason, content, position }) {
      return (await backups()).write(workshopId, reason, content, position ?? null)
    },

    async readBackup({ workshopId, backupId }) {
      return (await backups()).read(workshopId, backupId)
    },

    saveFile(request) {
      return Promise.resolve(downloadFile(doc, request))
    },

    openFile(request) {
      return pickFile(doc, request)
    },

    saveFiles(request) {
      return downloadZip(doc, request)
    },

    openFiles(request) {
      return pickFiles(doc, request)
    },

    printView(): Promise<SaveFileResult> {
      const print =
        deps.print ??
        (() => {
          window.print()
        })
      print()
      return Promise.resolve({ ok: true, location: '印刷' })
    },

    openProjectorWindow(request) {
      return Promise.resolve().then(() => {
        const { route } = openProjectorWindowRequestSchema.parse(request)
        const open =
          deps.openWindow ??
          ((url: string, target: string, features: string) => window.open(url, target, features))
        const opened = open(new URL(route, doc.baseURI).href, PROJECTOR_WINDOW_NAME, 'popup')
        if (!opened) throw appError('host.projectorBlocked')
      })
    },

    // A browser tab has no close handshake: pagehide and visibilitychange flush instead.
    onFlushRequest: () => () => undefined,
    // Nothing opens a browser tab's files from the file manager.
    takeOpenedFiles: () => Promise.resolve({ files: [], omitted: 0 }),
    onFilesOpened: () => () => undefined,
    // The browser's own menus are not the app's.
    setMenuLanguage: () => Promise.resolve(),
  }
}

function defaultDeps(): BrowserHostDeps {
  const storageManager = typeof navigator === 'undefined' ? undefined : navigator.storage
  const served = typeof location !== 'undefined' && /^https?:$/.test(location.protocol)
  return {
    serverStores: served
      ? () =>
          openServerStores({
            origin: location.origin,
            fetch: (input, init) => fetch(input, init),
            adminKey: () => {
              try {
                return sessionStorage.getItem(LAN_ADMIN_KEY_ITEM)
              } catch {
                return null
              }
            },
          })
      : undefined,
    getRootDirectory:
      storageManager && typeof storageManager.getDirectory === 'function'
        ? () => storageManager.getDirectory()
        : undefined,
    storage: typeof localStorage === 'undefined' ? undefined : localStorage,
    lanStorage: typeof sessionStorage === 'undefined' ? undefined : sessionStorage,
    persist:
      storageManager && typeof storageManager.persist === 'function'
        ? () => storageManager.persist()
        : undefined,
  }
}

function checkId(workshopId: string): void {
  if (!idSchema.safeParse(workshopId).success) {
    throw appError('host.invalidWorkshopId')
  }
}
