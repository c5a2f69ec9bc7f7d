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
  // Nothing here takes text, but an IME may still be on: its keys are never commands.
  if (event.isComposing || event.key === 'Process') return null
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  const key = event.key
  if (key === 'ArrowRight' || key === 'PageDown') return { type: 'step', direction: 1 }
  if (key === 'ArrowLeft' || key === 'PageUp') return { type: 'step', direction: -1 }
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1
    return index < canvasCount ? { type: 'canvas', index } : null
  }
  switch (key.toLowerCase()) {
    case 'c':
    case 'escape':
    case '0':
      return { type: 'view', view: 'canvas' }
    case 'q':
      return { type: 'view', view: 'qa' }
    case 'b':
      return { type: 'view', view: 'brief' }
    case 'f':
      return { type: 'fullScreen' }
    case '+':
    case '=':
    case ';':
      return { type: 'scale', direction: 1 }
    case '-':
    case '_':
      return { type: 'scale', direction: -1 }
    default:
      return null
  }
}
