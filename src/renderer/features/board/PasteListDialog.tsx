import { useId, useState, type KeyboardEvent } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import { PASTED_NOTES_MAX } from '../../../shared/board/pastedList'
import type { TroubledWho } from '../../../shared/model/schemas'
import { useLang, useT } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'
import { Modal } from '../../ui/Modal'
import { joinLabels, whoLabel } from './noteLabels'

export interface PastedListState {
  /** The notes' texts as parsed (pastedList). */
  lines: readonly string[]
  /** Lines left out past PASTED_NOTES_MAX. */
  cut: number
}

interface PasteListDialogProps {
  pasted: PastedListState | null
  areaTitle: string
  who: readonly TroubledWho[]
  /** Adds the (edited) texts as notes: one undo step. */
  onAdd: (texts: string[]) => void
  /** Pastes the text into the field as it was (one note with line breaks). */
  onPasteAsOne: () => void
  onCancel: () => void
}

/**
 * The preview of a pasted list (a memo's lines, an Excel column): how many notes, their texts,
 * each editable and each can be left out; 「n枚を追加」 (focused first: Enter adds them all),
 * 「1枚の付箋として貼り付け」 or キャンセル (Escape).
 */
export function PasteListDialog(props: PasteListDialogProps) {
  const titleId = useId()
  const introId = useId()
  return (
    <Modal
      open={props.pasted !== null}
      onClose={props.onCancel}
      labelledBy={titleId}
      describedBy={introId}
      className="paste-dialog"
    >
      {props.pasted ? (
        <PasteListBody {...props} pasted={props.pasted} titleId={titleId} introId={introId} />
      ) : null}
    </Modal>
  )
}

function PasteListBody({
  pasted,
  areaTitle,
  who,
  onAdd,
  onPasteAsOne,
  onCancel,
  titleId,
  introId,
}: PasteListDialogProps & { pasted: PastedListState; titleId: string; introId: string }) {
  const t = useT()
  const lang = useLang()
  const [rows, setRows] = useState(() => pasted.lines.map((text, key) => ({ key, text })))
  const texts = rows.map((row) => row.text).filter((text) => text.trim() !== '')

  const moveOn = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || isComposing(event)) return
    event.preventDefault()
    const dialog = event.currentTarget.closest('dialog')
    const fields = [...(dialog?.querySelectorAll<HTMLElement>('textarea') ?? [])]
    const next = fields[fields.indexOf(event.currentTarget) + 1]
    const target = next ?? dialog?.querySelector<HTMLElement>('[data-paste-add]')
    target?.focus()
  }

  return (
    <>
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {t.boardPasteTitle}
        </h2>
        <p id={introId} className="modal__text">
          {t.boardPasteIntro(texts.length, areaTitle)}
        </p>
        {pasted.cut > 0 ? (
          <p className="modal__text">{t.boardPasteCut(pasted.cut, PASTED_NOTES_MAX)}</p>
        ) : null}
        {who.length > 0 ? (
          <p className="modal__text">
            {t.boardPasteWho(
              joinLabels(
                who.map((w) => whoLabel(w, t)),
                lang,
              ),
            )}
          </p>
        ) : null}
        <ol className="paste-dialog__list" aria-label={t.boardPasteList}>
          {rows.map((row, index) => (
            <li key={row.key} className="paste-dialog__row">
              <span className="paste-dialog__number" aria-hidden="true">
                {index + 1}
              </span>
              <textarea
                className="field paste-dialog__text"
                value={row.text}
                rows={Math.min(3, row.text.split('\n').length)}
                maxLength={LIMITS.noteTextChars}
                spellCheck={false}
                aria-label={t.boardPasteRow(index + 1)}
                title={t.boardPasteHelp}
                onChange={(event) => {
                  const text = event.target.value
                  setRows((current) => current.map((r) => (r.key === row.key ? { ...r, text } : r)))
                }}
                onKeyDown={moveOn}
              />
              <button
                type="button"
                className="button button--small"
                aria-label={t.boardPasteRemove(index + 1)}
                onClick={() => {
                  setRows((current) => current.filter((r) => r.key !== row.key))
                }}
              >
                {t.boardPasteRemoveShort}
              </button>
            </li>
          ))}
        </ol>
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="button" className="button" onClick={onPasteAsOne}>
          {t.boardPasteAsOne}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-autofocus=""
          data-paste-add=""
          disabled={texts.length === 0}
          onClick={() => {
            onAdd(texts)
          }}
        >
          {t.boardPasteAdd(texts.length)}
        </button>
      </div>
    </>
  )
}
