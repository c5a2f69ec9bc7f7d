import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useUndoShortcuts } from '../../ui/useUndoShortcuts'
import { createBoardActions } from './boardActions'
import { BoardAnnouncer } from './BoardAnnouncer'
import { BoardContext, type BoardContextValue } from './BoardContext'
import { BoardHeader } from './BoardHeader'
import { createBoardUiStore } from './boardUiStore'
import { NoteMenu } from './NoteMenu'
import { PickHint } from './PickHint'
import { Theme1Board } from './Theme1Board'
import { ThemeCardPanel } from '../../shell/ThemeCardPanel'
import { useCaptureShortcut } from './useCaptureShortcut'

interface Theme1BoardViewProps {
  workshopId: string
  groupId: string
  boardId: string
}

/** The board of one group once the workshop is open: its UI state, header, poster and panels. */
export function Theme1BoardView({ workshopId, groupId, boardId }: Theme1BoardViewProps) {
  const t = useT()
  const services = useAppServices()
  const messages = useRef(t)
  messages.current = t
  const [ui] = useState(createBoardUiStore)
  const dragHelpId = useId()
  const context = useMemo<BoardContextValue>(() => {
    const actions = createBoardActions({
      workshop: services.workshop,
      notices: services.notices,
      ui,
      boardId,
      messages: () => messages.current,
    })
    return { workshopId, groupId, boardId, ui, actions, dragHelpId }
  }, [services, ui, workshopId, groupId, boardId, dragHelpId])
  const { actions } = context

  const workshop = useWorkshopStore((s) => s.doc?.workshop)
  const groups = useWorkshopStore(useShallow((s) => (s.doc ? workshopGroups(s.doc) : [])))
  const groupName = groups.find((g) => g.id === groupId)?.name ?? ''
  const saveStatus = useWorkshopStore((s) => s.saveStatus)
  const canUndo = useWorkshopStore((s) => s.canUndoIn(boardId))
  const canRedo = useWorkshopStore((s) => s.canRedoIn(boardId))
  const [cardOpen, setCardOpen] = useState(false)
  const cardPanelId = useId()

  const closeCard = useCallback(() => {
    setCardOpen(false)
    document.querySelector<HTMLElement>('[data-card-toggle]')?.focus()
  }, [])

  useUndoShortcuts(actions.undo, actions.redo)
  useCaptureShortcut()

  useEffect(() => {
    document.title = `${groupName} ${t.boardTheme1} – ${t.appName}`
  }, [groupName, t])

  if (!workshop) return null

  return (
    <BoardContext.Provider value={context}>
      <div className={cardOpen ? 'screen screen--board has-card' : 'screen screen--board'}>
        <BoardHeader
          workshop={workshop}
          groupId={groupId}
          groupName={groupName}
          groups={groups}
          saveStatus={saveStatus}
          canUndo={canUndo}
          canRedo={canRedo}
          onUndo={actions.undo}
          onRedo={actions.redo}
          cardOpen={cardOpen}
          cardPanelId={cardPanelId}
          onToggleCard={() => {
            setCardOpen((open) => !open)
          }}
        />
        <div className="board-layout">
          <main className="board-main" aria-label={t.boardLabel(groupName)}>
            <Theme1Board />
          </main>
          {cardOpen ? (
            <ThemeCardPanel id={cardPanelId} themeId="theme1" onClose={closeCard} />
          ) : null}
        </div>
        <NoteMenu />
        <PickHint />
        <BoardAnnouncer />
      </div>
    </BoardContext.Provider>
  )
}
