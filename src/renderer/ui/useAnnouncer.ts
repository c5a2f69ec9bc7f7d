import { useCallback, useState } from 'react'

/**
 * A polite live region's text and the way to change it: a repeated sentence is read again (a
 * zero-width space makes it a changed text).
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [announcement, setAnnouncement] = useState('')
  const announce = useCallback((message: string) => {
    setAnnouncement((old) => (old === message ? `${message}\u200b` : message))
  }, [])
  return [announcement, announce]
}
