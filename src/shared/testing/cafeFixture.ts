import type { EditContext } from '../model/context'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { addMember, setRole, workshopGroups } from '../ops/groupOps'
import { buildExportFixture } from './exportFixture'

/**
 * A 5-table workshop ready for a ワールドカフェ: every group has filled テーマ1-3 (the export
 * fixture) and four members, the first of them the 司会 (the host by default).
 */
export const CAFE_FIXTURE_NAMES = [
  ['佐藤 花子', '鈴木 一郎', '高橋 恵', '田中 誠'],
  ['伊藤 健', '渡辺 陽子', '山本 学', '中村 由美'],
  ['小林 直樹', '加藤 美咲', '吉田 大輔', '山田 裕子'],
  ['佐々木 亮', '山口 真由', '松本 隆', '井上 智子'],
  ['木村 拓也', '林 さやか', '清水 浩', '山崎 恵子'],
] as const

export function buildCafeFixture(ctx: EditContext): WorkshopDoc {
  let doc = buildExportFixture(ctx, { groups: 5, notesPerBoard: 8 })
  workshopGroups(doc).forEach((group, g) => {
    for (const name of CAFE_FIXTURE_NAMES[g] ?? []) {
      doc = applyRecords(
        doc,
        addMember(doc, group.id, ctx, { name, position: 'coordinator', affiliation: '' }),
      )
    }
    const first = doc.groups[group.id]?.members[0]?.id ?? null
    doc = applyRecords(doc, setRole(doc, group.id, 'moderatorId', first))
  })
  return doc
}
