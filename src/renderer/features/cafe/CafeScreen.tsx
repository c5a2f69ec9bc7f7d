import '../../styles/board.css'
import '../../styles/cafe.css'
import { GroupThemeScreen } from '../../shell/GroupThemeScreen'
import { CafeView } from './CafeView'

interface CafeScreenProps {
  workshopId: string
  groupId: string
}

/**
 * ワールドカフェ at one table (#/w/<workshopId>/g/<groupId>/cafe): the group's outputs for its
 * visitors, who leave 「いいね」 and comments (report L7290-7292, 「いいね」 L7513). On the
 * facilitator's laptop and on the table's own device in table mode alike.
 */
export function CafeScreen({ workshopId, groupId }: CafeScreenProps) {
  return (
    <GroupThemeScreen workshopId={workshopId} groupId={groupId} themeId="theme1" View={CafeView} />
  )
}
