import type { SceneKey } from '../model/scenes'
import type { Note } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import {
  buildTheme1Layout,
  primaryArea,
  workshopScenes,
  type NoteView,
} from '../board/theme1Layout'
import {
  GAP,
  NOTE_KIND_LABELS,
  TRAY_EXPORT_LABEL,
  WHO_LABELS,
  continuedTitle,
  sceneLabel,
} from './exportLabels'
import type { SlideDraft, Theme1AreaBlock, Theme1Cluster, Theme1Note } from './exportTypes'
import { paginateFlow, type FlowBlock } from './paginate'
import { estimateLines, type ExportCapacity } from './textSize'

/**
 * テーマ1 in exports: the scenes in the workshop's order with their notes and 見出し clusters,
 * then 未分類 (the tray) when it holds notes. Read from buildTheme1Layout, so the export shows
 * exactly what the board shows (broken parent links, multi-scene notes, order ties included).
 */

export const THEME1_SLIDE_TITLE = `テーマ1${GAP}場面ごとの困りごと`

/** Width taken by the indentation of a gathered note, in full-width characters. */
const CHILD_INDENT = 2

export interface Theme1Area {
  scene: SceneKey | null
  label: string
  views: readonly NoteView[]
}

/** The areas of a テーマ1 board in export order (every scene of the workshop, then 未分類). */
export function theme1Areas(doc: WorkshopDoc, boardId: string): Theme1Area[] {
  const layout = buildTheme1Layout(doc, boardId)
  const areas: Theme1Area[] = layout.sceneKeys.map((scene) => ({
    scene,
    label: sceneLabel(scene),
    views: layout.scenes[scene] ?? [],
  }))
  if (layout.tray.length > 0)
    areas.push({ scene: null, label: TRAY_EXPORT_LABEL, views: layout.tray })
  return areas
}

/** A note as exported; `scenes` are the workshop's scenes (others are not on the board). */
export function exportTheme1Note(
  note: Note,
  scenes: readonly SceneKey[],
  appearance: { isSecondary: boolean; childCount: number } = { isSecondary: false, childCount: 0 },
): Theme1Note {
  const visible = new Set(scenes)
  const own = [...new Set(note.scenes)].filter((s) => visible.has(s))
  const primary = primaryArea(note.scenes, visible)
  return {
    id: note.id,
    text: note.text,
    kind: note.kind,
    kindLabel: NOTE_KIND_LABELS[note.kind],
    color: note.color,
    tane: note.tane,
    who: note.who.map((w) => WHO_LABELS[w]),
    sceneLabels: own.map(sceneLabel),
    isSecondary: appearance.isSecondary,
    primarySceneLabel: appearance.isSecondary && primary !== null ? sceneLabel(primary) : null,
    childCount: appearance.childCount,
  }
}

/** Roughly what a renderer prints for a note, to estimate its size. */
function noteDisplayText(note: Theme1Note): string {
  const marks = [
    note.tane ? '★タネ ' : '',
    note.text,
    note.who.length > 0 ? `（${note.who.join('・')}）` : '',
    note.sceneLabels.length > 1 ? `［${note.sceneLabels.join('・')}］` : '',
    note.primarySceneLabel !== null ? `（→${note.primarySceneLabel}）` : '',
  ]
  return marks.join('')
}

interface FlowNote {
  note: Theme1Note
  /** The 見出し a gathered note is under, else null. */
  head: Theme1Note | null
}

/** Items back into clusters; a gathered note whose 見出し is on an earlier slide opens a part. */
function clustersOf(items: readonly FlowNote[]): Theme1Cluster[] {
  const clusters: Theme1Cluster[] = []
  // The 見出し whose cluster is the last one, so that its gathered notes join it.
  let openHeadId: string | null = null
  for (const { note, head } of items) {
    const last = clusters[clusters.length - 1]
    if (head === null) {
      clusters.push({ head: note, continuedHeading: null, children: [] })
      openHeadId = note.id
    } else if (last !== undefined && openHeadId === head.id) {
      last.children.push(note)
    } else {
      clusters.push({ head: null, continuedHeading: head.text, children: [note] })
      openHeadId = head.id
    }
  }
  return clusters
}

function areaFlow(
  area: Theme1Area,
  scenes: readonly SceneKey[],
  capacity: ExportCapacity,
  keyBase: string,
): FlowBlock<Theme1AreaBlock> {
  const items: FlowNote[] = []
  for (const view of area.views) {
    // A secondary appearance is a mark: its children are listed at the primary one.
    const head = exportTheme1Note(view.note, scenes, {
      isSecondary: view.isSecondary,
      childCount: view.children.length,
    })
    items.push({ note: head, head: null })
    if (view.isSecondary) continue
    for (const child of view.children) items.push({ note: exportTheme1Note(child, scenes), head })
  }
  const itemLines = items.map(({ note, head }) =>
    estimateLines(
      noteDisplayText(note),
      head === null ? capacity.charsPerLine : capacity.charsPerLine - CHILD_INDENT,
    ),
  )
  const areaKey = area.scene ?? 'tray'
  return {
    headingLines: 1,
    emptyLines: 1,
    itemLines,
    build: (from, to, continued) => ({
      type: 'theme1Area',
      key: `${keyBase}:${areaKey}:${from}`,
      heading: continuedTitle(area.label, continued),
      continued,
      scene: area.scene,
      clusters: clustersOf(items.slice(from, to)),
    }),
  }
}

/** The slides of a テーマ1 board; none when the board has no notes. */
export function theme1Slides(
  doc: WorkshopDoc,
  boardId: string,
  capacity: ExportCapacity,
  keyBase: string,
): SlideDraft[] {
  const areas = theme1Areas(doc, boardId)
  if (areas.every((a) => a.views.length === 0)) return []
  const scenes = workshopScenes(doc)
  const flows = areas.map((area) => areaFlow(area, scenes, capacity, `${keyBase}:notes`))
  return paginateFlow(flows, capacity.linesPerSlide).map((page, i) => ({
    kind: 'theme1',
    key: `${keyBase}:notes:p${i + 1}`,
    title: continuedTitle(THEME1_SLIDE_TITLE, i > 0),
    continued: i > 0,
    overflow: page.overflow,
    blocks: page.blocks,
  }))
}
