import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { parseDocName } from '../../shared/sync/docNames'
import { writeFileAtomic } from '../services/atomicFile'

/**
 * The hub's copy of every document on disk: `<directory>/<workshopId>/<meta|g-<groupId>>.yjs`, a
 * whole Yjs state written atomically (temp file, fsync, rename), so a crash leaves the old or the
 * new state. Whatever was not on disk yet when the hub died is sent again by the devices, which
 * keep their unsent changes (y-indexeddb) and catch up by state vectors.
 */
export interface DocStore {
  load(name: string): Promise<Uint8Array | null>
  store(name: string, state: Uint8Array): Promise<void>
}

/** The file of a document, or null for a name that is not one of ours (never a path). */
export function docFile(directory: string, name: string): string | null {
  const ref = parseDocName(name)
  if (!ref) return null
  const file = ref.kind === 'meta' ? 'meta.yjs' : `g-${ref.groupId}.yjs`
  return join(directory, ref.workshopId, file)
}

export function docStore(directory: string): DocStore {
  return {
    async load(name) {
      const file = docFile(directory, name)
      if (!file) return null
      try {
        return new Uint8Array(await fs.readFile(file))
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return null
        throw error
      }
    },
    async store(name, state) {
      const file = docFile(directory, name)
      if (!file) return
      await fs.mkdir(join(file, '..'), { recursive: true })
      await writeFileAtomic(fs, file, state)
    },
  }
}
