import { useId, useState, type ReactNode } from 'react'
import { importedPair, joinedTexts } from '../../../shared/board/importedNote'
import { LIMITS } from '../../../shared/model/limits'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { Modal } from '../../ui/Modal'
import { useBoard, useBoardUi } from './BoardContext'

/**
 * 元の付箋とまとめる (from an imported copy's menu): the note on this laptop and the copy a
 * conflict kept, side by side; the text to keep starts as both joined and can be edited or set
 * to either side in one click. 「まとめる」 makes them one note (one undo step); Escape or
 * キャンセル changes nothing.
 */
export function MergeImportedDialog() {
  const { ui } = useBoard()
  const merging = useBoardUi((s) => s.merging)
  const titleId = useId()
  const introId = useId()
  const t = useT()
  const close = () => {
    const copyId = merging?.copyId
    ui.getState().set({ merging: null })
    if (copyId) ui.getState().requestFocus(copyId)
  }
  return (
    <Modal
      open={merging !== null}
      onClose={close}
      labelledBy={titleId}
      describedBy={introId}
      className="merge-dialog"
    >
      {merging ? (
        <MergeBody key={merging.copyId} copyId={merging.copyId} onClose={close}>
          <h2 id={titleId} className="modal__title">
            {t.boardMergeTitle}
          </h2>
          <p id={introId} className="modal__text">
            {t.boardMergeIntro}
          </p>
        </MergeBody>
      ) : null}
    </Modal>
  )
}

interface MergeBodyProps {
  copyId: string
  onClose: () => void
  /** The dialog's title and introduction. */
  children: ReactNode
}

function MergeBody({ copyId, onClose, children }: MergeBodyProps) {
  const t = useT()
  const { ui, actions } = useBoard()
  // Primitives only: a selector returning a new object every time would never settle.
  const original = useWorkshopStore((s) => (s.doc ? importedPair(s.doc, copyId)?.original : null))
  const importedText = useWorkshopStore((s) => s.doc?.notes[copyId]?.text ?? '')
  const localText = original?.text ?? ''
  const [text, setText] = useState(() => joinedTexts(localText, importedText))
  const resultId = useId()
  if (!original) {
    return (
      <>
        <div className="modal__body">
          {children}
          <p className="modal__text">{t.boardImportedNoOriginal}</p>
        </div>
        <div className="modal__actions">
          <button type="button" className="button" data-autofocus="" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </>
    )
  }
  const empty = text.trim() === ''
  return (
    <>
      <div className="modal__body">
        {children}
        <dl className="merge-dialog__sides">
          <div className="merge-dialog__side">
            <dt>{t.boardMergeLocal}</dt>
            <dd lang="ja">{localText}</dd>
          </div>
          <div className="merge-dialog__side merge-dialog__side--imported">
            <dt>{t.boardMergeImported}</dt>
            <dd lang="ja">{importedText}</dd>
          </div>
        </dl>
        <div className="merge-dialog__presets">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setText(localText)
            }}
          >
            {t.boardMergeUseLocal}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setText(importedText)
            }}
          >
            {t.boardMergeUseImported}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setText(joinedTexts(localText, importedText))
            }}
          >
            {t.boardMergeUseBoth}
          </button>
        </div>
        <label className="merge-dialog__result" htmlFor={resultId}>
          {t.boardMergeResult}
        </label>
        <textarea
          id={resultId}
          className="field merge-dialog__text"
          lang="ja"
          rows={4}
          value={text}
          maxLength={LIMITS.noteTextChars}
          spellCheck={false}
          data-autofocus=""
          onChange={(event) => {
            setText(event.target.value)
          }}
        />
        {empty ? (
          <p className="modal__text" role="status">
            {t.boardMergeEmpty}
          </p>
        ) : null}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={empty}
          onClick={() => {
            ui.getState().set({ merging: null })
            actions.mergeImported(copyId, text)
          }}
        >
          {t.boardMergeConfirm}
        </button>
      </div>
    </>
  )
}
