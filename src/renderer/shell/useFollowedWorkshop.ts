import { useEffect } from 'react'
import { useAppServices } from '../session/appServices'

/**
 * A projector window's workshop: opened read-only, reloaded when another window changes it
 * (crossWindowSync), closed when the view goes. Nothing here writes.
 */
export function useFollowedWorkshop(workshopId: string): void {
  const services = useAppServices()
  useEffect(() => {
    const store = services.workshop
    void store.getState().open(workshopId)
    const stop = services.sync.follow(workshopId, store)
    return () => {
      stop()
      void store.getState().close()
    }
  }, [services, workshopId])
}

/** F on a projector view: full screen on, or off again. */
export function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
  else void document.documentElement.requestFullscreen().catch(() => undefined)
}
