import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import {
  acceptedKey,
  scanWorkshop,
  type PrivacyHit,
  type PrivacyScope,
} from '../../../shared/privacy/scanWorkshop'
import { useWorkshopStore } from '../../session/appServices'
import { readAccepted } from './acceptedHits'
import { PrivacyReviewDialog } from './PrivacyReviewDialog'

interface Pending {
  hits: PrivacyHit[]
  run: () => void
  /** The workshop as scanned, for a backup (not the open workshop: nothing to fix). */
  fixed: WorkshopDoc | null
}

export interface PrivacyGuard {
  /**
   * Scans what an export carries; runs the export at once when nothing is found (or everything
   * found was included as is before), else shows the review and runs it on 「書き出す」. `run`
   * reads the workshop again when it runs, so fixes made in the review are in the file.
   * `fixable: false` (a backup): the review only lists.
   */
  check: (
    doc: WorkshopDoc,
    scope: PrivacyScope,
    run: () => void,
    options?: { fixable?: boolean },
  ) => void
  /** The review dialog while it is open (render it anywhere in the screen). */
  dialog: ReactNode
}

/** The personal-information guard of every export (issue 21 p6). */
export function usePrivacyGuard(workshopId: string): PrivacyGuard {
  const [pending, setPending] = useState<Pending | null>(null)
  const openDoc = useWorkshopStore((s) => (s.doc?.workshop.id === workshopId ? s.doc : null))
  // The export runs after the dialog has closed (and the screen shows the fixes): a print
  // never catches the dialog, a file never an old text.
  const queued = useRef<(() => void) | null>(null)
  useEffect(() => {
    if (pending !== null || !queued.current) return
    const run = queued.current
    queued.current = null
    run()
  }, [pending])

  const check: PrivacyGuard['check'] = (doc, scope, run, options) => {
    const accepted = readAccepted(workshopId)
    const hits = scanWorkshop(doc, scope).filter((hit) => !accepted.has(acceptedKey(hit)))
    if (hits.length === 0) {
      run()
      return
    }
    const fixable = options?.fixable ?? true
    setPending({ hits, run, fixed: fixable ? null : doc })
  }

  const shown = pending && (pending.fixed ?? openDoc)
  const dialog =
    pending && shown ? (
      <PrivacyReviewDialog
        workshopId={workshopId}
        doc={shown}
        hits={pending.hits}
        fixable={pending.fixed === null}
        onExport={() => {
          queued.current = pending.run
          setPending(null)
        }}
        onStop={() => {
          setPending(null)
        }}
      />
    ) : null
  return { check, dialog }
}
