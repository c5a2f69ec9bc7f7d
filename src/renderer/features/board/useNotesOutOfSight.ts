import { useEffect, useState, type RefObject } from 'react'

/** How many notes of a scrolling list are out of sight above and below its visible part. */
export interface OutOfSight {
  above: number
  below: number
}

const NONE: OutOfSight = { above: 0, below: 0 }

/**
 * Counts the notes (`[data-note-id]`) of an area's scrolling list that are out of sight: a note
 * counts as out of sight when less than half of it shows; it is above or below by its middle.
 * Counted from the notes' rects once per frame after a scroll, a resize, or a change inside the
 * list (notes added, moved, folded or rewritten); `key` names anything else that changes the
 * layout (the density).
 */
export function useNotesOutOfSight(list: RefObject<HTMLElement | null>, key: string): OutOfSight {
  const [counts, setCounts] = useState<OutOfSight>(NONE)
  useEffect(() => {
    const root = list.current
    if (!root) return
    let frame = 0
    const count = () => {
      frame = 0
      const view = root.getBoundingClientRect()
      const middle = (view.top + view.bottom) / 2
      let above = 0
      let below = 0
      for (const note of root.querySelectorAll<HTMLElement>('[data-note-id]')) {
        const r = note.getBoundingClientRect()
        if (r.height === 0) continue
        const shown = Math.min(r.bottom, view.bottom) - Math.max(r.top, view.top)
        if (shown >= r.height / 2) continue
        if ((r.top + r.bottom) / 2 < middle) above += 1
        else below += 1
      }
      setCounts((c) =>
        c.above === above && c.below === below ? c : above + below === 0 ? NONE : { above, below },
      )
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(count)
    }
    schedule()
    root.addEventListener('scroll', schedule, { passive: true })
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
    resize?.observe(root)
    const changes = new MutationObserver(schedule)
    changes.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame)
      root.removeEventListener('scroll', schedule)
      resize?.disconnect()
      changes.disconnect()
    }
  }, [list, key])
  return counts
}
