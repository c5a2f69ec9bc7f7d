import { useId } from 'react'
import type { SurveyAnswer, SurveyItem } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { goalTargets, itemsByGoal } from '../../../shared/survey/surveyGoals'
import { itemShortLabel } from '../../../shared/survey/surveyImport'
import { freeTextAnswers, type SurveyResults } from '../../../shared/survey/surveyResults'
import { SurveyGoalNoPlan } from './SurveyGoalLink'
import { useSurveyGoalT } from './surveyGoalMessages'

/**
 * The results per goal: each line of 「3.研修終了時に想定する能力・効果等」 that items are linked to,
 * with those items and their up / stay / down of 全体 (the report's question, L7537-7539, above).
 */
export function SurveyGoalsPanel(props: {
  doc: WorkshopDoc
  items: readonly SurveyItem[]
  answers: readonly SurveyAnswer[]
  results: SurveyResults<SurveyAnswer>
}) {
  const { doc, items, answers, results } = props
  const g = useSurveyGoalT()
  const headingId = useId()
  const groups = itemsByGoal(doc, items)
  return (
    <section className="survey-panel survey-goals" aria-labelledby={headingId}>
      <h2 id={headingId}>{g.goalsHeading}</h2>
      <p className="survey-goals__lead">{g.goalsLead}</p>
      <SurveyGoalNoPlan doc={doc} />
      {groups.length === 0 && goalTargets(doc).length > 0 ? <p>{g.goalsEmpty}</p> : null}
      {groups.map((group) => (
        <article key={`${group.goal.key}\n${group.goal.line}`} className="survey-goals__goal">
          <h3>
            <span className="survey-goal__target">{group.target}</span> {group.goal.line}
          </h3>
          {group.current ? null : <p className="survey-goal__stale">{g.goalStaleNote}</p>}
          <ul>
            {group.items.map((item) => {
              const counts = results.items.find((r) => r.item.id === item.id)?.counts.all
              const free = item.scale === 'freeText'
              const detail = free
                ? g.goalFreeCount(freeTextAnswers(item.id, answers).length)
                : counts && counts.total > 0
                  ? g.goalItemCounts(counts.up, counts.stay, counts.down, counts.total)
                  : g.goalItemNoPairs
              return (
                <li key={item.id}>
                  <span className="survey-table__label">{itemShortLabel(item, items)}</span>{' '}
                  {item.text}
                  <span className="survey-goals__counts">{detail}</span>
                </li>
              )
            })}
          </ul>
        </article>
      ))}
    </section>
  )
}
