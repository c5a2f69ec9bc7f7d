import { useT } from '../../i18n/useT'
import { useBoard, useBoardUi } from './BoardContext'

/**
 * While two or more notes are selected: how many, and what to do with them in one action —
 * 見出しの下にまとめる (the G key), 選択を解除 (Escape), 削除 (Delete). For the pointer; the keys
 * do the same on a focused note.
 */
export function SelectionBar() {
  const t = useT()
  const { ui, actions } = useBoard()
  const count = useBoardUi((s) => (s.picked || s.dragging ? 0 : s.selected.size))
  if (count < 2) return null
  return (
    <div className="selection-bar" role="toolbar" aria-label={t.boardSelectionBar}>
      <span className="selection-bar__count">{t.boardSelection(count)}</span>
      <button
        type="button"
        className="button button--small"
        title={t.boardGatherButtonHint}
        aria-keyshortcuts="G"
        onClick={() => {
          actions.openGather()
        }}
      >
        {t.boardGatherButton}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-keyshortcuts="Escape"
        onClick={() => {
          ui.getState().clearSelection()
        }}
      >
        {t.boardClearSelection}
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        aria-keyshortcuts="Delete"
        onClick={() => {
          actions.remove([...ui.getState().selected])
        }}
      >
        {t.boardDeleteSelection}
      </button>
    </div>
  )
}
