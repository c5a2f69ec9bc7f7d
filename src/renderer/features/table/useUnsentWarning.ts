import { useEffect } from 'react'

/**
 * While changes are not at the hub yet, leaving or reloading the page asks first (the browser's
 * own question; its words cannot be chosen). What is unsent is kept in IndexedDB either way.
 */
export function useUnsentWarning(unsent: number, target: Window = window): void {
  const warn = unsent > 0
  useEffect(() => {
    if (!warn) return
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      // Chromium asks on preventDefault (since 119; the project's browsers are newer)
      event.preventDefault()
    }
    target.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      target.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [warn, target])
}
