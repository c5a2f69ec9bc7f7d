import { useEffect } from 'react'
import { isComposing, isTextEditable } from '../setup/keyboard'

/** The key that jumps to the tray's capture field (shown in the field's tooltip). */
export const CAPTURE_KEY = 'n'

/**
 * N anywhere on the board (outside a text field, with no modifier) puts the cursor in the tray's
 * capture field, ready for the next trouble the table mentions.
 */
export function useCaptureShortcut(): void {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isComposing(event)) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key.toLowerCase() !== CAPTURE_KEY || isTextEditable(event.target)) return
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return
      const field = document.querySelector<HTMLTextAreaElement>('[data-capture="tray"]')
      if (!field) return
      event.preventDefault()
      field.focus()
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => {
      window.removeEventListener('keydown', handleKeyDown)
    }
  }, [])
}
