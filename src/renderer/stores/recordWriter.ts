import type { AnyRecord } from '../../shared/model/schemas'
import type { WorkshopRepository } from '../db/workshopRepository'

/**
 * Writes changed records to IndexedDB in order. Each batch is one strict-durability transaction;
 * while one is in flight, later changes wait and go together in the next. Pending versions are
 * keyed by record, so a newer version replaces an older one that has not been written yet and
 * writes never reorder. A failed batch stays pending and is retried on the next change or after
 * `retryMs`.
 */
export interface RecordWriter {
  enqueue(records: readonly AnyRecord[]): void
  /** Writes everything pending; resolves true when all of it is in IndexedDB. */
  flush(): Promise<boolean>
  hasPending(): boolean
  /** The record versions not in IndexedDB yet (e.g. after a failed write). */
  pendingRecords(): AnyRecord[]
  dispose(): void
}

export interface RecordWriterOptions {
  repo: Pick<WorkshopRepository, 'putRecords'>
  onResult: (result: { ok: true } | { ok: false; error: unknown }) => void
  retryMs?: number
}

export function createRecordWriter(options: RecordWriterOptions): RecordWriter {
  const { repo, onResult } = options
  const retryMs = options.retryMs ?? 10_000
  const pending = new Map<string, AnyRecord>()
  let running: Promise<boolean> | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let disposed = false

  async function loop(): Promise<boolean> {
    while (pending.size > 0) {
      const batch = [...pending]
      try {
        await repo.putRecords(batch.map(([, record]) => record))
      } catch (error) {
        if (!disposed) {
          retryTimer ??= setTimeout(() => {
            retryTimer = null
            void start()
          }, retryMs)
        }
        onResult({ ok: false, error })
        return false
      }
      for (const [key, record] of batch) {
        if (pending.get(key) === record) pending.delete(key)
      }
    }
    onResult({ ok: true })
    return true
  }

  function start(): Promise<boolean> {
    if (retryTimer !== null) {
      clearTimeout(retryTimer)
      retryTimer = null
    }
    if (!running) {
      const run = loop().finally(() => {
        if (running === run) running = null
      })
      running = run
    }
    return running
  }

  return {
    enqueue(records) {
      if (records.length === 0) return
      for (const record of records) pending.set(`${record.type}:${record.id}`, record)
      void start()
    },
    async flush() {
      // Wait for a batch in flight, then write whatever is still pending (a retry if it failed).
      if (running) await running
      return pending.size > 0 ? start() : true
    },
    hasPending: () => pending.size > 0,
    pendingRecords: () => [...pending.values()],
    dispose() {
      disposed = true
      if (retryTimer !== null) clearTimeout(retryTimer)
      retryTimer = null
    },
  }
}
