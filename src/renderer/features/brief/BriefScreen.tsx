import '../../styles/board.css'
import '../../styles/brief.css'
import { GroupThemeScreen } from '../../shell/GroupThemeScreen'
import { BriefView } from './BriefView'

interface BriefScreenProps {
  workshopId: string
  groupId: string
}

/**
 * The 伝達シート of one group's テーマ3 canvases (#/w/<workshopId>/g/<groupId>/theme3/brief): a
 * one-page A4 brief for the municipality, generated from a canvas, editable, printable.
 */
export function BriefScreen({ workshopId, groupId }: BriefScreenProps) {
  return (
    <GroupThemeScreen workshopId={workshopId} groupId={groupId} themeId="theme3" View={BriefView} />
  )
}
