import { frameKeyAction, isCommandKey, pagingKeyAction } from '../../shell/projectorKeys'

/** What the テーマ3 projector shows of the current canvas. */
export type Theme3ProjectorView = 'canvas' | 'qa' | 'brief'

export type Theme3ProjectorKeyAction =
  | { type: 'canvas'; index: number }
  | { type: 'step'; direction: 1 | -1 }
  | { type: 'view'; view: Theme3ProjectorView }
  | { type: 'scale'; direction: 1 | -1 }
  | { type: 'fullScreen' }

/** The action of a key on the テーマ3 projector, or null (pure, for the window's keydown). */
export function theme3ProjectorKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'isComposing' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  canvasCount: number,
): Theme3ProjectorKeyAction | null {
  if (!isCommandKey(event)) return null
  const key = event.key
  const paging = pagingKeyAction(key, canvasCount)
  if (paging) return 'index' in paging ? { type: 'canvas', index: paging.index } : paging
  switch (key.toLowerCase()) {
    case 'c':
    case 'escape':
    case '0':
      return { type: 'view', view: 'canvas' }
    case 'q':
      return { type: 'view', view: 'qa' }
    case 'b':
      return { type: 'view', view: 'brief' }
    default:
      return frameKeyAction(key)
  }
}
