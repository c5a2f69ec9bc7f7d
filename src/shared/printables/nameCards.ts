import type { WorkshopDoc } from '../model/workshopDoc'
import { workshopGroups } from '../ops/groupOps'
import { memberRoles, type TableRole } from './tableSheet'

/**
 * 名札 (report L7211): a card per person at a table, big enough to read across it — the name,
 * the 所属 under it, and the group; several cards on one A4 sheet, cut along the lines.
 */
export interface NameCard {
  id: string
  name: string
  affiliation: string
  groupName: string
  roles: TableRole[]
}

/** Cards per A4 sheet: 2 across × 4 down (105 × 74 mm each, A7 size). */
export const NAME_CARDS_PER_PAGE = 8

/** Every member with a name, group by group in the groups' order. */
export function buildNameCards(doc: WorkshopDoc): NameCard[] {
  return workshopGroups(doc).flatMap((group) =>
    group.members
      .filter((member) => member.name.trim() !== '')
      .map((member) => ({
        id: member.id,
        name: member.name.trim(),
        affiliation: member.affiliation.trim(),
        groupName: group.name.trim(),
        roles: memberRoles(group, member),
      })),
  )
}

/** The cards in pages of `perPage` (the last page may be short; none when there are no cards). */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage))
  return pages
}
