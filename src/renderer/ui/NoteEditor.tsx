import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useAppServices } from '../session/appServices'
import { LIMITS } from '../../shared/model/limits'
import { useT } from '../i18n/useT'
import { isComposing } from './keyboard'

interface NoteEditorProps {
  initial: string
  /** Called once: with the new text to save, or null to keep the note as it was. */
  onDone: (text: string | null) => void
}

/**
 * Editing a note in place: Enter saves (never the Enter that accepts an IME conversion),
 * Shift+Enter breaks the line, Escape cancels, leaving the field saves. An emptied note keeps
 * its text (delete it instead).
 */
export function NoteEditor({ initial, onDone }: NoteEditorProps) {
  const t = useT()
  const [draft, setDraft] = useState(initial)
  const ref = useRef<HTMLTextAreaElement>(null)
  const done = useRef(false)

  useLayoutEffect(() => {
    const field = ref.current
    if (!field) return
    field.focus()
    field.setSelectionRange(field.value.length, field.value.length)
  }, [])

  const finish = (text: string | null) => {
    if (done.current) return
    done.current = true
    onDone(text !== null && text.trim() !== '' && text !== initial ? text : null)
  }

  // A flush (page hidden or left, window closing) saves the text being edited first.
  const latest = useRef({ draft, finish })
  latest.current = { draft, finish }
  const { persistence } = useAppServices()
  useEffect(
    () =>
      persistence.registerDraft(() => {
        latest.current.finish(latest.current.draft)
      }),
    [persistence],
  )

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // The note around the field must not see these keys (Space picks a note up, Delete deletes).
    event.stopPropagation()
    if (isComposing(event)) return
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      finish(draft)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      finish(null)
    }
  }

  return (
    <textarea
      ref={ref}
      className="note__editor"
      value={draft}
      aria-label={t.boardEditLabel}
      maxLength={LIMITS.noteTextChars}
      spellCheck={false}
      onChange={(event) => {
        setDraft(event.target.value)
      }}
      onKeyDown={handleKeyDown}
      onBlur={() => {
        finish(draft)
      }}
      onPointerDown={(event) => {
        event.stopPropagation()
      }}
      onClick={(event) => {
        event.stopPropagation()
      }}
      onDoubleClick={(event) => {
        event.stopPropagation()
      }}
    />
  )
}
