import '../../styles/board.css'
import '../../styles/boardView.css'
import { GroupThemeScreen } from '../../shell/GroupThemeScreen'
import { Theme1BoardView } from './Theme1BoardView'

interface Theme1BoardScreenProps {
  workshopId: string
  groupId: string
}

/**
 * テーマ1 of one group (#/w/<workshopId>/g/<groupId>/theme1): the poster with the four scenes
 * and the tray, where the table's 司会・書記 writes the 困りごと down as sticky notes and sorts
 * them.
 */
export function Theme1BoardScreen({ workshopId, groupId }: Theme1BoardScreenProps) {
  return (
    <GroupThemeScreen
      workshopId={workshopId}
      groupId={groupId}
      themeId="theme1"
      View={Theme1BoardView}
    />
  )
}
