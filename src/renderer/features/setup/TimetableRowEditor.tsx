import type { KeyboardEvent } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import type { TimetableRow } from '../../../shared/model/schemas'
import { THEME_IDS, type ThemeId } from '../../../shared/model/themes'
import { useT } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import { isComposing } from '../../ui/keyboard'
import { NumberField } from '../../ui/NumberField'
import type { ScheduledRow } from '../../../shared/timetable/schedule'

export type RowPatch = Partial<Pick<TimetableRow, 'durationMin' | 'item' | 'content' | 'themeId'>>

interface TimetableRowEditorProps {
  scheduled: ScheduledRow
  index: number
  count: number
  onDurationDraft: (rowId: string, minutes: number | null) => void
  onUpdate: (rowId: string, patch: RowPatch) => void
  onMove: (rowId: string, delta: -1 | 1) => void
  onAddBelow: (rowId: string) => void
  onRemove: (rowId: string) => void
}

/** One line of the timetable: 開始 | 終了 | 時間 | 項目 | 内容 | テーマ | 操作. */
export function TimetableRowEditor({
  scheduled,
  index,
  count,
  onDurationDraft,
  onUpdate,
  onMove,
  onAddBelow,
  onRemove,
}: TimetableRowEditorProps) {
  const t = useT()
  const { row, start, end } = scheduled
  const rowName = t.rowLabel(index + 1)
  const durationId = `tt-duration-${row.id}`

  const handleKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!event.altKey || isComposing(event)) return
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    event.preventDefault()
    onMove(row.id, event.key === 'ArrowUp' ? -1 : 1)
  }

  return (
    <tr
      className={row.themeId ? 'tt-row tt-row--theme' : 'tt-row'}
      data-row-id={row.id}
      onKeyDown={handleKeyDown}
    >
      <td className="tt-cell tt-cell--time">
        <time className="tt-time">{start}</time>
      </td>
      <td className="tt-cell tt-cell--time">
        <time className="tt-time">{end}</time>
      </td>
      <td className="tt-cell tt-cell--duration">
        <NumberField
          id={durationId}
          value={row.durationMin}
          onCommit={(minutes) => {
            if (minutes !== null) onUpdate(row.id, { durationMin: minutes })
          }}
          onDraft={(minutes) => {
            onDurationDraft(row.id, minutes)
          }}
          min={0}
          max={24 * 60}
          step={5}
          label={`${rowName} ${t.colDuration}`}
          unit={t.minutesUnit}
          invalidMessage={t.durationInvalid}
          hint={t.durationHint}
        />
      </td>
      <td className="tt-cell tt-cell--item">
        <CommitTextField
          value={row.item}
          onCommit={(item) => {
            onUpdate(row.id, { item })
          }}
          label={`${rowName} ${t.colItem}`}
          maxLength={LIMITS.shortTextChars}
          focusKey="item"
        />
      </td>
      <td className="tt-cell tt-cell--content">
        <CommitTextField
          value={row.content}
          onCommit={(content) => {
            onUpdate(row.id, { content })
          }}
          label={`${rowName} ${t.colContent}`}
          maxLength={LIMITS.longTextChars}
          multiline
        />
      </td>
      <td className="tt-cell tt-cell--theme">
        <select
          className="field field--select"
          value={row.themeId ?? ''}
          aria-label={`${rowName} ${t.colTheme}`}
          onChange={(event) => {
            const themeId = THEME_IDS.find((id) => id === event.target.value) ?? null
            onUpdate(row.id, { themeId })
          }}
        >
          <option value="">{t.themeNone}</option>
          {THEME_IDS.map((id: ThemeId, i) => (
            <option key={id} value={id}>
              {t.themeLabel(i + 1)}
            </option>
          ))}
        </select>
      </td>
      <td className="tt-cell tt-cell--actions">
        <div className="row-actions">
          <button
            type="button"
            className="button button--icon"
            aria-label={`${rowName} ${t.moveUp}`}
            title={t.moveUpTitle}
            aria-keyshortcuts="Alt+ArrowUp"
            disabled={index === 0}
            onClick={() => {
              onMove(row.id, -1)
            }}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button--icon"
            aria-label={`${rowName} ${t.moveDown}`}
            title={t.moveDownTitle}
            aria-keyshortcuts="Alt+ArrowDown"
            disabled={index === count - 1}
            onClick={() => {
              onMove(row.id, 1)
            }}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={`${rowName} ${t.addBelow}`}
            title={t.addBelowTitle}
            disabled={count >= LIMITS.timetableRows}
            onClick={() => {
              onAddBelow(row.id)
            }}
          >
            <span aria-hidden="true">＋</span> {t.addBelow}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={`${rowName} ${t.remove}`}
            onClick={() => {
              onRemove(row.id)
            }}
          >
            {t.remove}
          </button>
        </div>
      </td>
    </tr>
  )
}
