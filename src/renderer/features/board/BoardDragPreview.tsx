import { useWorkshopStore } from '../../session/appServices'
import { useBoardUi } from './BoardContext'
import { NoteBody } from './NoteBody'

/** What follows the pointer while dragging (DragOverlay): the note, with how many move along. */
export function BoardDragPreview() {
  const dragging = useBoardUi((s) => s.dragging)
  const note = useWorkshopStore((s) => (dragging ? s.doc?.notes[dragging.noteId] : undefined))
  if (!dragging || !note) return null
  return (
    <div className={`note note--${note.kind} note--${note.color} note--preview`} aria-hidden="true">
      <NoteBody
        text={note.text}
        who={note.who.join(',')}
        tane={note.tane}
        otherScenes=""
        count={dragging.ids.length}
      />
    </div>
  )
}
