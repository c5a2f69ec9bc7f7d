import { useEffect, useMemo, useRef } from 'react'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import type { SetupSection } from '../../navigation/useRoute'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { timetableRows } from '../../../shared/ops/timetableOps'
import { useT } from '../../i18n/useT'
import { BasicInfoSection } from './BasicInfoSection'
import { GroupsSection } from './GroupsSection'
import { SetupHeader } from './SetupHeader'
import { SetupNav } from './SetupNav'
import { SETUP_SCOPE } from '../../stores/history'
import type { Edit } from '../../stores/storeTypes'
import { undoNotice } from '../../stores/undoNotice'
import type { SetupEditing } from './setupTypes'
import { ThemeCardsSection } from './ThemeCardsSection'
import { TimetableSection } from './TimetableSection'
import { useUndoShortcuts } from '../../ui/useUndoShortcuts'

interface WorkshopSetupScreenProps {
  workshopId: string
  section: SetupSection
}

/** 研修会の準備: 基本情報, タイムテーブル, グループ, テーマカード of one workshop. */
export function WorkshopSetupScreen({ workshopId, section }: WorkshopSetupScreenProps) {
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
        {section === 'basics' ? <BasicInfoSection {...editing} /> : null}
        {section === 'timetable' ? <TimetableSection {...editing} /> : null}
        {section === 'groups' ? <GroupsSection {...editing} /> : null}
        {section === 'cards' ? <ThemeCardsSection doc={doc} /> : null}
      </main>
    </div>
  )
}
