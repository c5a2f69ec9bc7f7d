import type { EditContext } from '../model/context'
import type { AnyRecord } from '../model/schemas'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { createTopic } from '../theme2/topicOps'
import { applyWorksheetEdit, type WorksheetField } from '../theme2/worksheet'

/**
 * The report's fully filled worksheet: 「東京都稲城市の検討例（テーマ：看取り）」 (資料3-7,
 * L10642-10674; digest §3.4), cell text verbatim. Used by tests (unit and e2e); the app does
 * not ship it.
 */
export interface WorksheetContent {
  theme: string
  goal: string
  causes: string[]
  mainCause: string
  measures: { text: string; target: string }[]
  outcomes: { expectation: string; indicator: string }[]
}

export const INAGI_MITORI_WORKSHEET: WorksheetContent = {
  theme: '【看取り】終末期に本人の意向に沿えず、家族が入院を選ぶことがある',
  goal: '終末期であっても、在宅サービスを使うことで本人の意向を尊重した在宅生活を継続できる',
  causes: [
    '本人の意向を具体的に確認できていない',
    '衰弱すると家族が不安になる',
    '看取り経験少ないケアマネも不安になる',
    '不安になると在宅医でなく救急車に連絡',
  ],
  mainCause: '専門職が看取るプロセスを十分説明しきれていないため、家族の不安が高まってしまっている',
  measures: [
    { text: '看取るプロセスを知り、在宅看取りの心理的準備性を高める', target: '家族' },
    {
      text: '痩せる等、在宅看取りまでのプロセスを家族に説明するスキル獲得支援',
      target: 'ケアマネ、訪看',
    },
    {
      text: '在宅看取りプロセスを家族に説明する演習や資料の作成',
      target: 'ケアマネ、訪看、医師',
    },
  ],
  outcomes: [
    {
      expectation: 'ケアマネ等が説明できるスキルがあがる',
      indicator: '説明スキルのアンケート、試験',
    },
    {
      expectation: 'ケアマネ等が家族に実際に説明するようになる',
      indicator: '説明した経験等の確認(アンケート)',
    },
    {
      expectation: '説明により家族等が理解し、安心する',
      indicator: '家族の安心感等のヒアリング、アンケート',
    },
  ],
}

/** The worksheet cells of `content`, in the sheet's reading order (問1 → 問5). */
export function worksheetCells(content: WorksheetContent): [WorksheetField, string][] {
  return [
    [{ kind: 'theme' }, content.theme],
    [{ kind: 'goal' }, content.goal],
    ...content.causes.map((text, row): [WorksheetField, string] => [{ kind: 'cause', row }, text]),
    [{ kind: 'mainCause' }, content.mainCause],
    ...content.measures.flatMap((m, row): [WorksheetField, string][] => [
      [{ kind: 'measureText', row }, m.text],
      [{ kind: 'measureTarget', row }, m.target],
    ]),
    ...content.outcomes.flatMap((o, row): [WorksheetField, string][] => [
      [{ kind: 'expectation', row }, o.expectation],
      [{ kind: 'indicator', row }, o.indicator],
    ]),
  ]
}

/**
 * Types `content` into a topic's worksheet cell by cell, as a person would; returns the records
 * of all those edits as one change (each record once, in its last version).
 */
export function fillWorksheet(
  doc: WorkshopDoc,
  topicId: string,
  content: WorksheetContent,
  ctx: EditContext,
): AnyRecord[] {
  let working = doc
  const records = new Map<string, AnyRecord>()
  for (const [field, value] of worksheetCells(content)) {
    const edit = applyWorksheetEdit(working, topicId, field, value, ctx)
    working = applyRecords(working, edit)
    for (const record of edit) records.set(`${record.type}:${record.id}`, record)
  }
  return [...records.values()]
}

/** A new topic on a テーマ2 board with `content` typed into its worksheet (one change). */
export function createFilledTopic(
  doc: WorkshopDoc,
  boardId: string,
  content: WorksheetContent,
  ctx: EditContext,
): AnyRecord[] {
  const created = createTopic(doc, boardId, '', ctx)
  const topic = created[0]
  if (!topic) return []
  const filled = fillWorksheet(applyRecords(doc, created), topic.id, content, ctx)
  const topicVersion = filled.find((r) => r.id === topic.id)
  return [topicVersion ?? topic, ...filled.filter((r) => r.id !== topic.id)]
}
