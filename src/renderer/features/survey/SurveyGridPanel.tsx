import '../../styles/surveyGrid.css'
import { useId, useState } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { surveyAnswers, surveyItems } from '../../../shared/survey/surveyOps'
import { SURVEY_PHASES, type SurveyPhase } from '../../../shared/survey/surveyTypes'
import { useT } from '../../i18n/useT'
import { SurveyAnswerGrid } from './SurveyAnswerGrid'
import { useSurveyGridT } from './surveyGridMessages'
import type { SurveyEditing } from './useSurveyEditing'

/** 「回答を入力する」: choose 事前 or 事後, then type (or correct) that phase's answers in a grid. */
export function SurveyGridPanel({ doc, editing }: { doc: WorkshopDoc; editing: SurveyEditing }) {
  const t = useT()
  const g = useSurveyGridT()
  const headingId = useId()
  const [phase, setPhase] = useState<SurveyPhase | null>(null)
  const items = surveyItems(doc)
  const answers = surveyAnswers(doc)
  const phaseLabel = (p: SurveyPhase) => (p === 'pre' ? t.surveyPhasePre : t.surveyPhasePost)
  return (
    <section className="survey-panel survey-grid-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{g.gridHeading}</h2>
      <p className="survey-panel__lead">{g.gridLead}</p>
      {items.length === 0 ? (
        <p>{g.gridNoItems}</p>
      ) : (
        <div className="survey-grid__phases">
          {SURVEY_PHASES.map((p) => (
            <button
              key={p}
              type="button"
              className={p === phase ? 'button button--primary' : 'button'}
              aria-pressed={p === phase}
              onClick={() => {
                setPhase(p === phase ? null : p)
              }}
            >
              {g.gridOpen(phaseLabel(p))}
            </button>
          ))}
        </div>
      )}
      {phase && items.length > 0 ? (
        <SurveyAnswerGrid
          key={phase}
          phase={phase}
          phaseLabel={phaseLabel(phase)}
          items={items}
          rows={answers.filter((a) => a.phase === phase)}
          editing={editing}
        />
      ) : null}
    </section>
  )
}
