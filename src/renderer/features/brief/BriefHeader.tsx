import { useWorkshopStore } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { ThemeNav } from '../../shell/ThemeNav'
import { SaveStatusBadge } from '../../ui/SaveStatusBadge'
import { UndoRedoButtons } from '../../ui/UndoRedoButtons'
import { ProjectLink } from '../../shell/ProjectLink'

interface BriefHeaderProps {
  workshopId: string
  groupId: string
  boardId: string
  groupName: string
  onUndo: () => void
  onRedo: () => void
}

/** 「Ａグループ」 with 伝達シート under it, back to the canvas, 投影, undo/redo, save state. */
export function BriefHeader(props: BriefHeaderProps) {
  const t = useT()
  const { workshopId, groupId, boardId } = props
  const saveStatus = useWorkshopStore((s) => s.saveStatus)
  const canUndo = useWorkshopStore((s) => s.canUndoIn(boardId))
  const canRedo = useWorkshopStore((s) => s.canRedoIn(boardId))
  return (
    <header className="app-header board-header brief-header">
      <a
        className="button button--ghost app-header__back"
        href={routeHref({ name: 'theme3', workshopId, groupId })}
      >
        <span aria-hidden="true">←</span> {t.briefBackToCanvas}
      </a>
      <div className="board-header__title-block">
        <h1 className="board-header__group">{props.groupName.trim() || t.groupName}</h1>
        <p className="board-header__theme">
          <span className="board-header__theme-label">{t.theme3Title}</span>
          <span className="board-header__theme-text">{t.briefTitle}</span>
        </p>
      </div>
      <div className="app-header__tools board-header__tools">
        <ThemeNav workshopId={workshopId} groupId={groupId} current="theme3" />
        <ProjectLink
          route={{ name: 'theme3Projector', workshopId, groupId }}
          title={t.theme3ProjectHint}
          testId="brief-project"
        >
          {t.briefProject}
        </ProjectLink>
        <UndoRedoButtons
          canUndo={canUndo}
          canRedo={canRedo}
          onUndo={props.onUndo}
          onRedo={props.onRedo}
          small
        />
        <SaveStatusBadge status={saveStatus} />
      </div>
    </header>
  )
}
