import { useId } from 'react'
import { noteExcerpt } from '../../../shared/board/theme1Keyboard'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { Modal } from '../../ui/Modal'
import { useBoard, useBoardUi } from './BoardContext'
import { HeadingChoices } from './HeadingChoices'

/**
 * 見出しの下にまとめる (the G key on a note, or the selection bar's button): the board's 見出し as a
 * list, the lead note's area first; ↑/↓ and Enter, or 1-9, put the notes under one in a single
 * undo step. Escape closes and gives the focus back.
 */
export function GatherDialog() {
  const t = useT()
  const { ui, actions } = useBoard()
  const gather = useBoardUi((s) => s.gather)
  const titleId = useId()
  const introId = useId()
  const ids = gather?.ids ?? []
  const leadText = useWorkshopStore((s) => (ids[0] ? (s.doc?.notes[ids[0]]?.text ?? '') : ''))
  const close = () => {
    ui.getState().set({ gather: null })
  }

  return (
    <Modal
      open={gather !== null}
      onClose={close}
      labelledBy={titleId}
      describedBy={introId}
      className="gather-dialog"
    >
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {t.boardGatherTitle}
        </h2>
        <p id={introId} className="modal__text">
          {t.boardGatherIntro(noteExcerpt(leadText) || t.boardEmptyNote, ids.length - 1)}{' '}
          {t.boardGatherHelp}
        </p>
        <HeadingChoices
          ids={ids}
          legend={t.boardGatherChoices}
          numbered
          autoFocus
          onPick={(headingId) => {
            close()
            actions.gatherIdsUnder(ids, headingId)
          }}
        />
        <GatherNone ids={ids} />
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={close}>
          {t.cancel}
        </button>
      </div>
    </Modal>
  )
}

/** Says so when the board has no 見出し to gather under (the choices are then empty). */
function GatherNone({ ids }: { ids: readonly string[] }) {
  const t = useT()
  const { boardId } = useBoard()
  const none = useWorkshopStore(
    (s) =>
      !Object.values(s.doc?.notes ?? {}).some(
        (n) =>
          n.boardId === boardId &&
          n.deletedAt === null &&
          n.kind === 'heading' &&
          n.parentId === null &&
          !ids.includes(n.id),
      ),
  )
  return none ? <p className="modal__text">{t.boardGatherNone}</p> : null
}
