import type { SurveyItem } from '../../../shared/model/schemas'
import { isRatedScale, SCALE_OPTIONS } from '../../../shared/survey/surveyScales'
import { useSurveyGridT } from './surveyGridMessages'

interface Props {
  items: readonly SurveyItem[]
  labels: readonly string[]
  /** The cell last entered (of a respondent's row), or null. */
  active: { row: number; column: number } | null
  fixedColumns: number
  onChoose: (row: number, column: number, letter: string) => void
}

/**
 * Above the grid, like a spreadsheet's formula bar: the whole wording of the item whose cell was
 * entered last, and for a rated item its options (the report's words), each a button that enters
 * its letter in that cell. Before any item cell is entered, the keys of the grid.
 */
export function GridHint({ items, labels, active, fixedColumns, onChoose }: Props) {
  const g = useSurveyGridT()
  const k = active ? active.column - fixedColumns : -1
  const item = items[k]
  if (!active || !item) {
    return <p className="survey-grid__hint">{g.gridKeys}</p>
  }
  const label = labels[k] ?? ''
  return (
    <div className="survey-grid__hint" aria-live="polite">
      <p className="survey-grid__hint-item">
        <span className="survey-grid__label">{label}</span> {item.text}
      </p>
      {isRatedScale(item.scale) ? (
        <div className="survey-grid__options" role="group" aria-label={g.gridChoose(label)}>
          {SCALE_OPTIONS[item.scale].map((o) => (
            <button
              key={o.letter}
              type="button"
              className="button button--small"
              onClick={() => {
                onChoose(active.row, active.column, o.letter)
              }}
            >
              {`${o.letter}. ${o.text}`}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  )
}
