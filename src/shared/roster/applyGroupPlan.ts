import type { EditContext } from '../model/context'
import type { AnyRecord, Group } from '../model/schemas'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { addGroup, workshopGroups } from '../ops/groupOps'
import type { GroupPlan } from './groupPlan'
import { memberOf, personById } from './rosterOps'

/**
 * Seats everyone as the plan says, in one edit (one undo step): the plan's first table is the
 * first group, and so on; groups are added (with their boards) when the plan has more tables,
 * and groups beyond the plan are left empty (never deleted: they may hold boards). 司会・書記 stay
 * with a person who stays at the table, else become unassigned.
 */
export function applyGroupPlan(doc: WorkshopDoc, plan: GroupPlan, ctx: EditContext): AnyRecord[] {
  const out: AnyRecord[] = []
  let current = doc
  while (workshopGroups(current).length < plan.groups.length) {
    const added = addGroup(current, ctx)
    out.push(...added)
    current = applyRecords(current, added)
  }
  const groups = workshopGroups(current)
  groups.forEach((group, index) => {
    const people = (plan.groups[index]?.personIds ?? []).flatMap(
      (id) => personById(current, id) ?? [],
    )
    const ids = people.map((p) => p.id)
    const members = people.map(memberOf)
    const keep = (id: string | null) => (id !== null && ids.includes(id) ? id : null)
    const next: Group = {
      ...group,
      members,
      moderatorId: keep(group.moderatorId),
      scribeId: keep(group.scribeId),
    }
    const fresh = out.findIndex((r) => r.type === 'group' && r.id === group.id)
    if (fresh >= 0) out[fresh] = next
    else if (!sameSeats(group, next)) out.push(next)
  })
  return out
}

function sameSeats(a: Group, b: Group): boolean {
  return (
    a.moderatorId === b.moderatorId &&
    a.scribeId === b.scribeId &&
    JSON.stringify(a.members) === JSON.stringify(b.members)
  )
}
