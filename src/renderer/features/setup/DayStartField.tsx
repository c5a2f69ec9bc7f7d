import { fromMinutes, toMinutes } from '../../../shared/timetable/clock'
import { toHalfWidth } from '../../ui/keyboard'
import { useCommittedText } from '../../ui/useCommittedText'

/** 9:30, 09:30, 0930, ９：３０ → 09:30; null when it is not a time of day. */
export function parseClock(text: string): string | null {
  const normalized = toHalfWidth(text).replace(/[：:]/g, ':').trim()
  const match = /^(\d{1,2}):?(\d{2})$/.exec(normalized)
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

interface DayStartFieldProps {
  id: string
  value: string
  onCommit: (value: string) => void
  /** The time being typed, for the live preview of the table (null: use the stored one). */
  onDraft: (value: string | null) => void
  invalidMessage: string
}

/**
 * The start of the day (開始) as 24-hour HH:MM, whatever the system locale (a native time input
 * would show 10:00 AM on an English system). ↑/↓ move it by 5 minutes.
 */
export function DayStartField({
  id,
  value,
  onCommit,
  onDraft,
  invalidMessage,
}: DayStartFieldProps) {
  const field = useCommittedText(
    value,
    (text) => {
      onDraft(null)
      const clock = parseClock(text)
      if (clock) onCommit(clock)
      else field.revert()
    },
    {
      onDraft: (text) => {
        const clock = parseClock(text)
        onDraft(clock && clock !== value ? clock : null)
      },
      onKey: (event) => {
        if (event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return false
        event.preventDefault()
        const base = toMinutes(parseClock(field.draft) ?? value)
        const step = event.key === 'ArrowUp' ? 5 : -5
        field.setDraft(fromMinutes(Math.round((base + step) / 5) * 5))
        return true
      },
    },
  )
  const invalid = parseClock(field.draft) === null
  return (
    <span className="number-field">
      <input
        {...field.bind}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        className="field field--clock"
        aria-invalid={invalid || undefined}
        title={invalid ? invalidMessage : undefined}
      />
    </span>
  )
}
