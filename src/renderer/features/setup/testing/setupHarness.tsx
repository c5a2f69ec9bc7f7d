import type { ComponentType } from 'react'
import { useStore } from 'zustand'
import type { EditContext } from '../../../../shared/model/context'
import { docRecords, type WorkshopDoc } from '../../../../shared/model/workshopDoc'
import type { Notice } from '../../../stores/storeTypes'
import { undoNotice } from '../../../stores/undoNotice'
import { createTestServices } from '../../../testing/testServices'
import type { SetupEditing } from '../setupTypes'

/** For component tests: what a section did (its edits, its notices, the workshop now). */
export interface HarnessLog {
  /** Local edits committed (a notice's 元に戻す counts as one). */
  edits: number
  notices: readonly Omit<Notice, 'id'>[]
  doc: WorkshopDoc
}

/**
 * A section over the real workshop session (the doc stored, then opened), as the setup screen
 * wires it: edits and a notice's 元に戻す go through the session's store.
 */
export async function createHarness(
  Section: ComponentType<SetupEditing>,
  initial: WorkshopDoc,
  ctx: EditContext,
) {
  const services = createTestServices({ ctx })
  const store = services.workshop
  await services.persistence.saveNow(initial, docRecords(initial))
  await store.getState().open(initial.workshop.id)
  let edits = 0
  services.session.onCommitted((change) => {
    if (change.origin === 'local') edits += 1
  })
  const log: HarnessLog = {
    get edits() {
      return edits
    },
    get notices() {
      return services.notices.getState().notices
    },
    get doc() {
      const doc = store.getState().doc
      if (!doc) throw new Error('createHarness: no open workshop')
      return doc
    },
  }
  function Harness() {
    const doc = useStore(store, (s) => s.doc)
    if (!doc) return null
    return (
      <Section
        doc={doc}
        apply={(edit) => store.getState().apply(edit)}
        notifyUndoable={(message, undoId) => {
          services.notices.getState().push(undoNotice(store, undoId, message))
        }}
      />
    )
  }
  return { Harness, log }
}
