import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { parsePastedList } from '../../../shared/board/pastedList'
import { LIMITS } from '../../../shared/model/limits'
import type { SceneKey } from '../../../shared/model/scenes'
import { workshopScenes } from '../../../shared/board/theme1Layout'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'
import type { CaptureOptions } from './boardActions'
import { useBoard } from './BoardContext'
import { areaName } from './boardKeys'
import { CaptureOptionsBar } from './CaptureOptionsBar'
import { PasteListDialog, type PastedListState } from './PasteListDialog'
import { captureKeyOf } from './useCaptureShortcut'

interface CaptureFieldProps {
  scene: SceneKey | null
  areaTitle: string
}

const INITIAL: CaptureOptions = { kind: 'hand', who: [], tane: false }

/**
 * The field at the bottom of an area, for writing notes as fast as the table talks: Enter adds
 * the note to this area and the field stays focused and empty for the next one; Shift+Enter
 * breaks the line; the Enter that accepts an IME conversion never adds. Only this field
 * re-renders while typing. In an empty field, Ctrl+Z / Ctrl+Shift+Z undo and redo board edits
 * (there is no typing to undo), so a note added by mistake is one keystroke away. A pasted list
 * (several lines) opens a preview that adds one note per line in one undo step. The chips
 * (who, タネ) stay as set for the next note, but 見出し is for one note only.
 */
export function CaptureField({ scene, areaTitle }: CaptureFieldProps) {
  const t = useT()
  const { actions } = useBoard()
  const [text, setText] = useState('')
  const [options, setOptions] = useState<CaptureOptions>(INITIAL)
  const field = useRef<HTMLTextAreaElement>(null)
  const hintId = useId()
  const shortcut = useWorkshopStore((s) => captureKeyOf(s.doc ? workshopScenes(s.doc) : [], scene))
  /** A pasted list waiting for its preview's answer, with what was pasted and where. */
  const [pasted, setPasted] = useState<
    (PastedListState & { raw: string; start: number; end: number }) | null
  >(null)

  const showLastNote = () => {
    requestAnimationFrame(() => {
      const list = field.current?.closest('[data-area]')?.querySelector('.board-area__notes')
      if (list) list.scrollTop = list.scrollHeight
    })
  }

  const submit = () => {
    if (text.trim() === '') return
    const id = actions.add(scene, text, options)
    if (!id) return
    setText('')
    // A 見出し is one note: the next one is a 手元用 again unless 見出し is chosen again.
    if (options.kind === 'heading') setOptions({ ...options, kind: 'hand' })
    showLastNote()
  }

  // A list pasted (several lines: a memo, an Excel column) becomes one note per line after a
  // preview; a single line is pasted as usual.
  const handlePaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const raw = event.clipboardData.getData('text/plain')
    const parsed = parsePastedList(raw)
    if (parsed.lines.length < 2) return
    event.preventDefault()
    const { selectionStart: start, selectionEnd: end } = event.currentTarget
    setPasted({ ...parsed, raw, start, end })
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposing(event)) return
    const mod = event.ctrlKey || event.metaKey
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault()
      submit()
      return
    }
    if (!mod || text !== '') return
    const key = event.key.toLowerCase()
    if (key === 'z' || key === 'y') {
      event.preventDefault()
      if (key === 'z' && !event.shiftKey) actions.undo()
      else actions.redo()
    }
  }

  const custom = options.kind !== INITIAL.kind || options.who.length > 0 || options.tane
  return (
    <div className="capture" data-custom={custom ? '' : undefined}>
      <div className="capture__row">
        <textarea
          ref={field}
          className="field capture__field"
          data-capture={areaName(scene)}
          value={text}
          rows={1}
          maxLength={LIMITS.noteTextChars}
          spellCheck={false}
          aria-label={t.boardCaptureLabel(areaTitle)}
          aria-describedby={hintId}
          placeholder={t.boardCapturePlaceholder}
          title={shortcut ? t.boardCaptureTitle(shortcut) : t.boardCaptureHint}
          aria-keyshortcuts={shortcut ?? undefined}
          onChange={(event) => {
            setText(event.target.value)
          }}
          onKeyDown={handleKeyDown}
          onPaste={handlePaste}
        />
        <button
          type="button"
          className="button button--small capture__add"
          disabled={text.trim() === ''}
          onMouseDown={(event) => {
            event.preventDefault()
          }}
          onClick={() => {
            submit()
            field.current?.focus()
          }}
        >
          {t.boardAdd}
        </button>
      </div>
      <span id={hintId} className="visually-hidden">
        {t.boardCaptureHint}
      </span>
      <CaptureOptionsBar areaTitle={areaTitle} value={options} onChange={setOptions} />
      <PasteListDialog
        pasted={pasted}
        areaTitle={areaTitle}
        who={options.who}
        onAdd={(texts) => {
          setPasted(null)
          if (actions.addList(scene, texts, options.who)) showLastNote()
        }}
        onPasteAsOne={() => {
          if (!pasted) return
          const inserted = pasted.raw.replace(/\r\n?/g, '\n').trim()
          setText((current) =>
            (current.slice(0, pasted.start) + inserted + current.slice(pasted.end)).slice(
              0,
              LIMITS.noteTextChars,
            ),
          )
          setPasted(null)
        }}
        onCancel={() => {
          setPasted(null)
        }}
      />
    </div>
  )
}
