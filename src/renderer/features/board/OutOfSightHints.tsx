import type { RefObject } from 'react'
import { useT } from '../../i18n/useT'
import type { OutOfSight } from './useNotesOutOfSight'

interface OutOfSightHintProps {
  /** The area's scrolling list. */
  list: RefObject<HTMLElement | null>
  side: 'above' | 'below'
  counts: OutOfSight
}

/**
 * 「↑ ほか N 枚」 / 「↓ ほか N 枚」 over the top or bottom edge of an area's list while notes are
 * scrolled out of sight there (BoardArea puts one before and one after the list; they take no
 * room of their own); pressing one scrolls the list by a page that way.
 */
export function OutOfSightHint({ list, side, counts }: OutOfSightHintProps) {
  const t = useT()
  const count = counts[side]
  if (count === 0) return null
  const above = side === 'above'
  const label = above ? t.boardHiddenAboveLabel(count) : t.boardHiddenBelowLabel(count)
  return (
    <button
      type="button"
      className={`board-area__more board-area__more--${side}`}
      aria-label={label}
      title={label}
      onClick={() => {
        const element = list.current
        if (!element) return
        const page = Math.max(40, element.clientHeight - 48)
        element.scrollBy({ top: above ? -page : page, behavior: 'smooth' })
      }}
    >
      <span aria-hidden="true">{above ? '↑' : '↓'}</span>
      {above ? t.boardHiddenAbove(count) : t.boardHiddenBelow(count)}
    </button>
  )
}
