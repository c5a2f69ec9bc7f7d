/**
 * 全体共有 slot arithmetic (report L7280-7283: 「全体での共有は発表グループ数によるが、大体の発表時間
 * を決めて実施する。各発表に対して都度講評を行うのか、総括のみとするのか等は状況に応じて決める。」).
 *
 * Each presenting group gets a slot (持ち時間) of 発表 then 講評 (no 講評 when it is kept for the
 * 総括). By default the 全体共有 row is shared equally by the groups that present, cut to whole
 * seconds, and a quarter of a slot goes to the 講評 (whole minutes; half minutes for slots under
 * 4 minutes). The facilitator may set the slot and the 講評; the plan then says how far the slots
 * go past the row, so the console can warn before the plenary starts. Pure: no clock, no DOM.
 */

export const REVIEW_MODES = ['each', 'summary'] as const
/** 'each': 講評 after every talk (都度講評); 'summary': only in the 総括 (総括のみ). */
export type ReviewMode = (typeof REVIEW_MODES)[number]

const SECOND_MS = 1000
const MINUTE_MS = 60_000
const HALF_MINUTE_MS = 30_000

export interface SlotInput {
  /** The 全体共有 row's minutes (0 or less: no such row). */
  totalMinutes: number
  /** Groups that present. */
  groupCount: number
  reviewMode: ReviewMode
  /** The facilitator's slot (持ち時間) per group in minutes; null: the even share. */
  slotMinutes?: number | null
  /** The facilitator's 講評 minutes per group (at most the slot); null: the default share. */
  reviewMinutes?: number | null
}

export interface SlotPlan {
  /** 発表 per group, ms. */
  talkMs: number
  /** 講評 per group, ms (0 when the 講評 is kept for the 総括). */
  reviewMs: number
  /** 発表 + 講評. */
  slotMs: number
  /** The even share of the row per group (before any choice of the facilitator), ms. */
  evenMs: number
  /** Every slot together, ms. */
  sumMs: number
  /** The 全体共有 row, ms (0: no row). */
  totalMs: number
  /** How far the slots go past the row (0 when they fit or there is no row), ms. */
  overMs: number
}

function finiteAtLeast0(value: number): number {
  return Number.isFinite(value) ? Math.max(0, value) : 0
}

function chosenMs(minutes: number | null | undefined): number | null {
  if (minutes == null || !Number.isFinite(minutes) || minutes < 0) return null
  return Math.round(minutes * 60) * SECOND_MS
}

/** The even share: the row divided by the groups, cut to whole seconds. */
export function evenShareMs(totalMinutes: number, groupCount: number): number {
  const count = Math.floor(finiteAtLeast0(groupCount))
  if (count === 0) return 0
  return Math.floor((finiteAtLeast0(totalMinutes) * 60) / count) * SECOND_MS
}

/** The default 講評 of a slot: a quarter, in whole minutes (half minutes under 4 minutes). */
export function defaultReviewMs(slotMs: number): number {
  const quarter = finiteAtLeast0(slotMs) / 4
  const step = slotMs >= 4 * MINUTE_MS ? MINUTE_MS : HALF_MINUTE_MS
  return Math.floor(quarter / step) * step
}

export function planSlots(input: SlotInput): SlotPlan {
  const count = Math.floor(finiteAtLeast0(input.groupCount))
  const evenMs = evenShareMs(input.totalMinutes, count)
  const totalMs = Math.round(finiteAtLeast0(input.totalMinutes) * MINUTE_MS)
  const slotMs = chosenMs(input.slotMinutes) ?? evenMs
  const reviewMs =
    input.reviewMode === 'summary'
      ? 0
      : Math.min(slotMs, chosenMs(input.reviewMinutes) ?? defaultReviewMs(slotMs))
  const talkMs = slotMs - reviewMs
  const sumMs = slotMs * count
  return {
    talkMs,
    reviewMs,
    slotMs,
    evenMs,
    sumMs,
    totalMs,
    overMs: totalMs > 0 ? Math.max(0, sumMs - totalMs) : 0,
  }
}

/** The part of a slot at `elapsedMs`: 発表 until its time is up, then 講評 (if any). */
export type SlotPart = 'talk' | 'review'

export interface SlotPosition {
  part: SlotPart
  /** Left of the part (negative: over; only the last part runs over). */
  partRemainingMs: number
  /** The part's length. */
  partMs: number
}

export function slotPosition(talkMs: number, reviewMs: number, elapsedMs: number): SlotPosition {
  if (reviewMs <= 0 || elapsedMs < talkMs) {
    return { part: 'talk', partRemainingMs: talkMs - elapsedMs, partMs: talkMs }
  }
  return {
    part: 'review',
    partRemainingMs: talkMs + reviewMs - elapsedMs,
    partMs: reviewMs,
  }
}
