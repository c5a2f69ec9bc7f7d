import { useWorkshopStore } from '../../session/appServices'
import { useLang } from '../../i18n/useT'
import { useBoardUi } from './BoardContext'
import { useDropWords } from './dropLabel'
import { NoteBody } from './NoteBody'

/**
 * What follows the pointer while dragging (DragOverlay): the note, with how many move along, and
 * below it what a drop there will do (dropLabel; the screen reader hears dnd-kit's own words and
 * the result after the drop).
 */
export function BoardDragPreview() {
  const dragging = useBoardUi((s) => s.dragging)
  const note = useWorkshopStore((s) => (dragging ? s.doc?.notes[dragging.noteId] : undefined))
  const words = useDropWords((s) => s.words)
  const lang = useLang()
  if (!dragging || !note) return null
  return (
    <div className={`note note--${note.kind} note--${note.color} note--preview`} aria-hidden="true">
      <NoteBody
        text={note.text}
        who={note.who.join(',')}
        tane={note.tane}
        otherScenes=""
        count={dragging.ids.length}
        lang={lang}
      />
      {words ? (
        <p className="drop-words" data-drop-words="">
          <span className="drop-words__text">{words.text}</span>
          {words.reason ? <span className="drop-words__reason">{words.reason}</span> : null}
        </p>
      ) : null}
    </div>
  )
}
