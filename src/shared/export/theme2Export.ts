import { SCENE_LABELS } from '../model/scenes'
import type { Topic } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { axisLabel, type Theme2Grid } from '../theme2/presets'
import { liveCause, liveMeasure } from '../theme2/theme2Edit'
import {
  boardTopics,
  causeOutline,
  causeVotes,
  topicOutcomes,
  topicView,
  type TopicView,
} from '../theme2/theme2Queries'
import { worksheetMeasures } from '../theme2/worksheet'
import { GAP, continuedTitle } from './exportLabels'
import type {
  ExportCause,
  ExportField,
  ExportMeasure,
  ExportOutcome,
  PriorityGrid,
  SlideDraft,
  Theme2Block,
} from './exportTypes'
import { paginateFlow, type FlowBlock } from './paginate'
import { estimateLines, type ExportCapacity } from './textSize'
import { worksheetSlide } from './worksheetExport'

/**
 * テーマ2 in exports, per topic: テーマ → 目指す姿 → ★主たる原因 → 対策 → 期待値・指標 and the
 * 地域課題 (a summary block), then every cause with its dots, the countermeasures (採用 first,
 * with 対象), the 期待値/指標 pairs; then, when anything is placed, the priority grids as points.
 */

export interface TopicContent {
  topic: Topic
  view: TopicView
  sceneLabels: string[]
  /** Tree reading order (each cause, then its "why?" sub-causes), numbered from 1. */
  causes: ExportCause[]
  /** The worksheet's order: chosen first, then the others, each in map order; numbered. */
  measures: ExportMeasure[]
  outcomes: ExportOutcome[]
}

/** Everything of a live topic the exports show (slides and CSV read the same content). */
export function topicContent(doc: WorkshopDoc, topic: Topic): TopicContent {
  const view = topicView(doc, topic)
  const causes: ExportCause[] = []
  const chain: string[] = []
  for (const { cause, depth } of causeOutline(doc, topic.id)) {
    chain.length = depth
    causes.push({
      id: cause.id,
      n: causes.length + 1,
      text: cause.text,
      votes: causeVotes(cause),
      isMain: cause.id === topic.mainCauseId,
      isSub: depth > 0,
      depth,
      parentText: chain[depth - 1] ?? '',
    })
    chain.push(cause.text)
  }
  const measures = worksheetMeasures(doc, topic.id).map((m, i): ExportMeasure => ({
    id: m.id,
    n: i + 1,
    text: m.text,
    target: m.target,
    chosen: m.chosen,
    causeText: m.causeId === null ? '' : (liveCause(doc, m.causeId)?.text ?? ''),
  }))
  const outcomes = topicOutcomes(doc, topic.id).map((o): ExportOutcome => ({
    id: o.id,
    expectation: o.expectation,
    indicator: o.indicator,
    measureText: o.measureId === null ? '' : (liveMeasure(doc, o.measureId)?.text ?? ''),
  }))
  return {
    topic,
    view,
    sceneLabels: view.scenes.map((s) => SCENE_LABELS[s].ja),
    causes,
    measures,
    outcomes,
  }
}

/** The main cause's text, '' when none is marked (or it is gone). */
export function mainCauseText(content: TopicContent): string {
  return content.causes.find((c) => c.isMain)?.text ?? ''
}

/** 「期待値（指標：…）」, the wording of a 期待値・指標 reference on テーマ3. */
export function outcomeLine(outcome: Pick<ExportOutcome, 'expectation' | 'indicator'>): string {
  if (outcome.indicator === '') return outcome.expectation
  if (outcome.expectation === '') return `指標：${outcome.indicator}`
  return `${outcome.expectation}（指標：${outcome.indicator}）`
}

function summaryFields(content: TopicContent): ExportField[] {
  const { topic, view } = content
  const fields: ExportField[] = [
    {
      key: 'theme',
      label: view.source === 'typed' ? 'テーマ' : 'テーマ（タネ）',
      text: view.title,
    },
  ]
  const optional: ExportField[] = [
    { key: 'scenes', label: '場面', text: content.sceneLabels.join('・') },
    { key: 'goal', label: '目指す姿', text: topic.goal },
    { key: 'concern', label: '具体的な困りごと', text: topic.concern },
    { key: 'mainCause', label: '★主たる原因', text: mainCauseText(content) },
    { key: 'statement', label: '地域課題', text: topic.statement },
  ]
  return [...fields, ...optional.filter((f) => f.text !== '')]
}

const fieldText = (f: ExportField) => `${f.label}：${f.text}`
const causeText = (c: ExportCause) =>
  `${GAP.repeat(c.depth)}${c.n}. ${c.isMain ? '★' : ''}${c.text}${GAP}●${c.votes}`
const measureText = (m: ExportMeasure) =>
  `${m.n}. ${m.text}${m.target === '' ? '' : `（対象：${m.target}）`}`
const outcomeText = (o: ExportOutcome) => `期待値：${o.expectation}\n指標：${o.indicator}`

/** A flow block of one list of a topic. */
function listFlow<T>(
  key: string,
  heading: string,
  items: readonly T[],
  display: (item: T) => string,
  capacity: ExportCapacity,
  make: (heading: string, continued: boolean, items: T[], blockKey: string) => Theme2Block,
): FlowBlock<Theme2Block> {
  return {
    headingLines: 1,
    emptyLines: 1,
    itemLines: items.map((item) => estimateLines(display(item), capacity.charsPerLine)),
    build: (from, to, continued) =>
      make(continuedTitle(heading, continued), continued, items.slice(from, to), `${key}:${from}`),
  }
}

function topicFlows(
  content: TopicContent,
  capacity: ExportCapacity,
  key: string,
): FlowBlock<Theme2Block>[] {
  const chosen = content.measures.filter((m) => m.chosen)
  const others = content.measures.filter((m) => !m.chosen)
  const flows: FlowBlock<Theme2Block>[] = [
    listFlow(
      `${key}:summary`,
      '概要',
      summaryFields(content),
      fieldText,
      capacity,
      (heading, continued, fields, k) => ({ type: 'fields', key: k, heading, continued, fields }),
    ),
    listFlow(
      `${key}:causes`,
      '原因（●票数、★主たる原因）',
      content.causes,
      causeText,
      capacity,
      (heading, continued, causes, k) => ({ type: 'causes', key: k, heading, continued, causes }),
    ),
    listFlow(
      `${key}:chosen`,
      '対策（採用）',
      chosen,
      measureText,
      capacity,
      (heading, continued, measures, k) => ({
        type: 'measures',
        key: k,
        heading,
        continued,
        measures,
      }),
    ),
  ]
  if (others.length > 0) {
    flows.push(
      listFlow(
        `${key}:others`,
        '対策（候補）',
        others,
        measureText,
        capacity,
        (heading, continued, measures, k) => ({
          type: 'measures',
          key: k,
          heading,
          continued,
          measures,
        }),
      ),
    )
  }
  flows.push(
    listFlow(
      `${key}:outcomes`,
      '期待値・指標',
      content.outcomes,
      outcomeText,
      capacity,
      (heading, continued, outcomes, k) => ({
        type: 'outcomes',
        key: k,
        heading,
        continued,
        outcomes,
      }),
    ),
  )
  return flows
}

/** The priority grids with at least one placed point. */
export function priorityGrids(doc: WorkshopDoc, content: TopicContent): PriorityGrid[] {
  const grid = (key: Theme2Grid, heading: string, points: PriorityGrid['points']) => ({
    key,
    heading,
    xLabel: axisLabel(content.topic, key, 'x', 'ja'),
    yLabel: axisLabel(content.topic, key, 'y', 'ja'),
    points,
  })
  const causePoints = content.causes.flatMap((c) => {
    const point = doc.causes[c.id]?.grid
    return point
      ? [{ id: c.id, x: point.x, y: point.y, label: c.text, n: c.n, isMain: c.isMain }]
      : []
  })
  const measurePoints = content.measures.flatMap((m) => {
    const point = doc.measures[m.id]?.grid
    return point
      ? [{ id: m.id, x: point.x, y: point.y, label: m.text, n: m.n, isMain: m.chosen }]
      : []
  })
  return [
    grid('causes', '原因の優先度', causePoints),
    grid('measures', '対策の優先度', measurePoints),
  ].filter((g) => g.points.length > 0)
}

/**
 * The slides of a テーマ2 board: per topic its pages, its 問1-問5 worksheet (when asked), then its
 * grids; none without topics.
 */
export function theme2Slides(
  doc: WorkshopDoc,
  boardId: string,
  capacity: ExportCapacity,
  keyBase: string,
  options: { worksheets?: boolean } = {},
): SlideDraft[] {
  const slides: SlideDraft[] = []
  for (const [i, topic] of boardTopics(doc, boardId).entries()) {
    const content = topicContent(doc, topic)
    const name = topic.label !== '' ? topic.label : `検討テーマ ${i + 1}`
    const key = `${keyBase}:topic-${topic.id}`
    const pages = paginateFlow(topicFlows(content, capacity, key), capacity.linesPerSlide)
    for (const [p, page] of pages.entries()) {
      slides.push({
        kind: 'theme2Topic',
        key: `${key}:p${p + 1}`,
        title: continuedTitle(`テーマ2${GAP}${name}`, p > 0),
        continued: p > 0,
        overflow: page.overflow,
        topicId: topic.id,
        blocks: page.blocks,
      })
    }
    const sheet =
      options.worksheets === true ? worksheetSlide(doc, topic.id, name, capacity, keyBase) : null
    if (sheet) slides.push(sheet)
    const grids = priorityGrids(doc, content)
    if (grids.length > 0) {
      slides.push({
        kind: 'theme2Grid',
        key: `${keyBase}:grid-${topic.id}`,
        title: `テーマ2${GAP}${name}${GAP}優先度マップ`,
        continued: false,
        overflow: false,
        topicId: topic.id,
        grids,
      })
    }
  }
  return slides
}
