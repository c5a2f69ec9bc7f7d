import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { shrinkUntilFits } from '../../ui/shrinkUntilFits'

/** Steps the 【ポイント】 text may shrink by, largest first (down to 62 % of 3.5vh). */
const STEPS = [1, 0.92, 0.84, 0.76, 0.68, 0.62] as const

/**
 * Shrinks the theme card's list a step at a time until the card shows every word (the longer
 * 【ポイント】 of テーマ2 and テーマ3 would otherwise be cut at the bottom of the projector), again
 * when the content or the window size changes (full screen). Sets `--card-fit` on the card.
 */
export function useFitCard<T extends HTMLElement>(content: string): RefObject<T | null> {
  const ref = useRef<T>(null)
  const [size, setSize] = useState(
    () => `${String(window.innerWidth)}x${String(window.innerHeight)}`,
  )
  useLayoutEffect(() => {
    const onResize = () => {
      setSize(`${String(window.innerWidth)}x${String(window.innerHeight)}`)
    }
    window.addEventListener('resize', onResize)
    return () => {
      window.removeEventListener('resize', onResize)
    }
  }, [])
  useLayoutEffect(() => {
    const card = ref.current
    if (!card) return
    shrinkUntilFits(card, STEPS, (step) => {
      card.style.setProperty('--card-fit', String(step))
    })
  }, [content, size])
  return ref
}
