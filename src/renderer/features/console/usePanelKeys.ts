import { useEffect, useRef } from 'react'

/** True while the user types in a field: the panel's single keys are letters there. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/**
 * The console panel's single keys (Space, N, B, ← →…), one window listener while the panel is
 * shown, calling the latest handler. Letters are matched in either case (`n` also takes N).
 * A key is left alone while composing, with a modifier, when another control already handled it
 * (the console's tabs), in a field, on a tab, and Space on a button (it presses the button).
 */
export function usePanelKeys(handlers: Readonly<Record<string, () => void>>): void {
  const latest = useRef(handlers)
  latest.current = handlers
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return
      if (event.defaultPrevented || isTyping(event.target)) return
      if (event.target instanceof HTMLElement && event.target.getAttribute('role') === 'tab') return
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
      const handler = latest.current[key]
      if (!handler) return
      handler()
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [])
}
