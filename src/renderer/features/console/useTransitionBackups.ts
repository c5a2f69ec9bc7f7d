import { useEffect } from 'react'
import { useAppServices } from '../../session/appServices'

/**
 * Takes a backup of the open workshop whenever its timetable moves on. Mounted once by the app's
 * editing windows (never by a projector window, which would only duplicate the backups). The
 * watcher (the timer model and the console's stored state) loads after the first screen.
 */
export function useTransitionBackups(): void {
  const services = useAppServices()
  useEffect(() => {
    let stop: (() => void) | null = null
    let unmounted = false
    import('./transitionBackups')
      .then(({ startTransitionBackups }) => {
        if (!unmounted) stop = startTransitionBackups(services)
      })
      .catch((error: unknown) => {
        console.error('TaneBoard: the timetable transition backups could not start', error)
      })
    return () => {
      unmounted = true
      stop?.()
    }
  }, [services])
}
