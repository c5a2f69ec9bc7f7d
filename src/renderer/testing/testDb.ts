import { TaneDb, type TaneDbOptions } from '../db/TaneDb'

let counter = 0

/** A database name no other test uses (fake-indexeddb is shared by the whole test file). */
export function uniqueDbName(prefix = 'test'): string {
  counter += 1
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`
}

/** A fresh TaneDb with a unique name. */
export function createTestDb(options: TaneDbOptions = {}): TaneDb {
  return new TaneDb(uniqueDbName(), options)
}
