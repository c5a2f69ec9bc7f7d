import { noteExcerpt } from '../../../shared/board/theme1Keyboard'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useBoardUi } from './BoardContext'

/** Shown while a note is picked up with the keyboard: which keys move, drop and cancel. */
export function PickHint() {
  const t = useT()
  const noteId = useBoardUi((s) => s.picked?.noteId ?? null)
  const text = useWorkshopStore((s) => (noteId ? (s.doc?.notes[noteId]?.text ?? '') : ''))
  if (!noteId) return null
  return (
    <p className="pick-hint" aria-hidden="true">
      {t.boardPickHint(noteExcerpt(text, 16))}
    </p>
  )
}
