import type { TimerMode } from '../../../shared/timer/timerState'
import { useT } from '../../i18n/useT'

interface TimerModeSwitchProps {
  mode: TimerMode
  /** The manual run has progress (extra minutes, skips) that going back to the clock drops. */
  hasManualRun: boolean
  onMode: (mode: TimerMode) => void
  /** An arrow key on the switch: the row step the arrows mean everywhere on the console. */
  onStep: (type: 'skip' | 'back') => void
}

/** 時刻どおり / 手動で進める. */
export function TimerModeSwitch({ mode, hasManualRun, onMode, onStep }: TimerModeSwitchProps) {
  const t = useT()
  return (
    <div className="timer-mode" role="radiogroup" aria-label={t.timerMode}>
      {(['clock', 'manual'] as const).map((option) => (
        <label key={option} className="timer-mode__option">
          <input
            type="radio"
            name="timer-mode"
            checked={mode === option}
            onChange={() => {
              // Back to the clock drops the manual run: asked first.
              if (option === 'clock' && hasManualRun && !window.confirm(t.timerModeClockConfirm)) {
                return
              }
              onMode(option)
            }}
            onKeyDown={(event) => {
              // The arrows move between rows, as everywhere on the console; they never flip the
              // mode (a radio's own arrows would, dropping the manual run).
              if (!event.key.startsWith('Arrow')) return
              event.preventDefault()
              if (event.key === 'ArrowRight') onStep('skip')
              if (event.key === 'ArrowLeft') onStep('back')
            }}
          />
          {option === 'clock' ? t.timerModeClock : t.timerModeManual}
        </label>
      ))}
    </div>
  )
}
