import type { z } from 'zod'
import { LIMITS } from '../../shared/model/limits'
import { anyRecordSchema, type AnyRecord } from '../../shared/model/schemas'
import { findRecord, live, type WorkshopDoc } from '../../shared/model/workshopDoc'

/**
 * Checks an edit's stamped records before they are applied and written: every record must pass
 * its schema, belong to the open workshop, and keep the workshop within the limits (the snapshot
 * file refuses more records than LIMITS allow, so a bigger doc could not be restored).
 * Returns a Japanese message for the user, or null when the edit is fine.
 */
export function checkEdit(
  base: WorkshopDoc,
  next: WorkshopDoc,
  records: readonly AnyRecord[],
): string | null {
  for (const record of records) {
    const foreign =
      record.type === 'workshop'
        ? record.id !== base.workshop.id
        : record.workshopId !== base.workshop.id
    if (foreign) return GENERIC_MESSAGE
    const parsed = anyRecordSchema.safeParse(record)
    if (!parsed.success) return describeIssue(record, parsed.error)
  }
  const created = new Set(records.filter((r) => !findRecord(base, r)).map((r) => r.type))
  if (created.size === 0) return null
  if (created.has('note') && live(next.notes).length > LIMITS.notesPerWorkshop) {
    return `付箋の数が上限（${fmt(LIMITS.notesPerWorkshop)}枚）に達しました。`
  }
  if (created.has('group') && live(next.groups).length > LIMITS.groupsPerWorkshop) {
    return `グループの数が上限（${LIMITS.groupsPerWorkshop}）に達しました。`
  }
  if (created.has('timetableRow') && live(next.rows).length > LIMITS.timetableRows) {
    return `タイムテーブルの行が上限（${LIMITS.timetableRows}行）に達しました。`
  }
  const total =
    Object.keys(next.rows).length +
    Object.keys(next.groups).length +
    Object.keys(next.boards).length +
    Object.keys(next.notes).length
  if (total > LIMITS.notesPerWorkshop + 1000) {
    return 'この研修会にはこれ以上追加できません（保存できる件数の上限に達しました）。'
  }
  return null
}

const GENERIC_MESSAGE = '入力内容に誤りがあるため反映できませんでした。'

const NAMES: Partial<Record<string, string>> = {
  text: '付箋',
  title: '研修会名',
  venue: '会場',
  name: '名前',
  item: '項目',
  content: '内容',
  affiliation: '所属',
}

function describeIssue(record: AnyRecord, error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue?.code === 'too_big') {
    const field = issue.path.findLast((p): p is string => typeof p === 'string') ?? ''
    const what = NAMES[field] ?? (record.type === 'note' ? '付箋' : '入力')
    const max = fmt(Number(issue.maximum))
    return issue.origin === 'string'
      ? `${what}の文字数が上限（${max}字）を超えています。`
      : `${what}の数が上限（${max}）を超えています。`
  }
  return GENERIC_MESSAGE
}

function fmt(n: number): string {
  return n.toLocaleString('ja-JP')
}
