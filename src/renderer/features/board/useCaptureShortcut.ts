import { useEffect } from 'react'
import { workshopScenes } from '../../../shared/board/theme1Layout'
import type { SceneKey } from '../../../shared/model/scenes'
import { useAppServices } from '../../session/appServices'
import { isComposing, isTextEditable } from '../../ui/keyboard'
import { areaName } from './boardKeys'

/** The key that jumps to the tray's capture field (shown in the field's tooltip). */
export const CAPTURE_KEY = 'n'

/**
 * The key that jumps to an area's capture field: N for the tray, 1, 2, … for the scenes in
 * display order (the workshop's); null past 9.
 */
export function captureKeyOf(scenes: readonly SceneKey[], scene: SceneKey | null): string | null {
  if (scene === null) return CAPTURE_KEY.toUpperCase()
  const index = scenes.indexOf(scene)
  return index >= 0 && index < 9 ? String(index + 1) : null
}

/**
 * Anywhere on the board (outside a text field and the note menu, with no modifier) N puts the
 * cursor in the tray's capture field, ready for the next trouble the table mentions, and 1, 2, …
 * in the capture field of the scenes in display order.
 */
export function useCaptureShortcut(): void {
  const store = useAppServices().workshop
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isComposing(event)) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (isTextEditable(event.target)) return
      if (event.target instanceof Element && event.target.closest('[role="dialog"], dialog')) return
      const key = event.key.toLowerCase()
      let area: string | null = null
      if (key === CAPTURE_KEY) area = areaName(null)
      else if (/^[1-9]$/.test(key)) {
        const doc = store.getState().doc
        const scene = doc ? workshopScenes(doc)[Number(key) - 1] : undefined
        if (scene) area = areaName(scene)
      }
      if (area === null) return
      const field = document.querySelector<HTMLTextAreaElement>(`[data-capture="${area}"]`)
      if (!field) return
      event.preventDefault()
      field.focus()
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => {
      window.removeEventListener('keydown', handleKeyDown)
    }
  }, [store])
}
