import { errorRef } from '../../shared/errors/errorCodes'
import './configureZod'
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { HostApi } from '../../shared/host/hostApi'
import type { EditContext } from '../../shared/model/context'
import { TaneDb } from '../db/TaneDb'
import { createWorkshopRepository, type WorkshopRepository } from '../db/workshopRepository'
import { APP_VERSION } from '../host/appVersion'
import { getHost } from '../host/getHost'
import { createHomeStore } from '../stores/homeStore'
import { createNoticeStore } from '../stores/noticeStore'
import { createRescueCopy, type RescueCopy } from '../stores/rescueCopy'
import { createPersistence, type Persistence } from '../stores/persistence'
import type { HomeState, NoticeState, WorkshopState } from '../stores/storeTypes'
import {
  createCrossWindowSync,
  openBroadcastChannel,
  type ChannelLike,
  type CrossWindowSync,
} from '../stores/crossWindowSync'
import { dismissStaleUndoNotices } from '../stores/staleUndoNotices'
import { createWorkshopSession, type WorkshopSession } from '../stores/workshopSession'
import { createBackupScheduler, type BackupScheduler } from '../stores/backupScheduler'
import type { WorkshopBackups } from '../stores/workshopBackups'
import type { WorkshopImport } from '../stores/workshopImport'
import type { TableCollection } from '../stores/tableCollection'
import type { FileStores } from '../stores/fileStores'
import { lazyService } from '../stores/lazyService'
import {
  createOpenedFilesStore,
  listenForOpenedFiles,
  type OpenedFilesState,
} from '../stores/openedFiles'
import { createBrowserEditContext } from '../host/editContext'
import { startupRestore, type StartupReport } from './startupRestore'
import { useLangStore, type Lang } from '../i18n/useT'

/** Everything the renderer's data layer is made of, built once per window. */
export interface AppServices {
  repo: WorkshopRepository
  host: HostApi
  ctx: EditContext
  appVersion: string
  persistence: Persistence
  notices: StoreApi<NoticeState>
  home: StoreApi<HomeState>
  /** The one door for writes: commit (with its origin), onCommitted, readTrue, undo. */
  session: WorkshopSession
  /** The open workshop (the session's store). */
  workshop: StoreApi<WorkshopState>
  /** Edits made here reach read-only views in other windows (the projector). */
  sync: CrossWindowSync
  rescue?: RescueCopy
  /** The automatic backups (after edits, at timetable transitions, on request). */
  backupScheduler: BackupScheduler
  /** Listing, reading and restoring backups. */
  backups: WorkshopBackups
  /** Importing another laptop's workshop file. */
  imports: WorkshopImport
  /** 「テーブルから集める」: many tables' files merged at once, one summary, one undo. */
  tables: TableCollection
  /** Workshop files opened from the file manager, waiting for ホーム's import preview. */
  openedFiles: StoreApi<OpenedFilesState>
}

export interface AppServiceDeps {
  repo: WorkshopRepository
  host: HostApi
  ctx: EditContext
  appVersion: string
  snapshotDelayMs?: number
  retryMs?: number
  /** The last-moment copy in localStorage (the app passes one; tests may). */
  rescue?: RescueCopy
  /** The channel to the app's other windows; none by default (tests), BroadcastChannel in the app. */
  openChannel?: () => ChannelLike | null
  /** Timing of the automatic backups (tests shorten them). */
  backupQuietMs?: number
  backupMinIntervalMs?: number
}

/** Wires the stores to their dependencies (tests pass fakes; the app passes the real ones). */
export function createAppServices(deps: AppServiceDeps): AppServices {
  const notices = createNoticeStore()
  const push: NoticeState['push'] = (notice) => notices.getState().push(notice)
  const dismiss: NoticeState['dismiss'] = (id) => {
    notices.getState().dismiss(id)
  }
  const backupScheduler = createBackupScheduler({
    host: deps.host,
    appVersion: deps.appVersion,
    now: () => deps.ctx.now(),
    notices: { push, dismiss },
    quietMs: deps.backupQuietMs,
    minIntervalMs: deps.backupMinIntervalMs,
  })
  const persistence = createPersistence({
    repo: deps.repo,
    host: deps.host,
    notices: { push, dismiss },
    appVersion: deps.appVersion,
    now: () => deps.ctx.now(),
    snapshotDelayMs: deps.snapshotDelayMs,
    retryMs: deps.retryMs,
    rescue: deps.rescue,
    onChange: (doc) => {
      backupScheduler.noteChange(doc)
    },
  })
  const common = { repo: deps.repo, persistence, ctx: deps.ctx, notices: { push, dismiss } }
  const sync = createCrossWindowSync({
    openChannel: deps.openChannel ?? (() => null),
    repo: deps.repo,
  })
  const session = createWorkshopSession({
    ...common,
    // Only with a channel: the extra wait on IndexedDB is for the other windows' sake.
    onPersisted: deps.openChannel
      ? (workshopId, records) => {
          sync.notifyChanged(workshopId, records)
        }
      : undefined,
  })
  dismissStaleUndoNotices(notices, session)
  const workshop = session.store
  const home = createHomeStore({ ...common, session })
  // Backups, imports and the tables' collection (and the merge they use) load at their first
  // call, in a chunk of their own: ホーム does not wait for them.
  let fileStores: Promise<FileStores> | null = null
  const loadFileStores = (): Promise<FileStores> =>
    (fileStores ??= import('../stores/fileStores').then(
      ({ createFileStores }) =>
        createFileStores({
          repo: deps.repo,
          host: deps.host,
          session,
          scheduler: backupScheduler,
          ctx: deps.ctx,
          notices: { push, dismiss },
          home,
        }),
      (error: unknown) => {
        fileStores = null
        throw error
      },
    ))
  const backups = lazyService<WorkshopBackups>(async () => (await loadFileStores()).backups, {
    list: true,
    read: true,
    backupNow: true,
    restoreTo: true,
    undoWrite: true,
    load: true,
    countForeign: true,
    exclusive: true,
    writeImport: true,
  })
  const imports = lazyService<WorkshopImport>(async () => (await loadFileStores()).imports, {
    prepare: true,
    apply: true,
  })
  const tables = lazyService<TableCollection>(async () => (await loadFileStores()).tables, {
    collect: true,
  })
  return {
    ...deps,
    persistence,
    notices,
    home,
    session,
    workshop,
    sync,
    backupScheduler,
    backups,
    imports,
    tables,
    openedFiles: createOpenedFilesStore(),
  }
}

let services: AppServices | null = null
let corruptNoticeShown = false

/** The app's single set of services (TaneDb, host from getHost(), real clock and ids). */
export function getAppServices(): AppServices {
  if (!services) {
    const repo = createWorkshopRepository(new TaneDb(), {
      onCorruptRows: (rows) => {
        console.error('TaneBoard: skipped corrupt rows', rows)
        if (corruptNoticeShown) return
        corruptNoticeShown = true
        services?.notices
          .getState()
          .push({ tone: 'error', message: errorRef('workshop.corruptRows') })
      },
    })
    services = createAppServices({
      repo,
      host: getHost(),
      ctx: createBrowserEditContext(),
      appVersion: APP_VERSION,
      openChannel: openBroadcastChannel,
      rescue: createRescueCopy(typeof localStorage === 'undefined' ? undefined : localStorage),
    })
  }
  return services
}

/** Restores from snapshots, wires page-lifecycle flushes and loads the home list. */
export async function startApp(app: AppServices): Promise<StartupReport> {
  const info = await app.host.getAppInfo().catch(() => null)
  const report = await startupRestore({
    restoredFrom: info?.storage === 'disk' ? info.dataLocation : undefined,
    repo: app.repo,
    host: app.host,
    notices: { push: (notice) => app.notices.getState().push(notice) },
    writeSnapshot: (doc) => app.persistence.writeSnapshotNow(doc),
    rescue: app.rescue,
  })
  app.persistence.attachLifecycle({ document, window })
  attachBackupLifecycle(app.backupScheduler, { document, window })
  // Electron: the window waits for this before it closes (and main asks on sleep / screen lock):
  // every change written, then the edits not backed up yet get their backup (a backup that fails
  // is reported by its notice and does not hold the window).
  app.host.onFlushRequest(async () => {
    const saved = await app.persistence.flush()
    await app.backupScheduler.flushPending()
    return saved
  })
  // Electron: a double-clicked .taneboard file (at start, or handed over by a second start).
  listenForOpenedFiles(app.host, app.openedFiles)
  // Electron: the application menu speaks the UI's language.
  followMenuLanguage(app.host)
  await app.home.getState().refresh()
  return report
}

/**
 * Browser: a tab has no close handshake, so the edits waiting for their backup get it when the
 * page is hidden or left (best effort: the page may be gone before the write ends). Added after
 * the persistence's listeners, which commit the drafts first. Returns the detach function.
 */
export function attachBackupLifecycle(
  scheduler: Pick<BackupScheduler, 'flushPending'>,
  target: { document: Document; window: Window },
): () => void {
  const backUp = (): void => {
    void scheduler.flushPending()
  }
  const onVisibility = (): void => {
    if (target.document.visibilityState === 'hidden') backUp()
  }
  target.document.addEventListener('visibilitychange', onVisibility)
  target.window.addEventListener('pagehide', backUp)
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibility)
    target.window.removeEventListener('pagehide', backUp)
  }
}

/** Tells the host the UI's language now and whenever the user switches it. */
function followMenuLanguage(host: HostApi): void {
  const tell = (lang: Lang): void => {
    host.setMenuLanguage(lang).catch((error: unknown) => {
      console.warn('TaneBoard: the menu language could not be set', error)
    })
  }
  tell(useLangStore.getState().lang)
  useLangStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) tell(state.lang)
  })
}

let started: Promise<StartupReport> | null = null

/** Run (and await) once before the first render, e.g. `await initApp()` in main.tsx. */
export function initApp(): Promise<StartupReport> {
  started ??= startApp(getAppServices())
  return started
}

/**
 * React bindings. Components read through these hooks with the smallest selector they need
 * (use `useShallow` from 'zustand/react/shallow' for selectors that build arrays or objects).
 * Component tests can provide their own services with
 * `<AppServicesContext.Provider value={createAppServices({ repo, host, ctx, appVersion })}>`;
 * without a provider the hooks use the app's singleton services.
 */
export const AppServicesContext = createContext<AppServices | null>(null)

export function useAppServices(): AppServices {
  return useContext(AppServicesContext) ?? getAppServices()
}

export function useWorkshopStore<T>(selector: (state: WorkshopState) => T): T {
  return useStore(useAppServices().workshop, selector)
}

export function useHomeStore<T>(selector: (state: HomeState) => T): T {
  return useStore(useAppServices().home, selector)
}

export function useNotices<T>(selector: (state: NoticeState) => T): T {
  return useStore(useAppServices().notices, selector)
}
