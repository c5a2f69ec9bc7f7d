import { cafePlanOf, cafeTables, type CafeRotationPlan } from '../../../shared/cafe/cafePlan'
import { cafeRotation, type CafeRotation } from '../../../shared/cafe/cafeRotation'
import type { CafePlan } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { plenaryMinutes } from '../../../shared/timer/timerPlan'
import { timetableRows } from '../../../shared/ops/timetableOps'

/** The ワールドカフェ of a workshop as the console, the projector and the print show it. */
export interface CafeSetup {
  plan: CafePlan
  /** The 全体共有 row's minutes (0: none). */
  plenaryMinutes: number
  rotation: CafeRotation
  groupName: (id: string) => string
  /** A member's name; a member without one is 「メンバーn」 of their table. */
  memberName: (id: string) => string
}

export type CafeSetupWithRotation = CafeSetup & { rotation: CafeRotationPlan }

export function cafeSetupOf(doc: WorkshopDoc, unnamed: (n: number) => string): CafeSetup {
  const minutes = plenaryMinutes(timetableRows(doc)) ?? 0
  const plan = cafePlanOf(doc, minutes)
  const groups = workshopGroups(doc)
  const groupNames = new Map(groups.map((g) => [g.id, g.name]))
  const memberNames = new Map(
    groups.flatMap((g) =>
      g.members.map((m, i) => [m.id, m.name.trim() === '' ? unnamed(i + 1) : m.name] as const),
    ),
  )
  return {
    plan,
    plenaryMinutes: minutes,
    rotation: cafeRotation(cafeTables(doc, plan), plan.rounds),
    groupName: (id) => groupNames.get(id) ?? '',
    memberName: (id) => memberNames.get(id) ?? '',
  }
}
