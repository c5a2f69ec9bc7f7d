import '../../styles/board.css'
import '../../styles/theme2.css'
import { GroupThemeScreen } from '../../shell/GroupThemeScreen'
import { Theme2View } from './Theme2View'

interface Theme2ScreenProps {
  workshopId: string
  groupId: string
}

/**
 * テーマ2 of one group (#/w/<workshopId>/g/<groupId>/theme2): from the タネ of テーマ1 to causes,
 * their priority, the main cause, countermeasures and indicators.
 */
export function Theme2Screen({ workshopId, groupId }: Theme2ScreenProps) {
  return (
    <GroupThemeScreen
      workshopId={workshopId}
      groupId={groupId}
      themeId="theme2"
      View={Theme2View}
    />
  )
}
