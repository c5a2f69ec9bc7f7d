import { useBoardUi } from './BoardContext'

/**
 * The board's polite live region: what a keyboard move, a drop, an added or deleted note did, in
 * Japanese. The text is keyed by its sequence number, so the same sentence twice is read twice.
 */
export function BoardAnnouncer() {
  const announcement = useBoardUi((s) => s.announcement)
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-board-announcer=""
    >
      <span key={announcement.seq}>{announcement.text}</span>
    </div>
  )
}
