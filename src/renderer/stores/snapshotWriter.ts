import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/files/workshopFile'
import type { HostApi } from '../../shared/host/hostApi'
import { docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'

/**
 * Writes whole-workshop snapshots to the host: the second copy of each workshop, outside
 * IndexedDB. Edits are coalesced (debounced ~300 ms, like Excalidraw and tldraw); `flush()`
 * writes at once. Writes are serialised, so an older doc never lands after a newer one.
 * A failed write keeps its doc pending and is retried on the next change or after `retryMs`.
 */
export interface SnapshotWriter {
  /**
   * Schedules a write of the doc (replacing an older pending doc of the same workshop), within
   * `delayMs` (the writer's own delay by default; a longer one for other devices' changes).
   */
  schedule(doc: WorkshopDoc, delayMs?: number): void
  /** Writes every pending doc now; resolves true when all of them are on the host. */
  flush(): Promise<boolean>
  /** Schedules the doc and flushes. */
  writeNow(doc: WorkshopDoc): Promise<boolean>
  /** True while some doc waits to be written. */
  hasPending(): boolean
  /** The docs waiting to be written (for the last-moment copy when the page is left). */
  pendingDocs(): WorkshopDoc[]
  dispose(): void
}

export interface SnapshotWriterOptions {
  host: HostApi
  appVersion: string
  now: () => string
  /** Called after each drain: ok, or the first error. */
  onResult: (result: { ok: true } | { ok: false; error: unknown }) => void
  delayMs?: number
  retryMs?: number
  /** Called when a write was refused because it would replace a fuller file with an empty doc. */
  onRefused?: (workshopId: string) => void
}

export function createSnapshotWriter(options: SnapshotWriterOptions): SnapshotWriter {
  const { host, appVersion, now, onResult } = options
  const delayMs = options.delayMs ?? 300
  const retryMs = options.retryMs ?? 10_000
  const pending = new Map<string, WorkshopDoc>()
  let timer: ReturnType<typeof setTimeout> | null = null
  /** When the armed timer fires (Date.now() ms). */
  let due = 0
  /** True while the armed timer is the slow retry after a failure, not the coalescing delay. */
  let retryArmed = false
  let chain: Promise<boolean> = Promise.resolve(true)
  let disposed = false

  const arm = (ms: number, isRetry = false): void => {
    if (disposed) return
    if (timer !== null) clearTimeout(timer)
    retryArmed = isRetry
    due = Date.now() + ms
    timer = setTimeout(() => {
      timer = null
      void flush()
    }, ms)
  }

  async function writeOne(doc: WorkshopDoc): Promise<void> {
    const workshopId = doc.workshop.id
    if (docRecords(doc).length === 1 && (await hasFullerSnapshot(workshopId))) {
      // tldraw's rule: a doc with nothing but its workshop record never replaces a file that
      // holds more (it is far more likely to be an unloaded doc than a real emptying).
      options.onRefused?.(workshopId)
      return
    }
    const content = serializeWorkshopFile(doc, appVersion, now())
    await host.writeSnapshot({ workshopId, content })
  }

  async function hasFullerSnapshot(workshopId: string): Promise<boolean> {
    const text = await host.readSnapshot(workshopId)
    if (text === null) return false
    const parsed = parseWorkshopFile(text)
    // An unreadable file is kept too: it might hold data we cannot see.
    return !parsed.ok || parsed.file.records.length > 0
  }

  async function drain(): Promise<boolean> {
    let firstError: unknown = null
    let failed = false
    for (const [workshopId, doc] of [...pending]) {
      // The doc stays pending until it is on the host: while its write is in flight the status
      // must not say 保存済み, and the last-moment copy on page exit must still hold it. A newer
      // doc scheduled meanwhile replaces it and stays pending.
      try {
        await writeOne(doc)
        if (pending.get(workshopId) === doc) pending.delete(workshopId)
      } catch (error) {
        if (!failed) firstError = error
        failed = true
      }
    }
    if (failed) {
      arm(retryMs, true)
      onResult({ ok: false, error: firstError })
      return false
    }
    onResult({ ok: true })
    return true
  }

  function flush(): Promise<boolean> {
    if (timer !== null) {
      clearTimeout(timer)
      timer = null
    }
    chain = chain.then(() => (pending.size > 0 ? drain() : true))
    return chain
  }

  return {
    schedule(doc, within = delayMs) {
      pending.set(doc.workshop.id, doc)
      // Coalesce without postponing: a steady stream of edits is still written every delayMs.
      // A change during the slow retry wait tries again soon; one that must be written sooner
      // than the armed timer (an edit here while other devices' changes wait) brings it forward.
      if (timer === null || retryArmed || Date.now() + within < due) arm(within)
    },
    flush,
    writeNow(doc) {
      pending.set(doc.workshop.id, doc)
      return flush()
    },
    hasPending: () => pending.size > 0,
    pendingDocs: () => [...pending.values()],
    dispose() {
      disposed = true
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
  }
}
