import { cardFor, cardTitleLine } from '../../../shared/templates/themeCards'
import { useWorkshopStore } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { ThemeNav } from '../../shell/ThemeNav'
import { SaveStatusBadge } from '../../ui/SaveStatusBadge'
import { UndoRedoButtons } from '../../ui/UndoRedoButtons'
import { useTheme2 } from './Theme2Context'

interface Theme2HeaderProps {
  groupName: string
  onUndo: () => void
  onRedo: () => void
  cardOpen: boolean
  cardPanelId: string
  onToggleCard: () => void
}

/** 「Ａグループ」 with テーマ2 under it, a link back to テーマ1, the card, undo/redo, save state. */
export function Theme2Header(props: Theme2HeaderProps) {
  const t = useT()
  const { workshopId, groupId, boardId } = useTheme2()
  const variant = useWorkshopStore((s) => s.doc?.workshop.variant ?? 'fullDay')
  const saveStatus = useWorkshopStore((s) => s.saveStatus)
  const canUndo = useWorkshopStore((s) => s.canUndoIn(boardId))
  const canRedo = useWorkshopStore((s) => s.canRedoIn(boardId))
  const theme = cardTitleLine(cardFor(variant, 'theme2'))
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
          <span className="board-header__theme-label">{t.theme2Title}</span>
          <span className="board-header__theme-text">{theme}</span>
        </p>
      </div>
      <div className="app-header__tools board-header__tools">
        <ThemeNav workshopId={workshopId} groupId={groupId} current="theme2" />
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
