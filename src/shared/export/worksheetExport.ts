import { buildWorksheet } from '../theme2/worksheet'
import type { WorkshopDoc } from '../model/workshopDoc'
import { GAP } from './exportLabels'
import type { SlideDraft, WorksheetPart, WorksheetRow } from './exportTypes'
import { estimateLines, type ExportCapacity } from './textSize'

/**
 * The 問1-問5 worksheet (埼玉県立大学; the layout the participants filled in, digest §3.4) of a
 * テーマ2 topic as one page: the questions word for word, テーマ, 目指す姿, 原因1-4 and the
 * 最も大きな原因, 対策1-3 with 誰に対する対策, 期待値1-3 with 指標, and the 地域課題 when written.
 * Rows the group left empty stay on the sheet, blank, as on paper.
 */

export const WORKSHEET_QUESTIONS = {
  q1: '取り組みたい具体的なテーマを１つ決めて下さい。',
  q2: '問1のテーマの「目指す姿」は何ですか？',
  q3: '「現状」は「目指す姿」になっていません。考えられる原因(最大4つ)、最も大きな原因を挙げて下さい。',
  q4: '現状を目指す姿に近づけるための対策を、最も大きな原因を意識しながら考えてみて下さい。',
  q5: '問4の対策をとることで何がどうなることを期待しますか。また、それを何の指標で測りますか？',
} as const

export const WORKSHEET_COLUMNS = {
  measure: ['対策の内容は？', '誰に対する対策？'],
  outcome: ['何がどうなることを期待しますか？', '何の指標で測る？'],
} as const

/** The 採用 mark of a chosen countermeasure on the sheet. */
export const CHOSEN_MARK = '【採用】'

function row(key: string, label: string, ...cells: string[]): WorksheetRow {
  return { key, label, cells }
}

export function worksheetParts(doc: WorkshopDoc, topicId: string): WorksheetPart[] | null {
  const sheet = buildWorksheet(doc, topicId)
  if (!sheet) return null
  const part = (
    n: number,
    question: string,
    rows: WorksheetRow[],
    columns: readonly string[] = [],
    more = 0,
  ): WorksheetPart => ({
    key: `q${String(n)}`,
    number: `【問${String(n)}】`,
    question,
    columns: [...columns],
    rows,
    more,
  })
  const parts = [
    part(1, WORKSHEET_QUESTIONS.q1, [row('theme', 'テーマ', sheet.theme)]),
    part(2, WORKSHEET_QUESTIONS.q2, [row('goal', '目指す姿', sheet.goal)]),
    part(
      3,
      WORKSHEET_QUESTIONS.q3,
      [
        ...sheet.causes.map((c, i) => row(`cause${String(i + 1)}`, `原因${String(i + 1)}`, c.text)),
        row('main', '★最も大きな原因', sheet.mainCause.text),
      ],
      [],
      sheet.moreCauses,
    ),
    part(
      4,
      WORKSHEET_QUESTIONS.q4,
      sheet.measures.map((m, i) =>
        row(
          `measure${String(i + 1)}`,
          `対策${String(i + 1)}`,
          m.chosen ? `${CHOSEN_MARK}${m.text}` : m.text,
          m.target,
        ),
      ),
      WORKSHEET_COLUMNS.measure,
      sheet.moreMeasures,
    ),
    part(
      5,
      WORKSHEET_QUESTIONS.q5,
      sheet.outcomes.map((o, i) =>
        row(`outcome${String(i + 1)}`, `期待値${String(i + 1)}`, o.expectation, o.indicator),
      ),
      WORKSHEET_COLUMNS.outcome,
      sheet.moreOutcomes,
    ),
  ]
  if (sheet.statement.trim() !== '') {
    parts.push({
      key: 'statement',
      number: '',
      question: '地域課題（一行で）',
      columns: [],
      rows: [row('statement', '地域課題', sheet.statement)],
      more: 0,
    })
  }
  return parts
}

/** Lines the sheet takes: every question, column heading and row (a two-cell row at half width). */
function sheetLines(parts: readonly WorksheetPart[], capacity: ExportCapacity): number {
  const cellChars = (cells: number) => Math.max(4, (capacity.charsPerLine - 8) / cells)
  let lines = 0
  for (const p of parts) {
    lines += estimateLines(`${p.number}${p.question}`, capacity.charsPerLine)
    if (p.columns.length > 0) lines += 1
    for (const r of p.rows) {
      lines += Math.max(...r.cells.map((c) => estimateLines(c, cellChars(r.cells.length))))
    }
  }
  return lines
}

/** The worksheet page of a topic (null when the topic is gone). */
export function worksheetSlide(
  doc: WorkshopDoc,
  topicId: string,
  name: string,
  capacity: ExportCapacity,
  keyBase: string,
): SlideDraft | null {
  const parts = worksheetParts(doc, topicId)
  if (!parts) return null
  return {
    kind: 'theme2Worksheet',
    key: `${keyBase}:sheet-${topicId}`,
    title: `テーマ2${GAP}${name}${GAP}ワークシート（問1〜問5）`,
    continued: false,
    // A sheet is one page, as on paper: a full one is drawn smaller rather than split.
    overflow: sheetLines(parts, capacity) > capacity.linesPerSlide,
    topicId,
    parts,
  }
}
