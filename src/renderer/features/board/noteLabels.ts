import type { SceneKey } from '../../../shared/model/scenes'
import type { NoteColor, TroubledWho } from '../../../shared/model/schemas'
import { sceneLabel } from '../../i18n/labels'
import type { Messages } from '../../i18n/messages.ja'
import type { Lang } from '../../i18n/useT'

/** Words for the values a note carries (the data keeps keys; the UI shows words, not colours). */

export function whoLabel(who: TroubledWho, t: Messages): string {
  switch (who) {
    case 'resident':
      return t.boardWhoResident
    case 'patient':
      return t.boardWhoPatient
    case 'family':
      return t.boardWhoFamily
    case 'other':
      return t.boardWhoOther
  }
}

export function colorLabel(color: NoteColor, t: Messages): string {
  switch (color) {
    case 'yellow':
      return t.boardColorYellow
    case 'pink':
      return t.boardColorPink
    case 'blue':
      return t.boardColorBlue
    case 'green':
      return t.boardColorGreen
    case 'orange':
      return t.boardColorOrange
    case 'purple':
      return t.boardColorPurple
  }
}

/** The name of an area in the UI language: a scene's poster label, or the tray. */
export function areaTitle(scene: SceneKey | null, t: Messages, lang: Lang): string {
  return scene === null ? t.boardTray : sceneLabel(scene, lang)
}

/** Joins labels for one line (「入退院支援・看取り」). */
export function joinLabels(labels: readonly string[], lang: Lang): string {
  return labels.join(lang === 'ja' ? '・' : ', ')
}
