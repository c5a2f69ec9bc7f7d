import { useState, type ComponentType } from 'react'
import type { EditContext } from '../../../../shared/model/context'
import { applyRecords, type WorkshopDoc } from '../../../../shared/model/workshopDoc'
import type { Edit, Notice } from '../../../stores/storeTypes'
import type { SetupEditing } from '../setupTypes'

/** For component tests: a section over a doc held in React state, recording edits and notices. */
export interface HarnessLog {
  edits: number
  notices: Omit<Notice, 'id'>[]
  doc: WorkshopDoc
}

export function createHarness(
  Section: ComponentType<SetupEditing>,
  initial: WorkshopDoc,
  ctx: EditContext,
) {
  const log: HarnessLog = { edits: 0, notices: [], doc: initial }
  function Harness() {
    const [doc, setDoc] = useState(initial)
    const apply = (edit: Edit) => {
      const records = edit(log.doc, ctx)
      if (records.length === 0) return
      log.edits += 1
      log.doc = applyRecords(log.doc, records)
      setDoc(log.doc)
    }
    return <Section doc={doc} apply={apply} notify={(notice) => void log.notices.push(notice)} />
  }
  return { Harness, log }
}
