import type { EditContext } from '../model/context'
import { markedCopy } from '../model/recordTypes'
import type { AnyRecord } from '../model/schemas'
import { compareVersions, hasEdits, mergedVersion } from '../model/versionVector'
import { applyRecords, docRecords, type Stamp, type WorkshopDoc } from '../model/workshopDoc'
import {
  defaultChoice,
  previewMerge,
  type MergeChoice,
  type MergeItem,
  type PreviewOptions,
  type RecordKey,
} from './previewMerge'

/**
 * The record versions to write for a merge, final as they are: write them like the start-up
 * reconcile does (a version replaces a stored one with a lower rev), NOT through `stampChange`,
 * which would renumber revs from the local doc and make the next import see them again.
 *
 * - 'new' and 'incomingNewer': the incoming version exactly (same rev and times);
 * - 'same': nothing, or, when the incoming version is ahead (content equal), the incoming version
 *   if it was made from the local one, else the local one with both versions' vectors merged;
 * - 'localNewer': nothing;
 * - 'conflict', by the choice for its key (missing: `defaultChoice`, 'both' where possible):
 *   - 'local' / 'incoming': that version as a decision of this editor, made from both (rev and
 *     edits: `mergedVersion` of both plus one change of ctx.editorId), updatedAt = the later of
 *     now and both versions' updatedAt (so it wins against both sides from now on);
 *   - 'both' with one side deleted: the live version, as above (the deletion is undone, no text
 *     is lost; the user can delete it again);
 *   - 'both' with both live and text to keep: the local version as above, plus a copy of the
 *     incoming version with a new id, rev 1 by this editor, its text as it came, flagged
 *     `importedCopy` (the board's 「取り込み」 badge), naming the local one in `importedFrom`
 *     (so the two texts can be merged later) and placed right after the local one; for types without such text 'both' keeps the local version.
 * Importing the same file again yields nothing: every written version then equals or beats it.
 */
export function applyMerge(
  local: WorkshopDoc | null,
  incoming: WorkshopDoc,
  choices: Partial<Record<RecordKey, MergeChoice>>,
  ctx: EditContext,
  options: PreviewOptions = {},
): AnyRecord[] {
  const preview = previewMerge(local, incoming, options)
  const out: AnyRecord[] = []
  const now = ctx.now()
  // Copies are placed among the siblings the merge leaves, the file's new records included.
  const placed = local
    ? applyRecords(
        local,
        preview.items.filter((i) => i.status === 'new').map((i) => i.incoming),
      )
    : null
  for (const item of preview.items) {
    const mine = item.local
    switch (item.status) {
      case 'new':
      case 'incomingNewer':
        out.push(item.incoming)
        break
      case 'same':
        if (mine) out.push(...sameContentUpdate(mine, item.incoming))
        break
      case 'localNewer':
        break
      case 'conflict':
        if (mine) {
          const choice = choices[item.key] ?? defaultChoice(item)
          out.push(...resolve(item, mine, choice, { now, editor: ctx.editorId }, placed))
        }
        break
    }
  }
  return out.map((record) => (record.type === 'workshop' ? record : copyIdsFor(record, ctx)))
}

/** Content equal: what makes the local version as far ahead as the incoming one (or nothing). */
function sameContentUpdate(mine: AnyRecord, theirs: AnyRecord): AnyRecord[] {
  if (hasEdits(mine) || hasEdits(theirs)) {
    const order = compareVersions(mine, theirs)
    if (order === 'before') return [theirs]
    if (order === 'concurrent') return [{ ...mine, ...mergedVersion(mine, theirs) }]
    return []
  }
  return theirs.rev > mine.rev ? [theirs] : []
}

function resolve(
  item: MergeItem,
  mine: AnyRecord,
  choice: MergeChoice,
  stamp: Stamp,
  local: WorkshopDoc | null,
): AnyRecord[] {
  const theirs = item.incoming
  const winner = (version: AnyRecord): AnyRecord => ({
    ...version,
    ...mergedVersion(mine, theirs, stamp.editor),
    updatedAt: [stamp.now, mine.updatedAt, theirs.updatedAt].reduce((a, b) =>
      later(a, b) ? a : b,
    ),
  })
  if (choice === 'local') return [winner(mine)]
  if (choice === 'incoming') return [winner(theirs)]
  if (!item.canKeepBoth) return [winner(mine)]
  if (mine.deletedAt !== null) return [winner(theirs)]
  if (theirs.deletedAt !== null) return [winner(mine)]
  return [winner(mine), importedCopy(mine, theirs, stamp, local ? orderAfter(local, mine) : 0)]
}

function later(a: string, b: string): boolean {
  const ma = Date.parse(a)
  const mb = Date.parse(b)
  if (Number.isNaN(mb)) return true
  if (Number.isNaN(ma)) return false
  return ma >= mb
}

/** Marks a copy; its id is filled in by `copyIdsFor` (one ctx.newId per copy). */
const PENDING_ID = '__pending-copy__'

/** The text stays as it came: the mark is the `importedCopy` flag, never content. */
const unchanged = (text: string): string => text

/** The incoming version as a new record right after the local one, flagged as imported. */
function importedCopy(mine: AnyRecord, theirs: AnyRecord, stamp: Stamp, order: number): AnyRecord {
  const { now, editor } = stamp
  const base = {
    id: PENDING_ID,
    createdAt: now,
    updatedAt: now,
    rev: 1,
    edits: { [editor]: 1 },
    deletedAt: null,
    importedCopy: true as const,
    importedFrom: mine.id,
  }
  const copy = markedCopy(theirs, unchanged)
  // Unreachable without one: canKeepBoth is false for types without user text.
  return copy ? ({ ...copy, ...base, order } as AnyRecord) : mine
}

/** An order key between the record and the next sibling of its type on the same board. */
function orderAfter(doc: WorkshopDoc, record: AnyRecord): number {
  if (!('order' in record) || !('boardId' in record)) return 0
  let next = Number.POSITIVE_INFINITY
  for (const other of docRecords(doc)) {
    if (other.type !== record.type || !('order' in other) || !('boardId' in other)) continue
    if (other.boardId === record.boardId && other.order > record.order && other.order < next) {
      next = other.order
    }
  }
  return Number.isFinite(next) ? (record.order + next) / 2 : record.order + 1
}

function copyIdsFor(record: AnyRecord, ctx: EditContext): AnyRecord {
  return record.id === PENDING_ID ? { ...record, id: ctx.newId() } : record
}
