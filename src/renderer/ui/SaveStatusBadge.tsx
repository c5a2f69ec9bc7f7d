import { useT } from '../i18n/useT'
import type { SaveStatus } from '../stores/storeTypes'

/** 保存済み / 保存中… / 保存できませんでした, with an icon so it does not rely on colour. */
export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  const t = useT()
  const text = status === 'saved' ? t.saved : status === 'saving' ? t.saving : t.saveFailed
  const icon = status === 'saved' ? '✓' : status === 'saving' ? '…' : '!'
  return (
    <span className={`save-status save-status--${status}`} title={t.savedHint}>
      <span className="save-status__icon" aria-hidden="true">
        {icon}
      </span>
      <span>{text}</span>
    </span>
  )
}
