import { RECORD_TYPE_LIST, docKeyOf, type ChildRecordType } from '../model/recordTypes'
import type { AnyRecord } from '../model/schemas'
import type { ThemeId } from '../model/themes'
import type { WorkshopDoc } from '../model/workshopDoc'
import { workshopGroups } from '../ops/groupOps'
import type { PrivacyMatch } from './privacyKinds'
import { scannedFieldsOf } from './scannedFields'
import { scanText } from './scanText'

/** Where a hit is: a theme's board, the 講評メモ, a ワールドカフェ comment or a survey answer. */
export type PrivacyPlace = ThemeId | 'review' | 'cafe' | 'survey'

/** A field with likely identifiers in it. */
export interface PrivacyHit {
  /** `${type}:${id}:${field}`: one field of one record. */
  key: string
  recordType: ChildRecordType
  recordId: string
  field: string
  /** The field's whole text as it is now. */
  text: string
  matches: PrivacyMatch[]
  groupId: string
  place: PrivacyPlace
}

/** What an export carries: some groups (undefined: all) and some themes (undefined: all). */
export interface PrivacyScope {
  groupIds?: readonly string[]
  themes?: readonly ThemeId[]
  /** Only these records (`${type}:${id}`): what one printed sheet shows. */
  records?: ReadonlySet<string>
  /** The survey's answers too (the survey's results carry its free text): off unless asked. */
  survey?: boolean
}

const PLACE_ORDER: readonly PrivacyPlace[] = [
  'theme1',
  'theme2',
  'theme3',
  'review',
  'cafe',
  'survey',
]

function placeOf(
  doc: WorkshopDoc,
  record: AnyRecord,
): { groupId: string; place: PrivacyPlace } | null {
  if (record.type === 'review') return { groupId: record.groupId, place: 'review' }
  // A survey answer belongs to no group.
  if (record.type === 'surveyAnswer') return { groupId: '', place: 'survey' }
  if (!('boardId' in record)) return null
  const board = doc.boards[record.boardId]
  if (!board || board.deletedAt !== null) return null
  return { groupId: board.groupId, place: record.type === 'cafeReaction' ? 'cafe' : board.themeId }
}

/** The fields of one record with matches (none for deleted records and setup records). */
export function scanRecord(doc: WorkshopDoc, record: AnyRecord): PrivacyHit[] {
  if (record.deletedAt !== null || record.type === 'workshop') return []
  const fields = scannedFieldsOf(record)
  if (fields.length === 0) return []
  const where = placeOf(doc, record)
  if (!where) return []
  const hits: PrivacyHit[] = []
  for (const field of fields) {
    const text = field.read(record)
    if (text === null || text === '') continue
    const matches = scanText(text)
    if (matches.length === 0) continue
    hits.push({
      key: `${record.type}:${record.id}:${field.field}`,
      recordType: record.type,
      recordId: record.id,
      field: field.field,
      text,
      matches,
      ...where,
    })
  }
  return hits
}

/**
 * Every field of the workshop's group work (in the scope an export carries) with likely personal
 * identifiers, by group (in the workshop's order), then theme, 講評メモ and ワールドカフェ.
 */
export function scanWorkshop(doc: WorkshopDoc, scope: PrivacyScope = {}): PrivacyHit[] {
  const groups = workshopGroups(doc).filter(
    (g) => scope.groupIds === undefined || scope.groupIds.includes(g.id),
  )
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]))
  const themes = scope.themes
  const hits: PrivacyHit[] = []
  for (const type of RECORD_TYPE_LIST) {
    if (type === 'workshop') continue
    const records = doc[docKeyOf(type)] as Record<string, AnyRecord>
    for (const record of Object.values(records)) {
      for (const hit of scanRecord(doc, record)) {
        if (hit.place === 'survey') {
          if (scope.survey === true) hits.push(hit)
          continue
        }
        if (!groupOrder.has(hit.groupId)) continue
        if (scope.records && !scope.records.has(`${hit.recordType}:${hit.recordId}`)) continue
        if (themes && hit.place.startsWith('theme') && !themes.includes(hit.place as ThemeId))
          continue
        hits.push(hit)
      }
    }
  }
  return hits.sort(
    (a, b) =>
      (groupOrder.get(a.groupId) ?? 0) - (groupOrder.get(b.groupId) ?? 0) ||
      PLACE_ORDER.indexOf(a.place) - PLACE_ORDER.indexOf(b.place),
  )
}

/** The key an accepted hit is remembered by: the field and its exact text (a change asks again). */
export function acceptedKey(hit: Pick<PrivacyHit, 'key' | 'text'>): string {
  return `${hit.key}\u0000${hit.text}`
}
