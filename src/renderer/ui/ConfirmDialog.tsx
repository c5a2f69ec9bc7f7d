import { useId, type ReactNode } from 'react'
import { useT } from '../i18n/useT'
import { Modal } from './Modal'

interface ConfirmDialogProps {
  open: boolean
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  /** More to read before answering (shown under the body). */
  children?: ReactNode
  /** Added to the dialog's class (e.g. a wider dialog for a table). */
  className?: string
}

/** A question with two answers; the safe answer (キャンセル) has the focus first. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
  children,
  className,
}: ConfirmDialogProps) {
  const t = useT()
  const titleId = useId()
  const bodyId = useId()
  return (
    <Modal
      open={open}
      onClose={onCancel}
      labelledBy={titleId}
      describedBy={bodyId}
      className={className ? `modal--confirm ${className}` : 'modal--confirm'}
    >
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        <p id={bodyId} className="modal__text">
          {body}
        </p>
        {children}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {t.cancel}
        </button>
        <button type="button" className="button button--danger-solid" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  )
}
