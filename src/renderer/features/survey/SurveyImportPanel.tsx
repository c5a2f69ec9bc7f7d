import { useId, useRef, useState } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import {
  guessColumns,
  itemShortLabel,
  readSurveySheet,
  type ColumnRole,
} from '../../../shared/survey/surveyImport'
import { importSurveyAnswers, surveyAnswers, surveyItems } from '../../../shared/survey/surveyOps'
import type { SurveyPhase } from '../../../shared/survey/surveyTypes'
import { useLang, useT } from '../../i18n/useT'
import { useUserText } from '../../i18n/userText'
import { Modal } from '../../ui/Modal'
import { readRosterFile } from '../../host/readRosterFile'
import { rosterErrorText } from '../../../shared/roster/import/rosterErrors'
import type { SurveyEditing } from './useSurveyEditing'

interface Picked {
  phase: SurveyPhase
  file: string
  rows: string[][]
  columns: ColumnRole[]
}

/**
 * 回答: the count of each phase and 「…の回答を読み込む」 (CSV UTF-8/Shift_JIS or .xlsx, read by the
 * 名簿's reader), then a preview with the columns' meaning to change, the rows left out and why;
 * nothing is written before 取り込む, and the import is one undo step.
 */
export function SurveyImportPanel({ doc, editing }: { doc: WorkshopDoc; editing: SurveyEditing }) {
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [phase, setPhase] = useState<SurveyPhase>('pre')
  const [picked, setPicked] = useState<Picked | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const answers = surveyAnswers(doc)
  const items = surveyItems(doc)
  const phaseLabel = (p: SurveyPhase) => (p === 'pre' ? t.surveyPhasePre : t.surveyPhasePost)
  const count = (p: SurveyPhase) => answers.filter((a) => a.phase === p).length

  const open = (p: SurveyPhase) => {
    setPhase(p)
    setProblem(null)
    input.current?.click()
  }
  const read = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const result = await readRosterFile(file.name, bytes)
    if (!result.ok) {
      setProblem(rosterErrorText(result.error, lang))
      return
    }
    const header = result.rows[0] ?? []
    setPicked({ phase, file: file.name, rows: result.rows, columns: guessColumns(header, items) })
  }

  return (
    <section className="survey-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.surveyAnswersHeading}</h2>
      <p className="survey-panel__lead">{t.surveyAnswersLead}</p>
      <div className="survey-import">
        {(['pre', 'post'] as const).map((p) => (
          <div key={p} className="survey-import__phase">
            <p>{t.surveyAnswerCount(phaseLabel(p), count(p))}</p>
            <button
              type="button"
              className="button"
              disabled={items.length === 0}
              onClick={() => {
                open(p)
              }}
            >
              {t.surveyImport(phaseLabel(p))}
            </button>
          </div>
        ))}
      </div>
      {problem ? (
        <p className="survey-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.txt,.xlsx,text/csv"
        data-testid={`survey-file`}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void read(file)
        }}
      />
      {picked ? (
        <ImportPreview
          doc={doc}
          picked={picked}
          phaseLabel={phaseLabel(picked.phase)}
          existing={count(picked.phase)}
          onColumns={(columns) => {
            setPicked({ ...picked, columns })
          }}
          onClose={() => {
            setPicked(null)
          }}
          editing={editing}
        />
      ) : null}
    </section>
  )
}

interface PreviewProps {
  doc: WorkshopDoc
  picked: Picked
  phaseLabel: string
  existing: number
  onColumns: (columns: ColumnRole[]) => void
  onClose: () => void
  editing: SurveyEditing
}

function roleKey(role: ColumnRole): string {
  return role.kind === 'item' ? `item:${role.itemId}` : role.kind
}

function ImportPreview({
  doc,
  picked,
  phaseLabel,
  existing,
  onColumns,
  onClose,
  editing,
}: PreviewProps) {
  const t = useT()
  const text = useUserText()
  const titleId = useId()
  const [replace, setReplace] = useState(true)
  const items = surveyItems(doc)
  const sheet = readSurveySheet(picked.rows, picked.columns, items, picked.phase)
  const header = picked.rows[0] ?? []
  const first = picked.rows[1] ?? []
  const roles: { key: string; label: string; role: ColumnRole }[] = [
    { key: 'name', label: t.surveyRoleName, role: { kind: 'name' } },
    { key: 'position', label: t.surveyRolePosition, role: { kind: 'position' } },
    { key: 'affiliation', label: t.surveyRoleAffiliation, role: { kind: 'affiliation' } },
    ...items.map((item): { key: string; label: string; role: ColumnRole } => ({
      key: `item:${item.id}`,
      label: `${itemShortLabel(item, items)} ${item.text.slice(0, 24)}`,
      role: { kind: 'item', itemId: item.id },
    })),
    { key: 'ignore', label: t.surveyRoleIgnore, role: { kind: 'ignore' } },
  ]
  const confirm = () => {
    const undoId = editing.apply((d, ctx) =>
      importSurveyAnswers(d, picked.phase, sheet.answers, replace && existing > 0, ctx),
    )
    editing.notifyUndoable(t.surveyImported(phaseLabel, sheet.answers.length), undoId)
    onClose()
  }
  return (
    <Modal open onClose={onClose} labelledBy={titleId} className="modal--wide survey-preview">
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {t.surveyPreviewTitle(phaseLabel, picked.file)}
        </h2>
        <p className="modal__text">{t.surveyPreviewLead}</p>
        <div className="survey-preview__table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.surveyColumn}</th>
                <th scope="col">{t.surveyColumnRole}</th>
                <th scope="col">{t.surveyColumnSample}</th>
              </tr>
            </thead>
            <tbody>
              {header.map((cell, k) => (
                <tr key={k}>
                  <th scope="row">{cell}</th>
                  <td>
                    <select
                      aria-label={`${t.surveyColumnRole}：${cell}`}
                      value={roleKey(picked.columns[k] ?? { kind: 'ignore' })}
                      onChange={(event) => {
                        const chosen = roles.find((r) => r.key === event.target.value)
                        if (!chosen) return
                        onColumns(
                          header.map((_, j) =>
                            j === k ? chosen.role : (picked.columns[j] ?? { kind: 'ignore' }),
                          ),
                        )
                      }}
                    >
                      {roles.map((r) => (
                        <option key={r.key} value={r.key}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{first[k] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {sheet.sheetError ? (
          <p className="survey-problem" role="alert">
            {text(sheet.sheetError)}
          </p>
        ) : (
          <p className="survey-preview__count">{t.surveyPreviewCount(sheet.answers.length)}</p>
        )}
        {sheet.refused.length > 0 ? (
          <div className="survey-refused">
            <h3>{t.surveyPreviewRefused(sheet.refused.length)}</h3>
            <ul>
              {sheet.refused.map((r) => (
                <li key={r.row}>{text(r.error)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {existing > 0 ? (
          <label className="survey-replace">
            <input
              type="checkbox"
              checked={replace}
              onChange={(event) => {
                setReplace(event.target.checked)
              }}
            />
            {t.surveyReplace(phaseLabel, existing)}
          </label>
        ) : null}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t.surveyCancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={sheet.answers.length === 0}
          onClick={confirm}
        >
          {t.surveyConfirmImport}
        </button>
      </div>
    </Modal>
  )
}
