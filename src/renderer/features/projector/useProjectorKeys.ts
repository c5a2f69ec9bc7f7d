import type { SceneKey } from '../../../shared/model/scenes'
import { frameKeyAction, isCommandKey, useKeyActions } from '../../shell/projectorKeys'

/** What the projector shows: the whole board (null), one scene, or the tray. */
export type Zoom = SceneKey | 'tray' | null

export interface ProjectorKeyActions {
  sceneKeys: readonly SceneKey[]
  setZoom: (zoom: Zoom) => void
  stepScale: (direction: 1 | -1) => void
  toggleFullScreen: () => void
}

/** The action of a key on the projector, or null (pure, for the window's keydown). */
export function projectorKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'isComposing' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  sceneKeys: readonly SceneKey[],
):
  | { type: 'zoom'; zoom: Zoom }
  | { type: 'scale'; direction: 1 | -1 }
  | { type: 'fullScreen' }
  | null {
  if (!isCommandKey(event)) return null
  const key = event.key
  if (key === '0' || key === 'Escape') return { type: 'zoom', zoom: null }
  if (/^[1-4]$/.test(key)) {
    const scene = sceneKeys[Number(key) - 1]
    return scene ? { type: 'zoom', zoom: scene } : null
  }
  return frameKeyAction(key)
}

/** Keyboard control of the projector view (the window shows nothing that takes text input). */
export function useProjectorKeys(actions: ProjectorKeyActions): void {
  const { sceneKeys, setZoom, stepScale, toggleFullScreen } = actions
  useKeyActions(
    (event) => projectorKeyAction(event, sceneKeys),
    (action) => {
      switch (action.type) {
        case 'zoom':
          setZoom(action.zoom)
          break
        case 'scale':
          stepScale(action.direction)
          break
        case 'fullScreen':
          toggleFullScreen()
          break
      }
    },
  )
}
