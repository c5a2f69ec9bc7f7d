import { useT } from '../i18n/useT'

interface UndoRedoButtonsProps {
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
  /** Smaller buttons for the board headers. */
  small?: boolean
}

/** 元に戻す / やり直す with their shortcuts in the tooltip, as every screen's header shows them. */
export function UndoRedoButtons({ canUndo, canRedo, onUndo, onRedo, small }: UndoRedoButtonsProps) {
  const t = useT()
  const className = small ? 'button button--ghost button--small' : 'button button--ghost'
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={onUndo}
        disabled={!canUndo}
        title={t.undoShortcut}
        aria-keyshortcuts="Control+Z"
      >
        <span aria-hidden="true">↶</span> <span className="undo-redo__label">{t.undo}</span>
      </button>
      <button
        type="button"
        className={className}
        onClick={onRedo}
        disabled={!canRedo}
        title={t.redoShortcut}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        <span aria-hidden="true">↷</span> <span className="undo-redo__label">{t.redo}</span>
      </button>
    </>
  )
}
