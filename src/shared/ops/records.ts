import type { EditContext } from '../model/context'

/** The common fields of a brand-new record (rev 1, not deleted). */
export function newRecordBase(ctx: EditContext): {
  id: string
  createdAt: string
  updatedAt: string
  rev: number
  deletedAt: null
} {
  const now = ctx.now()
  return { id: ctx.newId(), createdAt: now, updatedAt: now, rev: 1, deletedAt: null }
}

/** The order key for a record appended after the given ones. */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.order), 0) + 1
}
