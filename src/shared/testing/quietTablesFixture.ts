import type { EditContext } from '../model/context'
import type { Member } from '../model/schemas'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { addGroup, addMember, setRole, workshopGroups } from '../ops/groupOps'
import { buildExportFixture } from './exportFixture'

/**
 * The day issue 17 describes: 6 groups set up in the morning, members and 司会・書記 entered, but
 * only Ａグループ worked on the laptop (テーマ1-3 filled); Ｂ-Ｆ have nothing on their boards.
 */

type MemberInit = Pick<Member, 'name' | 'position' | 'affiliation'>

export const ACTIVE_MEMBERS: readonly MemberInit[] = [
  { name: '佐藤 花子', position: 'municipal', affiliation: '○○市 高齢福祉課' },
  { name: '鈴木 一郎', position: 'coordinator', affiliation: '○○市 在宅医療介護連携支援センター' },
  { name: '高橋 恵', position: 'coordinator', affiliation: '△△町 地域包括支援センター' },
  { name: '田中 誠', position: 'municipal', affiliation: '△△町 健康福祉課' },
]

export function buildQuietTablesFixture(ctx: EditContext): WorkshopDoc {
  let doc = buildExportFixture(ctx, { groups: 1, notesPerBoard: 12 })
  const step = (records: ReturnType<typeof addGroup>) => {
    doc = applyRecords(doc, records)
  }
  for (let g = 0; g < 5; g++) step(addGroup(doc, ctx))
  const [active, quiet] = workshopGroups(doc)
  if (!active || !quiet) throw new Error('quietTablesFixture: groups missing')
  for (const member of ACTIVE_MEMBERS) step(addMember(doc, active.id, ctx, member))
  const ids = doc.groups[active.id]?.members.map((m) => m.id) ?? []
  // The report: 司会・書記 are municipal staff; here one of them is both.
  step(setRole(doc, active.id, 'moderatorId', ids[0] ?? null))
  step(setRole(doc, active.id, 'scribeId', ids[3] ?? null))
  step(
    addMember(doc, quiet.id, ctx, {
      name: '伊藤 健',
      position: 'municipal',
      affiliation: '□□村 住民課',
    }),
  )
  return doc
}
