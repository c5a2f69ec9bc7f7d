import { useShallow } from 'zustand/react/shallow'
import { useT } from '../../i18n/useT'
import { useWorkshopStore } from '../../session/appServices'
import { useBoard } from './BoardContext'
import { foldableHeadings } from './boardIndex'
import { useBoardView } from './boardView'

/**
 * The board's view, a group of buttons above the tray (not in the header, which has no room left at
 * 1366 px once the group switcher is there): 「詰めて表示」 (small post-its, many more in sight) and
 * 「見出しだけ」 (every 見出し with notes under it folded, or all unfolded again). Pressed
 * buttons (aria-pressed); a view of this machine only, never an edit (boardView).
 */
export function BoardViewTools() {
  const t = useT()
  const { boardId } = useBoard()
  const density = useBoardView((s) => s.density)
  const setDensity = useBoardView((s) => s.setDensity)
  const setCollapsed = useBoardView((s) => s.setCollapsed)
  const foldable = useWorkshopStore(useShallow((s) => foldableHeadings(s.doc, boardId)))
  const allFolded = useBoardView(
    (s) => foldable.length > 0 && foldable.every((id) => s.collapsed[boardId]?.has(id) === true),
  )
  const compact = density === 'compact'
  return (
    <div className="board-view-tools" role="group" aria-label={t.boardViewTools}>
      <button
        type="button"
        className={compact ? 'button button--small is-on' : 'button button--small'}
        aria-pressed={compact}
        title={t.boardCompactHint}
        onClick={() => {
          setDensity(compact ? 'comfortable' : 'compact')
        }}
      >
        {t.boardCompact}
      </button>
      <button
        type="button"
        className={allFolded ? 'button button--small is-on' : 'button button--small'}
        aria-pressed={allFolded}
        disabled={foldable.length === 0}
        title={t.boardHeadingsOnlyHint}
        onClick={() => {
          setCollapsed(boardId, foldable, !allFolded)
        }}
      >
        {t.boardHeadingsOnly}
      </button>
    </div>
  )
}
