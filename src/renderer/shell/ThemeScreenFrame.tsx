import { useEffect, type ReactNode } from 'react'
import type { ThemeId } from '../../shared/model/themes'
import { cardFor, cardTitleLine } from '../../shared/templates/themeCards'
import type { Messages } from '../i18n/messages.ja'
import { useT } from '../i18n/useT'
import { useWorkshopStore } from '../session/appServices'
import type { GroupThemeViewProps } from './GroupThemeScreen'
import { ThemeCardPanel } from './ThemeCardPanel'
import { ThemeHeader } from './ThemeHeader'
import { useBoardUndo } from './useBoardUndo'
import { useThemeCard } from './useThemeCard'

/** Each theme screen's words and class (t2, t3: `<class>-main`, `data-<class>-announcer`). */
const THEME_SCREENS: Record<
  ThemeId,
  {
    label: (t: Messages) => string
    main: (t: Messages, group: string) => string
    className?: string
  }
> = {
  theme1: { label: (t) => t.boardTheme1, main: (t, group) => t.boardLabel(group) },
  theme2: {
    label: (t) => t.theme2Title,
    main: (t, group) => t.theme2Page(group.trim() || t.groupName),
    className: 't2',
  },
  theme3: {
    label: (t) => t.theme3Title,
    main: (t, group) => t.theme3Page(group.trim() || t.groupName),
    className: 't3',
  },
}

interface ThemeScreenFrameProps {
  /** The workshop, the group and its board of this theme. */
  place: GroupThemeViewProps
  themeId: ThemeId
  /** What the screen reader is told (テーマ2, テーマ3; テーマ1's board has its own announcer). */
  announcement?: string
  /** In the header, between the title and the tools (テーマ1: the group switcher). */
  beside?: ReactNode
  /** In the header, after the card's toggle: 伝達シート, 投影. */
  tools?: ReactNode
  /** After the board: menus, hints. */
  after?: ReactNode
  children: ReactNode
}

/**
 * A group's theme screen (テーマ1-3) around what the theme draws: the header (the group, the
 * theme's line, the way back, ThemeNav, the card's toggle, the theme's tools, undo/redo of this
 * board with Ctrl+Z / Ctrl+Y, the save state), the board in the main landmark, the theme's card
 * beside it, and the window's title.
 */
export function ThemeScreenFrame(props: ThemeScreenFrameProps) {
  const t = useT()
  const { themeId } = props
  const screen = THEME_SCREENS[themeId]
  const themeLabel = screen.label(t)
  const { workshopId, groupId, boardId } = props.place
  const groupName = useWorkshopStore((s) => s.doc?.groups[groupId]?.name ?? '')
  const variant = useWorkshopStore((s) => s.doc?.workshop.variant ?? 'fullDay')
  const card = useThemeCard()
  const undo = useBoardUndo(boardId)
  const theme = cardTitleLine(cardFor(variant, themeId))

  useEffect(() => {
    document.title = `${groupName} ${themeLabel} – ${t.appName}`
  }, [groupName, themeLabel, t])

  const className = ['screen screen--board', screen.className, card.open ? 'has-card' : null]
  return (
    <div className={className.filter(Boolean).join(' ')}>
      <ThemeHeader
        workshopId={workshopId}
        groupId={groupId}
        themeId={themeId}
        groupName={groupName}
        themeLabel={themeLabel}
        themeText={theme}
        themeHint={theme}
        beside={props.beside}
        card={card}
        undo={undo}
      >
        {props.tools}
      </ThemeHeader>
      <div className="board-layout">
        <main
          className={screen.className ? `${screen.className}-main` : 'board-main'}
          aria-label={screen.main(t, groupName)}
        >
          {props.children}
        </main>
        {card.open ? (
          <ThemeCardPanel id={card.panelId} themeId={themeId} onClose={card.close} />
        ) : null}
      </div>
      {props.after}
      {screen.className ? (
        <p
          className="visually-hidden"
          aria-live="polite"
          {...{ [`data-${screen.className}-announcer`]: '' }}
        >
          {props.announcement}
        </p>
      ) : null}
    </div>
  )
}
