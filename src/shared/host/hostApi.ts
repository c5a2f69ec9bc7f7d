import type { ErrorRef } from '../errors/errorCodes'
import { z } from 'zod/mini'
import { idSchema } from '../model/schemas'
import { LIMITS } from '../model/limits'
import {
  BACKUP_ID_PATTERN,
  BACKUP_POSITION_PATTERN,
  BACKUP_REASONS,
  MAX_BACKUP_ID_LENGTH,
  type BackupReason,
} from '../backups/backupNames'
import { lanSessionRequestSchema, lanStartRequestSchema, type LanHostApi } from './lanHostApi'

export { HOST_CHANNELS, type HostChannel } from './channels'

/**
 * The host API: everything the renderer asks of the machine it runs on.
 *
 * One contract, two implementations: the Electron preload (the `taneboard` bridge, backed by the
 * main process) and the browser host (origin-private file system, downloads, the print dialog).
 * The renderer only ever talks to this interface.
 */
export interface HostApi extends HostInvokeApi {
  /**
   * Main asks the page to write everything pending before its window closes, the machine sleeps
   * or the screen locks; the listener resolves true when everything is written, false when
   * something could not be (main then asks before closing). Returns unsubscribe.
   * The browser host never calls it (page lifecycle events do the same job there).
   */
  onFlushRequest(listener: () => Promise<boolean>): () => void
  /**
   * Main says that workshop files were opened from the file manager (a double-clicked
   * `.taneboard`); the page then calls `takeOpenedFiles`. Returns unsubscribe. The browser host
   * never calls it.
   */
  onFilesOpened(listener: () => void): () => void
}

/**
 * The request/response part of the host API: one IPC channel per method in Electron. The LAN
 * part (`lan*`, the console's 「LAN共有」) is declared in lanHostApi.ts.
 */
export interface HostInvokeApi extends LanHostApi {
  getAppInfo(): Promise<AppInfo>
  /** The second durable copy of each workshop, kept outside IndexedDB. */
  listSnapshots(): Promise<SnapshotInfo[]>
  readSnapshot(workshopId: string): Promise<string | null>
  writeSnapshot(request: WriteSnapshotRequest): Promise<void>
  deleteSnapshot(workshopId: string): Promise<void>
  /**
   * The automatic backups of one workshop (newest first) and where they are kept. Each is a
   * workshop file; see src/shared/backups/backupNames.ts for names and rotation.
   */
  listBackups(workshopId: string): Promise<BackupList>
  /**
   * Writes a new backup atomically, then deletes the oldest of its kind beyond BACKUP_RETENTION.
   * A failed write (disk full, no permission) rejects and leaves every earlier backup as it was.
   */
  writeBackup(request: WriteBackupRequest): Promise<BackupInfo>
  /** The text of one backup, or null when it is gone. */
  readBackup(request: ReadBackupRequest): Promise<string | null>
  /** Lets the user save a file (native save dialog, or a download in the browser). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  /** Lets the user pick a file to open; null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>
  /**
   * Writes several files in one step (「テーブル用ファイルを一括作成」): Electron asks for a folder
   * once and writes each file atomically into it, never replacing a file already there (a
   * taken name gets 「 (2)」); the browser downloads one .zip named `bundleName`.
   */
  saveFiles(request: SaveFilesRequest): Promise<SaveFilesResult>
  /**
   * Lets the user pick several files, or a folder (its files with one of `extensions`, not its
   * subfolders'); null when cancelled. A file over `maxBytes` or unreadable comes back with a
   * problem instead of its content, so one bad file never hides the others.
   */
  openFiles(request: OpenFilesRequest): Promise<OpenedFiles | null>
  /** Prints the current view (Electron: to PDF through a save dialog; browser: print dialog). */
  printView(request: PrintViewRequest): Promise<SaveFileResult>
  /**
   * Shows a hash route of the app in the projector window (Electron: full screen on the external
   * display when there is one; browser: a pop-up). An open projector window is reused.
   */
  openProjectorWindow(request: OpenProjectorWindowRequest): Promise<void>
  /**
   * The workshop files opened from the file manager since the last call (a double-clicked
   * `.taneboard`, handed over by the single-instance lock), each read or with why not; only the
   * main window gets them (others get none). The browser host has none.
   */
  takeOpenedFiles(): Promise<OpenedFiles>
  /** The UI language, for the application menu (Electron); the browser host ignores it. */
  setMenuLanguage(lang: MenuLanguage): Promise<void>
}

/** The languages of the UI, and so of the application menu. */
export const MENU_LANGUAGES = ['ja', 'en'] as const
export type MenuLanguage = (typeof MENU_LANGUAGES)[number]

export interface AppInfo {
  name: string
  version: string
  host: 'electron' | 'browser'
  /** Where the second copy lives, shown to the user (a folder path, or a description). */
  dataLocation: string
  /**
   * Browser mode: 'disk' when the server that served the page keeps the second copy and the
   * backups as files (`npm run web`), 'browser' when they live only in this browser profile.
   */
  storage?: 'disk' | 'browser'
}

export interface SnapshotInfo {
  workshopId: string
  bytes: number
  /** ISO 8601 instant of the last write. */
  savedAt: string
}

export interface BackupInfo {
  backupId: string
  workshopId: string
  reason: BackupReason
  /** ISO 8601 instant the backup was taken (from its id). */
  savedAt: string
  /** A transition's: where the timetable went (`row-<rowId>`, `before`, `after`); else null. */
  position?: string | null
  bytes: number
}

export interface BackupList {
  /** Where the backups of this workshop are kept, shown to the user (a folder, or a description). */
  location: string
  /** Newest first. */
  backups: BackupInfo[]
}

export const writeBackupRequestSchema = z.strictObject({
  workshopId: idSchema,
  reason: z.enum(BACKUP_REASONS),
  /** A transition's position (BACKUP_POSITION_PATTERN), named in the backup id. */
  position: z.optional(z.string().check(z.maxLength(80), z.regex(BACKUP_POSITION_PATTERN))),
  content: z.string().check(z.maxLength(LIMITS.snapshotBytes)),
})
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>

export const readBackupRequestSchema = z.strictObject({
  workshopId: idSchema,
  backupId: z.string().check(z.maxLength(MAX_BACKUP_ID_LENGTH), z.regex(BACKUP_ID_PATTERN)),
})
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>

/** A bare file name: no folders, no characters Windows forbids, no control characters. */
function isSafeFileName(name: string): boolean {
  if (/[/\\:*?"<>|]/.test(name)) return false
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 32) return false
  return true
}

const fileNameSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(120),
    z.refine(isSafeFileName, { message: 'invalid file name' }),
  )

export const writeSnapshotRequestSchema = z.strictObject({
  workshopId: idSchema,
  content: z.string().check(z.maxLength(LIMITS.snapshotBytes)),
})
export type WriteSnapshotRequest = z.infer<typeof writeSnapshotRequestSchema>

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  /** Text content, or base64 when `encoding` is 'base64'. */
  content: z.string().check(z.maxLength(200 * 1024 * 1024)),
  encoding: z.enum(['utf8', 'base64']),
  filters: z
    .array(
      z.strictObject({
        name: z.string().check(z.maxLength(60)),
        extensions: z.array(z.string().check(z.maxLength(10))).check(z.maxLength(5)),
      }),
    )
    .check(z.maxLength(5)),
})
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>

/** A failed save says why (`reason`) and what the user is told (`error`, a code: shared/errors). */
export type SaveFileResult =
  | { ok: true; location: string }
  | { ok: false; reason: 'cancelled' | 'noSpace' | 'noPermission' | 'failed'; error: ErrorRef }

export const openFileRequestSchema = z.strictObject({
  extensions: z.array(z.string().check(z.maxLength(10))).check(z.maxLength(5)),
  maxBytes: z.int().check(z.minimum(1), z.maximum(LIMITS.snapshotBytes)),
})
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>

export interface OpenedFile {
  name: string
  content: string
}

/** The most files saveFiles writes or openFiles reads in one step. */
export const MAX_FILES_PER_STEP = 100

export const saveFilesRequestSchema = z.strictObject({
  /** The browser's .zip (without extension); Electron's folder dialog title. */
  bundleName: fileNameSchema,
  files: z
    .array(
      z.strictObject({
        name: fileNameSchema,
        content: z.string().check(z.maxLength(LIMITS.snapshotBytes)),
      }),
    )
    .check(
      z.minLength(1),
      z.maxLength(MAX_FILES_PER_STEP),
      z.refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, {
        message: 'duplicate file names',
      }),
    ),
})
export type SaveFilesRequest = z.infer<typeof saveFilesRequestSchema>

/** Where the files went and under which names (a name may have gained 「 (2)」). */
export type SaveFilesResult =
  { ok: true; location: string; names: string[] } | Extract<SaveFileResult, { ok: false }>

export const openFilesRequestSchema = z.strictObject({
  /** 'files': pick one or more files; 'folder': pick a folder and read its files. */
  mode: z.enum(['files', 'folder']),
  extensions: z.array(z.string().check(z.maxLength(10))).check(z.minLength(1), z.maxLength(5)),
  maxBytes: z.int().check(z.minimum(1), z.maximum(LIMITS.snapshotBytes)),
})
export type OpenFilesRequest = z.infer<typeof openFilesRequestSchema>

/** One picked file: its text, or why it was not read. */
export type OpenedFileEntry =
  { name: string; content: string } | { name: string; problem: 'tooLarge' | 'readFailed' }

export interface OpenedFiles {
  /** At most MAX_FILES_PER_STEP, by name. */
  files: OpenedFileEntry[]
  /** Files left out beyond MAX_FILES_PER_STEP. */
  omitted: number
}

export const printViewRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  pageSize: z.enum(['A4', 'A3']),
  landscape: z.boolean(),
})
export type PrintViewRequest = z.infer<typeof printViewRequestSchema>

/**
 * A hash route under one workshop, e.g. `#/w/<workshopId>/g/<groupId>/theme1/projector`: only
 * id-like segments, so it can never leave the app's page (no `..`, `:`, `?`, `%` or `//`).
 */
export const PROJECTOR_ROUTE_PATTERN = /^#\/w\/[A-Za-z0-9_-]{1,64}(?:\/[A-Za-z0-9_-]{1,64}){0,8}$/

export const openProjectorWindowRequestSchema = z.strictObject({
  route: z.string().check(z.maxLength(400), z.regex(PROJECTOR_ROUTE_PATTERN)),
})
export type OpenProjectorWindowRequest = z.infer<typeof openProjectorWindowRequestSchema>

/** Runtime schemas of each channel's single argument, checked by the main process. */
export const HOST_REQUEST_SCHEMAS = {
  getAppInfo: z.undefined(),
  listSnapshots: z.undefined(),
  readSnapshot: idSchema,
  writeSnapshot: writeSnapshotRequestSchema,
  deleteSnapshot: idSchema,
  listBackups: idSchema,
  writeBackup: writeBackupRequestSchema,
  readBackup: readBackupRequestSchema,
  saveFile: saveFileRequestSchema,
  openFile: openFileRequestSchema,
  saveFiles: saveFilesRequestSchema,
  openFiles: openFilesRequestSchema,
  printView: printViewRequestSchema,
  openProjectorWindow: openProjectorWindowRequestSchema,
  takeOpenedFiles: z.undefined(),
  setMenuLanguage: z.enum(MENU_LANGUAGES),
  lanInterfaces: z.undefined(),
  lanState: z.undefined(),
  lanStart: lanStartRequestSchema,
  lanStop: z.undefined(),
  lanOpenSession: lanSessionRequestSchema,
  lanDisconnectAll: z.undefined(),
} as const satisfies Record<keyof HostInvokeApi, z.ZodMiniType>
