import type { WorkshopDoc } from '../../../shared/model/workshopDoc'

/**
 * What the console's frame reads of the doc (its header, the timer, the chimes, 「LAN共有」, and
 * on the projector the frame, the timer and the 進行表): the workshop, the timetable and the
 * groups. A table's edit of its board keeps them (the same objects), so these are not rendered
 * again for it; グループ一覧, 全体共有 and the projected board read the boards from the store
 * themselves.
 */
export function sameConsoleFrame(shown: WorkshopDoc, next: WorkshopDoc): boolean {
  return (
    shown.workshop === next.workshop && shown.rows === next.rows && shown.groups === next.groups
  )
}
