import { useLayoutEffect, useRef, type ReactNode, type SyntheticEvent } from 'react'

interface ModalProps {
  open: boolean
  onClose: () => void
  labelledBy: string
  describedBy?: string
  className?: string
  children: ReactNode
}

/**
 * A modal <dialog>: the page behind is inert (the browser traps the focus), Escape closes it —
 * but not the Escape that cancels an IME conversion — and the focus goes back to where it was.
 * The content is only rendered while open, so forms start fresh every time.
 */
export function Modal({ open, onClose, labelledBy, describedBy, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)
  const composing = useRef(false)

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
      dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]')?.focus()
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
      const target = returnFocus.current
      returnFocus.current = null
      if (target?.isConnected) {
        target.focus()
        // Chromium leaves the document's selection outside a text field that gets the focus back
        // from a closed modal dialog: a paste there would then insert nothing. Set its caret.
        if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
          try {
            target.setSelectionRange(target.selectionStart, target.selectionEnd)
          } catch {
            // A field without a caret (number, date): nothing to set.
          }
        }
      }
    }
  }, [open])

  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault()
    if (!composing.current) onClose()
  }

  return (
    <dialog
      ref={ref}
      className={['modal', className ?? ''].join(' ').trim()}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={handleCancel}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={() => (composing.current = false)}
    >
      {open ? children : null}
    </dialog>
  )
}
