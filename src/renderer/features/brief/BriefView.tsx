import { useCallback, useEffect, useMemo, useState } from 'react'
import type { BriefPart } from '../../../shared/model/schemas'
import { buildBrief } from '../../../shared/theme3/brief'
import { resetBrief, setBriefPart } from '../../../shared/theme3/canvasOps'
import { boardCanvases, canvasView } from '../../../shared/theme3/theme3Queries'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import type { GroupThemeViewProps } from '../../shell/GroupThemeScreen'
import { useT } from '../../i18n/useT'
import { useBoardUndo } from '../../shell/useBoardUndo'
import { BriefCanvasPicker, type CanvasChoice } from './BriefCanvasPicker'
import { BriefEmpty } from './BriefEmpty'
import { BriefHeader } from './BriefHeader'
import { BriefSheet } from '../../views/brief/BriefSheet'
import { BriefToolbar } from './BriefToolbar'

/**
 * The 伝達シート screen once the workshop is open: the header, the 地域課題 to print when the board
 * has several, the tools (print, all back to the canvas) and the sheet itself. Edits are stored on
 * the canvas (one undo step each, on this board's undo).
 */
export function BriefView({ workshopId, groupId, boardId }: GroupThemeViewProps) {
  const t = useT()
  const services = useAppServices()
  const doc = useWorkshopStore((s) => s.doc)
  const groupName = doc?.groups[groupId]?.name ?? ''
  const choices = useMemo<CanvasChoice[]>(
    () =>
      doc
        ? boardCanvases(doc, boardId).map((c) => ({ id: c.id, title: canvasView(doc, c).title }))
        : [],
    [doc, boardId],
  )
  const [picked, setPicked] = useState<string | null>(null)
  const canvasId = choices.some((c) => c.id === picked) ? picked : (choices[0]?.id ?? null)
  const brief = useMemo(() => (doc && canvasId ? buildBrief(doc, canvasId) : null), [doc, canvasId])

  const undo = useBoardUndo(boardId)

  useEffect(() => {
    document.title = `${t.briefPage(groupName.trim() || t.groupName)} – ${t.appName}`
  }, [groupName, t])

  const edit = useCallback(
    (part: BriefPart, text: string) => {
      if (!canvasId) return
      services.workshop.getState().apply((d) =>
        // What the canvas generates at this moment: typing it back means "follow the canvas".
        setBriefPart(d, canvasId, part, text),
      )
    },
    [services, canvasId],
  )
  const revert = useCallback(
    (part: BriefPart) => {
      if (!canvasId) return
      services.workshop.getState().apply((d) => setBriefPart(d, canvasId, part, null))
    },
    [services, canvasId],
  )
  const revertAll = useCallback(() => {
    if (!canvasId) return
    services.workshop.getState().apply((d) => resetBrief(d, canvasId))
  }, [services, canvasId])

  return (
    <div className="screen brief-screen print-sheet-screen">
      <BriefHeader workshopId={workshopId} groupId={groupId} groupName={groupName} undo={undo} />
      <main className="brief-main" aria-label={t.briefPage(groupName.trim() || t.groupName)}>
        {brief && doc ? (
          <>
            <div className="brief-tools">
              {choices.length > 1 && canvasId ? (
                <BriefCanvasPicker choices={choices} selectedId={canvasId} onSelect={setPicked} />
              ) : null}
              <BriefToolbar brief={brief} onRevertAll={revertAll} />
            </div>
            <BriefSheet brief={brief} editing={{ onEdit: edit, onRevert: revert }} />
          </>
        ) : (
          <BriefEmpty workshopId={workshopId} groupId={groupId} />
        )}
      </main>
    </div>
  )
}
