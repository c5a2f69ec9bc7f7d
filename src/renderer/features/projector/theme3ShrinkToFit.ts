import { useLayoutEffect, useRef, type RefObject } from 'react'
import { shrinkUntilFits } from '../../ui/shrinkUntilFits'

/** Steps a box's text may shrink by (em of its parent), largest first. */
const STEPS = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6] as const

/**
 * Shrinks the text of a scrolling-free box a step at a time until its content fits (down to 60%),
 * whenever `key` (the content and the size) changes. Where nothing can be measured (no layout,
 * as in tests) the text stays at full size.
 */
export function useShrinkToFit<T extends HTMLElement>(key: string): RefObject<T | null> {
  const ref = useRef<T>(null)
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    shrinkUntilFits(box, STEPS, (step) => {
      box.style.fontSize = `${String(step)}em`
    })
  }, [key])
  return ref
}
