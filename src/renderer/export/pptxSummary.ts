import type PptxGenJS from 'pptxgenjs'
import type { SharedBoardPage } from '../../shared/plenary/sharedBoardPages'
import {
  issueLabel,
  measureLine,
  SHARED_BOARD_LABELS as L,
} from '../../shared/plenary/sharedBoardLabels'
import type { SharedIssue } from '../../shared/plenary/sharedBoardRows'
import type { SummaryPage } from '../../shared/plenary/summaryDeck'
import { addParas, BODY, COLORS, headingPara, para, type Box, type Para } from './pptxLayout'

/**
 * The 総括 deck and the 共有用ボード as PPTX slides (editable text, as every slide): 目的の再確認,
 * the board (a row per group; for 試行② the preset columns), 稲城市's dialogue and the 協議会's
 * conclusion.
 */

function issueParas(issue: SharedIssue, withLabel: boolean): Para[] {
  const paras: Para[] = []
  if (withLabel && issue.label !== '') paras.push(para(`【${issue.label}】`, { color: COLORS.tag }))
  paras.push(para(`${issueLabel(issue)}：${issue.issue || L.notYet}`, { bold: true }))
  if (issue.mainCause !== '')
    paras.push(para(`${L.mainCause}：${issue.mainCause}`, { color: COLORS.main }))
  if (issue.measures.length > 0) {
    paras.push(para(`${L.measures}：`))
    for (const m of issue.measures) paras.push(para(measureLine(m), { level: 1 }))
  }
  return paras
}

const CELL_GAP = 0.08

function cell(slide: PptxGenJS.Slide, paras: Para[], box: Box, fill?: string): void {
  addParas(slide, paras, box, { size: 16, shrink: true, ...(fill ? { fill } : {}) })
}

function addBoard(slide: PptxGenJS.Slide, page: SharedBoardPage): void {
  const nameW = 1.7
  const presets = page.layout === 'presets'
  const columns = presets
    ? [...page.columns.map((c) => c.label.ja), ...(page.hasOthers ? [L.others] : [])]
    : []
  const headH = presets ? 0.45 : 0
  const top = BODY.y + headH
  const rowsShown = Math.max(page.rows.length, 2)
  const rowH = (BODY.h - headH) / rowsShown
  const areaX = BODY.x + nameW + CELL_GAP
  const areaW = BODY.w - nameW - CELL_GAP
  if (presets) {
    const colW = areaW / columns.length
    columns.forEach((label, i) => {
      addParas(
        slide,
        [para(label, { bold: true, color: COLORS.bandText })],
        { x: areaX + i * colW, y: BODY.y, w: colW - CELL_GAP, h: headH - CELL_GAP },
        { size: 16, fill: COLORS.heading, align: 'center', valign: 'middle' },
      )
    })
  }
  page.rows.forEach((row, r) => {
    const y = top + r * rowH
    const h = rowH - CELL_GAP
    const name: Para[] = [para(row.groupName, { bold: true, color: COLORS.heading })]
    if (row.moderator !== '') name.push(para(`${L.presenter}：${row.moderator}`))
    addParas(slide, name, { x: BODY.x, y, w: nameW, h }, { size: 18, fill: COLORS.panel })
    if (presets) {
      const colW = areaW / columns.length
      const cells: (Para[] | null)[] = row.cells.map((c) => (c ? issueParas(c, false) : null))
      if (page.hasOthers)
        cells.push(row.others.length > 0 ? row.others.flatMap((o) => issueParas(o, true)) : null)
      cells.forEach((paras, i) => {
        const box = { x: areaX + i * colW, y, w: colW - CELL_GAP, h }
        cell(slide, paras ?? [para(L.empty, { color: COLORS.muted })], box, COLORS.panel)
      })
      return
    }
    if (row.issues.length === 0) {
      cell(slide, [para(L.empty, { color: COLORS.muted })], { x: areaX, y, w: areaW, h })
      return
    }
    const perRow = Math.min(row.issues.length, 3)
    const lines = Math.ceil(row.issues.length / perRow)
    const w = areaW / perRow
    const ih = h / lines
    row.issues.forEach((issue, i) => {
      const box = {
        x: areaX + (i % perRow) * w,
        y: y + Math.floor(i / perRow) * ih,
        w: w - CELL_GAP,
        h: ih - (lines > 1 ? CELL_GAP : 0),
      }
      cell(slide, issueParas(issue, true), box, COLORS.panel)
    })
  })
}

function addPurpose(slide: PptxGenJS.Slide, page: Extract<SummaryPage, { kind: 'purpose' }>): void {
  const paras: Para[] = [
    headingPara('グループワークの目的'),
    para(`「${page.purpose}」`, { bold: true }),
    headingPara('各テーマの目的'),
    ...page.themes.flatMap((t) => [
      para(`${t.label}\u3000${t.title}`, { bold: true, color: COLORS.heading, gap: true }),
      para(t.aim, { level: 1 }),
    ]),
    ...page.themePurposes.map((text, i) => para(text, { gap: i === 0, color: COLORS.ink })),
  ]
  addParas(slide, paras, BODY, { size: 22 })
}

function addDialogue(
  slide: PptxGenJS.Slide,
  page: Extract<SummaryPage, { kind: 'dialogue' }>,
): void {
  const paras: Para[] = [
    para(page.heading, { bold: true, color: COLORS.heading }),
    ...page.turns.map((t) =>
      para(`${t.speakerLabel}：${t.text}`, {
        gap: true,
        ...(t.speaker === 'officer' ? { color: COLORS.main } : {}),
      }),
    ),
  ]
  addParas(slide, paras, { ...BODY, h: BODY.h - 0.5 }, { size: 20 })
  addParas(
    slide,
    [para(page.source, { color: COLORS.muted })],
    {
      ...BODY,
      y: BODY.y + BODY.h - 0.45,
      h: 0.45,
    },
    { size: 11 },
  )
}

function addOutcome(slide: PptxGenJS.Slide, page: Extract<SummaryPage, { kind: 'outcome' }>): void {
  addParas(
    slide,
    [para(page.heading, { bold: true, color: COLORS.heading }), para(page.outcome, { gap: true })],
    { ...BODY, h: 2.6 },
    { size: 24 },
  )
  addParas(
    slide,
    [para(page.takeaway, { bold: true })],
    { x: BODY.x + 0.4, y: BODY.y + 2.9, w: BODY.w - 0.8, h: 1.8 },
    { size: 24, fill: COLORS.pointMain, valign: 'middle', align: 'center' },
  )
  addParas(
    slide,
    [para(page.source, { color: COLORS.muted })],
    {
      ...BODY,
      y: BODY.y + BODY.h - 0.45,
      h: 0.45,
    },
    { size: 11 },
  )
}

/** One page of the 総括 (or of the 共有用ボード) on a slide that has its frame. */
export function addSummaryPage(slide: PptxGenJS.Slide, page: SummaryPage): void {
  switch (page.kind) {
    case 'purpose':
      addPurpose(slide, page)
      return
    case 'board':
      addBoard(slide, page.board)
      return
    case 'dialogue':
      addDialogue(slide, page)
      return
    case 'outcome':
      addOutcome(slide, page)
      return
  }
}

/** The frame's words of a summary page: its title, 「総括 n / N」, the plenary card's title. */
export function summaryFrame(page: SummaryPage): { title: string; right: string; foot: string } {
  const board = page.kind === 'board' && !page.key.startsWith('summary:')
  return {
    title: page.title,
    right: `${board ? L.title : '総括'}\u3000${String(page.n)} / ${String(page.total)}`,
    foot: '全体での共有・講評・総括',
  }
}
