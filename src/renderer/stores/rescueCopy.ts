import { serializeWorkshopFile } from '../../shared/files/workshopFile'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'

/**
 * The last-moment copy: when the page is being left (reload, navigation, tab or window closed),
 * asynchronous writes may never finish, so the docs still waiting for their snapshot are also
 * written synchronously to localStorage. The next start merges them (higher revisions win) and
 * removes them once the snapshot holds them. Excalidraw saves to localStorage for the same reason.
 */
export interface RescueCopy {
  /** Writes the docs synchronously; never throws (a full localStorage only logs). */
  save(docs: readonly WorkshopDoc[], appVersion: string, savedAt: string): void
  entries(): { workshopId: string; text: string }[]
  remove(workshopId: string): void
}

const PREFIX = 'taneboard.rescue.'

export function createRescueCopy(storage: Storage | undefined): RescueCopy {
  return {
    save(docs, appVersion, savedAt) {
      if (!storage) return
      for (const doc of docs) {
        try {
          storage.setItem(PREFIX + doc.workshop.id, serializeWorkshopFile(doc, appVersion, savedAt))
        } catch (error) {
          console.error('TaneBoard: the last-moment copy did not fit in localStorage', error)
        }
      }
    },
    entries() {
      if (!storage) return []
      const found: { workshopId: string; text: string }[] = []
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)
        if (!key?.startsWith(PREFIX)) continue
        const text = storage.getItem(key)
        if (text !== null) found.push({ workshopId: key.slice(PREFIX.length), text })
      }
      return found
    },
    remove(workshopId) {
      storage?.removeItem(PREFIX + workshopId)
    },
  }
}
