import { RECORD_TYPES } from '../../../shared/model/recordTypes'
import type { PrivacyKind } from '../../../shared/privacy/privacyKinds'
import type { PrivacyHit, PrivacyPlace } from '../../../shared/privacy/scanWorkshop'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { Messages } from '../../i18n/messages.ja'
import type { Lang } from '../../i18n/useT'

export function kindLabel(t: Messages, kind: PrivacyKind): string {
  switch (kind) {
    case 'name':
      return t.privacyKindName
    case 'age':
      return t.privacyKindAge
    case 'phone':
      return t.privacyKindPhone
    case 'address':
      return t.privacyKindAddress
    case 'birthDate':
      return t.privacyKindBirthDate
  }
}

function placeLabel(t: Messages, place: PrivacyPlace): string {
  switch (place) {
    case 'theme1':
      return t.privacyPlaceTheme1
    case 'theme2':
      return t.privacyPlaceTheme2
    case 'theme3':
      return t.privacyPlaceTheme3
    case 'review':
      return t.privacyPlaceReview
    case 'cafe':
      return t.privacyPlaceCafe
    case 'survey':
      return t.privacyPlaceSurvey
  }
}

/** The report's names of the fields that are not a record's one text. */
const FIELD_LABELS: Record<string, { ja: string; en: string }> = {
  title: { ja: 'テーマ', en: 'title' },
  label: { ja: 'ラベル', en: 'label' },
  goal: { ja: '目指す姿', en: 'goal' },
  concern: { ja: '困りごと', en: 'concern' },
  statement: { ja: '地域課題', en: 'regional issue' },
  target: { ja: '誰に対する対策', en: 'for whom' },
  expectation: { ja: '期待値', en: 'expectation' },
  indicator: { ja: '指標', en: 'indicator' },
  question: { ja: '質問', en: 'question' },
  answer: { ja: '回答', en: 'answer' },
}

/** Where a hit is, in words: 「Ａグループ ・ テーマ1 ・ 付箋」, 「… ・ 伝達シート」. */
export function hitPlace(t: Messages, lang: Lang, doc: WorkshopDoc, hit: PrivacyHit): string {
  if (hit.place === 'survey') {
    // 「事前・事後アンケート ・ 事後（受講後）の回答（今回の研修への感想や気づき）」: no group, no name.
    const answer = doc.surveyAnswers[hit.recordId]
    const item = doc.surveyItems[hit.field.replace(/^answers\./, '')]
    const phase = answer?.phase === 'pre' ? t.surveyPhasePre : t.surveyPhasePost
    const what = item
      ? `${t.privacyFieldSurveyAnswer(phase)}（${item.text}）`
      : t.privacyFieldSurveyAnswer(phase)
    return [t.privacyPlaceSurvey, what].join(' ・ ')
  }
  const group = doc.groups[hit.groupId]?.name.trim() || t.groupName
  const record = RECORD_TYPES[hit.recordType].label[lang]
  const field = hit.field.startsWith('brief.')
    ? lang === 'ja'
      ? '伝達シート'
      : 'brief'
    : FIELD_LABELS[hit.field]?.[lang]
  return [group, placeLabel(t, hit.place), field ? `${record}（${field}）` : record].join(' ・ ')
}
