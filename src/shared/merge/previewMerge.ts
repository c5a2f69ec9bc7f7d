import { RECORD_TYPE_LIST, userText } from '../model/recordTypes'
import type { AnyRecord, RecordType } from '../model/schemas'
import { docRecords, findRecord, type WorkshopDoc } from '../model/workshopDoc'
import { SUMMARY_TYPES, summaryLineJa, type SummaryPart } from './mergeLabels'
import { classify, recordKey, type MergeStatus, type RecordKey } from './mergeRules'

export type { MergeStatus, RecordKey } from './mergeRules'

/** What to do with a conflicting record: keep one side, or keep both (see applyMerge). */
export type MergeChoice = 'local' | 'incoming' | 'both'

/** One incoming record and how it relates to the local one. */
export interface MergeItem {
  key: RecordKey
  type: RecordType
  id: string
  status: MergeStatus
  /** The local version; null for a new record. */
  local: AnyRecord | null
  incoming: AnyRecord
  /** 'both' can keep the incoming text as a copy (otherwise 'both' keeps the local version). */
  canKeepBoth: boolean
}

export interface MergePreview {
  workshopId: string
  /** True when the file holds a workshop this installation does not have (all records new). */
  newWorkshop: boolean
  /** Every incoming record of the file's workshop, in the file's order. */
  items: MergeItem[]
  /** Items by type and status. */
  counts: Record<RecordType, Record<MergeStatus, number>>
  /** Items by status. */
  totals: Record<MergeStatus, number>
  /** Incoming records belonging to another workshop id, left out. */
  ignored: number
  /** Japanese lines for the preview, e.g. 「新しい付箋 12枚」「更新 3件」「競合 1件」. */
  summary: string[]
  /** The same lines as data (for words in another language). */
  summaryParts: SummaryPart[]
}

export { userText } from '../model/recordTypes'

/**
 * True when 'both' keeps more than 'local' would: one side is deleted (the live one is kept), or
 * both are live and the incoming one has different user text (it is kept as a marked copy).
 */
export function canKeepBoth(local: AnyRecord | null, incoming: AnyRecord): boolean {
  if (!local) return false
  if ((local.deletedAt === null) !== (incoming.deletedAt === null)) return true
  if (local.deletedAt !== null) return false
  const mine = userText(local)
  const theirs = userText(incoming)
  return mine !== null && theirs !== null && mine.join('\u0000') !== theirs.join('\u0000')
}

/** The choice applied when the user has not picked one: 'both' where it keeps both texts. */
export function defaultChoice(item: MergeItem): MergeChoice {
  return item.canKeepBoth ? 'both' : 'local'
}

const STATUSES: readonly MergeStatus[] = ['new', 'same', 'incomingNewer', 'localNewer', 'conflict']

function zeroStatuses(): Record<MergeStatus, number> {
  return { new: 0, same: 0, incomingNewer: 0, localNewer: 0, conflict: 0 }
}

function belongsTo(record: AnyRecord, workshopId: string): boolean {
  return record.type === 'workshop' ? record.id === workshopId : record.workshopId === workshopId
}

export interface PreviewOptions {
  /**
   * The versions both sides last exchanged (e.g. the file last imported from or exported to that
   * laptop), if the caller kept them: makes the rule exact instead of heuristic.
   */
  base?: WorkshopDoc | null
}

/**
 * Compares a file's workshop with the local one, record by record, without changing anything.
 * `local` is this installation's doc of the same workshop, or null when it has none; a local doc
 * of another workshop id means the file is a whole new workshop.
 */
export function previewMerge(
  local: WorkshopDoc | null,
  incoming: WorkshopDoc,
  options: PreviewOptions = {},
): MergePreview {
  const workshopId = incoming.workshop.id
  const same = local?.workshop.id === workshopId ? local : null
  const newWorkshop = same === null
  const base = options.base?.workshop.id === workshopId ? options.base : null
  const all = docRecords(incoming)
  const records = all.filter((r) => belongsTo(r, workshopId))
  const items = records.map((record): MergeItem => {
    const mine = same ? findRecord(same, record) : undefined
    const status = classify(mine, record, base ? findRecord(base, record) : undefined)
    return {
      key: recordKey(record),
      type: record.type,
      id: record.id,
      status,
      local: mine ?? null,
      incoming: record,
      canKeepBoth: status === 'conflict' && canKeepBoth(mine ?? null, record),
    }
  })
  const counts = Object.fromEntries(
    RECORD_TYPE_LIST.map((type) => [type, zeroStatuses()]),
  ) as Record<RecordType, Record<MergeStatus, number>>
  const totals = zeroStatuses()
  const summaryParts = summaryOf(items, newWorkshop, incoming.workshop.title)
  for (const item of items) {
    counts[item.type][item.status] += 1
    totals[item.status] += 1
  }
  return {
    workshopId,
    newWorkshop,
    items,
    counts,
    totals,
    ignored: all.length - records.length,
    summary: summaryParts.map(summaryLineJa),
    summaryParts,
  }
}

function summaryOf(
  items: readonly MergeItem[],
  newWorkshop: boolean,
  title: string,
): SummaryPart[] {
  const lines: SummaryPart[] = []
  if (newWorkshop) lines.push({ kind: 'newWorkshop', title })
  for (const type of SUMMARY_TYPES) {
    const added = items.filter(
      (i) => i.type === type && i.status === 'new' && i.incoming.deletedAt === null,
    ).length
    if (added > 0) lines.push({ kind: 'added', type, count: added })
  }
  const newer = items.filter((i) => i.status === 'incomingNewer')
  const deleted = newer.filter((i) => i.incoming.deletedAt !== null).length
  if (newer.length - deleted > 0) lines.push({ kind: 'updated', count: newer.length - deleted })
  if (deleted > 0) lines.push({ kind: 'deleted', count: deleted })
  const conflicts = items.filter((i) => i.status === 'conflict').length
  if (conflicts > 0) lines.push({ kind: 'conflicts', count: conflicts })
  if (lines.length === 0) lines.push({ kind: 'nothing' })
  return lines
}

export { STATUSES as MERGE_STATUSES }
