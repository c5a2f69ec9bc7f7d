import { formatCsv } from '../export/csvFormat'
import type { ParticipantKind } from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { rosterPeople, seatsOf } from './rosterOps'

/**
 * The 名簿 as a CSV Excel opens (export/csvFormat.ts: UTF-8 with BOM, formula cells guarded),
 * headed with the report's words (図表-76) so that 「名簿を読み込む」 reads it back. The 連絡先
 * (personal data) is a column only when the organiser asks for it; the screen and the file name
 * say which.
 */
export const KIND_WORDS: Record<ParticipantKind, string> = {
  trainee: '受講者',
  lecturer: '講師・アドバイザー',
  observer: 'オブザーバー',
  auditor: '傍聴',
}

const POSITION_WORDS = {
  coordinator: 'コーディネーター',
  municipal: '市町村担当者',
  other: 'その他',
} as const

export interface RosterCsvOptions {
  /** Adds the 連絡先 column (personal data). */
  withContact: boolean
}

export function rosterCsvRows(doc: WorkshopDoc, options: RosterCsvOptions): string[][] {
  const seats = seatsOf(doc)
  const groups = new Map(
    live(doc.groups)
      .sort(byOrder)
      .map((g) => [g.id, g]),
  )
  const headings = [
    '氏名',
    ...(options.withContact ? ['連絡先'] : []),
    '区分',
    '立場',
    '所属',
    '役職',
    '圏域',
    '市町村',
    '期間（年）',
    '資格',
    'その他（知りたいこと・質問）',
    'グループ',
    '役割',
  ]
  const rows = rosterPeople(doc).map((person) => {
    const group = groups.get(seats.get(person.id) ?? '')
    // One person may be both (a table of few): 「司会・書記」.
    const role = !group
      ? ''
      : [group.moderatorId === person.id ? '司会' : '', group.scribeId === person.id ? '書記' : '']
          .filter(Boolean)
          .join('・')
    const qualifications = [
      ...person.qualifications.filter((q) => q !== 'その他'),
      ...(person.otherQualification.trim() ? [person.otherQualification.trim()] : []),
    ]
    return [
      person.name,
      ...(options.withContact ? [person.contact] : []),
      KIND_WORDS[person.kind],
      POSITION_WORDS[person.position],
      person.affiliation,
      person.title,
      person.area,
      person.municipality,
      person.years === null ? '' : String(person.years),
      qualifications.join('、'),
      person.notes,
      group ? group.name : '',
      role,
    ]
  })
  return [headings, ...rows]
}

export function rosterCsv(doc: WorkshopDoc, options: RosterCsvOptions): string {
  return formatCsv(rosterCsvRows(doc, options))
}
