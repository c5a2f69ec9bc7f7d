import type { SceneKey } from '../model/scenes'
import type { GridAxes, Theme2Preset, Topic } from '../model/schemas'

/** Constants of the テーマ2 board (digest §2.3, §2.8, §3.1(4), §3.4). */

/** Dots each person may place on a topic's causes unless the table changes it. */
export const DEFAULT_VOTES_PER_PERSON = 3

/**
 * How deep a chain of "why?" may go below a top-level cause (a "why?" of a "why?" …): five, as in
 * the familiar 「なぜを5回」. A "why?" asked at the deepest level goes beside it.
 */
export const WHY_DEPTH_MAX = 5

/** One keyboard step on a priority grid (the grid is 1 × 1). */
export const NUDGE_STEP = 0.05

export type Theme2Grid = 'causes' | 'measures'

/**
 * Default axis labels: causes on 影響の大きさ × 取り組みやすさ, countermeasures on
 * 効果 × 実現可能性 (step ⑤: 効果的かつ現実的). A topic stores null for a default label.
 */
export const DEFAULT_GRID_AXES: Record<
  Theme2Grid,
  Record<keyof GridAxes, { ja: string; en: string }>
> = {
  causes: {
    x: { ja: '影響の大きさ', en: 'Impact' },
    y: { ja: '取り組みやすさ', en: 'Ease of tackling' },
  },
  measures: {
    x: { ja: '効果', en: 'Effect' },
    y: { ja: '実現可能性', en: 'Feasibility' },
  },
}

/** The label shown on an axis: the topic's own, else the default in the UI language. */
export function axisLabel(
  topic: Pick<Topic, 'causeAxes' | 'measureAxes'>,
  grid: Theme2Grid,
  axis: keyof GridAxes,
  lang: 'ja' | 'en',
): string {
  const own = (grid === 'causes' ? topic.causeAxes : topic.measureAxes)[axis]
  return own ?? DEFAULT_GRID_AXES[grid][axis][lang]
}

export interface Trial2PresetTopic {
  preset: Theme2Preset
  scene: SceneKey
  label: { ja: string; en: string }
  /** What the topic covers, from the report (L5108-5114). */
  hint: { ja: string; en: string }
}

/**
 * The four topics of 試行② (L5108-5114, L5133-5141): 「入退院支援については２つ、看取りについては
 * 自宅と自宅以外で考える」; 自宅以外 = サービス付き高齢者向け住宅等.
 */
export const TRIAL2_PRESET_TOPICS: readonly Trial2PresetTopic[] = [
  {
    preset: 'admission1',
    scene: 'admission',
    label: { ja: '入退院支援①', en: 'Admission & discharge 1' },
    hint: { ja: '地域課題と考えられること（1つめ）', en: 'A first local issue' },
  },
  {
    preset: 'admission2',
    scene: 'admission',
    label: { ja: '入退院支援②', en: 'Admission & discharge 2' },
    hint: { ja: '地域課題と考えられること（2つめ）', en: 'A second local issue' },
  },
  {
    preset: 'endOfLifeHome',
    scene: 'endOfLife',
    label: { ja: '看取り（自宅）', en: 'End of life (at home)' },
    hint: { ja: 'いわゆる自宅の在宅', en: 'Care in their own home' },
  },
  {
    preset: 'endOfLifeElsewhere',
    scene: 'endOfLife',
    label: { ja: '看取り（自宅以外）', en: 'End of life (not at home)' },
    hint: {
      ja: 'サービス付き高齢者向け住宅等の自宅以外の在宅',
      en: 'Care at home outside their own house, e.g. serviced housing for older people',
    },
  },
]
