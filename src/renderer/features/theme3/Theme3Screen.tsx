import '../../styles/board.css'
import '../../styles/theme3.css'
import { GroupThemeScreen } from '../../shell/GroupThemeScreen'
import { Theme3View } from './Theme3View'

interface Theme3ScreenProps {
  workshopId: string
  groupId: string
}

/**
 * テーマ3 of one group (#/w/<workshopId>/g/<groupId>/theme3): for each 地域課題 a canvas of how to
 * tell the municipality (事実・情報 / そこから考えられること / 補足する情報・資料 / 伝え方・共有の方法)
 * with the questions a municipal officer will likely ask.
 */
export function Theme3Screen({ workshopId, groupId }: Theme3ScreenProps) {
  return (
    <GroupThemeScreen
      workshopId={workshopId}
      groupId={groupId}
      themeId="theme3"
      View={Theme3View}
    />
  )
}
