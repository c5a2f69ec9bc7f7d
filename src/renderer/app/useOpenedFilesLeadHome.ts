import { useEffect } from 'react'
import { useStore } from 'zustand'
import { navigate, type Route } from '../navigation/useRoute'
import { useAppServices } from '../session/appServices'

/**
 * A `.taneboard` file opened from the file manager leads to ホーム, where its import preview
 * opens (features/home/import/useOpenedFileImport). What was being typed is written first.
 */
export function useOpenedFilesLeadHome(route: Route): void {
  const services = useAppServices()
  const waiting = useStore(services.openedFiles, (s) => s.waiting.length > 0)
  const onHome = route.name === 'home'
  useEffect(() => {
    if (!waiting || onHome) return
    let cancelled = false
    void services.persistence
      .flush()
      .catch(() => false)
      .then(() => {
        if (!cancelled) navigate({ name: 'home' })
      })
    return () => {
      cancelled = true
    }
  }, [waiting, onHome, services])
}
