import '../../styles/privacy.css'
import { useId, useState } from 'react'
import { docKeyOf } from '../../../shared/model/recordTypes'
import type { AnyRecord } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { fixScannedText } from '../../../shared/privacy/fixScannedText'
import { scannedFieldsOf } from '../../../shared/privacy/scannedFields'
import { acceptedKey, scanRecord, type PrivacyHit } from '../../../shared/privacy/scanWorkshop'
import { useAppServices } from '../../session/appServices'
import { undoNotice } from '../../stores/undoNotice'
import { useT } from '../../i18n/useT'
import { Modal } from '../Modal'
import { readAccepted, writeAccepted } from './acceptedHits'
import { PrivacyHitItem, type HitStatus } from './PrivacyHitItem'

interface PrivacyReviewDialogProps {
  workshopId: string
  /** The workshop as it is now (fixes show at once). */
  doc: WorkshopDoc
  /** The fields found when the export was asked for. */
  hits: readonly PrivacyHit[]
  /** Whether the fields can be fixed here (not for a backup). */
  fixable: boolean
  onExport: () => void
  onStop: () => void
}

interface Row {
  hit: PrivacyHit
  status: HitStatus
  maxChars: number
}

/** A found field as it is in `doc` now, and whether it still needs a look. */
function currentRow(doc: WorkshopDoc, found: PrivacyHit, accepted: ReadonlySet<string>): Row {
  const records = doc[docKeyOf(found.recordType)] as Record<string, AnyRecord>
  const record = records[found.recordId]
  const field = record && scannedFieldsOf(record).find((f) => f.field === found.field)
  const maxChars = field?.maxChars ?? 0
  if (!record || record.deletedAt !== null || !field)
    return { hit: found, status: 'gone', maxChars }
  const now = scanRecord(doc, record).find((h) => h.key === found.key)
  if (!now)
    return {
      hit: { ...found, text: field.read(record) ?? '', matches: [] },
      status: 'fixed',
      maxChars,
    }
  return { hit: now, status: accepted.has(acceptedKey(now)) ? 'accepted' : 'open', maxChars }
}

/**
 * Before an export: the fields with likely personal identifiers, each fixed in place (one edit
 * through the session: undoable, with its notice's 元に戻す) or included as is (remembered for
 * that text on this computer). 「書き出す」 once none is left unchecked; 「やめる」 or Escape stops.
 */
export function PrivacyReviewDialog(props: PrivacyReviewDialogProps) {
  const { workshopId, doc, hits, fixable, onExport, onStop } = props
  const t = useT()
  const { workshop, notices } = useAppServices()
  const [accepted, setAccepted] = useState(() => readAccepted(workshopId))
  const titleId = useId()
  const introId = useId()
  const rows = hits.map((hit) => currentRow(doc, hit, accepted))
  const left = rows.filter((r) => r.status === 'open').length

  const accept = (hit: PrivacyHit, yes: boolean) => {
    const next = new Set(accepted)
    if (yes) next.add(acceptedKey(hit))
    else next.delete(acceptedKey(hit))
    setAccepted(next)
    writeAccepted(workshopId, next)
  }
  const fix = (hit: PrivacyHit, text: string) => {
    const undoId = workshop.getState().apply((current) => fixScannedText(current, hit, text))
    if (undoId !== null) notices.getState().push(undoNotice(workshop, undoId, t.privacyFixedNotice))
  }

  return (
    <Modal
      open
      onClose={onStop}
      labelledBy={titleId}
      describedBy={introId}
      className="modal--wide privacy-review"
    >
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {t.privacyTitle}
        </h2>
        <p id={introId} className="modal__text">
          {t.privacyIntro(hits.length)}
          {!fixable && <> {t.privacyReviewOnly}</>}
        </p>
        <ul className="privacy-review__list">
          {rows.map((row) => (
            <PrivacyHitItem
              key={row.hit.key}
              hit={row.hit}
              status={row.status}
              doc={doc}
              fixable={fixable}
              maxChars={row.maxChars}
              onFix={(text) => {
                fix(row.hit, text)
              }}
              onAccept={(yes) => {
                accept(row.hit, yes)
              }}
            />
          ))}
        </ul>
      </div>
      <div className="modal__actions">
        <span className="privacy-review__left" role="status">
          {left > 0 ? t.privacyLeft(left) : t.privacyAllDone}
        </span>
        <button type="button" className="button" onClick={onStop} data-autofocus>
          {t.privacyStop}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={left > 0}
          onClick={onExport}
        >
          {t.privacyExport}
        </button>
      </div>
    </Modal>
  )
}
