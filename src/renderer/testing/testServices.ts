import type { EditContext } from '../../shared/model/context'
import { fakeContext } from '../../shared/testing/fakeContext'
import { createAppServices, type AppServices } from '../session/appServices'
import { TaneDb } from '../db/TaneDb'
import { createWorkshopRepository, type WorkshopRepository } from '../db/workshopRepository'
import type { RescueCopy } from '../stores/rescueCopy'
import { createFakeHost, type FakeHost } from './fakeHost'
import { uniqueDbName } from './testDb'

export interface TestServices extends AppServices {
  host: FakeHost
  dbName: string
}

/**
 * App services over a real TaneDb (fake-indexeddb, unique name), the in-memory fake host and a
 * deterministic context. Pass the same `dbName` and `host` to simulate the next start of the app.
 */
export function createTestServices(
  options: {
    dbName?: string
    host?: FakeHost
    ctx?: EditContext
    repo?: WorkshopRepository
    snapshotDelayMs?: number
    retryMs?: number
    rescue?: RescueCopy
  } = {},
): TestServices {
  const dbName = options.dbName ?? uniqueDbName('app')
  const host = options.host ?? createFakeHost()
  const services = createAppServices({
    repo: options.repo ?? createWorkshopRepository(new TaneDb(dbName)),
    host,
    ctx: options.ctx ?? fakeContext(),
    appVersion: '0.0.0-test',
    snapshotDelayMs: options.snapshotDelayMs ?? 20,
    retryMs: options.retryMs ?? 60_000,
    rescue: options.rescue,
  })
  return { ...services, host, dbName }
}

/** Reads a database back through a brand-new TaneDb instance (what the next start would see). */
export function freshRepo(dbName: string): WorkshopRepository {
  return createWorkshopRepository(new TaneDb(dbName))
}

/** Deletes an IndexedDB database the way Chromium's corruption recovery does. */
export function deleteIndexedDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => {
      resolve()
    }
    request.onerror = () => {
      reject(request.error ?? new Error('deleteDatabase failed'))
    }
    request.onblocked = () => {
      reject(new Error(`deleteDatabase(${name}) is blocked`))
    }
  })
}
