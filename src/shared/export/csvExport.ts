import { CANVAS_AREAS } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { workshopScenes } from '../board/theme1Layout'
import { boardOf } from '../ops/groupOps'
import { boardTopics } from '../theme2/theme2Queries'
import { CANVAS_AREA_LABELS } from '../theme3/canvasLabels'
import { boardCanvases } from '../theme3/theme3Queries'
import { formatCsv } from './csvFormat'
import { TRAY_EXPORT_LABEL } from './exportLabels'
import { exportGroups, exportReview, exportThemes, type ExportFilter } from './exportModel'
import type { Theme1Note } from './exportTypes'
import { exportTheme1Note, theme1Areas } from './theme1Export'
import { mainCauseText, outcomeLine, topicContent } from './theme2Export'
import { canvasContent, refMark } from './theme3Export'

export { parseCsv, unguardFormula } from './csvFormat'

/**
 * All notes of a workshop as one CSV table for Excel (see csvFormat.ts for the encoding and the
 * formula-injection guard). One row per record, in the deck's order (group, then theme, then
 * board order). Columns:
 * - グループ, テーマ (「テーマ1」…)
 * - 場面・領域: テーマ1 the note's scenes joined with ・ (未分類 for the tray; a gathered note its
 *   見出し's); テーマ2 the topic's scenes; テーマ3 the canvas area (or 市町村担当者からの質問と答え).
 * - 種類: 見出し / 手元用; テーマ / 目指す姿 / 具体的な困りごと / 地域課題 / 原因 / 原因（なぜ？） /
 *   対策（採用） / 対策 / 期待値・指標; 地域課題 / 付箋 / 参照 / Q&A.
 * - テキスト: as shown (a reference's text read live; Q&A as 「Q. …」 and 「A. …」 on two lines).
 * - 誰の困りごと: テーマ1 困っている人 joined with ・; for a countermeasure its 対象 (誰に対する対策).
 * - タネ: ○ for a テーマ1 タネ (and a topic picked from one).
 * - 票数: a cause's dots.
 * - つながり: what the row hangs on: 見出し：…, テーマ：… ／ ★主たる原因, 原因：…, 対策：…,
 *   参照：テーマ1 付箋 ／ 地域課題：….
 * After a group's theme rows, its 講評メモ (テーマ 「講評」, 種類 「講評メモ」, つながり
 * 「講評：山田 太郎（講師）・…」 naming who commented).
 */

export const CSV_COLUMNS = [
  'グループ',
  'テーマ',
  '場面・領域',
  '種類',
  'テキスト',
  '誰の困りごと',
  'タネ',
  '票数',
  'つながり',
] as const

const TANE_MARK = '○'
const LINK_SEPARATOR = ' ／ '

interface Row {
  area: string
  kind: string
  text: string
  who?: string
  tane?: boolean
  votes?: number
  links?: readonly string[]
}

function cells(group: string, theme: string, row: Row): string[] {
  return [
    group,
    theme,
    row.area,
    row.kind,
    row.text,
    row.who ?? '',
    row.tane ? TANE_MARK : '',
    row.votes === undefined ? '' : String(row.votes),
    (row.links ?? []).filter((l) => l !== '').join(LINK_SEPARATOR),
  ]
}

function theme1Rows(doc: WorkshopDoc, boardId: string): Row[] {
  const scenes = workshopScenes(doc)
  const rows: Row[] = []
  const noteRow = (note: Theme1Note, area: string, links: string[] = []): Row => ({
    area,
    kind: note.kindLabel,
    text: note.text,
    who: note.who.join('・'),
    tane: note.tane,
    links,
  })
  for (const area of theme1Areas(doc, boardId)) {
    for (const view of area.views) {
      // A multi-scene note is one row, with all its scenes (its other appearances are marks).
      if (view.isSecondary) continue
      const head = exportTheme1Note(view.note, scenes)
      const place = head.sceneLabels.length > 0 ? head.sceneLabels.join('・') : TRAY_EXPORT_LABEL
      rows.push(noteRow(head, place))
      for (const child of view.children) {
        rows.push(noteRow(exportTheme1Note(child, scenes), place, [`見出し：${head.text}`]))
      }
    }
  }
  return rows
}

function theme2Rows(doc: WorkshopDoc, boardId: string): Row[] {
  const rows: Row[] = []
  for (const topic of boardTopics(doc, boardId)) {
    const content = topicContent(doc, topic)
    const area = content.sceneLabels.join('・')
    const ofTopic = `テーマ：${content.view.title}`
    rows.push({
      area,
      kind: 'テーマ',
      text: content.view.title,
      tane: content.view.source === 'tane',
      links: topic.label === '' ? [] : [`ラベル：${topic.label}`],
    })
    const fields = [
      ['目指す姿', topic.goal],
      ['具体的な困りごと', topic.concern],
      ['地域課題', topic.statement],
    ] as const
    for (const [kind, text] of fields) {
      if (text !== '') rows.push({ area, kind, text, links: [ofTopic] })
    }
    for (const cause of content.causes) {
      rows.push({
        area,
        kind: cause.isSub ? '原因（なぜ？）' : '原因',
        text: cause.text,
        votes: cause.votes,
        links: [
          ofTopic,
          cause.isMain ? '★主たる原因' : '',
          cause.isSub ? `なぜ？の元：${cause.parentText}` : '',
        ],
      })
    }
    const main = mainCauseText(content)
    for (const measure of content.measures) {
      rows.push({
        area,
        kind: measure.chosen ? '対策（採用）' : '対策',
        text: measure.text,
        who: measure.target,
        links: [
          ofTopic,
          measure.causeText === '' ? '' : `原因：${measure.causeText}`,
          measure.causeText !== '' && measure.causeText === main ? '★主たる原因への対策' : '',
        ],
      })
    }
    for (const outcome of content.outcomes) {
      rows.push({
        area,
        kind: '期待値・指標',
        text: outcomeLine(outcome),
        links: [ofTopic, outcome.measureText === '' ? '' : `対策：${outcome.measureText}`],
      })
    }
  }
  return rows
}

function theme3Rows(doc: WorkshopDoc, boardId: string): Row[] {
  const rows: Row[] = []
  for (const canvas of boardCanvases(doc, boardId)) {
    const content = canvasContent(doc, canvas)
    const ofCanvas = `地域課題：${content.view.title}`
    const topicTitle = content.view.topicTitle
    rows.push({
      area: '地域課題',
      kind: '地域課題',
      text: content.view.title,
      links: topicTitle === null ? [] : [`テーマ2 テーマ：${topicTitle}`],
    })
    for (const area of CANVAS_AREAS) {
      for (const note of content.areas[area]) {
        rows.push({
          area: CANVAS_AREA_LABELS[area].ja,
          kind: note.ref === null ? '付箋' : '参照',
          text: note.text,
          links: [refMark(note), ofCanvas],
        })
      }
    }
    for (const qa of content.qas) {
      rows.push({
        area: '市町村担当者からの質問と答え',
        kind: 'Q&A',
        // An unanswered question is kept (the table still has to prepare an answer).
        text: qa.answer === '' ? `Q. ${qa.question}` : `Q. ${qa.question}\nA. ${qa.answer}`,
        links: [ofCanvas],
      })
    }
  }
  return rows
}

const THEME_CELLS = { theme1: 'テーマ1', theme2: 'テーマ2', theme3: 'テーマ3' } as const

/** The rows of the table without the header, as plain text (before guarding and quoting). */
export function notesCsvRows(doc: WorkshopDoc, filter: ExportFilter = {}): string[][] {
  const themes = exportThemes(filter)
  const out: string[][] = []
  for (const group of exportGroups(doc, filter)) {
    for (const themeId of themes) {
      const board = boardOf(doc, group.id, themeId)
      if (!board) continue
      const rows =
        themeId === 'theme1'
          ? theme1Rows(doc, board.id)
          : themeId === 'theme2'
            ? theme2Rows(doc, board.id)
            : theme3Rows(doc, board.id)
      for (const row of rows) out.push(cells(group.name, THEME_CELLS[themeId], row))
    }
    const review = exportReview(doc, group.id, group.name)
    for (const text of review?.texts ?? []) {
      const who = review?.commentators.join('・') ?? ''
      out.push(
        cells(group.name, '講評', {
          area: '',
          kind: '講評メモ',
          text,
          links: who === '' ? [] : [`講評：${who}`],
        }),
      )
    }
  }
  return out
}

/** The CSV file: BOM, header, one row per note, CRLF line ends, quoted and guarded. */
export function notesCsv(doc: WorkshopDoc, filter: ExportFilter = {}): string {
  return formatCsv([[...CSV_COLUMNS], ...notesCsvRows(doc, filter)])
}
