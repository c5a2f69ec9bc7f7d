import { useState } from 'react'
import { addCause, deleteCause } from '../../../shared/theme2/causeOps'
import { causeDeletionImpact, causeTree } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CaptureInput } from './CaptureInput'
import { CauseDeleteDialog } from './CauseDeleteDialog'
import { CauseNote } from './CauseNote'
import { useTheme2 } from './Theme2Context'

interface CauseSectionProps {
  topicId: string
  /** Who the ＋/− dots are for. */
  voterId: string
}

/** 問3: the causes as sticky notes with their "why?" sub-causes, and the field to add more. */
export function CauseSection({ topicId, voterId }: CauseSectionProps) {
  const t = useT()
  const { apply, remove } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  const [deleting, setDeleting] = useState<string | null>(null)
  const tree = doc ? causeTree(doc, topicId) : []
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

  return (
    <section className="t2-panel t2-causes" aria-labelledby={`t2-causes-${topicId}`}>
      <h2 id={`t2-causes-${topicId}`} className="t2-panel__title">
        {t.theme2Causes}
      </h2>
      {tree.length === 0 ? <p className="t2-empty">{t.theme2CausesEmpty}</p> : null}
      <ul className="t2-cause-list">
        {tree.map(({ cause, children }) => (
          <li key={cause.id} className="t2-cause-item">
            <CauseNote
              cause={cause}
              isMain={cause.id === mainCauseId}
              voterId={voterId}
              onDelete={requestDelete}
              onAddWhy={(text) => add(text, cause.id)}
            />
            {children.length > 0 ? (
              <ul className="t2-cause-list t2-cause-list--why">
                {children.map((child) => (
                  <li key={child.id} className="t2-cause-item">
                    <CauseNote
                      cause={child}
                      isMain={child.id === mainCauseId}
                      voterId={voterId}
                      onDelete={requestDelete}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <CaptureInput
        label={t.theme2CauseCapture}
        placeholder={t.theme2CausePlaceholder}
        onSubmit={(text) => add(text, null)}
        name="cause"
      />
      <CauseDeleteDialog
        causeId={deleting}
        onClose={() => {
          setDeleting(null)
        }}
      />
    </section>
  )
}
