import type { SetupSection } from '../../navigation/useRoute'
import { BasicInfoSection } from './BasicInfoSection'
import { GroupsSection } from './GroupsSection'
import { SetupFrame } from './SetupFrame'
import { ThemeCardsSection } from './ThemeCardsSection'
import { TimetableSection } from './TimetableSection'

interface WorkshopSetupScreenProps {
  workshopId: string
  section: SetupSection
}

/**
 * 研修会の準備: 基本情報, タイムテーブル, グループ, テーマカード of one workshop (参加者（名簿）
 * and グループ分け are RosterScreen, loaded with their route).
 */
export function WorkshopSetupScreen({ workshopId, section }: WorkshopSetupScreenProps) {
  return (
    <SetupFrame workshopId={workshopId} section={section}>
      {(editing) => (
        <>
          {section === 'basics' ? <BasicInfoSection {...editing} /> : null}
          {section === 'timetable' ? <TimetableSection {...editing} /> : null}
          {section === 'groups' ? <GroupsSection {...editing} /> : null}
          {section === 'cards' ? <ThemeCardsSection doc={editing.doc} /> : null}
        </>
      )}
    </SetupFrame>
  )
}
