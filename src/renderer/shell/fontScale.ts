import { useCallback, useState } from 'react'

/** The text size of the projector view, remembered per machine (the room and projector stay). */
export const FONT_SCALE_KEY = 'taneboard.projector.fontScale'
export const FONT_SCALES = [0.6, 0.7, 0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2] as const
export const DEFAULT_FONT_SCALE = 1

export function readFontScale(storage: Pick<Storage, 'getItem'> | undefined): number {
  try {
    const value = Number(storage?.getItem(FONT_SCALE_KEY))
    return FONT_SCALES.find((s) => s === value) ?? DEFAULT_FONT_SCALE
  } catch {
    return DEFAULT_FONT_SCALE
  }
}

/** The next size up (+1) or down (-1); stays at the ends. */
export function stepFontScale(current: number, direction: 1 | -1): number {
  const index = FONT_SCALES.findIndex((s) => s >= current - 1e-9)
  const at = index < 0 ? FONT_SCALES.length - 1 : index
  const next = Math.min(FONT_SCALES.length - 1, Math.max(0, at + direction))
  return FONT_SCALES[next] ?? DEFAULT_FONT_SCALE
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

/** [scale, step] with the choice saved in localStorage. */
export function useFontScale(): [number, (direction: 1 | -1) => void] {
  const [scale, setScale] = useState(() => readFontScale(storage()))
  const step = useCallback((direction: 1 | -1) => {
    setScale((current) => {
      const next = stepFontScale(current, direction)
      try {
        storage()?.setItem(FONT_SCALE_KEY, String(next))
      } catch {
        // Private mode or a full disk: the size just is not remembered.
      }
      return next
    })
  }, [])
  return [scale, step]
}
