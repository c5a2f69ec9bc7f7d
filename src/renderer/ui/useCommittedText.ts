import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react'
import { useAppServices } from '../session/appServices'
import { isComposing } from './keyboard'

/** A pause in typing this long commits the draft, so the text never lives only in the field. */
export const IDLE_COMMIT_MS = 1500

type Field = HTMLInputElement | HTMLTextAreaElement

export interface CommittedTextOptions {
  /** Multi-line: Shift+Enter inserts a line break, Enter commits. */
  multiline?: boolean
  /** Called with every draft while typing (for live previews); not an edit. */
  onDraft?: (text: string) => void
  /** Extra key handling that runs first (never during IME composition); true when handled. */
  onKey?: (event: KeyboardEvent<Field>) => boolean
}

/**
 * A text field's local draft, committed to the store as ONE edit (one undo step) on blur, on
 * Enter, after a pause in typing (IDLE_COMMIT_MS) and before any flush (page hidden or left,
 * window closing) — never per keystroke, and never on the Enter that accepts an IME conversion
 * or while a conversion is open. Escape puts the stored value back. While the field is not being edited it
 * follows the stored value, so undo/redo show up at once.
 */
export function useCommittedText(
  value: string,
  commit: (text: string) => void,
  options: CommittedTextOptions = {},
) {
  const [draft, setDraftState] = useState(value)
  const [dirty, setDirty] = useState(false)
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    if (!dirty) setDraftState(value)
  }

  const latest = useRef({ draft, dirty, value, commit })
  latest.current = { draft, dirty, value, commit }
  const onDraft = options.onDraft

  const flush = useCallback(() => {
    const { draft: text, dirty: isDirty, value: stored, commit: save } = latest.current
    if (!isDirty) return
    latest.current = { ...latest.current, dirty: false }
    setDirty(false)
    if (text !== stored) save(text)
    else setDraftState(stored)
  }, [])

  const revert = () => {
    latest.current = { ...latest.current, dirty: false }
    setDirty(false)
    setDraftState(latest.current.value)
    onDraft?.(latest.current.value)
  }

  // Typing and then closing the window, reloading or the machine sleeping must not lose the
  // text: every flush of the persistence layer commits registered drafts first.
  const { persistence } = useAppServices()
  useEffect(() => persistence.registerDraft(flush), [persistence, flush])

  // A pause in typing commits too (one undo step per pause), unless an IME conversion is open.
  const composing = useRef(false)
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const armIdleCommit = useCallback(() => {
    if (idleTimer.current !== null) clearTimeout(idleTimer.current)
    idleTimer.current = setTimeout(() => {
      idleTimer.current = null
      if (composing.current) armIdleCommit()
      else flush()
    }, IDLE_COMMIT_MS)
  }, [flush])
  useEffect(
    () => () => {
      if (idleTimer.current !== null) clearTimeout(idleTimer.current)
    },
    [],
  )
  // Nor leaving the screen without leaving the field (Alt+←): a layout cleanup runs before the
  // screen's passive cleanup closes the workshop, so the edit still reaches the open doc.
  useLayoutEffect(() => flush, [flush])

  const setDraft = (text: string) => {
    latest.current = { ...latest.current, draft: text, dirty: true }
    setDraftState(text)
    setDirty(true)
    onDraft?.(text)
    armIdleCommit()
  }

  const onChange = (event: ChangeEvent<Field>) => {
    setDraft(event.target.value)
  }

  const onKeyDown = (event: KeyboardEvent<Field>) => {
    if (isComposing(event)) return
    if (options.onKey?.(event)) return
    if (event.key === 'Enter' && !(options.multiline && event.shiftKey)) {
      event.preventDefault()
      flush()
    } else if (event.key === 'Escape' && latest.current.dirty) {
      event.preventDefault()
      event.stopPropagation()
      revert()
    }
  }

  return {
    draft,
    dirty,
    setDraft,
    flush,
    revert,
    bind: {
      value: draft,
      onChange,
      onKeyDown,
      onBlur: flush,
      onCompositionStart: () => {
        composing.current = true
      },
      onCompositionEnd: () => {
        composing.current = false
      },
    },
  }
}
