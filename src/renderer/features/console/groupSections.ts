import { buildExportDeck } from '../../../shared/export/exportModel'
import type { ExportSection } from '../../../shared/export/exportTypes'
import type { ThemeId } from '../../../shared/model/themes'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { createGroupMemo, type GroupMemo } from '../../views/groupMemo'
import { sectionItemCount } from './plenarySlides'

/** A group's card on グループ一覧: its export section for the theme and how much it holds. */
export interface GroupCardModel {
  section: ExportSection
  count: number
}

/**
 * グループ一覧's cards, each group's section of the export model built on its own and kept while
 * the group's records are unchanged (groupMemo): a table's change rebuilds that table's card
 * only, and the other cards keep their objects (their thumbnails are not drawn again). The same
 * sections as `buildExportDeck(doc, { themes: [themeId] })`, in the workshop's group order.
 */
export type GroupCards = (doc: WorkshopDoc, themeId: ThemeId) => GroupCardModel[]

export function createGroupCards(): GroupCards {
  const memo: GroupMemo<GroupCardModel | null> = createGroupMemo()
  return (doc, themeId) =>
    workshopGroups(doc).flatMap((group) => {
      const card = memo(doc, group.id, themeId, () => {
        const section = buildExportDeck(doc, { groupIds: [group.id], themes: [themeId] })
          .sections[0]
        return section ? { section, count: sectionItemCount(section) } : null
      })
      return card ? [card] : []
    })
}
