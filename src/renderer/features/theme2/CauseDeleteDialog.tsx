import { useId, useState } from 'react'
import { deleteCause, type CauseDeletion } from '../../../shared/theme2/causeOps'
import { causeDeletionImpact, topicCauses } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { Modal } from '../../ui/Modal'
import { useTheme2 } from './Theme2Context'

interface CauseDeleteDialogProps {
  /** The cause being deleted (the dialog is open while not null). */
  causeId: string | null
  onClose: () => void
}

/**
 * Asks what happens to the countermeasures of a cause being deleted: 対策も削除, 別の原因に移す
 * or 原因から外す, and says what else changes (sub-causes, dots, main cause). Nothing is lost
 * silently, and undo brings everything back.
 */
export function CauseDeleteDialog({ causeId, onClose }: CauseDeleteDialogProps) {
  return (
    <Modal open={causeId !== null} onClose={onClose} labelledBy="t2-delete-title">
      {causeId !== null ? <DeleteForm causeId={causeId} onClose={onClose} /> : null}
    </Modal>
  )
}

function DeleteForm({ causeId, onClose }: { causeId: string; onClose: () => void }) {
  const t = useT()
  const { remove } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  const name = useId()
  const cause = doc?.causes[causeId]
  const others = doc && cause ? topicCauses(doc, cause.topicId).filter((c) => c.id !== causeId) : []
  const [mode, setMode] = useState<CauseDeletion['mode']>('detachMeasures')
  const [target, setTarget] = useState(others[0]?.id ?? '')
  if (!doc || !cause) return null
  const impact = causeDeletionImpact(doc, causeId)

  const confirm = () => {
    const deletion: CauseDeletion =
      mode === 'moveMeasuresTo' ? { mode, targetCauseId: target } : { mode }
    remove((d, ctx) => deleteCause(d, causeId, deletion, ctx), t.theme2CauseDeleted)
    onClose()
  }

  const choices: { value: CauseDeletion['mode']; label: string }[] = [
    { value: 'deleteMeasures', label: t.theme2DeleteAlsoMeasures },
    ...(others.length > 0
      ? [{ value: 'moveMeasuresTo' as const, label: t.theme2MoveMeasures }]
      : []),
    { value: 'detachMeasures', label: t.theme2DetachMeasures },
  ]

  return (
    <>
      <div className="modal__body">
        <h2 id="t2-delete-title" className="modal__title">
          {t.theme2DeleteTitle}
        </h2>
        <p className="modal__text t2-quote">{cause.text || t.boardEmptyNote}</p>
        {impact.measures > 0 ? (
          <fieldset className="t2-choices">
            <legend>{t.theme2DeleteMeasures(impact.measures)}</legend>
            {choices.map((choice) => (
              <label key={choice.value} className="t2-choice">
                <input
                  type="radio"
                  name={name}
                  value={choice.value}
                  checked={mode === choice.value}
                  onChange={() => {
                    setMode(choice.value)
                  }}
                />
                {choice.label}
              </label>
            ))}
            {mode === 'moveMeasuresTo' ? (
              <label className="t2-choice t2-choice--target">
                {t.theme2MoveTarget}
                <select
                  className="field"
                  value={target}
                  onChange={(event) => {
                    setTarget(event.target.value)
                  }}
                >
                  {others.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.text || t.boardEmptyNote}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </fieldset>
        ) : null}
        {impact.subCauses > 0 ? (
          <p className="modal__text">{t.theme2DeleteSubCauses(impact.subCauses)}</p>
        ) : null}
        {impact.votes > 0 ? (
          <p className="modal__text">{t.theme2DeleteVotes(impact.votes)}</p>
        ) : null}
        {impact.isMainCause ? <p className="modal__text">{t.theme2DeleteMain}</p> : null}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t.cancel}
        </button>
        <button type="button" className="button button--danger-solid" onClick={confirm}>
          {t.theme2DeleteConfirm}
        </button>
      </div>
    </>
  )
}
