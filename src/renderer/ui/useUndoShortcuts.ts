import { useEffect } from 'react'
import { isComposing, isTextEditable } from './keyboard'

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac), anywhere on the setup screen —
 * except inside a text field, where the field's own undo of the words being typed applies
 * (the store's undo would throw away the draft), and never during an IME composition.
 */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isComposing(event)) return
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.code
      const isZ = key === 'z' || event.code === 'KeyZ'
      const isY = key === 'y' || event.code === 'KeyY'
      const wantsUndo = isZ && !event.shiftKey
      const wantsRedo = (isZ && event.shiftKey) || (isY && !event.shiftKey)
      if (!wantsUndo && !wantsRedo) return
      if (isTextEditable(event.target)) return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      if (wantsUndo) undo()
      else redo()
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => {
      window.removeEventListener('keydown', handleKeyDown)
    }
  }, [undo, redo])
}
