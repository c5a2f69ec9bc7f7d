import '../../styles/consoleGroups.css'
import { useEffect, useMemo, useState } from 'react'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import { clampSlide, groupSlides, type GroupSlide } from './plenarySlides'
import { PlenarySlideView } from '../../views/PlenarySlideView'
import { createGroupMemo } from '../../views/groupMemo'

interface ConsoleProjectorBoardProps {
  workshopId: string
  store: ConsoleStore
}

/**
 * The projector showing one group's board (chosen in グループ一覧): its slides of the export
 * model for that theme, full screen in large type, updated live as the table edits. A board
 * longer than one slide pages with ← / → (or PageUp / PageDown, a presenter remote).
 *
 * The theme projector views (ProjectorBoard, Theme2Projector, Theme3Projector) are not embedded:
 * they open and close the followed workshop themselves and bring their own toolbars and keys.
 */
export function ConsoleProjectorBoard({ workshopId, store }: ConsoleProjectorBoardProps) {
  const t = useT()
  const doc = useWorkshopStore((s) => s.doc)
  const content = useConsole(store, (s) => s.data.projector)
  const target = content.kind === 'board' ? content : null
  const groupId = target?.groupId ?? null
  const themeId = target?.themeId ?? 'theme1'
  const [page, setPage] = useState({ key: '', index: 0 })
  const key = `${groupId ?? ''}:${themeId}`

  // Built again only when the projected group's records change, not on another table's change.
  const slidesOf = useMemo(() => createGroupMemo<GroupSlide[]>(), [])
  const slides =
    doc && groupId
      ? slidesOf(doc, groupId, themeId, () => groupSlides(doc, groupId, [themeId]))
      : []
  const index = clampSlide(page.key === key ? page.index : 0, slides.length)
  const current = slides[index]

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return
      const delta =
        event.key === 'ArrowRight' || event.key === 'PageDown'
          ? 1
          : event.key === 'ArrowLeft' || event.key === 'PageUp'
            ? -1
            : 0
      if (delta === 0) return
      event.preventDefault()
      setPage((p) => ({
        key,
        index: clampSlide((p.key === key ? p.index : 0) + delta, slides.length),
      }))
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [key, slides.length])

  return (
    <div
      className="plenary-stage"
      data-workshop-id={workshopId}
      data-projected-group={groupId ?? ''}
    >
      {current ? (
        <PlenarySlideView
          section={current.section}
          slide={current.slide}
          position={t.plenarySlideOf(index + 1, slides.length)}
        />
      ) : (
        <p className="plenary-stage-message">{doc ? t.groupsMissing : ''}</p>
      )}
    </div>
  )
}
