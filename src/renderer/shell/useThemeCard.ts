import { useCallback, useId, useState } from 'react'

/** A theme screen's card beside the board: open or not, and the panel's id for aria-controls. */
export interface ThemeCard {
  open: boolean
  panelId: string
  toggle: () => void
  /** Closes it and gives the focus back to the header's toggle. */
  close: () => void
}

export function useThemeCard(): ThemeCard {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const toggle = useCallback(() => {
    setOpen((was) => !was)
  }, [])
  const close = useCallback(() => {
    setOpen(false)
    document.querySelector<HTMLElement>('[data-card-toggle]')?.focus()
  }, [])
  return { open, panelId, toggle, close }
}
