import type { z } from 'zod'
import { LIMITS, MAX_WORKSHOP_RECORDS } from '../../shared/model/limits'
import { anyRecordSchema, type AnyRecord, type RecordType } from '../../shared/model/schemas'
import { docRecords, findRecord, live, type WorkshopDoc } from '../../shared/model/workshopDoc'

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
  const themes = checkThemeLimits(
    next,
    records.filter((r) => !findRecord(base, r)),
  )
  if (themes !== null) return themes
  const total = docRecords(next).length - 1
  if (total > MAX_WORKSHOP_RECORDS) {
    return 'この研修会にはこれ以上追加できません（保存できる件数の上限に達しました）。'
  }
  return null
}

/**
 * テーマ2 and テーマ3 limits, checked where records were created: topics per board, causes,
 * countermeasures and 期待値/指標 per topic, canvases per board, notes and questions per canvas,
 * and each theme's records in all. The ops refuse these
 * already; this is the last line before a record is stored.
 */
function checkThemeLimits(next: WorkshopDoc, created: readonly AnyRecord[]): string | null {
  const count = <T extends { deletedAt: string | null }>(
    map: Record<string, T>,
    same: (r: T) => boolean,
  ) => live(map).filter(same).length
  for (const record of created) {
    if (record.deletedAt !== null) continue
    switch (record.type) {
      case 'topic':
        if (count(next.topics, (t) => t.boardId === record.boardId) > LIMITS.topicsPerBoard) {
          return `テーマの数が上限（${LIMITS.topicsPerBoard}）に達しました。`
        }
        break
      case 'cause':
        if (count(next.causes, (c) => c.topicId === record.topicId) > LIMITS.causesPerTopic) {
          return `原因の数が上限（${LIMITS.causesPerTopic}）に達しました。`
        }
        break
      case 'measure':
        if (count(next.measures, (m) => m.topicId === record.topicId) > LIMITS.measuresPerTopic) {
          return `対策の数が上限（${LIMITS.measuresPerTopic}）に達しました。`
        }
        break
      case 'outcome':
        if (count(next.outcomes, (o) => o.topicId === record.topicId) > LIMITS.outcomesPerTopic) {
          return `期待値と指標の数が上限（${LIMITS.outcomesPerTopic}）に達しました。`
        }
        break
      case 'canvas':
        if (count(next.canvases, (c) => c.boardId === record.boardId) > LIMITS.canvasesPerBoard) {
          return `地域課題のキャンバスが上限（${LIMITS.canvasesPerBoard}）に達しました。`
        }
        break
      case 'canvasNote':
        if (
          count(next.canvasNotes, (n) => n.canvasId === record.canvasId) > LIMITS.notesPerCanvas
        ) {
          return `このキャンバスの付箋が上限（${LIMITS.notesPerCanvas}枚）に達しました。`
        }
        break
      case 'canvasQa':
        if (count(next.canvasQas, (q) => q.canvasId === record.canvasId) > LIMITS.qasPerCanvas) {
          return `想定される質問が上限（${LIMITS.qasPerCanvas}）に達しました。`
        }
        break
      case 'workshop':
      case 'timetableRow':
      case 'group':
      case 'board':
      case 'note':
        break
    }
  }
  const isTheme3 = (type: RecordType) =>
    type === 'canvas' || type === 'canvasNote' || type === 'canvasQa'
  if (created.some((r) => isTheme3(r.type))) {
    const theme3 =
      Object.keys(next.canvases).length +
      Object.keys(next.canvasNotes).length +
      Object.keys(next.canvasQas).length
    if (theme3 > LIMITS.theme3RecordsPerWorkshop) {
      return 'テーマ3にはこれ以上追加できません（保存できる件数の上限に達しました）。'
    }
  }
  const isTheme2 = (type: RecordType) =>
    type === 'topic' || type === 'cause' || type === 'measure' || type === 'outcome'
  if (created.some((r) => isTheme2(r.type))) {
    const theme2 =
      Object.keys(next.topics).length +
      Object.keys(next.causes).length +
      Object.keys(next.measures).length +
      Object.keys(next.outcomes).length
    if (theme2 > LIMITS.theme2RecordsPerWorkshop) {
      return 'テーマ2にはこれ以上追加できません（保存できる件数の上限に達しました）。'
    }
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
  goal: '目指す姿',
  concern: '困りごとの中身',
  statement: '地域課題',
  label: 'ラベル',
  target: '対象',
  expectation: '期待値',
  indicator: '指標',
}

/** Field names that mean something else on a テーマ2 or テーマ3 record. */
const TYPE_NAMES: Partial<Record<RecordType, Partial<Record<string, string>>>> = {
  topic: { title: 'テーマ', x: '軸の名前', y: '軸の名前' },
  cause: { text: '原因' },
  measure: { text: '対策' },
  canvas: {
    title: '地域課題',
    tane: '地域課題のタネ',
    facts: '事実・情報',
    thoughts: 'そこから考えられること',
    materials: '補足する情報・資料',
    share: '共有の方法',
    qa: '想定される質問と答え',
  },
  canvasQa: { question: '質問', answer: '答え' },
}

function describeIssue(record: AnyRecord, error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue?.code === 'too_big') {
    // A 伝達シート part is named by the part (brief.share.text → 共有の方法).
    const inBrief = record.type === 'canvas' && issue.path[0] === 'brief'
    const field = inBrief
      ? String(issue.path[1])
      : (issue.path.findLast((p): p is string => typeof p === 'string') ?? '')
    const what =
      TYPE_NAMES[record.type]?.[field] ??
      NAMES[field] ??
      (record.type === 'note' || record.type === 'canvasNote' ? '付箋' : '入力')
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
