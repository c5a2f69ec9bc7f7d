import { useState, type KeyboardEvent } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import { useAppServices } from '../../app/appServices'
import { useT } from '../../i18n/useT'
import { isComposing } from '../setup/keyboard'
import { useTheme3 } from './Theme3Context'

interface CanvasCaptureProps {
  label: string
  placeholder?: string
  /** Adds the text; true when it was added (the field then empties and keeps the focus). */
  onSubmit: (text: string) => boolean
  /** Escape in an empty field (e.g. closes the 「新しい地域課題」 field). */
  onEscape?: () => void
  autoFocus?: boolean
  /** data-t3-capture value, to find the field (tests, shortcuts). */
  name: string
  className?: string
}

/**
 * A field for writing notes as fast as the table talks: Enter adds and the focus stays,
 * Shift+Enter breaks the line, and the Enter that accepts an IME conversion (isComposing /
 * keyCode 229) never adds. In an empty field Ctrl+Z / Ctrl+Shift+Z undo and redo this board's
 * edits, as on the other boards.
 */
export function CanvasCapture(props: CanvasCaptureProps) {
  const t = useT()
  const [text, setText] = useState('')
  const store = useAppServices().workshop
  const { boardId } = useTheme3()

  const submit = () => {
    if (text.trim() === '') return
    if (props.onSubmit(text)) setText('')
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposing(event)) return
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault()
      submit()
    } else if (event.key === 'Escape' && text === '' && props.onEscape) {
      event.preventDefault()
      props.onEscape()
    } else if ((event.ctrlKey || event.metaKey) && text === '') {
      const key = event.key.toLowerCase()
      if (key !== 'z' && key !== 'y') return
      event.preventDefault()
      if (key === 'z' && !event.shiftKey) store.getState().undo(boardId)
      else store.getState().redo(boardId)
    }
  }

  return (
    <div className={['t3-capture', props.className ?? ''].join(' ').trim()}>
      <textarea
        className="field capture__field t3-capture__field"
        value={text}
        rows={1}
        maxLength={LIMITS.noteTextChars}
        spellCheck={false}
        aria-label={props.label}
        placeholder={props.placeholder}
        data-t3-capture={props.name}
        autoFocus={props.autoFocus}
        onChange={(event) => {
          setText(event.target.value)
        }}
        onKeyDown={handleKeyDown}
      />
      <button
        type="button"
        className="button button--small"
        disabled={text.trim() === ''}
        onMouseDown={(event) => {
          event.preventDefault()
        }}
        onClick={submit}
      >
        {t.boardAdd}
      </button>
    </div>
  )
}
