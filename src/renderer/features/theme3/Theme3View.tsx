import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { boardCanvases } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import type { GroupThemeViewProps } from '../../shell/GroupThemeScreen'
import { ProjectLink } from '../../shell/ProjectLink'
import { useThemeEditing } from '../../shell/themeEditing'
import { ThemeScreenFrame } from '../../shell/ThemeScreenFrame'
import { shownTab } from '../../shell/ThemeTabs'
import { CanvasScreen } from './CanvasScreen'
import { CanvasTabs } from './CanvasTabs'
import { Theme3Context } from './Theme3Context'
import { Theme3Empty } from './Theme3Empty'

/** The テーマ3 screen once the workshop is open: header, canvas tabs, the canvas, the card. */
export function Theme3View(place: GroupThemeViewProps) {
  const { workshopId, groupId, boardId } = place
  const t = useT()
  const [context, announcement] = useThemeEditing(place)

  const canvasIds = useWorkshopStore(
    useShallow((s) => (s.doc ? boardCanvases(s.doc, boardId).map((c) => c.id) : [])),
  )
  const [selected, setSelected] = useState<string | null>(null)
  const canvasId = shownTab(canvasIds, selected)

  return (
    <Theme3Context.Provider value={context}>
      <ThemeScreenFrame
        place={place}
        themeId="theme3"
        tools={
          <>
            <a
              className="button button--small"
              href={routeHref({ name: 'theme3Brief', workshopId, groupId })}
              title={t.theme3BriefLinkHint}
            >
              {t.theme3BriefLink}
            </a>
            <ProjectLink
              route={{ name: 'theme3Projector', workshopId, groupId }}
              title={t.theme3ProjectHint}
              testId="theme3-project"
            >
              {t.boardProject}
            </ProjectLink>
          </>
        }
        announcement={announcement}
      >
        <CanvasTabs canvasIds={canvasIds} canvasId={canvasId} onSelect={setSelected} />
        {canvasId ? <CanvasScreen key={canvasId} canvasId={canvasId} /> : <Theme3Empty />}
      </ThemeScreenFrame>
    </Theme3Context.Provider>
  )
}
