import type { ReactNode } from 'react'

interface ToggleButtonProps {
  on: boolean
  onToggle: () => void
  title?: string
  children: ReactNode
}

/** A small button that opens and closes a part of the screen below it (aria-expanded). */
export function ToggleButton({ on, onToggle, title, children }: ToggleButtonProps) {
  return (
    <button
      type="button"
      className={on ? 'button button--small is-on' : 'button button--small'}
      aria-expanded={on}
      title={title}
      onClick={onToggle}
    >
      {children}
    </button>
  )
}
