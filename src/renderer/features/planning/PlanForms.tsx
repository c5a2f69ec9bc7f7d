import { LIMITS } from '../../../shared/model/limits'
import { updateWorkshop } from '../../../shared/ops/workshopOps'
import {
  CHECKLIST_GROUPS,
  FIRST_ROW_LABEL,
  GOAL_COLUMNS,
  GOALS_SHORT_PERIOD_DEFAULT,
  GOALS_SHORT_PERIOD_KEY,
  goalKey,
  MORE_ROWS_HINT,
  OVERVIEW_FIELDS,
  PLAN_ROWS,
  PROGRAM_COLUMNS,
  PROGRAM_PURPOSE,
  programKey,
  rowLabelKey,
  type PlanRow,
} from '../../../shared/planning/planForms'
import { planText, setPlanField } from '../../../shared/planning/planOps'
import { formatDate } from '../../i18n/format'
import { useLang } from '../../i18n/useT'
import { CommitTextField } from '../../ui/CommitTextField'
import type { PlanningEditing } from './planningTypes'
import { PlanTextField } from './PlanTextField'
import { usePlanningT } from './usePlanningT'

type FormProps = Pick<PlanningEditing, 'doc' | 'apply'>

/** 図表-71: each 観点 with what was found. */
export function ChecklistForm({ doc, apply }: FormProps) {
  const t = usePlanningT()
  return (
    <div className="plan-checklist">
      {CHECKLIST_GROUPS.map((group) => (
        <fieldset key={group.heading} className="plan-checklist__group">
          <legend className="plan-checklist__heading">{group.heading}</legend>
          {group.items.map((item) => (
            <div key={item.key} className="plan-checklist__item">
              <label className="plan-checklist__label" htmlFor={`plan-${item.key}`}>
                {item.label}
              </label>
              <PlanTextField
                doc={doc}
                apply={apply}
                form="checklist"
                fieldKey={item.key}
                id={`plan-${item.key}`}
                label={item.label}
                placeholder={t.planMemo}
              />
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  )
}

/** A row's name: the first is コーディネーター; the others are typed (保健所, 市町村…). */
function RowName({
  doc,
  apply,
  form,
  row,
}: FormProps & { form: 'goals' | 'program'; row: PlanRow }) {
  const t = usePlanningT()
  if (row === 'r1') return <span className="plan-table__row-name">{FIRST_ROW_LABEL}</span>
  return (
    <PlanTextField
      doc={doc}
      apply={apply}
      form={form}
      fieldKey={rowLabelKey(form, row)}
      label={t.planRowName(PLAN_ROWS.indexOf(row) + 1)}
      placeholder={MORE_ROWS_HINT}
    />
  )
}

/** The name a row's cells are announced with. */
function rowName(doc: FormProps['doc'], form: 'goals' | 'program', row: PlanRow): string {
  return row === 'r1' ? FIRST_ROW_LABEL : planText(doc, rowLabelKey(form, row)) || row
}

/** A form's table: one row per 対象 (its name first), one column per part of the form. */
function PlanTargetTable<Column extends { id: string; label: string }>({
  doc,
  apply,
  form,
  columns,
  cellKey,
  columnHeading = (column) => column.label,
}: FormProps & {
  form: 'goals' | 'program'
  columns: readonly Column[]
  cellKey: (row: PlanRow, column: Column['id']) => string
  columnHeading?: (column: Column) => string
}) {
  const t = usePlanningT()
  return (
    <table className="plan-table">
      <thead>
        <tr>
          <th scope="col" className="plan-table__target">
            {t.planTarget}
          </th>
          {columns.map((column) => (
            <th key={column.id} scope="col">
              {columnHeading(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PLAN_ROWS.map((row) => (
          <tr key={row}>
            <th scope="row" className="plan-table__target">
              <RowName doc={doc} apply={apply} form={form} row={row} />
            </th>
            {columns.map((column) => (
              <td key={column.id}>
                <PlanTextField
                  doc={doc}
                  apply={apply}
                  form={form}
                  fieldKey={cellKey(row, column.id)}
                  label={`${rowName(doc, form, row)} ${column.label}`}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** 図表-72: 長期・中期・短期 × 対象. */
export function GoalsForm({ doc, apply }: FormProps) {
  const t = usePlanningT()
  const period = planText(doc, GOALS_SHORT_PERIOD_KEY) || GOALS_SHORT_PERIOD_DEFAULT
  return (
    <>
      <div className="form-inline plan-period">
        <label className="form-label" htmlFor="plan-goals-period">
          {t.planShortPeriod}
        </label>
        <CommitTextField
          id="plan-goals-period"
          value={planText(doc, GOALS_SHORT_PERIOD_KEY)}
          placeholder={GOALS_SHORT_PERIOD_DEFAULT}
          maxLength={LIMITS.labelChars}
          onCommit={(text) => {
            apply((current, ctx) =>
              setPlanField(current, 'goals', GOALS_SHORT_PERIOD_KEY, text, ctx),
            )
          }}
        />
      </div>
      <PlanTargetTable
        doc={doc}
        apply={apply}
        form="goals"
        columns={GOAL_COLUMNS}
        cellKey={goalKey}
        columnHeading={(column) =>
          column.id === 'short' ? `${column.label}（${period}）` : column.label
        }
      />
    </>
  )
}

/** 図表-73: 1. 目的, then 2-4 × 対象. */
export function ProgramForm({ doc, apply }: FormProps) {
  return (
    <>
      <div className="plan-purpose">
        <label className="plan-purpose__label" htmlFor="plan-program-purpose">
          {PROGRAM_PURPOSE.label}
        </label>
        <PlanTextField
          doc={doc}
          apply={apply}
          form="program"
          fieldKey={PROGRAM_PURPOSE.key}
          id="plan-program-purpose"
          label={PROGRAM_PURPOSE.label}
        />
      </div>
      <PlanTargetTable
        doc={doc}
        apply={apply}
        form="program"
        columns={PROGRAM_COLUMNS}
        cellKey={programKey}
      />
    </>
  )
}

/** 図表-74: every field; タイトル(仮) and 開催場所 are the workshop's 基本情報 (the same record). */
export function OverviewForm({ doc, apply }: FormProps) {
  const t = usePlanningT()
  const lang = useLang()
  const { workshop } = doc
  return (
    <div className="form-grid plan-overview">
      {OVERVIEW_FIELDS.map((field) => {
        const id = field.kind === 'workshop' ? `plan-overview-${field.field}` : `plan-${field.key}`
        const label =
          field.kind === 'text' && field.group ? `${field.group}：${field.label}` : field.label
        return (
          <div key={id} className="plan-overview__row">
            <label className="form-label" htmlFor={id}>
              {label}
            </label>
            {field.kind === 'workshop' ? (
              <div className="plan-overview__shared">
                <CommitTextField
                  id={id}
                  value={workshop[field.field]}
                  maxLength={field.field === 'title' ? LIMITS.titleChars : LIMITS.shortTextChars}
                  className="field--wide"
                  onCommit={(value) => {
                    apply((current) => updateWorkshop(current, { [field.field]: value }))
                  }}
                />
                <span className="form-note">{t.planFromBasics}</span>
              </div>
            ) : (
              <div>
                <PlanTextField
                  doc={doc}
                  apply={apply}
                  form="overview"
                  fieldKey={field.key}
                  id={id}
                  label={label}
                />
                {field.key === 'overview.when' ? (
                  <span className="form-note">
                    {t.planWorkshopDate(formatDate(workshop.date, lang))}
                  </span>
                ) : null}
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}
