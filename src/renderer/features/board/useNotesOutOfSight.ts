import { useEffect, useState, type RefObject } from 'react'

/** How many notes of a scrolling list are out of sight above and below its visible part. */
export interface OutOfSight {
  above: number
  below: number
}

const NONE: OutOfSight = { above: 0, below: 0 }

const NOTE = '[data-note-id]'

type Side = 'above' | 'below' | null

/**
 * Counts the notes (`[data-note-id]`) of an area's scrolling list that are out of sight: a note
 * counts as out of sight when less than half of it shows; it is above or below by its middle.
 *
 * An IntersectionObserver on the list tells where each note is, from the browser's own layout:
 * no rects are read by script (at 1,000 notes, reading every note's rect forced a layout of the
 * whole board at start-up and after each change). An observer only speaks when a note crosses
 * the edge, so after a scroll, a resize or a change inside the list (notes added, moved, folded
 * or rewritten) every note is observed afresh once per frame (a jump can carry a note from below
 * to above without crossing). `key` names anything else that changes the layout (the density).
 */
export function useNotesOutOfSight(list: RefObject<HTMLElement | null>, key: string): OutOfSight {
  const [counts, setCounts] = useState<OutOfSight>(NONE)
  useEffect(() => {
    const root = list.current
    if (!root || typeof IntersectionObserver === 'undefined') return
    const sides = new Map<Element, Side>()
    const sight = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const r = entry.boundingClientRect
          const view = entry.rootBounds
          const shown = entry.isIntersecting && entry.intersectionRect.height >= r.height / 2
          const side: Side =
            r.height === 0 || shown || !view
              ? null
              : (r.top + r.bottom) / 2 < (view.top + view.bottom) / 2
                ? 'above'
                : 'below'
          sides.set(entry.target, side)
        }
        let above = 0
        let below = 0
        for (const side of sides.values()) {
          if (side === 'above') above += 1
          else if (side === 'below') below += 1
        }
        setCounts((c) =>
          c.above === above && c.below === below
            ? c
            : above + below === 0
              ? NONE
              : { above, below },
        )
      },
      { root, threshold: [0, 0.5, 1] },
    )
    let frame = 0
    const refresh = () => {
      frame = 0
      sight.disconnect()
      sides.clear()
      for (const note of root.querySelectorAll(NOTE)) sight.observe(note)
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(refresh)
    }
    refresh()
    root.addEventListener('scroll', schedule, { passive: true })
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
    resize?.observe(root)
    const changes = new MutationObserver(schedule)
    changes.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame)
      root.removeEventListener('scroll', schedule)
      resize?.disconnect()
      sight.disconnect()
      changes.disconnect()
    }
  }, [list, key])
  return counts
}
