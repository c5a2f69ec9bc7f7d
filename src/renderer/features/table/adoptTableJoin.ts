import { keepTableJoin, type TableJoin } from '../../lan/tableJoin'
import { replaceRoute, type Route } from '../../navigation/useRoute'

/** テーマ1 of the joined group: where a table's window goes. */
export const groupHome = (join: TableJoin): Route => ({
  name: 'theme1',
  workshopId: join.workshopId,
  groupId: join.groupId,
})

/**
 * Keeps a join the hub accepted and shows the group (the token leaves the address bar). Its own
 * small module: app/ passes it to the join screen without loading table mode up front.
 */
export function adoptTableJoin(join: TableJoin): void {
  keepTableJoin(join)
  replaceRoute(groupHome(join))
}
