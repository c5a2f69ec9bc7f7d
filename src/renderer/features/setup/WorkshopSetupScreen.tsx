import type { ReactNode } from 'react'
import type { SetupSection } from '../../navigation/useRoute'
import { BasicInfoSection } from './BasicInfoSection'
import { GroupsSection } from './GroupsSection'
import { SetupFrame } from './SetupFrame'
import type { SetupEditing } from './setupTypes'
import { ThemeCardsSection } from './ThemeCardsSection'
import { TimetableSection } from './TimetableSection'

interface WorkshopSetupScreenProps {
  workshopId: string
  section: SetupSection
  /**
   * 研修の企画 (features/planning, its own chunk): App.tsx passes it in, so that features stay
   * apart (the setup never imports another feature).
   */
  planning?: (editing: SetupEditing) => ReactNode
}

/**
 * 研修会の準備: 基本情報, 研修の企画, タイムテーブル, グループ, テーマカード of one workshop (参加者（名簿）
 * and グループ分け are RosterScreen, loaded with their route).
 */
export function WorkshopSetupScreen({ workshopId, section, planning }: WorkshopSetupScreenProps) {
  return (
    <SetupFrame workshopId={workshopId} section={section}>
      {(editing) => (
        <>
          {section === 'basics' ? <BasicInfoSection {...editing} /> : null}
          {section === 'planning' ? planning?.(editing) : null}
          {section === 'timetable' ? <TimetableSection {...editing} /> : null}
          {section === 'groups' ? <GroupsSection {...editing} /> : null}
          {section === 'cards' ? <ThemeCardsSection doc={editing.doc} /> : null}
        </>
      )}
    </SetupFrame>
  )
}
