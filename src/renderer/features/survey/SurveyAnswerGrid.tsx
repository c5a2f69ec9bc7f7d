import { useId, useLayoutEffect, useRef, useState } from 'react'
import type { ErrorRef } from '../../../shared/errors/errorCodes'
import type { SurveyAnswer, SurveyItem } from '../../../shared/model/schemas'
import {
  addSurveyRespondent,
  checkAffiliationCell,
  checkAnswerCell,
  checkNameCell,
  removeSurveyRespondent,
  setSurveyCell,
  setSurveyRespondent,
} from '../../../shared/survey/surveyGrid'
import { itemShortLabel } from '../../../shared/survey/surveyImport'
import type { SurveyPhase } from '../../../shared/survey/surveyTypes'
import { useUserText } from '../../i18n/userText'
import { useT } from '../../i18n/useT'
import { focusCell, type GridMove } from './gridKeys'
import { NewNameCell, PositionCell, TextCell, type CellPlace } from './SurveyGridCells'
import { GridHint } from './SurveyGridHint'
import { useSurveyGridT } from './surveyGridMessages'
import type { SurveyEditing } from './useSurveyEditing'

/** The columns before the items: 氏名 (kept in view while scrolling sideways), 立場, 所属. */
const FIXED_COLUMNS = 3

interface Props {
  phase: SurveyPhase
  phaseLabel: string
  items: readonly SurveyItem[]
  /** This phase's answers, the oldest first (imported rows included). */
  rows: readonly SurveyAnswer[]
  editing: SurveyEditing
}

/**
 * 「回答を入力する」: a sheet of one phase's answers, one row per respondent, one column per item,
 * and a last row whose 氏名 adds a respondent. Every cell entry, added row and deleted row is one
 * edit through the workshop session (one undo step), writing the records an import writes.
 */
export function SurveyAnswerGrid({ phase, phaseLabel, items, rows, editing }: Props) {
  const t = useT()
  const g = useSurveyGridT()
  const text = useUserText()
  const errorId = useId()
  const table = useRef<HTMLTableElement>(null)
  const [active, setActive] = useState<{ row: number; column: number } | null>(null)
  const [refusal, setRefusal] = useState<{ row: number; column: number; error: ErrorRef } | null>(
    null,
  )
  const pendingFocus = useRef<{ row: number; column: number } | null>(null)
  useLayoutEffect(() => {
    const want = pendingFocus.current
    if (want && focusCell(table.current, want.row, want.column)) pendingFocus.current = null
  })

  const columnCount = FIXED_COLUMNS + items.length
  const labels = items.map((item) => itemShortLabel(item, items))
  const place = (row: number, column: number): CellPlace => ({
    row,
    column,
    onFocus: () => {
      setActive({ row, column })
    },
    onMove: ({ dr, dc }: GridMove) => {
      const r = row + dr
      const c = Math.min(Math.max(column + dc, 0), columnCount - 1)
      if (r < 0 || r > rows.length) return
      // the last row has only its 氏名 until a name is typed
      if (!focusCell(table.current, r, c) && r === rows.length) focusCell(table.current, r, 0)
    },
    onRefuse: (error) => {
      setRefusal({ row, column, error })
    },
    refusedBy: refusal?.row === row && refusal.column === column ? errorId : null,
  })
  const apply = (edit: Parameters<SurveyEditing['apply']>[0]) => {
    setRefusal(null)
    return editing.apply(edit)
  }
  const rowName = (answer: SurveyAnswer, index: number) => answer.name || `${index + 1}`

  return (
    <div className="survey-grid">
      <GridHint
        items={items}
        labels={labels}
        active={active && active.row < rows.length ? active : null}
        fixedColumns={FIXED_COLUMNS}
        onChoose={(row, column, letter) => {
          const answer = rows[row]
          const item = items[column - FIXED_COLUMNS]
          if (!answer || !item) return
          apply((d) => setSurveyCell(d, answer.id, item.id, letter))
          focusCell(table.current, row, column)
        }}
      />
      {refusal ? (
        <p id={errorId} className="survey-problem survey-grid__refusal" role="alert">
          {text(refusal.error)}
        </p>
      ) : null}
      <div className="survey-grid__scroll">
        <table ref={table} className="survey-grid__table" aria-label={g.gridTable(phaseLabel)}>
          <thead>
            <tr>
              <th scope="col" className="survey-grid__name">
                {g.gridName}
              </th>
              <th scope="col">{g.gridPosition}</th>
              <th scope="col">{g.gridAffiliation}</th>
              {items.map((item, k) => (
                <th
                  key={item.id}
                  scope="col"
                  title={item.text}
                  className={item.scale === 'freeText' ? 'survey-grid__free' : undefined}
                >
                  <span className="survey-grid__label">{labels[k]}</span>
                  <span className="survey-grid__item-text">{item.text}</span>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{g.gridRow}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((answer, r) => {
              const who = rowName(answer, r)
              return (
                <tr key={answer.id}>
                  <th scope="row" className="survey-grid__name">
                    <TextCell
                      {...place(r, 0)}
                      value={answer.name}
                      label={g.gridCell(who, g.gridName)}
                      check={checkNameCell}
                      onSave={(name) => apply((d) => setSurveyRespondent(d, answer.id, { name }))}
                    />
                  </th>
                  <td>
                    <PositionCell
                      {...place(r, 1)}
                      value={answer.position}
                      label={g.gridCell(who, g.gridPosition)}
                      onSave={(position) =>
                        apply((d) => setSurveyRespondent(d, answer.id, { position }))
                      }
                    />
                  </td>
                  <td>
                    <TextCell
                      {...place(r, 2)}
                      value={answer.affiliation}
                      label={g.gridCell(who, g.gridAffiliation)}
                      check={checkAffiliationCell}
                      onSave={(affiliation) =>
                        apply((d) => setSurveyRespondent(d, answer.id, { affiliation }))
                      }
                    />
                  </td>
                  {items.map((item, k) => {
                    const label = labels[k] ?? ''
                    const free = item.scale === 'freeText'
                    return (
                      <td key={item.id} className={free ? 'survey-grid__free' : undefined}>
                        <TextCell
                          {...place(r, FIXED_COLUMNS + k)}
                          value={answer.answers.find((a) => a.itemId === item.id)?.value ?? ''}
                          label={g.gridCell(who, label)}
                          check={(raw) => checkAnswerCell(item, label, raw)}
                          onSave={(value) =>
                            apply((d) => setSurveyCell(d, answer.id, item.id, value))
                          }
                          multiline={free}
                          letter={!free}
                        />
                      </td>
                    )
                  })}
                  <td>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={g.gridRemove(who)}
                      onClick={() => {
                        const undoId = apply((d, ctx) => removeSurveyRespondent(d, answer.id, ctx))
                        editing.notifyUndoable(g.gridRemoved(who), undoId)
                      }}
                    >
                      {t.remove}
                    </button>
                  </td>
                </tr>
              )
            })}
            <tr className="survey-grid__new">
              <th scope="row" className="survey-grid__name">
                <NewNameCell
                  {...place(rows.length, 0)}
                  label={g.gridNewName}
                  placeholder={g.gridNewPlaceholder}
                  check={checkNameCell}
                  onAdd={(name, next) => {
                    apply((d, ctx) =>
                      addSurveyRespondent(
                        d,
                        phase,
                        { name, position: 'other', affiliation: '' },
                        ctx,
                      ),
                    )
                    if (next) pendingFocus.current = { row: rows.length, column: 1 }
                  }}
                />
              </th>
              <td colSpan={columnCount}></td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  )
}
