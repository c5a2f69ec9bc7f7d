import type { HostInvokeApi } from './hostApi'

/**
 * IPC channel names of the host API. Kept apart from the request schemas so that the preload
 * bundles these names only, not the validator.
 */
export const HOST_CHANNELS = {
  getAppInfo: 'app:get-info',
  listSnapshots: 'snapshots:list',
  readSnapshot: 'snapshots:read',
  writeSnapshot: 'snapshots:write',
  deleteSnapshot: 'snapshots:delete',
  listBackups: 'backups:list',
  writeBackup: 'backups:write',
  readBackup: 'backups:read',
  saveFile: 'files:save',
  openFile: 'files:open',
  saveFiles: 'files:save-many',
  openFiles: 'files:open-many',
  printView: 'print:view',
  openProjectorWindow: 'window:open-projector',
  takeOpenedFiles: 'files:take-opened',
  setMenuLanguage: 'app:set-menu-language',
  lanInterfaces: 'lan:interfaces',
  lanState: 'lan:state',
  lanStart: 'lan:start',
  lanStop: 'lan:stop',
  lanOpenSession: 'lan:open-session',
  lanDisconnectAll: 'lan:disconnect-all',
} as const satisfies Record<keyof HostInvokeApi, string>

export type HostChannel = (typeof HOST_CHANNELS)[keyof typeof HOST_CHANNELS]

/**
 * One-way messages: main asks the page to flush (with a request id); the page says it is done;
 * main says opened files wait.
 */
export const HOST_EVENTS = {
  flushRequest: 'app:flush-request',
  flushDone: 'app:flush-done',
  /** Main tells the main window's page that files wait for `takeOpenedFiles` (no payload). */
  filesOpened: 'app:files-opened',
} as const
