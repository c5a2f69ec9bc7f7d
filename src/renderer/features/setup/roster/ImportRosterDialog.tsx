import { useId, useMemo, useState, type ChangeEvent } from 'react'
import {
  rosterError,
  rosterErrorText,
  type RosterErrorRef,
} from '../../../../shared/roster/import/rosterErrors'
import { ROSTER_COLUMNS, type RosterColumn } from '../../../../shared/roster/import/rosterColumns'
import {
  guessColumns,
  isRefusal,
  readRows,
  readSheet,
  type RosterSheet,
} from '../../../../shared/roster/import/rosterImport'
import { addParticipants, rosterPeople } from '../../../../shared/roster/rosterOps'
import { useLang } from '../../../i18n/useT'
import { Modal } from '../../../ui/Modal'
import type { SetupEditing } from '../setupTypes'
import { readRosterFile, type RosterFileResult } from '../../../host/readRosterFile'
import { columnLabel, useRosterT, type RosterMessages } from './rosterMessages'

interface ImportRosterDialogProps {
  editing: SetupEditing
  open: boolean
  onClose: () => void
}

type Loaded = {
  fileName: string
  format: Extract<RosterFileResult, { ok: true }>['format']
  sheet: RosterSheet
}

/**
 * 「名簿を読み込む」: a registration file (CSV UTF-8/Shift_JIS, .xlsx) → the column mapping
 * (guessed from the headings, changeable) → the rows to import and the rows left out, with why.
 * Nothing is written before 「読み込む」, and then in one edit (one undo step). A refused file
 * shows why and changes nothing.
 */
export function ImportRosterDialog({ editing, open, onClose }: ImportRosterDialogProps) {
  const titleId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} className="modal--wide roster-import">
      <ImportBody editing={editing} titleId={titleId} onClose={onClose} />
    </Modal>
  )
}

function ImportBody({
  editing,
  titleId,
  onClose,
}: {
  editing: SetupEditing
  titleId: string
  onClose: () => void
}) {
  const t = useRosterT()
  const lang = useLang()
  const inputId = useId()
  const [reading, setReading] = useState(false)
  const [refusal, setRefusal] = useState<RosterErrorRef | null>(null)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [columns, setColumns] = useState<RosterColumn[]>([])

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setReading(true)
    setRefusal(null)
    setLoaded(null)
    try {
      const result = await readRosterFile(file.name, new Uint8Array(await file.arrayBuffer()))
      if (!result.ok) {
        setRefusal(result.error)
        return
      }
      const sheet = readSheet(result.rows)
      if (isRefusal(sheet)) {
        setRefusal(sheet)
        return
      }
      setLoaded({ fileName: file.name, format: result.format, sheet })
      setColumns(guessColumns(sheet.headings))
    } catch {
      setRefusal(rosterError('roster.unreadable'))
    } finally {
      setReading(false)
    }
  }

  const rows = useMemo(
    () => (loaded ? readRows(loaded.sheet, columns, rosterPeople(editing.doc)) : []),
    [loaded, columns, editing.doc],
  )
  const good = rows.flatMap((r) => (r.person ? [r.person] : []))
  const bad = rows.filter((r) => !r.person)
  const hasName = columns.includes('name')

  const confirm = () => {
    if (good.length === 0 || !hasName) return
    const undoId = editing.apply((doc, ctx) => addParticipants(doc, good, ctx))
    editing.notifyUndoable(
      rosterErrorText(rosterError('notice.rosterImported', { count: good.length }), lang),
      undoId,
    )
    onClose()
  }

  return (
    <>
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {t.importTitle}
        </h2>
        <p className="modal__text">{t.importLead}</p>
        <p className="roster-import__file">
          <label htmlFor={inputId} className="button">
            {t.chooseFile}
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void choose(e)}
            data-autofocus
          />
          {reading ? <span role="status">{t.reading}</span> : null}
          {loaded ? (
            <span className="roster-import__name">
              {t.fileRead(loaded.fileName, formatName(loaded.format, t))}
            </span>
          ) : null}
        </p>
        {refusal ? (
          <p className="form-problem" role="alert">
            {rosterErrorText(refusal, lang)}
          </p>
        ) : null}
        {loaded ? (
          <>
            <h3 className="roster-import__heading">{t.mappingHeading}</h3>
            <p className="form-note">{t.mappingLead}</p>
            <div className="table-frame roster-import__mapping">
              <table className="roster-table">
                <thead>
                  <tr>
                    <th scope="col">{t.sheetColumn}</th>
                    <th scope="col">{t.sheetSample}</th>
                    <th scope="col">{t.mapsTo}</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.sheet.headings.map((heading, index) => (
                    <tr key={index}>
                      <th scope="row">{heading}</th>
                      <td className="roster-import__sample">
                        {loaded.sheet.body[0]?.[index] ?? ''}
                      </td>
                      <td>
                        <select
                          className="field"
                          aria-label={t.mapsToOf(heading)}
                          value={columns[index] ?? 'ignore'}
                          onChange={(e) => {
                            const next = [...columns]
                            next[index] = e.target.value as RosterColumn
                            setColumns(next)
                          }}
                        >
                          {ROSTER_COLUMNS.map((c) => (
                            <option key={c} value={c}>
                              {columnLabel(c, t)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {!hasName ? (
              <p className="form-problem" role="alert">
                {rosterErrorText(rosterError('roster.noNameColumn'), lang)}
              </p>
            ) : (
              <p className="roster-import__summary" role="status">
                {good.length > 0 ? t.willImport(good.length) : t.nothingToImport}
              </p>
            )}
            {hasName && bad.length > 0 ? (
              <section className="roster-import__bad" aria-label={t.badRowsHeading(bad.length)}>
                <h3 className="roster-import__heading">{t.badRowsHeading(bad.length)}</h3>
                <ul>
                  {bad.map((row) => (
                    <li key={row.line}>
                      {t.badRowLine(row.line)}:{' '}
                      {row.problems
                        .map((p) => rosterErrorText(p as RosterErrorRef, lang))
                        .join(' ')}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {hasName && good.length > 0 ? (
              <p className="form-note">
                {t.previewHeading}:{' '}
                {good
                  .slice(0, 10)
                  .map((p) => p.name)
                  .join('、')}
              </p>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!loaded || !hasName || good.length === 0}
          onClick={confirm}
        >
          {t.confirmImport}
        </button>
      </div>
    </>
  )
}

function formatName(format: Loaded['format'], t: RosterMessages): string {
  switch (format) {
    case 'csv-utf8':
      return t.formatCsvUtf8
    case 'csv-sjis':
      return t.formatCsvSjis
    case 'xlsx':
      return t.formatXlsx
  }
}
