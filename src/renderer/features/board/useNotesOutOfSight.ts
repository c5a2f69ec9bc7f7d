import { useEffect, useState, type RefObject } from 'react'

/** How many notes of a scrolling list are out of sight above and below its visible part. */
export interface OutOfSight {
  above: number
  below: number
}

const NONE: OutOfSight = { above: 0, below: 0 }

const NOTE = '[data-note-id]'

/** Fired on a note whose content-visibility: auto starts or stops skipping it (not bubbling). */
const RENDERED_AGAIN = 'contentvisibilityautostatechange'

/** A vertical extent in viewport coordinates. */
export interface Span {
  top: number
  bottom: number
}

/**
 * Counts the notes out of sight of `view`: a note counts when less than half of it shows; it is
 * above or below by its middle. A note with no height (a 見出し with no box of its own) never counts.
 */
export function countOutOfSight(view: Span, notes: Iterable<Span>): OutOfSight {
  let above = 0
  let below = 0
  const middle = (view.top + view.bottom) / 2
  for (const r of notes) {
    const height = r.bottom - r.top
    if (height <= 0) continue
    const shown = Math.min(r.bottom, view.bottom) - Math.max(r.top, view.top)
    if (shown > 0 && shown >= height / 2) continue
    if ((r.top + r.bottom) / 2 < middle) above += 1
    else below += 1
  }
  return above + below === 0 ? NONE : { above, below }
}

/**
 * Counts the notes (`[data-note-id]`) of an area's scrolling list that are out of sight
 * (countOutOfSight), from their rects, read once per frame after a scroll, a resize or a change
 * inside the list (notes added, moved, folded or rewritten), and never otherwise: nothing runs
 * per note while the list is still (an IntersectionObserver on every note was recomputed by the
 * browser on every frame of a drag: at 1,000 notes a fifth of the drag's main thread). Reading a
 * rect lays out no note that content-visibility skips (its own box only). `key` names anything
 * else that changes the layout (the density).
 */
export function useNotesOutOfSight(list: RefObject<HTMLElement | null>, key: string): OutOfSight {
  const [counts, setCounts] = useState<OutOfSight>(NONE)
  useEffect(() => {
    const root = list.current
    if (!root) return
    let frame = 0
    const refresh = () => {
      frame = 0
      const view = root.getBoundingClientRect()
      const rects: Span[] = []
      for (const note of root.querySelectorAll(NOTE)) rects.push(note.getBoundingClientRect())
      const next = countOutOfSight(view, rects)
      setCounts((c) => (c.above === next.above && c.below === next.below ? c : next))
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(refresh)
    }
    schedule()
    root.addEventListener('scroll', schedule, { passive: true })
    // A note rendered again as it comes near the view (content-visibility, board.css) may take
    // another height than the one it kept, and so may every note once the font has arrived.
    root.addEventListener(RENDERED_AGAIN, schedule, { capture: true, passive: true })
    // (jsdom, in component tests, has no document.fonts)
    if ('fonts' in document) void document.fonts.ready.then(schedule)
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
    resize?.observe(root)
    const changes = new MutationObserver(schedule)
    changes.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame)
      root.removeEventListener('scroll', schedule)
      root.removeEventListener(RENDERED_AGAIN, schedule, { capture: true })
      resize?.disconnect()
      changes.disconnect()
    }
  }, [list, key])
  return counts
}
