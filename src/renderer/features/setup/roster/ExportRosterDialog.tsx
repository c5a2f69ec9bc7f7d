import { useId, useState } from 'react'
import type { WorkshopDoc } from '../../../../shared/model/workshopDoc'
import { rosterCsv } from '../../../../shared/roster/rosterCsv'
import { rosterPeople } from '../../../../shared/roster/rosterOps'
import { exportFileName } from '../../../export/exportFiles'
import { useT } from '../../../i18n/useT'
import { useAppServices } from '../../../session/appServices'
import { Modal } from '../../../ui/Modal'
import { useRosterT } from './rosterMessages'

interface ExportRosterDialogProps {
  doc: WorkshopDoc
  open: boolean
  onClose: () => void
}

/**
 * 「名簿を書き出す（CSV）」: says what the file holds; the 連絡先 (personal data) only when the
 * organiser ticks it (off by default), and then the file name says 連絡先あり.
 */
export function ExportRosterDialog({ doc, open, onClose }: ExportRosterDialogProps) {
  const titleId = useId()
  const bodyId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} describedBy={bodyId}>
      <ExportBody doc={doc} titleId={titleId} bodyId={bodyId} onClose={onClose} />
    </Modal>
  )
}

function ExportBody({
  doc,
  titleId,
  bodyId,
  onClose,
}: {
  doc: WorkshopDoc
  titleId: string
  bodyId: string
  onClose: () => void
}) {
  const t = useRosterT()
  const common = useT()
  const { host, notices } = useAppServices()
  const [withContact, setWithContact] = useState(false)
  const [busy, setBusy] = useState(false)
  const save = async () => {
    setBusy(true)
    try {
      const title = doc.workshop.title.trim() || common.untitled
      const result = await host.saveFile({
        suggestedName: exportFileName([title, t.exportFileName(withContact)], 'csv'),
        content: rosterCsv(doc, { withContact }),
        encoding: 'utf8',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      })
      if (result.ok) {
        notices
          .getState()
          .push({ tone: 'success', message: t.exportDone(rosterPeople(doc).length) })
        onClose()
      } else if (result.reason !== 'cancelled') {
        notices.getState().push({ tone: 'error', message: result.error })
      }
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {t.exportTitle}
        </h2>
        <p id={bodyId} className="modal__text">
          {t.exportLead}
        </p>
        <label className="check-chip">
          <input
            type="checkbox"
            checked={withContact}
            onChange={(e) => {
              setWithContact(e.target.checked)
            }}
          />
          {t.exportWithContact}
        </label>
        <p className={withContact ? 'form-problem' : 'form-note'} role="status">
          {t.exportContains(withContact)}
        </p>
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t.cancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void save()}
        >
          {t.exportSave}
        </button>
      </div>
    </>
  )
}
