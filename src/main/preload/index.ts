import { contextBridge, ipcRenderer } from 'electron'
import { HOST_CHANNELS, HOST_EVENTS, type HostChannel } from '../../shared/host/channels'
import type { HostApi } from '../../shared/host/hostApi'

// The only bridge between the page and the machine: one named function per channel. Never
// ipcRenderer itself, never a generic invoke(channel): the page cannot pick a channel.

function invoke<R>(channel: HostChannel, ...args: [] | [unknown]): Promise<R> {
  return ipcRenderer.invoke(channel, ...args) as Promise<R>
}

const api = {
  getAppInfo: () => invoke(HOST_CHANNELS.getAppInfo),
  listSnapshots: () => invoke(HOST_CHANNELS.listSnapshots),
  readSnapshot: (workshopId) => invoke(HOST_CHANNELS.readSnapshot, workshopId),
  writeSnapshot: (request) => invoke(HOST_CHANNELS.writeSnapshot, request),
  deleteSnapshot: (workshopId) => invoke(HOST_CHANNELS.deleteSnapshot, workshopId),
  listBackups: (workshopId) => invoke(HOST_CHANNELS.listBackups, workshopId),
  writeBackup: (request) => invoke(HOST_CHANNELS.writeBackup, request),
  readBackup: (request) => invoke(HOST_CHANNELS.readBackup, request),
  saveFile: (request) => invoke(HOST_CHANNELS.saveFile, request),
  openFile: (request) => invoke(HOST_CHANNELS.openFile, request),
  saveFiles: (request) => invoke(HOST_CHANNELS.saveFiles, request),
  openFiles: (request) => invoke(HOST_CHANNELS.openFiles, request),
  printView: (request) => invoke(HOST_CHANNELS.printView, request),
  openProjectorWindow: (request) => invoke(HOST_CHANNELS.openProjectorWindow, request),
  takeOpenedFiles: () => invoke(HOST_CHANNELS.takeOpenedFiles),
  setMenuLanguage: (lang) => invoke(HOST_CHANNELS.setMenuLanguage, lang),
  lanInterfaces: () => invoke(HOST_CHANNELS.lanInterfaces),
  lanState: () => invoke(HOST_CHANNELS.lanState),
  lanStart: (request) => invoke(HOST_CHANNELS.lanStart, request),
  lanStop: () => invoke(HOST_CHANNELS.lanStop),
  lanOpenSession: (request) => invoke(HOST_CHANNELS.lanOpenSession, request),
  lanDisconnectAll: () => invoke(HOST_CHANNELS.lanDisconnectAll),
  onFlushRequest: (listener) => {
    // The event object never reaches the page; only the request id goes back to main.
    const wrapped = (_event: unknown, requestId: unknown): void => {
      void listener()
        .catch(() => false)
        .then((ok) => {
          ipcRenderer.send(HOST_EVENTS.flushDone, requestId, ok)
        })
    }
    ipcRenderer.on(HOST_EVENTS.flushRequest, wrapped)
    return () => {
      ipcRenderer.removeListener(HOST_EVENTS.flushRequest, wrapped)
    }
  },
  onFilesOpened: (listener) => {
    // Nothing from main reaches the page but the call itself.
    const wrapped = (): void => {
      listener()
    }
    ipcRenderer.on(HOST_EVENTS.filesOpened, wrapped)
    return () => {
      ipcRenderer.removeListener(HOST_EVENTS.filesOpened, wrapped)
    }
  },
} satisfies HostApi

contextBridge.exposeInMainWorld('taneboard', api)
