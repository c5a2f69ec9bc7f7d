import { useT } from '../../i18n/useT'
import { ProjectLink } from '../../shell/ProjectLink'

/** 投影 of the group's テーマ2 map (see ProjectLink). */
export function Theme2ProjectButton({
  workshopId,
  groupId,
}: {
  workshopId: string
  groupId: string
}) {
  const t = useT()
  return (
    <ProjectLink
      route={{ name: 'theme2Projector', workshopId, groupId }}
      title={t.boardProjectHint}
      testId="theme2-project"
    >
      {t.boardProject}
    </ProjectLink>
  )
}
