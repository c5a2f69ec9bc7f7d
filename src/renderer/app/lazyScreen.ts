import { createElement, type ComponentType } from 'react'

/** A screen loaded with its route; `preload()` fetches its chunk ahead (see preloadScreens). */
export type LazyScreen<P extends object> = ComponentType<P> & { preload(): Promise<void> }

const everyScreen: LazyScreen<never>[] = []

/**
 * A screen loaded with its route: `lazyScreen(() => import('../features/x/XScreen'), 'XScreen')`
 * puts the screen's module (and whatever only it imports: dnd-kit with the boards, the export
 * writers, the QR code…) in its own chunk. Render it inside `<ScreenSuspense>`
 * (app/ScreenSuspense.tsx).
 *
 * Unlike React.lazy, a screen whose chunk has arrived renders at once, without suspending even
 * once: a suspended boundary is revealed through a timer, which a paused clock (a page whose
 * clock is frozen, a test's page.clock) would never let fire. So preloadScreens fetches them all
 * before the first render of any page but ホーム, and right after ホーム's first paint.
 */
export function lazyScreen<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<void> | null = null
  const preload = (): Promise<void> =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name]
      },
      (error: unknown) => {
        loading = null // a failed fetch may be tried again
        throw error
      },
    ))
  function Screen(props: P) {
    // Suspense's own protocol, as React.lazy does it: the pending fetch is thrown to the boundary.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!loaded) throw preload()
    return createElement(loaded, props)
  }
  Screen.displayName = `Lazy(${name})`
  const screen = Object.assign(Screen, { preload })
  everyScreen.push(screen)
  return screen
}

/**
 * Fetches every screen's chunk (each once); a chunk that fails to arrive is left to its route,
 * which shows the failure where it is needed.
 */
export async function preloadScreens(): Promise<void> {
  await Promise.allSettled(everyScreen.map((screen) => screen.preload()))
}
