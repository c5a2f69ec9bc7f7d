import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import type { AnyRecord } from '../model/schemas'
import { applyRecords, docRecords, type WorkshopDoc } from '../model/workshopDoc'
import { IMPORTED_MARK } from './mergeLabels'
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
 * - 'same': nothing, or the incoming version when its rev is higher (content equal; revs agree);
 * - 'localNewer': nothing;
 * - 'conflict', by the choice for its key (missing: `defaultChoice`, 'both' where possible):
 *   - 'local' / 'incoming': that version, rev = max(local, incoming) + 1, updatedAt = the later
 *     of now and both versions' updatedAt (so it wins against both sides from now on); an
 *     incoming version whose rev is already the higher one is written as it is;
 *   - 'both' with one side deleted: the live version, as above (the deletion is undone, no text
 *     is lost; the user can delete it again);
 *   - 'both' with both live and text to keep: the local version as above, plus a copy of the
 *     incoming version with a new id, rev 1, its text starting with 「（取り込み）」 and placed right
 *     after the local one; for types without such text 'both' keeps the local version.
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
        if (mine && item.incoming.rev > mine.rev) out.push(item.incoming)
        break
      case 'localNewer':
        break
      case 'conflict':
        if (mine) {
          const choice = choices[item.key] ?? defaultChoice(item)
          out.push(...resolve(item, mine, choice, now, placed))
        }
        break
    }
  }
  return out.map((record) => (record.type === 'workshop' ? record : copyIdsFor(record, ctx)))
}

function resolve(
  item: MergeItem,
  mine: AnyRecord,
  choice: MergeChoice,
  now: string,
  local: WorkshopDoc | null,
): AnyRecord[] {
  const theirs = item.incoming
  const winner = (version: AnyRecord): AnyRecord => ({
    ...version,
    rev: Math.max(mine.rev, theirs.rev) + 1,
    updatedAt: [now, mine.updatedAt, theirs.updatedAt].reduce((a, b) => (later(a, b) ? a : b)),
  })
  // an incoming version already ahead by rev is written as it is (both sides then agree)
  const takeTheirs = (): AnyRecord => (theirs.rev > mine.rev ? theirs : winner(theirs))
  if (choice === 'local') return [winner(mine)]
  if (choice === 'incoming') return [takeTheirs()]
  if (!item.canKeepBoth) return [winner(mine)]
  if (mine.deletedAt !== null) return [takeTheirs()]
  if (theirs.deletedAt !== null) return [winner(mine)]
  return [winner(mine), importedCopy(mine, theirs, now, local ? orderAfter(local, mine) : 0)]
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

function mark(text: string): string {
  return text.startsWith(IMPORTED_MARK)
    ? text
    : (IMPORTED_MARK + text).slice(0, LIMITS.noteTextChars)
}

/** The incoming version as a new record right after the local one, its text marked. */
function importedCopy(mine: AnyRecord, theirs: AnyRecord, now: string, order: number): AnyRecord {
  const base = { id: PENDING_ID, createdAt: now, updatedAt: now, rev: 1, deletedAt: null }
  switch (theirs.type) {
    case 'note':
    case 'cause':
    case 'measure':
    case 'canvasNote':
      return { ...theirs, ...base, order, text: mark(theirs.text) }
    case 'topic':
      return { ...theirs, ...base, order, title: mark(theirs.title), mainCauseId: null }
    case 'outcome':
      return { ...theirs, ...base, order, expectation: mark(theirs.expectation) }
    case 'canvasQa':
      return { ...theirs, ...base, order, question: mark(theirs.question) }
    case 'workshop':
    case 'timetableRow':
    case 'group':
    case 'board':
    case 'canvas':
      return mine // unreachable: canKeepBoth is false for these
  }
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
