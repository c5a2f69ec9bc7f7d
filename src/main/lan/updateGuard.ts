import * as Y from 'yjs'
import {
  checkVersion,
  groupBoardsOf,
  type Refusal,
  type SyncRole,
} from '../../shared/sync/checkVersion'
import type { DocRef } from '../../shared/sync/docNames'
import { checkTimerEntry, TIMER_MAP, type TimerRefusal } from '../../shared/sync/timerEntry'
import { VERSIONS_MAP } from '../../shared/sync/versionKeys'

/**
 * Checks what an incoming Yjs update would change before the hub applies it: the update is applied
 * to a shadow copy of the document first, and refused when it would touch anything but the
 * `versions` map (and, in meta, the facilitator's `timer` map), remove a key, or put a version
 * there that checkVersion refuses (schemas, workshop, scope, the writer's role), or a timer that
 * checkTimerEntry refuses (a table, a group document, not a timer state), or grow the document
 * past its limit. A refused update
 * never reaches the hub's document, its disk copy or any other device; the writer's connection is
 * closed.
 */
export type UpdateRefusal = Refusal | TimerRefusal | 'foreign' | 'removed' | 'limit'

/** The most record versions one document may hold (a group's work is a few hundred records). */
export const MAX_VERSIONS_PER_DOC = 50_000

export interface UpdateGuard {
  check(
    name: string,
    ref: DocRef,
    document: Y.Doc,
    update: Uint8Array,
    role: SyncRole,
  ): UpdateRefusal | null
  forget(name: string): void
}

interface Shadow {
  doc: Y.Doc
  detach(): void
}

export function updateGuard(): UpdateGuard {
  const shadows = new Map<string, Shadow>()

  const shadowOf = (name: string, document: Y.Doc): Shadow => {
    const existing = shadows.get(name)
    if (existing) return existing
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(document))
    // Everything the document takes (accepted updates, the hub's own decisions) reaches the shadow.
    const follow = (update: Uint8Array): void => {
      Y.applyUpdate(doc, update)
    }
    document.on('update', follow)
    const shadow = {
      doc,
      detach: () => {
        document.off('update', follow)
      },
    }
    shadows.set(name, shadow)
    return shadow
  }

  const forget = (name: string): void => {
    const shadow = shadows.get(name)
    if (!shadow) return
    shadow.detach()
    shadow.doc.destroy()
    shadows.delete(name)
  }

  return {
    forget,
    check(name, ref, document, update, role) {
      const shadow = shadowOf(name, document)
      const versions = shadow.doc.getMap<unknown>(VERSIONS_MAP)
      const timer = shadow.doc.getMap<unknown>(TIMER_MAP)
      const keys = new Set<string>()
      const timerKeys = new Set<string>()
      let foreign = false
      const collect = (transaction: Y.Transaction): void => {
        for (const [type, changed] of transaction.changed) {
          const into =
            type === (versions as unknown) ? keys : type === (timer as unknown) ? timerKeys : null
          if (!into) foreign = true
          else for (const key of changed) if (key !== null) into.add(key)
        }
      }
      shadow.doc.on('afterTransaction', collect)
      try {
        Y.applyUpdate(shadow.doc, update)
      } catch {
        foreign = true
      } finally {
        shadow.doc.off('afterTransaction', collect)
      }
      const refusal = judge()
      // The shadow now holds what was refused: build it again from the document.
      if (refusal) forget(name)
      return refusal

      function judge(): UpdateRefusal | null {
        if (foreign) return 'foreign'
        for (const key of timerKeys) {
          if (!timer.has(key)) return 'removed'
          const check = checkTimerEntry(key, timer.get(key), { doc: ref, role })
          if (!check.ok) return check.refusal
        }
        if (keys.size === 0) return null
        if (versions.size > MAX_VERSIONS_PER_DOC) return 'limit'
        const groupBoards = groupBoardsOf(ref, versions.entries())
        for (const key of keys) {
          if (!versions.has(key)) return 'removed'
          const check = checkVersion(key, versions.get(key), { doc: ref, role, groupBoards })
          if (!check.ok) return check.refusal
        }
        return null
      }
    },
  }
}
