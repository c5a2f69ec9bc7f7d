import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import type { SetupSection } from '../../navigation/useRoute'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { timetableRows } from '../../../shared/ops/timetableOps'
import { rosterPeople } from '../../../shared/roster/rosterOps'
import { useT } from '../../i18n/useT'
import { SetupHeader } from './SetupHeader'
import { SetupNav } from './SetupNav'
import { SETUP_SCOPE } from '../../stores/history'
import type { Edit } from '../../stores/storeTypes'
import { undoNotice } from '../../stores/undoNotice'
import type { SetupEditing } from './setupTypes'
import { useUndoShortcuts } from '../../ui/useUndoShortcuts'

interface SetupFrameProps {
  workshopId: string
  section: SetupSection
  /** The section's content, given the open workshop and a way to edit it. */
  children: (editing: SetupEditing) => ReactNode
}

/**
 * The frame of 研修会の準備 (header with undo/redo and the save state, the sections' tabs) around
 * one section: WorkshopSetupScreen's sections and the 名簿's screen (its own chunk) alike.
 */
export function SetupFrame({ workshopId, section, children }: SetupFrameProps) {
  const t = useT()
  const { status, doc } = useOpenedWorkshop(workshopId)
  const saveStatus = useWorkshopStore((s) => s.saveStatus)
  // Undo and redo stay on the setup (the workshop, timetable and groups), never a board's notes.
  const canUndo = useWorkshopStore((s) => s.canUndoIn(SETUP_SCOPE))
  const canRedo = useWorkshopStore((s) => s.canRedoIn(SETUP_SCOPE))
  const services = useAppServices()
  const actions = useMemo(() => {
    const store = services.workshop
    return {
      apply: (edit: Edit) => store.getState().apply(edit),
      undo: () => {
        store.getState().undo(SETUP_SCOPE)
      },
      redo: () => {
        store.getState().redo(SETUP_SCOPE)
      },
      notifyUndoable: (message: string, undoId: number | null) => {
        services.notices.getState().push(undoNotice(store, undoId, message))
      },
    }
  }, [services])

  useEffect(() => {
    const title = doc?.workshop.title.trim() || t.untitled
    document.title = `${title} – ${t.appName}`
  }, [doc?.workshop.title, t])

  // A new section starts at its top (the header stays; it is sticky).
  const shownSection = useRef(section)
  useEffect(() => {
    if (shownSection.current === section) return
    shownSection.current = section
    window.scrollTo({ top: 0 })
  }, [section])

  useUndoShortcuts(actions.undo, actions.redo)

  if (status === 'missing') return <WorkshopMissing />
  if (!doc) return <WorkshopLoading />

  const editing: SetupEditing = {
    doc,
    apply: actions.apply,
    notifyUndoable: actions.notifyUndoable,
  }
  const counts = {
    timetable: timetableRows(doc).length,
    roster: rosterPeople(doc).length,
    groups: workshopGroups(doc).length,
  }

  return (
    <div className="screen screen--setup">
      <div className="setup-top">
        <SetupHeader
          workshop={doc.workshop}
          saveStatus={saveStatus}
          canUndo={canUndo}
          canRedo={canRedo}
          onUndo={actions.undo}
          onRedo={actions.redo}
        />
        <SetupNav workshopId={workshopId} current={section} counts={counts} />
      </div>
      <main className="setup-main" id="main">
        {children(editing)}
      </main>
    </div>
  )
}
