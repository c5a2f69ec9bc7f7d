import type { KeyboardEvent } from 'react'
import { toHalfWidth } from './keyboard'
import { useCommittedText } from './useCommittedText'

interface NumberFieldProps {
  value: number | null
  onCommit: (value: number | null) => void
  /** Every valid draft while typing (null when the draft is not a valid number). */
  onDraft?: (value: number | null) => void
  min: number
  max: number
  /** Step of ↑/↓. */
  step: number
  /** Allows decimals with one digit (経験年数 1.5年). */
  decimals?: boolean
  /** An empty field means null (unknown). */
  allowEmpty?: boolean
  label: string
  unit: string
  invalidMessage: string
  /** Tooltip while the entry is valid, e.g. how ↑/↓ work. */
  hint?: string
  id?: string
  describedBy?: string
  className?: string
}

function parse(text: string, decimals: boolean, allowEmpty: boolean, min: number, max: number) {
  const normalized = toHalfWidth(text).trim()
  if (normalized === '')
    return allowEmpty ? { ok: true as const, value: null } : { ok: false as const }
  const pattern = decimals ? /^\d+(\.\d)?$/ : /^\d+$/
  if (!pattern.test(normalized)) return { ok: false as const }
  const value = Number(normalized)
  return value >= min && value <= max ? { ok: true as const, value } : { ok: false as const }
}

/**
 * A small number entry (minutes, years) that accepts full-width digits typed with the IME on,
 * steps with ↑/↓, and commits one edit on blur or Enter. An invalid entry is marked and, if left
 * that way, goes back to the stored value.
 */
export function NumberField({
  value,
  onCommit,
  onDraft,
  min,
  max,
  step,
  decimals = false,
  allowEmpty = false,
  label,
  unit,
  invalidMessage,
  hint,
  id,
  describedBy,
  className,
}: NumberFieldProps) {
  const stored = value === null ? '' : String(value)
  const check = (text: string) => parse(text, decimals, allowEmpty, min, max)
  const field = useCommittedText(
    stored,
    (text) => {
      const result = check(text)
      onDraft?.(null)
      if (result.ok) onCommit(result.value)
      else field.revert()
    },
    {
      onDraft: (text) => {
        // null: no live preview, the stored value counts (invalid, or back to the stored text).
        const result = check(text)
        onDraft?.(result.ok && text !== stored ? result.value : null)
      },
      onKey: (event: KeyboardEvent) => {
        if (event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return false
        event.preventDefault()
        const current = check(field.draft)
        const base = current.ok && current.value !== null ? current.value : (value ?? min)
        const delta = event.key === 'ArrowUp' ? step : -step
        const next = Math.min(max, Math.max(min, Math.round((base + delta) / step) * step))
        field.setDraft(String(next))
        return true
      },
    },
  )
  const invalid = !check(field.draft).ok
  const errorId = id ? `${id}-error` : undefined
  return (
    <span className={['number-field', className ?? ''].join(' ').trim()}>
      <input
        {...field.bind}
        id={id}
        type="text"
        inputMode={decimals ? 'decimal' : 'numeric'}
        autoComplete="off"
        className="field field--number"
        aria-label={`${label}（${unit}）`}
        aria-invalid={invalid || undefined}
        aria-describedby={
          [describedBy, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined
        }
        title={invalid ? invalidMessage : hint}
      />
      <span className="number-field__unit" aria-hidden="true">
        {unit}
      </span>
      {invalid && errorId ? (
        <span id={errorId} className="visually-hidden">
          {invalidMessage}
        </span>
      ) : null}
    </span>
  )
}
