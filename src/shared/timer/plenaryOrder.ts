import { mulberry32, shuffled } from './seededRandom'

/**
 * 全体共有: the order in which the groups present, and each group's speaking time. The report
 * says the plenary time "depends on the number of groups; decide roughly how long each talk is"
 * (§2.5, L7280-7281), so the default slot is the 全体共有 row's time divided by the groups.
 */

export const PLENARY_ORDER_MODES = ['number', 'shuffled'] as const
export type PlenaryOrderMode = (typeof PLENARY_ORDER_MODES)[number]

/**
 * The presentation order. 'number': the groups' own order (pass them sorted by group order);
 * 'shuffled': a permutation that depends only on `seed`, so it is the same after a reload.
 */
export function plenaryOrder(
  groupIds: readonly string[],
  mode: PlenaryOrderMode,
  seed: number,
): string[] {
  return mode === 'number' ? [...groupIds] : shuffled(groupIds, mulberry32(seed))
}

const MINUTE_MS = 60_000

/**
 * Speaking time per group in ms. By default the total divided equally and cut to whole seconds
 * (every group gets the same time; the few leftover seconds go to the changeovers). An override
 * (minutes per group, e.g. 4.5) is used as is, even when the talks then exceed the total: that is
 * the facilitator's call, and the timetable timer shows the consequence.
 */
export function speakingSlots(
  totalMinutes: number,
  groupCount: number,
  overrideMinutes?: number | null,
): number[] {
  const count = Number.isFinite(groupCount) ? Math.max(0, Math.floor(groupCount)) : 0
  if (count === 0) return []
  const total = Number.isFinite(totalMinutes) ? Math.max(0, totalMinutes) : 0
  const slotMs =
    overrideMinutes != null && Number.isFinite(overrideMinutes) && overrideMinutes > 0
      ? Math.round(overrideMinutes * MINUTE_MS)
      : Math.floor((total * 60) / count) * 1000
  return Array.from({ length: count }, () => slotMs)
}
