import { useRef, useState, type KeyboardEvent } from 'react'
import type { CellCheck } from '../../../shared/survey/surveyGrid'
import { SURVEY_POSITIONS, type SurveyPosition } from '../../../shared/survey/surveyTypes'
import { POSITION_LABELS } from '../../../shared/survey/surveyTypes'
import type { ErrorRef } from '../../../shared/errors/errorCodes'
import { useLang } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'
import { useCommittedText } from '../../ui/useCommittedText'
import { arrowMove, type GridMove } from './gridKeys'

/** What every cell of the grid gets from the grid: where it is, and how to move and complain. */
export interface CellPlace {
  row: number
  column: number
  /** Moves the focus by rows and columns (Enter: one row down). */
  onMove: (move: GridMove) => void
  onFocus: () => void
  /** A refused entry: the message is shown, the cell keeps its stored value. */
  onRefuse: (error: ErrorRef) => void
  /** The message id when this cell's last entry was refused. */
  refusedBy: string | null
}

interface TextCellProps extends CellPlace {
  value: string
  label: string
  check: (raw: string) => CellCheck
  onSave: (value: string) => void
  /** Free text: a textarea, Alt+Enter or Shift+Enter for a line break. */
  multiline?: boolean
  /** Letter cells: the arrows always move (one letter has no caret to move). */
  letter?: boolean
}

/**
 * A text cell: typed into a draft, checked and written as one edit (one undo step) on Enter,
 * Tab, leaving the cell or a pause in typing — never on the Enter that accepts an IME
 * conversion. A refused entry writes nothing: the cell shows its stored value again.
 */
export function TextCell(props: TextCellProps) {
  const { value, label, check, onSave, multiline = false, letter = false } = props
  const field = useCommittedText(
    value,
    (raw) => {
      const result = check(raw)
      if (!result.ok) {
        props.onRefuse(result.error)
        field.revert()
      } else if (result.value !== value) onSave(result.value)
      else field.revert()
    },
    { multiline, onKey: (event) => onKey(event) },
  )
  const refuseDraft = (): boolean => {
    if (!field.dirty) return false
    const result = check(field.draft)
    if (result.ok) return false
    props.onRefuse(result.error)
    field.revert()
    return true
  }
  const onKey = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): boolean => {
    if (event.key === 'Enter' && !((event.shiftKey || event.altKey) && multiline)) {
      event.preventDefault()
      if (refuseDraft()) return true
      field.flush()
      props.onMove({ dr: 1, dc: 0 })
      return true
    }
    if (event.key === 'Tab') {
      if (refuseDraft()) event.preventDefault()
      return false
    }
    if (event.key === 'Enter' && event.altKey && multiline) {
      event.preventDefault()
      const el = event.currentTarget
      const at = el.selectionStart ?? el.value.length
      field.setDraft(`${el.value.slice(0, at)}\n${el.value.slice(el.selectionEnd ?? at)}`)
      return true
    }
    const move = arrowMove(event, !letter)
    if (!move) return false
    event.preventDefault()
    props.onMove(move)
    return true
  }
  const common = {
    ...field.bind,
    'aria-label': label,
    'aria-invalid': props.refusedBy ? true : undefined,
    'aria-describedby': props.refusedBy ?? undefined,
    'data-cell': `${props.row}:${props.column}`,
    className: letter ? 'survey-grid__input survey-grid__input--letter' : 'survey-grid__input',
    spellCheck: false,
    autoComplete: 'off',
    onFocus: props.onFocus,
  }
  return multiline ? <textarea {...common} rows={1} /> : <input {...common} type="text" />
}

interface PositionCellProps extends CellPlace {
  value: SurveyPosition
  label: string
  onSave: (value: SurveyPosition) => void
}

/** 立場: chosen from the three (one edit per change); the arrows move between cells. */
export function PositionCell(props: PositionCellProps) {
  const lang = useLang()
  return (
    <select
      className="survey-grid__select"
      aria-label={props.label}
      data-cell={`${props.row}:${props.column}`}
      value={props.value}
      onFocus={props.onFocus}
      onChange={(event) => {
        props.onSave(event.target.value as SurveyPosition)
      }}
      onKeyDown={(event) => {
        if (isComposing(event)) return
        if (event.key === 'Enter') {
          event.preventDefault()
          props.onMove({ dr: 1, dc: 0 })
          return
        }
        const move = arrowMove(event, false)
        if (!move) return
        event.preventDefault()
        props.onMove(move)
      }}
    >
      {SURVEY_POSITIONS.map((p) => (
        <option key={p} value={p}>
          {POSITION_LABELS[p][lang]}
        </option>
      ))}
    </select>
  )
}

interface NewNameCellProps extends CellPlace {
  label: string
  placeholder: string
  check: (raw: string) => CellCheck
  /** Adds the row; `next`: the focus then goes to the new row's 立場. */
  onAdd: (name: string, next: boolean) => void
}

/**
 * The last row's 氏名: typing a name and pressing Enter or Tab (or leaving the cell) adds the
 * respondent. No pause commits here: a row must not appear while the name is half typed.
 */
export function NewNameCell(props: NewNameCellProps) {
  const [draft, setDraftState] = useState('')
  // the latest draft, read by a blur that follows the Enter which already added the row
  const latest = useRef('')
  const setDraft = (text: string) => {
    latest.current = text
    setDraftState(text)
  }
  const add = (next: boolean): boolean => {
    const typed = latest.current
    if (typed.trim() === '') return false
    const result = props.check(typed)
    setDraft('')
    if (!result.ok) {
      props.onRefuse(result.error)
      return false
    }
    props.onAdd(result.value, next)
    return true
  }
  return (
    <input
      type="text"
      className="survey-grid__input survey-grid__input--new"
      aria-label={props.label}
      placeholder={props.placeholder}
      data-cell={`${props.row}:${props.column}`}
      aria-invalid={props.refusedBy ? true : undefined}
      aria-describedby={props.refusedBy ?? undefined}
      value={draft}
      spellCheck={false}
      autoComplete="off"
      onFocus={props.onFocus}
      onChange={(event) => {
        setDraft(event.target.value)
      }}
      onBlur={() => {
        add(false)
      }}
      onKeyDown={(event) => {
        if (isComposing(event)) return
        if ((event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey)) && add(true)) {
          event.preventDefault()
          return
        }
        if (event.key === 'Escape') {
          setDraft('')
          return
        }
        const move = arrowMove(event, true)
        if (move && move.dr < 0) {
          event.preventDefault()
          props.onMove(move)
        }
      }}
    />
  )
}
