import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { ProjectLink } from '../../shell/ProjectLink'
import { ThemeHeader } from '../../shell/ThemeHeader'
import type { BoardUndo } from '../../shell/useBoardUndo'

interface BriefHeaderProps {
  workshopId: string
  groupId: string
  groupName: string
  undo: BoardUndo
}

/** 「Ａグループ」 with 伝達シート under it, back to the canvas, 投影, undo/redo, save state. */
export function BriefHeader({ workshopId, groupId, groupName, undo }: BriefHeaderProps) {
  const t = useT()
  return (
    <ThemeHeader
      workshopId={workshopId}
      groupId={groupId}
      themeId="theme3"
      groupName={groupName}
      themeLabel={t.theme3Title}
      themeText={t.briefTitle}
      back={{
        href: routeHref({ name: 'theme3', workshopId, groupId }),
        label: t.briefBackToCanvas,
      }}
      className="brief-header"
      undo={undo}
    >
      <ProjectLink
        route={{ name: 'theme3Projector', workshopId, groupId }}
        title={t.theme3ProjectHint}
        testId="brief-project"
      >
        {t.briefProject}
      </ProjectLink>
    </ThemeHeader>
  )
}
