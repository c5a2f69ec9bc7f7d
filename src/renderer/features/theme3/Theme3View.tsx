import type { GroupThemeViewProps } from '../board/GroupThemeScreen'

/** The テーマ3 screen once the workshop is open (placeholder: being built). */
export function Theme3View({ boardId }: GroupThemeViewProps) {
  return <main className="screen theme3" data-board-id={boardId} />
}
