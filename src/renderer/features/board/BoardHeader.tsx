import { cardFor, cardTitleLine } from '../../../shared/templates/themeCards'
import type { Workshop } from '../../../shared/model/schemas'
import { useT } from '../../i18n/useT'
import type { SaveStatus } from '../../stores/storeTypes'
import { SaveStatusBadge } from '../../ui/SaveStatusBadge'
import { UndoRedoButtons } from '../../ui/UndoRedoButtons'
import { groupsHref } from '../../navigation/boardRoutes'
import { GroupSwitcher } from './GroupSwitcher'
import { ThemeNav } from '../../shell/ThemeNav'
import { ProjectLink } from '../../shell/ProjectLink'

interface BoardHeaderProps {
  workshop: Workshop
  groupId: string
  groupName: string
  groups: readonly { id: string; name: string }[]
  saveStatus: SaveStatus
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
  cardOpen: boolean
  cardPanelId: string
  onToggleCard: () => void
}

/**
 * The poster's header 「Ａグループ」 with the theme under it, the group switcher, the theme card,
 * 投影, undo/redo and the save state.
 */
export function BoardHeader(props: BoardHeaderProps) {
  const { workshop, groupId, groupName, groups, saveStatus, canUndo, canRedo } = props
  const t = useT()
  const theme = cardTitleLine(cardFor(workshop.variant, 'theme1'))

  return (
    <header className="app-header board-header">
      <a className="button button--ghost app-header__back" href={groupsHref(workshop.id)}>
        <span aria-hidden="true">←</span> {t.boardBackToSetup}
      </a>
      <div className="board-header__title-block">
        <h1 className="board-header__group">{groupName.trim() || t.groupName}</h1>
        <p className="board-header__theme" title={theme}>
          <span className="board-header__theme-label">{t.boardTheme1}</span>
          <span className="board-header__theme-text">{theme}</span>
        </p>
      </div>
      <GroupSwitcher workshopId={workshop.id} groupId={groupId} groups={groups} />
      <div className="app-header__tools board-header__tools">
        <ThemeNav workshopId={workshop.id} groupId={groupId} current="theme1" />
        <button
          type="button"
          className={props.cardOpen ? 'button button--small is-on' : 'button button--small'}
          aria-expanded={props.cardOpen}
          aria-controls={props.cardOpen ? props.cardPanelId : undefined}
          title={t.boardThemeCardHint}
          data-card-toggle=""
          onClick={props.onToggleCard}
        >
          {t.boardThemeCard}
        </button>
        <ProjectLink
          route={{ name: 'theme1Projector', workshopId: workshop.id, groupId }}
          title={t.boardProjectHint}
        >
          {t.boardProject}
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
