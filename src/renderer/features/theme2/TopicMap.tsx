import { useId, useState, type ReactNode } from 'react'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { CauseGridSection } from './CauseGridSection'
import { CauseSection } from './CauseSection'
import { MeasureGridSection } from './MeasureGridSection'
import { MeasureSection } from './MeasureSection'
import { OutcomeSection } from './OutcomeSection'
import { StatementField } from './StatementField'
import { stepName, stepQuestion } from './StepBar'
import { STEP_MARKS, type Theme2Step } from './theme2Steps'
import { TopicFields } from './TopicFields'
import { votersOf } from './theme2Voters'
import { useTheme2 } from './Theme2Context'

interface TopicMapProps {
  topicId: string
  step: Theme2Step
  onStep: (step: Theme2Step) => void
}

/**
 * One topic's map, one thinking step at a time (report ①-⑤), each fitting the screen:
 * ① the topic (テーマ, 具体的な困りごと, 目指す姿); ② causes with chains of "why?";
 * ③ the priority grid, the dots and the main cause; ④ countermeasures for the main cause;
 * ⑤ their grid, the adopted ones, 期待値/指標 and the one-line 地域課題.
 */
export function TopicMap({ topicId, step, onStep }: TopicMapProps) {
  const t = useT()
  const headingId = useId()
  const { groupId } = useTheme2()
  const group = useWorkshopStore((s) => s.doc?.groups[groupId])
  const voters = votersOf(group)
  const [voterId, setVoterId] = useState<string>(voters[0]?.id ?? '')
  const voter = voters.some((v) => v.id === voterId) ? voterId : (voters[0]?.id ?? '')
  const next = step < 5 ? ((step + 1) as Theme2Step) : null

  const bodies: Record<Theme2Step, ReactNode> = {
    1: <TopicFields topicId={topicId} />,
    2: <CauseSection topicId={topicId} />,
    3: <CauseGridSection topicId={topicId} voters={voters} voterId={voter} onVoter={setVoterId} />,
    4: <MeasureSection topicId={topicId} />,
    5: (
      <div className="t2-stage__split">
        <MeasureGridSection topicId={topicId} />
        <div className="t2-stage__side">
          <OutcomeSection topicId={topicId} />
          <StatementField topicId={topicId} />
        </div>
      </div>
    ),
  }

  return (
    <section className="t2-stage" data-step={step} aria-labelledby={headingId}>
      <div className="t2-stage__head">
        <h2 id={headingId} className="t2-stage__question">
          <span className="t2-stage__mark">{STEP_MARKS[step]}</span> {stepQuestion(t, step)}
        </h2>
        {next ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              onStep(next)
            }}
          >
            {t.theme2StepNext(STEP_MARKS[next], stepName(t, next))} →
          </button>
        ) : null}
      </div>
      <div className="t2-stage__body">{bodies[step]}</div>
    </section>
  )
}
