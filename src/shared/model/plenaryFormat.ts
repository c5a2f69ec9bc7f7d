import { z } from 'zod/mini'
import { LIMITS } from './limits'
import { idSchema } from './ids'

/**
 * How the 全体共有 runs (report L7280-7292): each table presents in turn ('talks', 発表: the
 * default) or ワールドカフェ方式 ('cafe': hosts stay, the others visit the other tables in rounds).
 */
export const PLENARY_FORMATS = ['talks', 'cafe'] as const

/** The ワールドカフェ set-up: rounds × tables, the minutes of a round, the hosts chosen by hand. */
export const cafePlanSchema = z.strictObject({
  rounds: z.int().check(z.minimum(1), z.maximum(LIMITS.cafeRounds)),
  roundMinutes: z.int().check(z.minimum(1), z.maximum(LIMITS.cafeRoundMinutes)),
  /**
   * The host (ホスト, who stays) of a table chosen by the facilitator: group id → member id. A
   * table not named here (or naming someone no longer in it) is hosted by its 司会, else its first
   * member.
   */
  hosts: z.record(idSchema, idSchema).check(
    z.refine((hosts) => Object.keys(hosts).length <= LIMITS.groupsPerWorkshop, {
      message: 'too many hosts',
    }),
  ),
})

export type PlenaryFormat = (typeof PLENARY_FORMATS)[number]
export type CafePlan = z.infer<typeof cafePlanSchema>
