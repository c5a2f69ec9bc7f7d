import { useRef, type KeyboardEvent } from 'react'
import type { Messages } from '../../i18n/messages.ja'
import { useT } from '../../i18n/useT'
import { isComposing } from '../../ui/keyboard'
import type { StepStatus } from '../../../shared/theme2/stepProgress'
import { STEP_MARKS, THEME2_STEPS, type Theme2Step } from './theme2Steps'

/** A step's short name and the report's question for it. */
export function stepName(t: Messages, step: Theme2Step): string {
  return [t.theme2Step1, t.theme2Step2, t.theme2Step3, t.theme2Step4, t.theme2Step5][step - 1] ?? ''
}

export function stepQuestion(t: Messages, step: Theme2Step): string {
  const questions = [
    t.theme2Step1Question,
    t.theme2Step2Question,
    t.theme2Step3Question,
    t.theme2Step4Question,
    t.theme2Step5Question,
  ]
  return questions[step - 1] ?? ''
}

const KEY_STEPS: Record<string, (step: Theme2Step) => number> = {
  ArrowLeft: (step) => step - 1,
  ArrowRight: (step) => step + 1,
  Home: () => 1,
  End: () => 5,
}

interface StepBarProps {
  step: Theme2Step
  onStep: (step: Theme2Step) => void
  /** What each step holds so far (causes, countermeasures…), shown beside its name. */
  counts: Partial<Record<Theme2Step, number>>
  /** Which steps the topic's data shows done or begun (shared/theme2/stepProgress). */
  progress?: Partial<Record<Theme2Step, StepStatus>>
}

/**
 * ①-⑤ as one row of buttons, the current one marked (aria-current="step"). Tab reaches the
 * current step; ← → (Home, End) go to the step before or after, as a tab row does.
 */
export function StepBar({ step, onStep, counts, progress = {} }: StepBarProps) {
  const t = useT()
  const row = useRef<HTMLOListElement>(null)
  const go = (next: number) => {
    const target = THEME2_STEPS.find((s) => s === next)
    if (target === undefined) return
    onStep(target)
    requestAnimationFrame(() => {
      row.current?.querySelector<HTMLElement>(`[data-t2-step="${String(target)}"]`)?.focus()
    })
  }
  const handleKey = (event: KeyboardEvent<HTMLOListElement>) => {
    if (isComposing(event) || event.altKey || event.ctrlKey || event.metaKey) return
    const move = KEY_STEPS[event.key]
    if (!move) return
    event.preventDefault()
    go(move(step))
  }
  return (
    <nav className="t2-steps" aria-label={t.theme2Steps}>
      <ol ref={row} className="t2-steps__row" onKeyDown={handleKey}>
        {THEME2_STEPS.map((s) => {
          const count = counts[s]
          const current = s === step
          const state = progress[s] ?? 'empty'
          const stateWord = state === 'done' ? t.stepDone : state === 'started' ? t.stepStarted : ''
          return (
            <li key={s}>
              <button
                type="button"
                className={current ? 't2-step is-current' : 't2-step'}
                aria-current={current ? 'step' : undefined}
                tabIndex={current ? 0 : -1}
                title={`${stepQuestion(t, s)}（${t.theme2StepsHint}）`}
                data-t2-step={s}
                data-progress={state}
                onClick={() => {
                  go(s)
                }}
              >
                {state === 'done' ? (
                  <span className="t2-step__done" aria-hidden="true">
                    ✓
                  </span>
                ) : null}
                <span className="t2-step__mark">{STEP_MARKS[s]}</span>{' '}
                <span className="t2-step__name">{stepName(t, s)}</span>
                {count !== undefined && count > 0 ? (
                  <span className="t2-step__count">{t.theme2StepCount(count)}</span>
                ) : null}
                {stateWord ? <span className="t2-step__state">{stateWord}</span> : null}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
