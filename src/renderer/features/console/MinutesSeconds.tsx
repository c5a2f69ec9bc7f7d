import { useT } from '../../i18n/useT'

interface MinutesSecondsProps {
  ms: number
  minutesLabel: string
  secondsLabel: string
  /** The longest time accepted, in seconds. */
  maxSeconds: number
  /** The shortest time accepted, in seconds (0 by default). */
  minSeconds?: number
  /** The seconds field's arrow step (15 by default). */
  secondsStep?: number
  /** A new time in whole seconds (0 to maxSeconds). */
  onChange: (seconds: number) => void
}

/**
 * A time as two number fields, 分 and 秒 (never a decimal of minutes): either field changes the
 * time; a time outside minSeconds…maxSeconds is not taken.
 */
export function MinutesSeconds(props: MinutesSecondsProps) {
  const t = useT()
  const all = Math.round(props.ms / 1000)
  const minutes = Math.floor(all / 60)
  const seconds = all % 60
  const set = (m: number, s: number) => {
    const next = m * 60 + s
    if (Number.isFinite(next) && next >= (props.minSeconds ?? 0) && next <= props.maxSeconds) {
      props.onChange(next)
    }
  }
  return (
    <>
      <input
        type="number"
        aria-label={props.minutesLabel}
        min={0}
        max={Math.floor(props.maxSeconds / 60)}
        step={1}
        value={minutes}
        onChange={(e) => {
          const v = Math.floor(Number(e.target.value))
          if (e.target.value !== '' && v >= 0) set(v, seconds)
        }}
      />
      <span aria-hidden="true">{t.plenaryMinutesUnit}</span>
      <input
        type="number"
        aria-label={props.secondsLabel}
        min={0}
        max={59}
        step={props.secondsStep ?? 15}
        value={seconds}
        onChange={(e) => {
          const v = Math.floor(Number(e.target.value))
          if (e.target.value !== '' && v >= 0 && v < 60) set(minutes, v)
        }}
      />
      <span aria-hidden="true">{t.plenarySecondsUnit}</span>
    </>
  )
}
