import type { GroupThemeViewProps } from '../board/GroupThemeScreen'

/** The 伝達シート screen once the workshop is open (placeholder: being built). */
export function BriefView({ boardId }: GroupThemeViewProps) {
  return <main className="screen brief" data-board-id={boardId} />
}
