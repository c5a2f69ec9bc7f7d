import { useId, useMemo, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { createBoardActions } from './boardActions'
import { BoardAnnouncer } from './BoardAnnouncer'
import { BoardContext, type BoardContextValue } from './BoardContext'
import { GatherDialog } from './GatherDialog'
import { MergeImportedDialog } from './MergeImportedDialog'
import { GroupSwitcher } from './GroupSwitcher'
import { createBoardUiStore } from './boardUiStore'
import { NoteMenu } from './NoteMenu'
import { PickHint } from './PickHint'
import { SelectionBar } from './SelectionBar'
import { Theme1Board } from './Theme1Board'
import { ProjectLink } from '../../shell/ProjectLink'
import { ThemeScreenFrame } from '../../shell/ThemeScreenFrame'
import { useCaptureShortcut } from './useCaptureShortcut'

interface Theme1BoardViewProps {
  workshopId: string
  groupId: string
  boardId: string
}

/**
 * The board of one group once the workshop is open: its UI state, the poster, the note menu and
 * hints, in the theme screen's frame (with the group switcher and 投影 in the header).
 */
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

  const variant = useWorkshopStore((s) => s.doc?.workshop.variant)
  const groups = useWorkshopStore(useShallow((s) => (s.doc ? workshopGroups(s.doc) : [])))
  useCaptureShortcut()

  if (!variant) return null

  return (
    <BoardContext.Provider value={context}>
      <ThemeScreenFrame
        place={{ workshopId, groupId, boardId }}
        themeId="theme1"
        beside={<GroupSwitcher workshopId={workshopId} groupId={groupId} groups={groups} />}
        tools={
          <ProjectLink
            route={{ name: 'theme1Projector', workshopId, groupId }}
            title={t.boardProjectHint}
          >
            {t.boardProject}
          </ProjectLink>
        }
        after={
          <>
            <NoteMenu />
            <GatherDialog />
            <MergeImportedDialog />
            <SelectionBar />
            <PickHint />
            <BoardAnnouncer />
          </>
        }
      >
        <Theme1Board />
      </ThemeScreenFrame>
    </BoardContext.Provider>
  )
}
