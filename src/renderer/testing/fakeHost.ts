import {
  BACKUP_REASONS,
  backupsToPrune,
  newBackupId,
  parseBackupId,
  sortBackupIdsNewestFirst,
} from '../../shared/backups/backupNames'
import type {
  AppInfo,
  BackupInfo,
  HostApi,
  MenuLanguage,
  OpenedFile,
  OpenedFileEntry,
  OpenedFiles,
  PrintViewRequest,
  SaveFileRequest,
  SaveFilesRequest,
  SnapshotInfo,
  WriteBackupRequest,
} from '../../shared/host/hostApi'
import { idSchema } from '../../shared/model/schemas'
import { createFakeLan, type FakeLan } from './fakeLan'

/**
 * An in-memory HostApi for tests (unit and web e2e). Snapshots live in `files`, automatic backups
 * in `backups`; failures can be injected per method. Nothing here touches the DOM or the disk.
 */
export interface FakeHost extends HostApi {
  /** The LAN part (a fake hub: codes, devices per group); its methods are the host's `lan*`. */
  readonly lan: FakeLan
  /** The snapshot files by workshop id. */
  readonly files: Map<string, { content: string; savedAt: string }>
  /** Every successful writeSnapshot, in order. */
  readonly writes: { workshopId: string; content: string }[]
  readonly savedFiles: SaveFileRequest[]
  /** Every saveFiles request (each writes all its files, names unchanged). */
  readonly savedBundles: SaveFilesRequest[]
  /** What the next openFiles calls return (null = cancelled); an Error is thrown. */
  queueOpenFiles(result: OpenedFiles | null | Error): void
  readonly printed: PrintViewRequest[]
  /** The languages the page gave the application menu, in order. */
  readonly menuLanguages: MenuLanguage[]
  /** Plays the file manager opening workshop files (a double-click): main says so, the page takes them. */
  openFromFileManager(files: OpenedFileEntry[]): void
  /** Plays main asking for a flush (before a window closes); resolves when listeners are done. */
  requestFlush(): Promise<unknown>
  /** The routes asked of openProjectorWindow, in order. */
  readonly projected: string[]
  /** Makes writeSnapshot reject: `true` until set back to false, or a number of next calls. */
  failWrites(mode: boolean | number, error?: Error): void
  /** Makes listSnapshots / readSnapshot reject. */
  failReads(fail: boolean): void
  /** What the next openFile calls return (null = cancelled); an Error is thrown. */
  queueOpenFile(result: OpenedFile | null | Error): void
  /** The automatic backups: workshop id → backup id → content (rotated like the real hosts). */
  readonly backups: Map<string, Map<string, string>>
  /** Every successful writeBackup, in order. */
  readonly backupWrites: WriteBackupRequest[]
  /** Where listBackups says the backups of a workshop are kept. */
  backupLocation(workshopId: string): string
  /**
   * Makes writeBackup reject (nothing written, nothing pruned): `true` until set back to false,
   * or a number of next calls. Messages look like the hosts' (e.g. 'ENOSPC: ...').
   */
  failBackupWrites(mode: boolean | number, message?: string): void
  /** Makes the next writeBackup reject with `error` (default: a full disk). */
  failNextBackupWrite(error?: Error): void
}

export function createFakeHost(
  options: { appInfo?: Partial<AppInfo>; now?: () => string } = {},
): FakeHost {
  const files = new Map<string, { content: string; savedAt: string }>()
  const writes: { workshopId: string; content: string }[] = []
  const savedFiles: SaveFileRequest[] = []
  const savedBundles: SaveFilesRequest[] = []
  const openManyQueue: (OpenedFiles | null | Error)[] = []
  const printed: PrintViewRequest[] = []
  const projected: string[] = []
  const flushListeners = new Set<() => Promise<boolean>>()
  const openedListeners = new Set<() => void>()
  const menuLanguages: MenuLanguage[] = []
  let openedWaiting: OpenedFileEntry[] = []
  const openQueue: (OpenedFile | null | Error)[] = []
  const now = options.now ?? (() => new Date().toISOString())
  let writeFailures: boolean | number = false
  let writeFailure = new Error('EIO: could not write the snapshot')
  let readFailure = false
  const backups = new Map<string, Map<string, string>>()
  const backupWrites: WriteBackupRequest[] = []
  let backupWriteFailures: boolean | number = false
  let backupWriteFailMessage = 'ENOSPC: could not write the backup'
  const nextBackupWriteErrors: Error[] = []
  const backupLocation = (workshopId: string) => `テスト用のメモリ/backups/${workshopId}`
  const checkWorkshopId = (workshopId: string): void => {
    if (!idSchema.safeParse(workshopId).success) throw new Error('EINVAL: invalid workshop id')
  }
  const backupWriteError = (): Error | null => {
    const next = nextBackupWriteErrors.shift()
    if (next) return next
    if (backupWriteFailures === true) return new Error(backupWriteFailMessage)
    if (typeof backupWriteFailures === 'number' && backupWriteFailures > 0) {
      backupWriteFailures -= 1
      return new Error(backupWriteFailMessage)
    }
    return null
  }

  const shouldFailWrite = (): boolean => {
    if (writeFailures === true) return true
    if (typeof writeFailures === 'number' && writeFailures > 0) {
      writeFailures -= 1
      return true
    }
    return false
  }
  const checkRead = (): void => {
    if (readFailure) throw new Error('バックアップを読み込めませんでした。')
  }
  const lan = createFakeLan()

  return {
    lan,
    menuLanguages,
    lanInterfaces: () => lan.lanInterfaces(),
    lanState: () => lan.lanState(),
    lanStart: (request) => lan.lanStart(request),
    lanStop: () => lan.lanStop(),
    lanOpenSession: (request) => lan.lanOpenSession(request),
    lanDisconnectAll: () => lan.lanDisconnectAll(),
    files,
    writes,
    savedFiles,
    savedBundles,
    queueOpenFiles(result) {
      openManyQueue.push(result)
    },
    printed,
    projected,
    failWrites(mode, error) {
      writeFailures = mode
      if (error) writeFailure = error
    },
    failReads(fail) {
      readFailure = fail
    },
    queueOpenFile(result) {
      openQueue.push(result)
    },
    backups,
    backupWrites,
    backupLocation,
    failBackupWrites(mode, message) {
      backupWriteFailures = mode
      if (message) backupWriteFailMessage = message
    },
    failNextBackupWrite(error = new Error('ENOSPC: could not write the backup')) {
      nextBackupWriteErrors.push(error)
    },

    getAppInfo() {
      return Promise.resolve({
        name: 'タネボード',
        version: '0.0.0-test',
        host: 'browser' as const,
        dataLocation: 'テスト用のメモリ',
        ...options.appInfo,
      })
    },
    async listSnapshots(): Promise<SnapshotInfo[]> {
      await tick()
      checkRead()
      return [...files].map(([workshopId, file]) => ({
        workshopId,
        bytes: new TextEncoder().encode(file.content).length,
        savedAt: file.savedAt,
      }))
    },
    async readSnapshot(workshopId) {
      await tick()
      checkRead()
      return files.get(workshopId)?.content ?? null
    },
    async writeSnapshot({ workshopId, content }) {
      await tick()
      if (shouldFailWrite()) throw writeFailure
      files.set(workshopId, { content, savedAt: now() })
      writes.push({ workshopId, content })
    },
    async deleteSnapshot(workshopId) {
      await tick()
      files.delete(workshopId)
    },
    async listBackups(workshopId) {
      await tick()
      checkWorkshopId(workshopId)
      const stored = backups.get(workshopId) ?? new Map<string, string>()
      const infos: BackupInfo[] = []
      for (const backupId of sortBackupIdsNewestFirst([...stored.keys()])) {
        const parsed = parseBackupId(backupId)
        const content = stored.get(backupId)
        if (!parsed || content === undefined) continue
        infos.push({ backupId, workshopId, ...parsed, bytes: utf8Bytes(content) })
      }
      return { location: backupLocation(workshopId), backups: infos }
    },
    async writeBackup(request) {
      await tick()
      const { workshopId, reason, content, position } = request
      checkWorkshopId(workshopId)
      if (!(BACKUP_REASONS as readonly string[]).includes(reason)) {
        throw new Error('EINVAL: invalid backup reason')
      }
      const error = backupWriteError()
      if (error) throw error
      const stored = backups.get(workshopId) ?? new Map<string, string>()
      const existing = [...stored.keys()]
      const backupId = newBackupId(Date.parse(now()), reason, new Set(existing), position ?? null)
      const parsed = parseBackupId(backupId)
      if (!parsed) throw new Error('EINVAL: the clock gives no valid backup name')
      stored.set(backupId, content)
      backups.set(workshopId, stored)
      backupWrites.push({ ...request })
      // Like the hosts: the new backup always stays, then the newest others up to the limit.
      const others = existing.filter((id) => id !== backupId)
      for (const old of backupsToPrune(others, backupId)) stored.delete(old)
      return { backupId, workshopId, ...parsed, bytes: utf8Bytes(content) }
    },
    async readBackup({ workshopId, backupId }) {
      await tick()
      checkWorkshopId(workshopId)
      if (!parseBackupId(backupId)) throw new Error('EINVAL: invalid backup id')
      return backups.get(workshopId)?.get(backupId) ?? null
    },
    saveFile(request) {
      savedFiles.push(request)
      return Promise.resolve({ ok: true, location: 'テスト' })
    },
    async openFile() {
      await tick()
      const next = openQueue.shift()
      if (next instanceof Error) throw next
      return next ?? null
    },
    saveFiles(request) {
      savedBundles.push(request)
      return Promise.resolve({
        ok: true,
        location: 'テスト',
        names: request.files.map((f) => f.name),
      })
    },
    async openFiles() {
      await tick()
      const next = openManyQueue.shift()
      if (next instanceof Error) throw next
      return next ?? null
    },
    printView(request) {
      printed.push(request)
      return Promise.resolve({ ok: true, location: '印刷' })
    },
    openProjectorWindow({ route }) {
      projected.push(route)
      return Promise.resolve()
    },
    onFlushRequest(listener) {
      flushListeners.add(listener)
      return () => {
        flushListeners.delete(listener)
      }
    },
    requestFlush: () => Promise.all([...flushListeners].map((listener) => listener())),
    async takeOpenedFiles() {
      await tick()
      const files = openedWaiting
      openedWaiting = []
      return { files, omitted: 0 }
    },
    setMenuLanguage(lang) {
      menuLanguages.push(lang)
      return Promise.resolve()
    },
    onFilesOpened(listener) {
      openedListeners.add(listener)
      return () => {
        openedListeners.delete(listener)
      }
    },
    openFromFileManager(files) {
      openedWaiting = [...openedWaiting, ...files]
      for (const listener of openedListeners) listener()
    },
  }
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length
}

/** Yields to the event loop, so callers cannot rely on the fake being synchronous. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
