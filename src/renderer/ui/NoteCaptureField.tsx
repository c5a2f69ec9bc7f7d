import { useState, type KeyboardEvent } from 'react'
import { LIMITS } from '../../shared/model/limits'
import { useAppServices } from '../session/appServices'
import { useT } from '../i18n/useT'
import { isComposing } from './keyboard'

export interface NoteCaptureFieldProps {
  /** The board whose edits Ctrl+Z / Ctrl+Shift+Z undo and redo from an empty field. */
  boardId: string
  /** The screen's class and data-attribute prefix: `t2` (テーマ2) or `t3` (テーマ3). */
  prefix: 't2' | 't3'
  label: string
  placeholder?: string
  /** Adds the text; true when it was added (the field then empties and keeps the focus). */
  onSubmit: (text: string) => boolean
  /** Escape in an empty field (e.g. closes a "why?" field). */
  onEscape?: () => void
  autoFocus?: boolean
  className?: string
  /** The data-<prefix>-capture value, to find the field (tests, shortcuts). */
  name?: string
}

/**
 * A field for writing sticky notes as fast as the table talks: Enter adds and the focus stays,
 * Shift+Enter breaks the line, and the Enter that accepts an IME conversion (isComposing /
 * keyCode 229) never adds. In an empty field Ctrl+Z / Ctrl+Shift+Z undo and redo this board's
 * edits (like the テーマ1 capture field).
 */
export function NoteCaptureField(props: NoteCaptureFieldProps) {
  const t = useT()
  const [text, setText] = useState('')
  const store = useAppServices().workshop
  const { boardId, prefix } = props

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
      // Nothing typed to undo here: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo the board's edits.
      const key = event.key.toLowerCase()
      if (key !== 'z' && key !== 'y') return
      event.preventDefault()
      if (key === 'z' && !event.shiftKey) store.getState().undo(boardId)
      else store.getState().redo(boardId)
    }
  }

  return (
    <div className={[`${prefix}-capture`, props.className ?? ''].join(' ').trim()}>
      <textarea
        className={`field capture__field ${prefix}-capture__field`}
        value={text}
        rows={1}
        maxLength={LIMITS.noteTextChars}
        spellCheck={false}
        aria-label={props.label}
        placeholder={props.placeholder}
        {...{ [`data-${prefix}-capture`]: props.name }}
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
