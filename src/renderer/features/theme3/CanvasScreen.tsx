import { useState } from 'react'
import { CanvasGrid } from './CanvasGrid'
import { CanvasTitleBar } from './CanvasTitleBar'
import { CanvasUiContext, createCanvasUiStore } from './canvasUiStore'
import { QaPanel } from './QaPanel'
import { useCanvasActions } from './useCanvasActions'

/** One canvas: its 地域課題, the four areas and the municipal officer's questions. */
export function CanvasScreen({ canvasId }: { canvasId: string }) {
  const [ui] = useState(createCanvasUiStore)
  return (
    <CanvasUiContext.Provider value={ui}>
      <CanvasScreenBody canvasId={canvasId} />
    </CanvasUiContext.Provider>
  )
}

function CanvasScreenBody({ canvasId }: { canvasId: string }) {
  const actions = useCanvasActions(canvasId)
  return (
    <div className="t3-canvas">
      <CanvasTitleBar canvasId={canvasId} />
      <div className="t3-canvas__body">
        <CanvasGrid canvasId={canvasId} actions={actions} />
        <QaPanel canvasId={canvasId} />
      </div>
    </div>
  )
}
