import { cardFor, cardTitleLine } from '../../../shared/templates/themeCards'
import { useWorkshopStore } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { ThemeNav } from '../../shell/ThemeNav'
import { SaveStatusBadge } from '../../ui/SaveStatusBadge'
import { UndoRedoButtons } from '../../ui/UndoRedoButtons'
import { useTheme3 } from './Theme3Context'
import { ProjectLink } from '../../shell/ProjectLink'

interface Theme3HeaderProps {
  groupName: string
  onUndo: () => void
  onRedo: () => void
  cardOpen: boolean
  cardPanelId: string
  onToggleCard: () => void
}

/**
 * 「Ａグループ」 with テーマ3 under it, links to テーマ1 / テーマ2, the card, the 伝達シート, 投影,
 * undo/redo and the save state.
 */
export function Theme3Header(props: Theme3HeaderProps) {
  const t = useT()
  const { workshopId, groupId, boardId } = useTheme3()
  const variant = useWorkshopStore((s) => s.doc?.workshop.variant ?? 'fullDay')
  const saveStatus = useWorkshopStore((s) => s.saveStatus)
  const canUndo = useWorkshopStore((s) => s.canUndoIn(boardId))
  const canRedo = useWorkshopStore((s) => s.canRedoIn(boardId))
  const theme = cardTitleLine(cardFor(variant, 'theme3'))

  return (
    <header className="app-header board-header">
      <a
        className="button button--ghost app-header__back"
        href={routeHref({ name: 'workshop', workshopId, section: 'groups' })}
      >
        <span aria-hidden="true">←</span> {t.boardBackToSetup}
      </a>
      <div className="board-header__title-block">
        <h1 className="board-header__group">{props.groupName.trim() || t.groupName}</h1>
        <p className="board-header__theme" title={theme}>
          <span className="board-header__theme-label">{t.theme3Title}</span>
          <span className="board-header__theme-text">{theme}</span>
        </p>
      </div>
      <div className="app-header__tools board-header__tools">
        <ThemeNav workshopId={workshopId} groupId={groupId} current="theme3" />
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
