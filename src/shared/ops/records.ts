import type { EditContext } from '../model/context'

/**
 * The common fields of a brand-new record (rev 1 by this editor, not deleted). Spread after a
 * copied record, it also replaces the original's `edits`: a copy starts its own history.
 */
export function newRecordBase(ctx: EditContext): {
  id: string
  createdAt: string
  updatedAt: string
  rev: number
  edits: Record<string, number>
  deletedAt: null
} {
  const now = ctx.now()
  return {
    id: ctx.newId(),
    createdAt: now,
    updatedAt: now,
    rev: 1,
    edits: { [ctx.editorId]: 1 },
    deletedAt: null,
  }
}

/** The order key for a record appended after the given ones. */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.order), 0) + 1
}
