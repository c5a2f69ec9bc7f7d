import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
} from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { appInfo } from './appInfo'
import { HOST_EVENTS } from '../shared/host/channels'
import { LIMITS } from '../shared/model/limits'
import { createOpenedFileQueue, workshopFilePaths } from './fileOpen/openedFiles'
import { appMenuTemplate, type MenuLanguage } from './menu/appMenu'
import { LAN_DEFAULT_PORT } from '../shared/host/lanHostApi'
import { policyConnectingTo } from '../shared/host/csp'
import { createLanHub } from './lan/lanHub'
import { createLanHostServices } from './lan/lanHostServices'
import { createLanService, lanAddresses, LOOPBACK_ADDRESS } from './lan/lanService'
import { registerHostHandlers } from './ipc/registerHostHandlers'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  createAppProtocolHandler,
} from './protocol/appProtocol'
import { backupDirectory, createBackupStore } from './services/backupStore'
import { createFileService } from './services/fileService'
import { createSnapshotStore, snapshotDirectory } from './services/snapshotStore'
import { guardCloseUntilFlushed } from './window/closeGuard'
import { devServerOrigins, devServerUrl } from './window/devServer'
import { mainWindowOptions } from './window/mainWindow'
import { createProjectorWindows, type ProjectorWindows } from './window/projectorWindow'
import { hardenSession, hardenWebContents, type BlockedAttempt } from './window/windowSecurity'

// Lifecycle and wiring only: everything worth testing lives in the modules imported above.

/**
 * Set by `electron-vite dev`: the renderer then comes from the Vite dev server. Only a development
 * build that is not packaged obeys it, and only for a loopback address (see devServer.ts).
 */
const devServer = devServerUrl(process.env.ELECTRON_RENDERER_URL, {
  devBuild: import.meta.env.DEV,
  packaged: app.isPackaged,
})

const extraOrigins = devServerOrigins(devServer)

function logBlocked(attempt: BlockedAttempt): void {
  console.warn(`[security] blocked ${attempt.kind} to ${attempt.url.slice(0, 200)}`)
}

// Must run before 'ready'. A standard, secure scheme gives the renderer a real origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

const preloadPath = join(__dirname, '../preload/index.js')
const rendererDirectory = join(__dirname, '../renderer')

// The console's 「LAN共有」: the hub (off until the facilitator starts it). This window's own sync
// client reaches it on loopback: its origin is in the pages' CSP (the default port, or the port
// the hub last ran on: the windows reload when it changes) and passes the session's request
// filter only while the hub runs.
const lanService = createLanService({
  createHub: createLanHub,
  powerSaveBlocker,
  rootDirectory: rendererDirectory,
  dataDirectory: join(app.getPath('userData'), 'lan'),
  // The hub accepts the app's own pages' sockets (the facilitator's window).
  extraOrigins: [APP_ORIGIN, ...extraOrigins.filter((origin) => origin.startsWith('http'))],
  log: (line) => {
    console.log(line)
  },
})
const lanOrigin = (port: number): string => `ws://${LOOPBACK_ADDRESS}:${port}`
let lanPolicyPort = LAN_DEFAULT_PORT
let lanLivePort: number | null = null
function onLanListening(port: number | null): void {
  lanLivePort = port
  if (port === null || port === lanPolicyPort) return
  lanPolicyPort = port
  for (const window of BrowserWindow.getAllWindows()) window.webContents.reload()
}

let mainWindow: BrowserWindow | null = null

/** ファイル / 編集 / 表示 / ウィンドウ / ヘルプ, in the UI's language (Japanese until told). */
let menuLanguage: MenuLanguage | null = null
function applyMenu(lang: MenuLanguage): void {
  if (lang === menuLanguage) return
  menuLanguage = lang
  const template = appMenuTemplate({
    lang,
    platform: process.platform,
    packaged: app.isPackaged,
    appName: lang === 'ja' ? 'タネボード' : 'TaneBoard',
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
let projector: ProjectorWindows<BrowserWindow> | null = null

// Double-clicked .taneboard files wait here for the main window's page (its import preview). The
// page takes them when it starts and whenever it is told more came (second-instance, open-file).
const openedFiles = createOpenedFileQueue({
  fs,
  maxBytes: LIMITS.snapshotBytes,
  onAdded: () => {
    const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
    window?.webContents.send(HOST_EVENTS.filesOpened)
  },
})
openedFiles.add(workshopFilePaths(process.argv, process.cwd()))

/** Asks whether to close although some changes could not be saved (disk full, no permission). */
async function confirmCloseUnsaved(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: ['閉じない', '閉じる'],
    defaultId: 0,
    cancelId: 0,
    title: 'タネボード',
    message: '保存できていない変更があります。',
    detail:
      'ディスクの空き容量や書き込みの権限を確認してください。「閉じない」を選ぶと、入力内容は画面に残ります。',
  })
  return response === 1
}

/** True once the user asked the app to quit (a window close then resumes the quit). */
let quitting = false

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  mainWindow = window
  window.once('ready-to-show', () => {
    window.show()
  })
  // A full-screen projector window has no frame to close it by: it goes with the main window.
  window.on('closed', () => {
    projector?.close()
  })
  // The page writes what is pending before the window goes; a quit it interrupted resumes.
  const guard = guardCloseUntilFlushed(window, {
    ipcMain,
    confirmCloseUnsaved: () => confirmCloseUnsaved(window),
    onReleased: () => {
      if (quitting) app.quit()
    },
  })
  const flushNow = (): void => {
    void guard.requestFlush()
  }
  // The lid closing or the screen locking: write now, the machine may not come back.
  powerMonitor.on('suspend', flushNow)
  powerMonitor.on('lock-screen', flushNow)
  window.on('closed', () => {
    powerMonitor.removeListener('suspend', flushNow)
    powerMonitor.removeListener('lock-screen', flushNow)
  })
  void window.loadURL(devServer ?? APP_ENTRY_URL)
  return window
}

function registerServices(): void {
  const snapshots = createSnapshotStore({
    directory: snapshotDirectory(app.getPath('userData')),
    fs,
  })
  const backups = createBackupStore({ directory: backupDirectory(app.getPath('userData')), fs })
  const files = createFileService<BrowserWindow>({
    dialogs: {
      showSaveDialog: (parent, options) =>
        parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
      showOpenDialog: (parent, options) =>
        parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options),
    },
    fs,
    defaultDirectory: app.getPath('documents'),
  })
  const projectorWindows = createProjectorWindows<BrowserWindow>({
    createWindow: (options) => new BrowserWindow(options),
    screen,
    preloadPath,
    // The page without its hash; the route is appended.
    entryUrl: devServer ? new URL(devServer).href.replace(/#.*$/, '') : APP_ENTRY_URL,
  })
  projector = projectorWindows
  const lan = createLanHostServices({
    service: lanService,
    interfaces: () => lanAddresses(),
    onListening: onLanListening,
    log: (line) => {
      console.warn(line)
    },
  })
  registerHostHandlers<BrowserWindow, IpcMainInvokeEvent>({
    ipcMain,
    // Every window is ours (the main and the projector window): window.open is denied everywhere.
    windows: () => BrowserWindow.getAllWindows().filter((w) => w instanceof BrowserWindow),
    allowedOrigins: [APP_ORIGIN, ...extraOrigins],
    services: {
      getAppInfo: () => Promise.resolve(appInfo(app)),
      listSnapshots: () => snapshots.list(),
      readSnapshot: (workshopId) => snapshots.read(workshopId),
      writeSnapshot: ({ workshopId, content }) => snapshots.write(workshopId, content),
      deleteSnapshot: (workshopId) => snapshots.delete(workshopId),
      listBackups: (workshopId) => backups.list(workshopId),
      writeBackup: ({ workshopId, reason, content, position }) =>
        backups.write(workshopId, reason, content, position ?? null),
      readBackup: ({ workshopId, backupId }) => backups.read(workshopId, backupId),
      saveFile: (request, window) => files.saveFile(request, window),
      openFile: (request, window) => files.openFile(request, window),
      saveFiles: (request, window) => files.saveFiles(request, window),
      openFiles: (request, window) => files.openFiles(request, window),
      printView: (request, window) => files.printView(request, window.webContents, window),
      openProjectorWindow: ({ route }, window) => projectorWindows.open(route, window),
      // Only the main window's page gets the opened files (never the projector's).
      setMenuLanguage: (lang) => {
        applyMenu(lang)
        return Promise.resolve()
      },
      takeOpenedFiles: (_request, window) =>
        window === mainWindow ? openedFiles.take() : Promise.resolve({ files: [], omitted: 0 }),
      lanInterfaces: () => lan.lanInterfaces(),
      lanState: () => lan.lanState(),
      lanStart: (request) => lan.lanStart(request),
      lanStop: () => lan.lanStop(),
      lanOpenSession: (request) => lan.lanOpenSession(request),
      lanDisconnectAll: () => lan.lanDisconnectAll(),
    },
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // The main window, not the projector window.
    const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
    // A .taneboard file double-clicked while the app runs: its import preview here.
    openedFiles.add(workshopFilePaths(argv, workingDirectory))
  })

  // macOS opens files through an event, also before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openedFiles.add([path])
  })

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, APP_ORIGIN, logBlocked)
  })

  app.on('before-quit', () => {
    quitting = true
  })

  // Nothing listens after the app quits (the hub, its power-save blocker).
  app.on('will-quit', () => {
    void lanService.stop()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  void app.whenReady().then(async () => {
    await hardenSession(session.defaultSession, {
      allowedOrigins: extraOrigins,
      appOrigin: APP_ORIGIN,
      liveOrigins: () => (lanLivePort === null ? [] : [lanOrigin(lanLivePort)]),
    })
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({
        rootDirectory: rendererDirectory,
        contentSecurityPolicy: () => policyConnectingTo([lanOrigin(lanPolicyPort)]),
        readFile: (path) => fs.readFile(path),
        realpath: (path) => fs.realpath(path),
      }),
    )
    applyMenu('ja')
    registerServices()
    createMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })
}
