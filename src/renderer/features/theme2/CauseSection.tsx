import { useState } from 'react'
import type { Cause } from '../../../shared/model/schemas'
import { addCause, deleteCause } from '../../../shared/theme2/causeOps'
import { WHY_DEPTH_MAX } from '../../../shared/theme2/presets'
import { causeDeletionImpact, causeOutline } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CaptureInput } from './CaptureInput'
import { CauseDeleteDialog } from './CauseDeleteDialog'
import { CauseNote } from './CauseNote'
import { useTheme2 } from './Theme2Context'

/** A cause with the "why?" causes right under it, each with theirs: one chain. */
interface Branch {
  cause: Cause
  depth: number
  whys: Branch[]
}

function branchesOf(lines: readonly { cause: Cause; depth: number }[]): Branch[] {
  const top: Branch[] = []
  const path: Branch[] = []
  for (const { cause, depth } of lines) {
    const branch: Branch = { cause, depth, whys: [] }
    path.length = depth
    const parent = path[depth - 1]
    if (parent) parent.whys.push(branch)
    else top.push(branch)
    path.push(branch)
  }
  return top
}

/**
 * Step ②, 問3: the causes as sticky notes, each with its chain of "why?" (a "why?" of a "why?",
 * up to WHY_DEPTH_MAX levels, drawn indented under it), and the field to add more.
 */
export function CauseSection({ topicId }: { topicId: string }) {
  const t = useT()
  const { apply, remove } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [whyFor, setWhyFor] = useState<string | null>(null)
  const branches = doc ? branchesOf(causeOutline(doc, topicId)) : []
  const mainCauseId = doc?.topics[topicId]?.mainCauseId ?? null

  const add = (text: string, parentId: string | null) =>
    apply((d, ctx) => addCause(d, topicId, text, parentId, ctx)).length > 0

  // Only a cause with countermeasures asks first; the rest is one undo away (see the notice).
  const requestDelete = (causeId: string) => {
    if (doc && causeDeletionImpact(doc, causeId).measures > 0) {
      setDeleting(causeId)
      return
    }
    remove(
      (d, ctx) => deleteCause(d, causeId, { mode: 'detachMeasures' }, ctx),
      t.theme2CauseDeleted,
    )
  }

  const branch = ({ cause, depth, whys }: Branch) => (
    <li key={cause.id} className="t2-cause-item" data-depth={depth}>
      <CauseNote
        cause={cause}
        depth={depth}
        isMain={cause.id === mainCauseId}
        onDelete={requestDelete}
        onAddWhy={depth < WHY_DEPTH_MAX ? (text) => add(text, cause.id) : undefined}
        whyOpen={whyFor === cause.id}
        onWhyOpen={(open) => {
          setWhyFor(open ? cause.id : null)
        }}
      />
      {whys.length > 0 ? (
        <ul className="t2-cause-list t2-cause-list--why" aria-label={t.theme2WhyOf(cause.text)}>
          {whys.map(branch)}
        </ul>
      ) : null}
    </li>
  )

  return (
    <section className="t2-panel t2-causes" aria-label={t.theme2Causes}>
      <CaptureInput
        label={t.theme2CauseCapture}
        placeholder={t.theme2CausePlaceholder}
        onSubmit={(text) => add(text, null)}
        name="cause"
      />
      {branches.length === 0 ? <p className="t2-empty">{t.theme2CausesEmpty}</p> : null}
      <ul className="t2-cause-list t2-cause-list--top">{branches.map(branch)}</ul>
      <CauseDeleteDialog
        causeId={deleting}
        onClose={() => {
          setDeleting(null)
        }}
      />
    </section>
  )
}
