import type { KeyboardEvent } from 'react'
import { useT } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'

/** Alt+↑ folds a focused 見出し's notes away, Alt+↓ unfolds them. */
export function isFoldKey(event: KeyboardEvent<HTMLElement>): boolean {
  return (
    event.target === event.currentTarget &&
    !isComposing(event) &&
    event.altKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    (event.key === 'ArrowUp' || event.key === 'ArrowDown')
  )
}

interface FoldButtonProps {
  count: number
  folded: boolean
  onToggle: () => void
}

/**
 * On a 見出し with notes under it: 「▾」 folds them away, 「▸ 3枚」 (folded) unfolds them. Like the
 * note's menu button it is not a Tab stop (the note is; Alt+↑ / Alt+↓ do the same), and a press
 * on it never starts a drag.
 */
export function FoldButton({ count, folded, onToggle }: FoldButtonProps) {
  const t = useT()
  const label = folded ? t.boardExpand(count) : t.boardCollapse(count)
  return (
    <button
      type="button"
      className={folded ? 'note__fold is-folded' : 'note__fold'}
      tabIndex={-1}
      aria-expanded={!folded}
      aria-label={label}
      title={label}
      onPointerDown={(event) => {
        event.stopPropagation()
      }}
      onClick={(event) => {
        event.stopPropagation()
        onToggle()
      }}
    >
      <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
      {folded ? <span>{t.boardFolded(count)}</span> : null}
    </button>
  )
}
