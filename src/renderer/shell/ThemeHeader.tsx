import type { ReactNode } from 'react'
import type { ThemeId } from '../../shared/model/themes'
import { useT } from '../i18n/useT'
import { routeHref } from '../navigation/useRoute'
import { SaveStatusBadge } from '../ui/SaveStatusBadge'
import { UndoRedoButtons } from '../ui/UndoRedoButtons'
import { ThemeNav } from './ThemeNav'
import { TimeBanner } from './TimeBanner'
import { useTableMode } from './tableMode'
import type { BoardUndo } from './useBoardUndo'
import type { ThemeCard } from './useThemeCard'
import { AnnexButton } from '../ui/AnnexButton'

interface ThemeHeaderProps {
  workshopId: string
  groupId: string
  /** The theme this screen belongs to (ThemeNav marks it). */
  themeId: ThemeId
  groupName: string
  /** Under the group's name: 「テーマ2」 and the theme's line. */
  themeLabel: string
  themeText: string
  /** The theme line's tooltip (the line may be cut off). */
  themeHint?: string
  /** The way back; by default to the workshop's groups in the setup (none in table mode). */
  back?: { href: string; label: string }
  className?: string
  /** Between the title and the tools (テーマ1: the group switcher). */
  beside?: ReactNode
  /** The theme card's toggle (screens with the card). */
  card?: ThemeCard
  /** Tools after the card's toggle: 伝達シート, 投影. */
  children?: ReactNode
  undo: BoardUndo
}

/**
 * The header of a group's theme screens: 「Ａグループ」 with the theme under it, the way back,
 * links to the group's other themes, the card, the screen's own tools, undo/redo, save state.
 * In table mode (`TableModeContext`) the way back and `beside` give way to the table's bar.
 */
export function ThemeHeader(props: ThemeHeaderProps) {
  const t = useT()
  const { workshopId, groupId, card, undo } = props
  // Table mode: no way to the setup or to other groups; the link's state and 参加をやめる instead.
  const table = useTableMode()
  const back =
    props.back ??
    (table
      ? null
      : {
          href: routeHref({ name: 'workshop', workshopId, section: 'groups' }),
          label: t.boardBackToSetup,
        })
  return (
    <header className={['app-header board-header', props.className].filter(Boolean).join(' ')}>
      {back ? (
        <a className="button button--ghost app-header__back" href={back.href}>
          <span aria-hidden="true">←</span> {back.label}
        </a>
      ) : null}
      {table?.bar}
      <div className="board-header__title-block">
        <h1 className="board-header__group">{props.groupName.trim() || t.groupName}</h1>
        <p className="board-header__theme" title={props.themeHint}>
          <span className="board-header__theme-label">{props.themeLabel}</span>
          <TimeBanner workshopId={workshopId} />
          <span className="board-header__theme-text">{props.themeText}</span>
        </p>
      </div>
      {table ? null : props.beside}
      <div className="app-header__tools board-header__tools">
        <ThemeNav workshopId={workshopId} groupId={groupId} current={props.themeId} />
        {card ? (
          <button
            type="button"
            className={card.open ? 'button button--small is-on' : 'button button--small'}
            aria-expanded={card.open}
            aria-controls={card.open ? card.panelId : undefined}
            title={t.boardThemeCardHint}
            data-card-toggle=""
            onClick={card.toggle}
          >
            {t.boardThemeCard}
          </button>
        ) : null}
        {props.children}
        <AnnexButton small />
        <UndoRedoButtons
          canUndo={undo.canUndo}
          canRedo={undo.canRedo}
          onUndo={undo.onUndo}
          onRedo={undo.onRedo}
          small
        />
        <SaveStatusBadge status={undo.saveStatus} />
      </div>
    </header>
  )
}
