import '../../../styles/roster.css'
import type { SetupSection } from '../../../navigation/useRoute'
import { SetupFrame } from '../SetupFrame'
import { RosterSection } from './RosterSection'
import { SeatingSection } from './SeatingSection'

interface RosterScreenProps {
  workshopId: string
  section: SetupSection
}

/**
 * 参加者（名簿） of 研修会の準備, loaded with its route (app/screens.ts): the 名簿 (`roster`) and
 * the グループ分け (`seating`: the unassigned pool beside the groups).
 */
export function RosterScreen({ workshopId, section }: RosterScreenProps) {
  return (
    <SetupFrame workshopId={workshopId} section={section}>
      {(editing) =>
        section === 'seating' ? <SeatingSection {...editing} /> : <RosterSection {...editing} />
      }
    </SetupFrame>
  )
}
