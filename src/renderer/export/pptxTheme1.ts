import type PptxGenJS from 'pptxgenjs'
import { CONTINUED_MARK, EMPTY_BLOCK_TEXT } from '../../shared/export/exportLabels'
import type { Theme1Cluster, Theme1Note, Theme1Slide } from '../../shared/export/exportTypes'
import {
  addParas,
  BODY,
  BODY_PT,
  COLORS,
  headingPara,
  OVERFLOW_PT,
  para,
  twoColumns,
  type Para,
} from './pptxLayout'

/**
 * テーマ1 on a slide, as in the plenary view: each scene (and 未分類) a heading with its notes;
 * a 見出し in bold with the notes gathered under it indented, タネ marked 【タネ】, who is
 * troubled in brackets. The scenes flow over two columns.
 */

/** The model's block headings already end with 「（続き）」 when continued; never doubled. */
export function blockHeading(heading: string, continued: boolean): string {
  return continued && !heading.endsWith(CONTINUED_MARK) ? `${heading}${CONTINUED_MARK}` : heading
}

/** A note's line: 【タネ】, its text, who is troubled, its scenes, where it is listed in full. */
function noteText(note: Theme1Note): string {
  return [
    note.tane ? '【タネ】' : '',
    note.text,
    note.who.length > 0 ? `（${note.who.join('・')}）` : '',
    note.sceneLabels.length > 1 ? `［${note.sceneLabels.join('・')}］` : '',
    note.isSecondary && note.primarySceneLabel !== null ? `（→${note.primarySceneLabel}）` : '',
  ].join('')
}

function clusterParas(cluster: Theme1Cluster): Para[] {
  const paras: Para[] = []
  const isGroup = cluster.children.length > 0
  if (cluster.head) {
    const bold = cluster.head.kind === 'heading' || isGroup
    paras.push(para(noteText(cluster.head), { level: 1, bold }))
  } else if (cluster.continuedHeading !== null) {
    paras.push(para(`${cluster.continuedHeading}${CONTINUED_MARK}`, { level: 1, bold: true }))
  }
  for (const child of cluster.children) paras.push(para(noteText(child), { level: 2 }))
  return paras
}

export function addTheme1(slide: PptxGenJS.Slide, model: Theme1Slide): void {
  const groups = model.blocks.map((block) => [
    headingPara(blockHeading(block.heading, block.continued)),
    ...(block.clusters.length === 0
      ? [para(EMPTY_BLOCK_TEXT, { level: 1, color: COLORS.muted })]
      : block.clusters.flatMap(clusterParas)),
  ])
  for (const column of twoColumns(groups, BODY)) {
    addParas(slide, column.paras, column.box, {
      size: model.overflow ? OVERFLOW_PT : BODY_PT,
      shrink: model.overflow,
    })
  }
}
