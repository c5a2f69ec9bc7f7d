import { z } from 'zod/mini'
import { idSchema, themeIdSchema } from '../../../shared/model/schemas'
import { cafeTimerStateSchema } from '../../../shared/cafe/cafeTimer'
import { plenaryStateSchema } from '../../../shared/timer/plenaryTimer'
import { DEFAULT_WARNING_MINUTES } from '../../../shared/timer/timerSignals'
import { initialTimerState, timerStateSchema } from '../../../shared/timer/timerState'

/**
 * What the facilitator console and its projector screen share for one workshop: the timetable
 * timer, the chime settings, what the projector shows and the plenary share. Facilitator state,
 * not the tables' work: it lives in localStorage (one key per workshop), which survives a reload
 * and a restart, and reaches the projector window through the `storage` event (same origin in
 * Electron and in the browser). Read back through a zod schema: anything unreadable falls back to
 * the defaults instead of breaking the console.
 */

export const projectorContentSchema = z.discriminatedUnion('kind', [
  /** The timer: current row, its theme card with 【ポイント】, what comes next. */
  z.strictObject({ kind: z.literal('timer') }),
  /** A group's board for a theme (テーマ1 poster, テーマ2 map, テーマ3 canvas). */
  z.strictObject({ kind: z.literal('board'), groupId: idSchema, themeId: themeIdSchema }),
  /** The plenary share: the speaking group's outputs, slide by slide. */
  z.strictObject({ kind: z.literal('plenary') }),
  /** 本日の流れ: the day's timetable, large (the orientation explains the flow with it). */
  z.strictObject({ kind: z.literal('dayPlan') }),
  /** ワールドカフェ: the round's rotation (who goes to which table) and the round timer. */
  z.strictObject({ kind: z.literal('cafe') }),
])
export type ProjectorContent = z.infer<typeof projectorContentSchema>

export const consoleDataSchema = z.strictObject({
  version: z.literal(1),
  timer: timerStateSchema,
  /** Minutes left at which a chime sounds and the timer changes colour (e.g. 5 and 1). */
  warnings: z.array(z.int().check(z.minimum(1), z.maximum(60))).check(z.maxLength(5)),
  muted: z.boolean(),
  projector: projectorContentSchema,
  plenary: z.nullable(plenaryStateSchema),
  /** The slide of the speaking group's outputs the projector shows (0-based). */
  plenarySlide: z.int().check(z.minimum(0), z.maximum(999)),
  /** The ワールドカフェ round timer (absent until it is first used). */
  cafe: z.optional(cafeTimerStateSchema),
})
export type ConsoleData = z.infer<typeof consoleDataSchema>

export function defaultConsoleData(): ConsoleData {
  return {
    version: 1,
    timer: initialTimerState('clock'),
    warnings: [...DEFAULT_WARNING_MINUTES],
    muted: false,
    projector: { kind: 'timer' },
    plenary: null,
    plenarySlide: 0,
  }
}

export { CONSOLE_STORAGE_PREFIX, consoleStorageKey } from '../../shell/consoleTimerStorage'

/** Parses stored text; null for missing, unreadable or invalid data. Never throws. */
export function parseConsoleData(text: string | null): ConsoleData | null {
  if (text === null || text.length > 200_000) return null
  try {
    const parsed = consoleDataSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
