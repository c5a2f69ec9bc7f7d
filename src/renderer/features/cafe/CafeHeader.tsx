import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { ProjectLink } from '../../shell/ProjectLink'
import { ThemeNav } from '../../shell/ThemeNav'
import { useTableMode } from '../../shell/tableMode'
import { useWorkshopStore } from '../../session/appServices'
import { SaveStatusBadge } from '../../ui/SaveStatusBadge'

interface CafeHeaderProps {
  workshopId: string
  groupId: string
  groupName: string
}

/**
 * The ワールドカフェ screen's header, like a theme's: the group, the way back (in table mode the
 * table's bar instead), the group's screens, 投影 and the save state. Reactions are taken back
 * with their notices' 元に戻す (they land on three boards, so no one board's undo fits).
 */
export function CafeHeader({ workshopId, groupId, groupName }: CafeHeaderProps) {
  const t = useT()
  const table = useTableMode()
  const saveStatus = useWorkshopStore((s) => s.saveStatus)
  return (
    <header className="app-header board-header cafe-header">
      {table ? null : (
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'workshop', workshopId, section: 'groups' })}
        >
          <span aria-hidden="true">←</span> {t.boardBackToSetup}
        </a>
      )}
      {table?.bar}
      <div className="board-header__title-block">
        <h1 className="board-header__group">{groupName.trim() || t.groupName}</h1>
        <p className="board-header__theme">
          <span className="board-header__theme-label">{t.cafeTitle}</span>
          <span className="board-header__theme-text">{t.cafeOpenHint}</span>
        </p>
      </div>
      <div className="app-header__tools board-header__tools">
        <ThemeNav workshopId={workshopId} groupId={groupId} current="cafe" />
        <ProjectLink
          route={{ name: 'cafeProjector', workshopId, groupId }}
          title={t.cafeProjectHint}
          testId="cafe-project"
        >
          {t.cafeProject}
        </ProjectLink>
        <SaveStatusBadge status={saveStatus} />
      </div>
    </header>
  )
}
