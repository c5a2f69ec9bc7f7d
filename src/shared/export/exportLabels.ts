import { SCENE_LABELS, type SceneKey } from '../model/scenes'
import type { MemberPosition, NoteKind, TroubledWho } from '../model/schemas'

/** The Japanese words of the exports (slides, PDF and CSV are Japanese documents). */

/** The slide of a theme the group has not filled in. */
export const EMPTY_THEME_TEXT = '（記入なし）'
/** Appended to the title of a slide, or the heading of a block, that continues. */
export const CONTINUED_MARK = '（続き）'
/** What a renderer shows in an empty block (a scene without notes). */
export const EMPTY_BLOCK_TEXT = '（なし）'
/** The full-width space (U+3000) between the parts of a slide title, e.g. テーマ2 and the topic. */
export const GAP = '\u3000'
/** The tray of the テーマ1 board in exports. */
export const TRAY_EXPORT_LABEL = '未分類'

export const WHO_LABELS: Record<TroubledWho, string> = {
  resident: '住民',
  patient: '患者',
  family: '家族',
  other: 'その他',
}

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  heading: '見出し',
  hand: '手元用',
}

export function sceneLabel(scene: SceneKey | null): string {
  return scene === null ? TRAY_EXPORT_LABEL : SCENE_LABELS[scene].ja
}

/** A title or heading with the continuation mark when it continues. */
export function continuedTitle(title: string, continued: boolean): string {
  return continued ? `${title}${CONTINUED_MARK}` : title
}

/** 立場 of a member (the setup's words). */
export const POSITION_LABELS: Record<MemberPosition, string> = {
  coordinator: 'コーディネーター',
  municipal: '市町村担当者',
  other: 'その他',
}

export const MODERATOR_LABEL = '司会'
export const SCRIBE_LABEL = '書記'
