import { SCENE_LABELS, type SceneKey } from '../../shared/model/scenes'
import type { MemberPosition, Qualification } from '../../shared/model/schemas'
import type { Messages } from './messages.ja'
import type { Lang } from './useT'

/** Labels of domain values that live in src/shared (the data keeps the report's Japanese). */
export function sceneLabel(scene: SceneKey, lang: Lang): string {
  return SCENE_LABELS[scene][lang]
}

export function positionLabel(position: MemberPosition, t: Messages): string {
  switch (position) {
    case 'coordinator':
      return t.positionCoordinator
    case 'municipal':
      return t.positionMunicipal
    case 'other':
      return t.positionOther
  }
}

const QUALIFICATION_EN: Record<Qualification, string> = {
  保健師: 'Public health nurse',
  看護師: 'Nurse',
  社会福祉士: 'Social worker',
  介護支援専門員: 'Care manager',
  その他: 'Other',
}

export function qualificationLabel(qualification: Qualification, lang: Lang): string {
  return lang === 'ja' ? qualification : QUALIFICATION_EN[qualification]
}
