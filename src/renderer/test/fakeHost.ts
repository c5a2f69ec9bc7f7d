import type {
  AppInfo,
  HostApi,
  OpenedFile,
  PrintViewRequest,
  SaveFileRequest,
  SnapshotInfo,
} from '../../shared/host/hostApi'

/**
 * An in-memory HostApi for tests (unit and web e2e). Snapshots live in `files`; failures can be
 * injected per method. Nothing here touches the DOM or the disk.
 */
export interface FakeHost extends HostApi {
  /** The snapshot files by workshop id. */
  readonly files: Map<string, { content: string; savedAt: string }>
  /** Every successful writeSnapshot, in order. */
  readonly writes: { workshopId: string; content: string }[]
  readonly savedFiles: SaveFileRequest[]
  readonly printed: PrintViewRequest[]
  /** Plays main asking for a flush (before a window closes); resolves when listeners are done. */
  requestFlush(): Promise<unknown>
  /** The routes asked of openProjectorWindow, in order. */
  readonly projected: string[]
  /** Makes writeSnapshot reject: `true` until set back to false, or a number of next calls. */
  failWrites(mode: boolean | number, message?: string): void
  /** Makes listSnapshots / readSnapshot reject. */
  failReads(fail: boolean): void
  /** What the next openFile calls return (null = cancelled); an Error is thrown. */
  queueOpenFile(result: OpenedFile | null | Error): void
}

export function createFakeHost(
  options: { appInfo?: Partial<AppInfo>; now?: () => string } = {},
): FakeHost {
  const files = new Map<string, { content: string; savedAt: string }>()
  const writes: { workshopId: string; content: string }[] = []
  const savedFiles: SaveFileRequest[] = []
  const printed: PrintViewRequest[] = []
  const projected: string[] = []
  const flushListeners = new Set<() => Promise<boolean>>()
  const openQueue: (OpenedFile | null | Error)[] = []
  const now = options.now ?? (() => new Date().toISOString())
  let writeFailures: boolean | number = false
  let writeFailMessage = 'ディスクに書き込めませんでした。'
  let readFailure = false

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

  return {
    files,
    writes,
    savedFiles,
    printed,
    projected,
    failWrites(mode, message) {
      writeFailures = mode
      if (message) writeFailMessage = message
    },
    failReads(fail) {
      readFailure = fail
    },
    queueOpenFile(result) {
      openQueue.push(result)
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
      if (shouldFailWrite()) throw new Error(writeFailMessage)
      files.set(workshopId, { content, savedAt: now() })
      writes.push({ workshopId, content })
    },
    async deleteSnapshot(workshopId) {
      await tick()
      files.delete(workshopId)
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
  }
}

/** Yields to the event loop, so callers cannot rely on the fake being synchronous. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
