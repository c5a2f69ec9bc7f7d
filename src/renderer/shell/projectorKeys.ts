import { useEffect, useLayoutEffect, useRef } from 'react'
import { toggleFullScreen } from './useFollowedWorkshop'

type KeyEvent = Pick<KeyboardEvent, 'key' | 'isComposing' | 'ctrlKey' | 'metaKey' | 'altKey'>

/**
 * Whether a key may be a projector command: nothing there takes text, but an IME may still be
 * on (its keys are never commands), and a key with Ctrl, ⌘ or Alt belongs to the browser.
 */
export function isCommandKey(event: KeyEvent): boolean {
  if (event.isComposing || event.key === 'Process') return false
  return !(event.ctrlKey || event.metaKey || event.altKey)
}

/** F full screen, + / − the text size: the same on every projector view. */
export function frameKeyAction(
  key: string,
): { type: 'scale'; direction: 1 | -1 } | { type: 'fullScreen' } | null {
  if (key === 'f' || key === 'F') return { type: 'fullScreen' }
  if (key === '+' || key === '=' || key === ';') return { type: 'scale', direction: 1 }
  if (key === '-' || key === '_') return { type: 'scale', direction: -1 }
  return null
}

/** →/PageDown and ←/PageUp step through the pages (topics, canvases), 1–9 pick one. */
export function pagingKeyAction(
  key: string,
  count: number,
): { type: 'step'; direction: 1 | -1 } | { index: number } | null {
  if (key === 'ArrowRight' || key === 'PageDown') return { type: 'step', direction: 1 }
  if (key === 'ArrowLeft' || key === 'PageUp') return { type: 'step', direction: -1 }
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1
    return index < count ? { index } : null
  }
  return null
}

/** The page after a step, within the pages there are. */
export function steppedIndex(index: number, direction: 1 | -1, count: number): number {
  return Math.min(Math.max(0, count - 1), Math.max(0, index + direction))
}

/**
 * The window's keys on a projector view: `toAction` reads a key (pure), `run` does it. A key an
 * earlier handler took is left alone; a key that is a command is taken.
 */
export function useKeyActions<A>(
  toAction: (event: KeyboardEvent) => A | null,
  run: (action: A) => void,
): void {
  const latest = useRef({ toAction, run })
  useLayoutEffect(() => {
    latest.current = { toAction, run }
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const action = latest.current.toAction(event)
      if (action === null) return
      event.preventDefault()
      latest.current.run(action)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])
}

/** The actions every paged projector view shares. */
export type PagedFrameAction =
  | { type: 'step'; direction: 1 | -1 }
  | { type: 'scale'; direction: 1 | -1 }
  | { type: 'fullScreen' }

/** Does a shared action: the next or previous page, the text size, full screen. */
export function runPagedFrameAction(
  action: PagedFrameAction,
  view: {
    count: number
    setPicked: (update: (index: number) => number) => void
    stepScale: (direction: 1 | -1) => void
  },
): void {
  switch (action.type) {
    case 'step':
      view.setPicked((p) => steppedIndex(p, action.direction, view.count))
      break
    case 'scale':
      view.stepScale(action.direction)
      break
    case 'fullScreen':
      toggleFullScreen()
      break
  }
}
