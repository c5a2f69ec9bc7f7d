import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import {
  addRow,
  moveRow,
  removeRow,
  setDayStart,
  timetableRows,
  updateRow,
} from '../../../shared/ops/timetableOps'
import { formatMinutes } from '../../i18n/format'
import { useLang, useT } from '../../i18n/useT'
import { DayStartField } from './DayStartField'
import type { SetupEditing } from './setupTypes'
import { computeSchedule } from '../../../shared/timetable/schedule'
import { TimetableRowEditor, type RowPatch } from './TimetableRowEditor'

type FocusRequest = { rowId: string; element: Element | null } | { index: number }

/** タイムテーブル: the report's table, editable; times follow the durations live. */
export function TimetableSection({ doc, apply, notifyUndoable }: SetupEditing) {
  const t = useT()
  const lang = useLang()
  const rows = useMemo(() => timetableRows(doc), [doc])
  const [durationDrafts, setDurationDrafts] = useState<Record<string, number>>({})
  const [dayStartDraft, setDayStartDraft] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const focusRequest = useRef<FocusRequest | null>(null)
  const schedule = computeSchedule(rows, dayStartDraft ?? doc.workshop.dayStart, durationDrafts)

  // After a move, an insertion or a deletion, keep the keyboard user where they were.
  useLayoutEffect(() => {
    const request = focusRequest.current
    const body = bodyRef.current
    if (!request || !body) return
    focusRequest.current = null
    if ('index' in request) {
      const trs = body.querySelectorAll('tr')
      const tr = trs[Math.min(request.index, trs.length - 1)]
      tr?.querySelector<HTMLElement>('[data-focus="item"]')?.focus()
      return
    }
    const tr = body.querySelector(`tr[data-row-id="${request.rowId}"]`)
    const element = request.element
    if (element instanceof HTMLElement && tr?.contains(element) && !element.matches(':disabled')) {
      if (document.activeElement !== element) element.focus()
    } else {
      tr?.querySelector<HTMLElement>('[data-focus="item"]')?.focus()
    }
  }, [rows])

  const itemName = (item: string) => item.trim() || t.emptyRowName

  const handleDurationDraft = (rowId: string, minutes: number | null) => {
    setDurationDrafts((drafts) => {
      if (minutes === null) {
        if (!(rowId in drafts)) return drafts
        return Object.fromEntries(Object.entries(drafts).filter(([id]) => id !== rowId))
      }
      return { ...drafts, [rowId]: minutes }
    })
  }

  const handleUpdate = (rowId: string, patch: RowPatch) => {
    apply((current) => updateRow(current, rowId, patch))
  }

  const handleMove = (rowId: string, delta: -1 | 1) => {
    const from = rows.findIndex((r) => r.id === rowId)
    const to = from + delta
    const row = rows[from]
    if (!row || to < 0 || to >= rows.length) return
    focusRequest.current = { rowId, element: document.activeElement }
    apply((current) => moveRow(current, rowId, delta))
    setAnnouncement(t.rowMoved(itemName(row.item), to + 1))
  }

  const handleAdd = (afterId: string | null) => {
    const created: { id: string | null } = { id: null }
    apply((current, ctx) => {
      const records = addRow(current, afterId, ctx)
      created.id = records.find((r) => r.type === 'timetableRow' && !current.rows[r.id])?.id ?? null
      return records
    })
    if (created.id) focusRequest.current = { rowId: created.id, element: null }
  }

  const handleRemove = (rowId: string) => {
    const index = rows.findIndex((r) => r.id === rowId)
    const row = rows[index]
    if (!row) return
    focusRequest.current = { index }
    const undoId = apply((current, ctx) => removeRow(current, rowId, ctx))
    notifyUndoable(t.rowRemoved(itemName(row.item)), undoId)
  }

  return (
    <section className="setup-section" aria-labelledby="timetable-heading">
      <header className="section-header">
        <h2 id="timetable-heading" className="section-title">
          {t.sectionTimetable}
        </h2>
        <p className="section-lead">{t.timetableLead}</p>
      </header>

      <div className="day-span">
        <label className="day-span__field" htmlFor="tt-day-start">
          <span className="day-span__label">{t.dayStart}</span>
          <DayStartField
            id="tt-day-start"
            value={doc.workshop.dayStart}
            onDraft={setDayStartDraft}
            invalidMessage={t.clockInvalid}
            onCommit={(dayStart) => {
              apply((current) => setDayStart(current, dayStart))
            }}
          />
        </label>
        <span className="day-span__dash" aria-hidden="true">
          ～
        </span>
        <span className="day-span__field">
          <span className="day-span__label">{t.dayEnd}</span>
          <output className="day-span__end" aria-live="polite" aria-label={t.dayEnd}>
            {schedule.dayEnd}
          </output>
        </span>
        <span className="day-span__total">
          {t.totalTime(formatMinutes(schedule.totalMin, lang))}
        </span>
      </div>

      <div className="table-frame">
        <table className="tt-table">
          <colgroup>
            <col className="tt-col-time" />
            <col className="tt-col-time" />
            <col className="tt-col-duration" />
            <col className="tt-col-item" />
            <col className="tt-col-content" />
            <col className="tt-col-theme" />
            <col className="tt-col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t.colStart}</th>
              <th scope="col">{t.colEnd}</th>
              <th scope="col">{t.colDuration}</th>
              <th scope="col">{t.colItem}</th>
              <th scope="col">{t.colContent}</th>
              <th scope="col">{t.colTheme}</th>
              <th scope="col">
                <span className="visually-hidden">{t.colActions}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {schedule.rows.map((scheduled, index) => (
              <TimetableRowEditor
                key={scheduled.row.id}
                scheduled={scheduled}
                index={index}
                count={rows.length}
                onDurationDraft={handleDurationDraft}
                onUpdate={handleUpdate}
                onMove={handleMove}
                onAddBelow={handleAdd}
                onRemove={handleRemove}
              />
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="empty-hint">{t.timetableEmpty}</p> : null}
      </div>

      <div className="section-actions">
        <button
          type="button"
          className="button"
          disabled={rows.length >= LIMITS.timetableRows}
          onClick={() => {
            handleAdd(null)
          }}
        >
          <span aria-hidden="true">＋</span> {t.addRow}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  )
}
