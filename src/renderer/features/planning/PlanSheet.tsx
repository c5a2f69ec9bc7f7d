import type { PlanForm } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import {
  CHECKLIST_GROUPS,
  FIRST_ROW_LABEL,
  GOAL_COLUMNS,
  GOALS_SHORT_PERIOD_DEFAULT,
  GOALS_SHORT_PERIOD_KEY,
  goalKey,
  OVERVIEW_FIELDS,
  PLAN_FORM_TITLES,
  PLAN_ROWS,
  PROGRAM_COLUMNS,
  PROGRAM_PURPOSE,
  programKey,
  rowLabelKey,
  type PlanRow,
} from '../../../shared/planning/planForms'
import { planEntriesOf, planText } from '../../../shared/planning/planOps'
import { formatDate } from '../../i18n/format'
import { useLang } from '../../i18n/useT'
import { usePlanningT } from './usePlanningT'

/** Every text of a field (a merge may have kept two), one paragraph each; as text, never HTML. */
function Text({ doc, fieldKey }: { doc: WorkshopDoc; fieldKey: string }) {
  const texts = planEntriesOf(doc, fieldKey)
    .map((entry) => entry.text)
    .filter((text) => text !== '')
  return (
    <>
      {texts.map((text, index) => (
        <p key={index} className="plan-text">
          {text}
        </p>
      ))}
    </>
  )
}

/** The rows worth printing: the first always, the others when they hold anything. */
function printedRows(
  doc: WorkshopDoc,
  form: 'goals' | 'program',
  keys: (row: PlanRow) => string[],
) {
  return PLAN_ROWS.filter(
    (row) =>
      row === 'r1' ||
      [rowLabelKey(form, row), ...keys(row)].some((key) => planText(doc, key).trim() !== ''),
  )
}

const rowLabel = (doc: WorkshopDoc, form: 'goals' | 'program', row: PlanRow) =>
  row === 'r1' ? FIRST_ROW_LABEL : planText(doc, rowLabelKey(form, row))

/** One planning form as a sheet of paper (A4; 図表-72 and 73 landscape). */
export function PlanSheet({ doc, form }: { doc: WorkshopDoc; form: PlanForm }) {
  const t = usePlanningT()
  const lang = useLang()
  const landscape = form === 'goals' || form === 'program'
  const period = planText(doc, GOALS_SHORT_PERIOD_KEY) || GOALS_SHORT_PERIOD_DEFAULT
  return (
    <article
      className={`plan-sheet print-view__page${landscape ? ' print-view__page--landscape' : ''}`}
      aria-label={PLAN_FORM_TITLES[form].title}
      data-testid="plan-sheet"
    >
      <header className="plan-sheet__head">
        <h1 className="plan-sheet__title">
          {PLAN_FORM_TITLES[form].title}
          <span className="plan-sheet__figure">（{PLAN_FORM_TITLES[form].figure}）</span>
        </h1>
        <p className="plan-sheet__meta">{doc.workshop.title}</p>
      </header>

      {form === 'checklist' ? (
        <table className="plan-sheet__table">
          <tbody>
            {CHECKLIST_GROUPS.map((group) => [
              <tr key={group.heading}>
                <th colSpan={2} className="plan-sheet__group">
                  {group.heading}
                </th>
              </tr>,
              ...group.items.map((item) => (
                <tr key={item.key}>
                  <th scope="row" className="plan-sheet__label plan-sheet__label--wide">
                    {item.label}
                  </th>
                  <td>
                    <Text doc={doc} fieldKey={item.key} />
                  </td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
      ) : null}

      {form === 'goals' ? (
        <table className="plan-sheet__table">
          <thead>
            <tr>
              <th className="plan-sheet__target">{t.planTarget}</th>
              {GOAL_COLUMNS.map((column) => (
                <th key={column.id}>
                  {column.id === 'short' ? `${column.label}（${period}）` : column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {printedRows(doc, 'goals', (row) => GOAL_COLUMNS.map((c) => goalKey(row, c.id))).map(
              (row) => (
                <tr key={row}>
                  <th scope="row">{rowLabel(doc, 'goals', row)}</th>
                  {GOAL_COLUMNS.map((column) => (
                    <td key={column.id}>
                      <Text doc={doc} fieldKey={goalKey(row, column.id)} />
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}

      {form === 'program' ? (
        <>
          <table className="plan-sheet__table plan-sheet__purpose">
            <tbody>
              <tr>
                <th scope="row" className="plan-sheet__label">
                  {PROGRAM_PURPOSE.label}
                </th>
                <td>
                  <Text doc={doc} fieldKey={PROGRAM_PURPOSE.key} />
                </td>
              </tr>
            </tbody>
          </table>
          <table className="plan-sheet__table">
            <thead>
              <tr>
                <th className="plan-sheet__target">{t.planTarget}</th>
                {PROGRAM_COLUMNS.map((column) => (
                  <th key={column.id}>{column.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {printedRows(doc, 'program', (row) =>
                PROGRAM_COLUMNS.map((c) => programKey(row, c.id)),
              ).map((row) => (
                <tr key={row}>
                  <th scope="row">{rowLabel(doc, 'program', row)}</th>
                  {PROGRAM_COLUMNS.map((column) => (
                    <td key={column.id}>
                      <Text doc={doc} fieldKey={programKey(row, column.id)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {form === 'overview' ? (
        <table className="plan-sheet__table">
          <tbody>
            {OVERVIEW_FIELDS.map((field) => (
              <tr key={field.kind === 'workshop' ? field.field : field.key}>
                {field.kind === 'text' && field.group ? (
                  <th scope="row" className="plan-sheet__label">
                    {field.group}：{field.label}
                  </th>
                ) : (
                  <th scope="row" className="plan-sheet__label">
                    {field.label}
                  </th>
                )}
                <td>
                  {field.kind === 'workshop' ? (
                    <p className="plan-text">{doc.workshop[field.field]}</p>
                  ) : (
                    <>
                      <Text doc={doc} fieldKey={field.key} />
                      {field.key === 'overview.when' ? (
                        <p className="plan-text plan-sheet__note">
                          {t.planWorkshopDate(formatDate(doc.workshop.date, lang))}
                        </p>
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  )
}
