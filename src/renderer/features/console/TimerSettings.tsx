import { useId, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { ChimeFn } from './chime'
import { useConsole, type ConsoleStore } from './consoleStore'
import { parseWarnings } from './timerDisplay'

/** お知らせ: the warning minutes (「5, 1」), mute, and 音を試す. */
export function TimerSettings({ store, chime }: { store: ConsoleStore; chime: ChimeFn }) {
  const t = useT()
  const warnings = useConsole(store, (s) => s.data.warnings)
  const muted = useConsole(store, (s) => s.data.muted)
  const update = useConsole(store, (s) => s.update)
  const shown = warnings.join(', ')
  const [draft, setDraft] = useState<string | null>(null)
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const hintId = useId()

  const commit = () => {
    if (draft === null) return
    const parsed = parseWarnings(draft)
    if (!parsed) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    setDraft(null)
    update((data) => ({ ...data, warnings: parsed }))
  }

  return (
    <fieldset className="timer-settings">
      <legend>{t.timerSettings}</legend>
      <div className="timer-settings__row">
        <label htmlFor={inputId}>{t.timerWarnings}</label>
        <input
          id={inputId}
          className="input timer-settings__warnings"
          inputMode="numeric"
          value={draft ?? shown}
          aria-invalid={invalid}
          aria-describedby={hintId}
          onChange={(event) => {
            setDraft(event.target.value)
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) commit()
          }}
        />
      </div>
      <p
        id={hintId}
        className={invalid ? 'timer-settings__hint is-invalid' : 'timer-settings__hint'}
      >
        {invalid ? t.timerWarningsInvalid : t.timerWarningsHint}
      </p>
      <div className="timer-settings__row">
        <label className="timer-settings__mute">
          <input
            type="checkbox"
            checked={muted}
            onChange={(event) => {
              const value = event.target.checked
              update((data) => ({ ...data, muted: value }))
            }}
          />
          {t.timerMute}
        </label>
        <button
          type="button"
          className="button button--small"
          disabled={muted}
          onClick={() => {
            chime('warning')
          }}
        >
          {t.timerTryChime}
        </button>
      </div>
    </fieldset>
  )
}
