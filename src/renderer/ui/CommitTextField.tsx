import { useCommittedText } from './useCommittedText'

interface CommitTextFieldProps {
  value: string
  onCommit: (value: string) => void
  /** Accessible name when there is no visible <label htmlFor>. */
  label?: string
  id?: string
  multiline?: boolean
  maxLength?: number
  placeholder?: string
  className?: string
  describedBy?: string
  /** data-focus key, used to move the focus to a field after adding a row or a member. */
  focusKey?: string
}

/**
 * A text input (or textarea) that edits the store once per finished entry: on blur or Enter
 * (Shift+Enter for a line break when multiline), not during IME composition. Escape cancels.
 */
export function CommitTextField({
  value,
  onCommit,
  label,
  id,
  multiline = false,
  maxLength,
  placeholder,
  className,
  describedBy,
  focusKey,
}: CommitTextFieldProps) {
  const field = useCommittedText(
    value,
    (text) => {
      onCommit(multiline ? text.trimEnd() : text.trim())
    },
    {
      multiline,
    },
  )
  const common = {
    ...field.bind,
    id,
    'aria-label': label,
    'aria-describedby': describedBy,
    maxLength,
    placeholder,
    className: ['field', multiline ? 'field--multiline' : '', className ?? ''].join(' ').trim(),
    spellCheck: false,
    'data-focus': focusKey,
  }
  return multiline ? <textarea {...common} rows={1} /> : <input {...common} type="text" />
}
