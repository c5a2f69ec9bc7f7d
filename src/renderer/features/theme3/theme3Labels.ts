import type { CanvasArea, QaPrompt } from '../../../shared/model/schemas'
import { CANVAS_AREA_LABELS, QA_PROMPT_TEXTS } from '../../../shared/theme3/canvasLabels'
import { REF_KIND_LABELS, type RefKind } from '../../../shared/theme3/theme3Queries'
import type { Lang } from '../../i18n/useT'

/** The shared テーマ3 wording in the UI language. */

export function canvasAreaLabel(area: CanvasArea, lang: Lang): string {
  return lang === 'en' ? CANVAS_AREA_LABELS[area].en : CANVAS_AREA_LABELS[area].ja
}

export function canvasAreaHint(area: CanvasArea, lang: Lang): string {
  return lang === 'en' ? CANVAS_AREA_LABELS[area].hintEn : CANVAS_AREA_LABELS[area].hintJa
}

export function qaPromptText(prompt: QaPrompt, lang: Lang): string {
  return lang === 'en' ? QA_PROMPT_TEXTS[prompt].en : QA_PROMPT_TEXTS[prompt].ja
}

export function refKindLabel(kind: RefKind, lang: Lang): string {
  return lang === 'en' ? REF_KIND_LABELS[kind].en : REF_KIND_LABELS[kind].ja
}

/** A note's text for announcements: one line, cut after 30 characters. */
export function shortText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 30 ? `${line.slice(0, 30)}…` : line
}
