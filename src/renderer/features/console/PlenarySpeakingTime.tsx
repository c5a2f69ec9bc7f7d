import type { ReviewMode, SlotPlan } from '../../../shared/plenary/plenarySlots'
import { useT } from '../../i18n/useT'
import { MinutesSeconds } from './MinutesSeconds'

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
  /** The slot split into 発表 and 講評, and how far the slots go past the row. */
  plan: SlotPlan
  reviewMode: ReviewMode
  /** null while the order is not set up. */
  reviewOverridden: boolean | null
  onReviewMode: (mode: ReviewMode) => void
  /** New 講評 minutes per group, or null for the default share. */
  onReviewMinutes: (minutes: number | null) => void
}

const MAX_SECONDS = 120 * 60
const MIN_SECONDS = 30

/**
 * 持ち時間（1グループ） as 分 and 秒 (「6分40秒」, never 「6.67分」): 40 minutes shared by 6 groups
 * reads as the facilitator would say it. Either field changes the time; 均等に戻す goes back to the
 * even split. Then the 講評: after each talk (the slot's 「うち講評」, a quarter by default) or only
 * in the 総括, and a warning when the slots add up to more than the 全体共有 row.
 */
export function PlenarySpeakingTime(props: PlenarySpeakingTimeProps) {
  const t = useT()
  const lengthOf = (ms: number) => {
    const all = Math.round(ms / 1000)
    return t.plenarySlotLength(Math.floor(all / 60), all % 60)
  }
  const disabled = props.overridden === null
  return (
    <fieldset className="plenary-minutes" disabled={disabled}>
      <legend>{t.plenarySpeakingTime}</legend>
      <div className="plenary-minutes-row">
        <MinutesSeconds
          ms={props.slotMs}
          minutesLabel={t.plenaryMinutesLabel}
          secondsLabel={t.plenarySecondsLabel}
          minSeconds={MIN_SECONDS}
          maxSeconds={MAX_SECONDS}
          secondsStep={5}
          onChange={(nextSeconds) => {
            props.onChange(nextSeconds / 60)
          }}
        />
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
        {props.totalMinutes > 0 && ` ＝ ${lengthOf(props.slotMs)}`}
      </p>
      <div className="plenary-order-modes" role="group" aria-label={t.plenaryReviewMode}>
        <button
          type="button"
          aria-pressed={props.reviewMode === 'each'}
          onClick={() => {
            props.onReviewMode('each')
          }}
        >
          {t.plenaryReviewEach}
        </button>
        <button
          type="button"
          aria-pressed={props.reviewMode === 'summary'}
          onClick={() => {
            props.onReviewMode('summary')
          }}
        >
          {t.plenaryReviewSummary}
        </button>
      </div>
      {props.reviewMode === 'each' && (
        <div className="plenary-minutes-row">
          <span>{t.plenaryReviewTime}</span>
          <MinutesSeconds
            ms={props.plan.reviewMs}
            minutesLabel={t.plenaryReviewMinutesLabel}
            secondsLabel={t.plenaryReviewSecondsLabel}
            maxSeconds={60 * 60}
            onChange={(nextSeconds) => {
              props.onReviewMinutes(nextSeconds / 60)
            }}
          />
          <button
            type="button"
            disabled={disabled || props.reviewOverridden !== true}
            onClick={() => {
              props.onReviewMinutes(null)
            }}
          >
            {t.plenaryReviewDefault}
          </button>
        </div>
      )}
      <p className="plenary-hint" data-testid="plenary-split">
        {props.plan.reviewMs > 0
          ? t.plenarySplit(lengthOf(props.plan.talkMs), lengthOf(props.plan.reviewMs))
          : t.plenarySplitTalkOnly(lengthOf(props.plan.talkMs))}
      </p>
      {props.plan.overMs > 0 && (
        <p className="plenary-warning" role="alert">
          {t.plenaryOverWarning(
            lengthOf(props.plan.sumMs),
            props.totalMinutes,
            lengthOf(props.plan.overMs),
          )}
        </p>
      )}
    </fieldset>
  )
}
