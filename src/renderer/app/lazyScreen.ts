import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * A screen loaded with its route: `lazyScreen(() => import('../features/x/XScreen'), 'XScreen')`
 * puts the screen's module (and whatever only it imports: dnd-kit with the boards, the export
 * writers, the QR code…) in its own chunk, fetched the first time the route is shown. Render it
 * inside `<ScreenSuspense>` (app/ScreenSuspense.tsx).
 */
export function lazyScreen<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }))
}
