import { useT } from '../../i18n/useT'

interface PlenarySpeakingTimeProps {
  /** The speaking time per group now (the even split or the facilitator's), ms. */
  slotMs: number
  /** The 全体共有 row's minutes (0: no such row). */
  totalMinutes: number
  groupCount: number
  /** null while the order is not set up. */
  overridden: boolean | null
  /** A new speaking time in minutes (may be fractional: 6分40秒 is 6.666… minutes), or null. */
  onChange: (minutes: number | null) => void
}

const MAX_SECONDS = 120 * 60
const MIN_SECONDS = 30

/**
 * 発表時間（1グループ） as 分 and 秒 (「6分40秒」, never 「6.67分」): 40 minutes shared by 6 groups
 * reads as the facilitator would say it. Either field changes the time; 均等に戻す goes back to the
 * even split.
 */
export function PlenarySpeakingTime(props: PlenarySpeakingTimeProps) {
  const t = useT()
  const totalSeconds = Math.round(props.slotMs / 1000)
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  const disabled = props.overridden === null
  const set = (nextMinutes: number, nextSeconds: number) => {
    const next = nextMinutes * 60 + nextSeconds
    if (!Number.isFinite(next) || next < MIN_SECONDS || next > MAX_SECONDS) return
    props.onChange(next / 60)
  }
  return (
    <fieldset className="plenary-minutes" disabled={disabled}>
      <legend>{t.plenarySpeakingTime}</legend>
      <div className="plenary-minutes-row">
        <input
          type="number"
          aria-label={t.plenaryMinutesLabel}
          min={0}
          max={120}
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
          aria-label={t.plenarySecondsLabel}
          min={0}
          max={59}
          step={5}
          value={seconds}
          onChange={(e) => {
            const v = Math.floor(Number(e.target.value))
            if (e.target.value !== '' && v >= 0 && v < 60) set(minutes, v)
          }}
        />
        <span aria-hidden="true">{t.plenarySecondsUnit}</span>
        <button
          type="button"
          disabled={disabled || props.overridden === false}
          onClick={() => {
            props.onChange(null)
          }}
        >
          {t.plenaryResetMinutes}
        </button>
      </div>
      <p className="plenary-hint">
        {props.totalMinutes > 0
          ? t.plenaryDefaultMinutes(props.totalMinutes, props.groupCount)
          : t.plenaryNoRow}
        {props.totalMinutes > 0 && ` ＝ ${t.plenarySlotLength(minutes, seconds)}`}
      </p>
    </fieldset>
  )
}
