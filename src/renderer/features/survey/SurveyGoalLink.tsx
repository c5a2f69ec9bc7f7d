import type { SurveyItem } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import {
  goalIsCurrent,
  goalTargetName,
  goalTargets,
  linkSurveyItem,
} from '../../../shared/survey/surveyGoals'
import { routeHref } from '../../navigation/useRoute'
import { useSurveyGoalT } from './surveyGoalMessages'
import type { SurveyEditing } from './useSurveyEditing'

const valueOf = (key: string, line: string) => JSON.stringify([key, line])

/**
 * Beside an item: the line of 「3.研修終了時に想定する能力・効果等」 it checks, chosen from what
 * 研修の企画 has for each 対象 (one edit, one undo step), and that line's words shown under it.
 */
export function SurveyGoalLink(props: {
  doc: WorkshopDoc
  item: SurveyItem
  label: string
  editing: SurveyEditing
}) {
  const { doc, item, label, editing } = props
  const g = useSurveyGoalT()
  const targets = goalTargets(doc)
  const goal = item.goal ?? null
  if (targets.length === 0 && !goal) return null
  const stale = goal !== null && !goalIsCurrent(doc, goal)
  return (
    <div className="survey-goal">
      <select
        className="survey-goal__chooser"
        aria-label={g.goalChooser(label)}
        value={goal ? valueOf(goal.key, goal.line) : ''}
        onChange={(event) => {
          const chosen = event.target.value
          const [key, line] = chosen === '' ? [] : (JSON.parse(chosen) as [string, string])
          const next = key !== undefined && line !== undefined ? { key, line } : null
          editing.apply((d) => linkSurveyItem(d, item.id, next))
        }}
      >
        <option value="">{g.goalNone}</option>
        {targets.map((t) => (
          <optgroup key={t.key} label={`${t.target}：${g.goalField}`}>
            {t.lines.map((line) => (
              <option key={line} value={valueOf(t.key, line)}>
                {line}
              </option>
            ))}
          </optgroup>
        ))}
        {goal && stale ? (
          <option value={valueOf(goal.key, goal.line)}>{g.goalStale(goal.line)}</option>
        ) : null}
      </select>
      {goal ? (
        <p className="survey-goal__linked">
          <span className="survey-goal__target">{g.goalLinked(goalTargetName(doc, goal.key))}</span>
          {goal.line}
          {stale ? <span className="survey-goal__stale"> {g.goalStaleNote}</span> : null}
        </p>
      ) : null}
    </div>
  )
}

/** When 研修の企画 has no 「3.研修終了時に想定する能力・効果等」 yet: say so, and link to it. */
export function SurveyGoalNoPlan({ doc }: { doc: WorkshopDoc }) {
  const g = useSurveyGoalT()
  if (goalTargets(doc).length > 0) return null
  return (
    <p className="survey-goal__no-plan">
      {g.goalNoPlan}{' '}
      <a href={routeHref({ name: 'workshop', workshopId: doc.workshop.id, section: 'planning' })}>
        {g.goalToPlanning}
      </a>
    </p>
  )
}
