import { errorRef } from '../../shared/errors/errorCodes'
import { parseWorkshopFile, type WorkshopFileError } from '../../shared/files/workshopFile'
import type { HostApi } from '../../shared/host/hostApi'
import { docRecords, findRecord, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { isDatabaseTooNew, type WorkshopRepository } from '../db/workshopRepository'
import type { NoticeState } from '../stores/storeTypes'
import type { RescueCopy } from '../stores/rescueCopy'

/**
 * Runs before the first screen and makes IndexedDB and the host snapshots agree again:
 *
 * 1. Opens IndexedDB; when that fails (a corrupted store), deletes and recreates it.
 * 2. For every snapshot file: puts each record IndexedDB lacks or holds at a lower rev (this is
 *    how a wiped database comes back). Unreadable files are skipped, reported, never deleted.
 * 3. Writes a fresh snapshot where IndexedDB holds more than the file (edits after the last
 *    snapshot) and for workshops that have no readable file at all.
 */
export interface StartupRestoreDeps {
  repo: Pick<
    WorkshopRepository,
    'open' | 'resetDatabase' | 'mergeRecords' | 'loadDoc' | 'listWorkshops'
  >
  host: Pick<HostApi, 'listSnapshots' | 'readSnapshot'>
  notices: Pick<NoticeState, 'push'>
  /** Writes a snapshot at once; false when the host refused (it reports the failure itself). */
  writeSnapshot: (doc: WorkshopDoc) => Promise<boolean>
  /** The last-moment copies left by a page that was closed or reloaded mid-write. */
  rescue?: Pick<RescueCopy, 'entries' | 'remove'>
  /** Where the host keeps the second copy, when it is a folder worth naming (browser mode's disk). */
  restoredFrom?: string
  /** Waits between attempts to open IndexedDB (injected by tests). */
  sleep?: (ms: number) => Promise<void>
}

/** Pauses before each retry: a busy disk or a transient I/O error often passes. */
const OPEN_RETRY_DELAYS_MS = [200, 1000]

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Opens IndexedDB, trying again after transient failures; a newer-version error is final. */
async function openWithRetries(
  repo: Pick<WorkshopRepository, 'open'>,
  wait: (ms: number) => Promise<void>,
): Promise<void> {
  for (const delay of OPEN_RETRY_DELAYS_MS) {
    try {
      await repo.open()
      return
    } catch (error) {
      if (isDatabaseTooNew(error)) throw error
      console.warn(`TaneBoard: opening IndexedDB failed; trying again in ${delay} ms`, error)
      await wait(delay)
    }
  }
  await repo.open()
}

export interface StartupReport {
  /** IndexedDB could not be opened and was recreated. */
  databaseReset: boolean
  /** Live workshops that got records back from their snapshot. */
  restoredWorkshops: string[]
  /** Records written into IndexedDB from snapshots. */
  restoredRecords: number
  /** Snapshot files that could not be read. */
  unreadableSnapshots: { workshopId: string; error: WorkshopFileError | 'readFailed' }[]
  /** Workshops whose snapshot was (re)written from IndexedDB. */
  snapshotsWritten: string[]
}

export async function startupRestore(deps: StartupRestoreDeps): Promise<StartupReport> {
  const { repo, host, notices } = deps
  const report: StartupReport = {
    databaseReset: false,
    restoredWorkshops: [],
    restoredRecords: 0,
    unreadableSnapshots: [],
    snapshotsWritten: [],
  }

  try {
    await openWithRetries(repo, deps.sleep ?? sleep)
  } catch (error) {
    if (isDatabaseTooNew(error)) {
      // Data from a newer app: deleting it would lose work. Tell the user and stop here.
      notices.push({ tone: 'error', message: errorRef('startup.tooNew') })
      throw error
    }
    // Recreating the database is only safe when the second copy can be read: otherwise stop
    // (the start-up failure screen) and leave everything on disk as it is.
    await host.listSnapshots()
    console.error('TaneBoard: IndexedDB could not be opened; recreating it', error)
    await repo.resetDatabase()
    report.databaseReset = true
  }

  // Last-moment copies first (they are newer than the snapshots they were waiting for); the
  // snapshot loop below then writes any snapshot that holds less than IndexedDB now does.
  const rescued = mergeRescueCopies(deps.rescue)
  for (const doc of rescued) await repo.mergeRecords(docRecords(doc))

  let snapshotIds: string[] = []
  let listed = true
  try {
    snapshotIds = (await host.listSnapshots()).map((s) => s.workshopId)
  } catch (error) {
    console.error('TaneBoard: listing snapshots failed', error)
    listed = false
    notices.push({ tone: 'error', message: errorRef('startup.listFailed') })
  }

  /** Workshops with a readable file, or a file we must not replace (newer format). */
  const covered = new Set<string>()
  for (const workshopId of snapshotIds) {
    let text: string | null
    try {
      text = await host.readSnapshot(workshopId)
    } catch (error) {
      console.error(`TaneBoard: reading the snapshot of ${workshopId} failed`, error)
      report.unreadableSnapshots.push({ workshopId, error: 'readFailed' })
      covered.add(workshopId)
      continue
    }
    if (text === null) continue
    const parsed = parseWorkshopFile(text)
    if (!parsed.ok) {
      console.error(`TaneBoard: snapshot of ${workshopId} is unreadable`, parsed.detail)
      report.unreadableSnapshots.push({ workshopId, error: parsed.error })
      if (parsed.error === 'tooNew') covered.add(workshopId)
      continue
    }
    const fileDoc = parsed.doc
    covered.add(workshopId)
    covered.add(fileDoc.workshop.id)
    const written = await repo.mergeRecords(docRecords(fileDoc))
    report.restoredRecords += written.length
    const merged = await repo.loadDoc(fileDoc.workshop.id)
    if (written.length > 0 && (merged ?? fileDoc).workshop.deletedAt === null) {
      report.restoredWorkshops.push(fileDoc.workshop.id)
    }
    if (merged && holdsMore(merged, fileDoc) && (await deps.writeSnapshot(merged))) {
      report.snapshotsWritten.push(merged.workshop.id)
    }
  }

  // IndexedDB must never be the only copy: give every other workshop its snapshot now.
  if (listed) {
    for (const workshop of await repo.listWorkshops()) {
      if (covered.has(workshop.id)) continue
      const doc = await repo.loadDoc(workshop.id)
      if (doc && (await deps.writeSnapshot(doc))) report.snapshotsWritten.push(doc.workshop.id)
    }
  }

  // The rescue copies are safe to drop once their workshop's snapshot holds them.
  for (const doc of rescued) {
    const merged = await repo.loadDoc(doc.workshop.id)
    if (merged && (await deps.writeSnapshot(merged))) deps.rescue?.remove(doc.workshop.id)
  }

  if (report.restoredWorkshops.length > 0) {
    notices.push({
      tone: 'info',
      message: errorRef('notice.startupRestored', {
        count: report.restoredWorkshops.length,
        ...(deps.restoredFrom === undefined ? {} : { from: deps.restoredFrom }),
      }),
    })
  } else if (report.databaseReset) {
    notices.push({ tone: 'info', message: errorRef('notice.databaseReset') })
  }
  if (report.unreadableSnapshots.length > 0) {
    notices.push({
      tone: 'error',
      message: errorRef('startup.unreadable', { count: report.unreadableSnapshots.length }),
    })
  }
  return report
}

/** The readable last-moment copies; unreadable ones are left in place and logged. */
function mergeRescueCopies(rescue: StartupRestoreDeps['rescue']): WorkshopDoc[] {
  if (!rescue) return []
  const docs: WorkshopDoc[] = []
  for (const entry of rescue.entries()) {
    const parsed = parseWorkshopFile(entry.text)
    if (parsed.ok && parsed.doc.workshop.id === entry.workshopId) docs.push(parsed.doc)
    else console.error(`TaneBoard: the last-moment copy of ${entry.workshopId} is unreadable`)
  }
  return docs
}

/** True when `doc` has a record the file lacks or holds at a lower rev. */
function holdsMore(doc: WorkshopDoc, fileDoc: WorkshopDoc): boolean {
  return docRecords(doc).some((record) => {
    const inFile = findRecord(fileDoc, record)
    return !inFile || inFile.rev < record.rev
  })
}
