import '../../../styles/workshopFiles.css'
import { useId, useMemo, useState } from 'react'
import {
  defaultChoice,
  type MergeChoice,
  type RecordKey,
} from '../../../../shared/merge/previewMerge'
import { formatDate } from '../../../i18n/format'
import { userText, type UserText } from '../../../i18n/userText'
import { useLang, useT } from '../../../i18n/useT'
import type { PreparedImport } from '../../../stores/workshopImport'
import { Modal } from '../../../ui/Modal'
import { ConflictItem } from './ConflictItem'

export type ImportDialogState =
  | { phase: 'preview'; prepared: PreparedImport }
  | { phase: 'error'; fileName: string; message: UserText }

interface ImportDialogProps {
  state: ImportDialogState | null
  busy: boolean
  onCancel: () => void
  onApply: (prepared: PreparedImport, choices: Partial<Record<RecordKey, MergeChoice>>) => void
}

/**
 * 研修会ファイルの取り込み: what the file is, what importing it changes (new, updated, deleted,
 * conflicts), and for each record changed on both sides the choice of what to keep. Nothing is
 * written before 取り込む; a file that cannot be read only shows why.
 */
export function ImportDialog({ state, busy, onCancel, onApply }: ImportDialogProps) {
  const t = useT()
  const lang = useLang()
  const titleId = useId()
  return (
    <Modal open={state !== null} onClose={onCancel} labelledBy={titleId} className="import-dialog">
      {state?.phase === 'error' ? (
        <>
          <div className="modal__body">
            <h2 id={titleId} className="modal__title">
              {t.importHeading}
            </h2>
            <p className="modal__text">{t.importFile(state.fileName)}</p>
            <p className="import-error" role="alert">
              {userText(state.message, lang)}
            </p>
          </div>
          <div className="modal__actions">
            <button type="button" className="button" onClick={onCancel} data-autofocus>
              {t.importClose}
            </button>
          </div>
        </>
      ) : state?.phase === 'preview' ? (
        <ImportPreview
          key={state.prepared.fileName}
          titleId={titleId}
          prepared={state.prepared}
          busy={busy}
          onCancel={onCancel}
          onApply={onApply}
        />
      ) : null}
    </Modal>
  )
}

function ImportPreview({
  titleId,
  prepared,
  busy,
  onCancel,
  onApply,
}: {
  titleId: string
  prepared: PreparedImport
  busy: boolean
  onCancel: () => void
  onApply: ImportDialogProps['onApply']
}) {
  const t = useT()
  const lang = useLang()
  const { preview, incoming } = prepared
  const conflicts = useMemo(
    () => preview.items.filter((item) => item.status === 'conflict'),
    [preview],
  )
  const [choices, setChoices] = useState<Partial<Record<RecordKey, MergeChoice>>>({})
  const nothing =
    !prepared.revives && preview.totals.new + preview.totals.incomingNewer + conflicts.length === 0
  const title = incoming.workshop.title.trim() || t.untitled
  const date = formatDate(incoming.workshop.date, lang)
  return (
    <>
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {t.importHeading}
        </h2>
        <ul className="import-facts">
          <li>{t.importFile(prepared.fileName)}</li>
          <li>{t.importWorkshop(date ? `${title}（${date}）` : title)}</li>
          {prepared.groupNames.length > 0 ? (
            <li>{t.importGroups(prepared.groupNames.join('、'))}</li>
          ) : null}
        </ul>
        <p className="modal__text">{preview.newWorkshop ? t.importAsNew : t.importIntoExisting}</p>
        {nothing ? (
          <p className="modal__text" role="status">
            {t.importNothing}
          </p>
        ) : (
          <>
            <h3 className="import-subheading">{t.importSummaryHeading}</h3>
            <ul className="import-summary" aria-label={t.importSummaryHeading}>
              {preview.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {conflicts.length > 0 ? (
          <section aria-label={t.importConflictsHeading(conflicts.length)}>
            <h3 className="import-subheading">{t.importConflictsHeading(conflicts.length)}</h3>
            <p className="modal__text">{t.importConflictsIntro}</p>
            <ul className="import-conflicts">
              {conflicts.map((item) => (
                <ConflictItem
                  key={item.key}
                  item={item}
                  choice={choices[item.key] ?? defaultChoice(item)}
                  onChoice={(choice) => {
                    setChoices((previous) => ({ ...previous, [item.key]: choice }))
                  }}
                />
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {nothing ? t.importClose : t.importCancel}
        </button>
        {nothing ? null : (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => {
              onApply(prepared, choices)
            }}
          >
            {busy ? t.importApplying : t.importApply}
          </button>
        )}
      </div>
    </>
  )
}
