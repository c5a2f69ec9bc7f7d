/**
 * UI strings of the personal-information guard (issue 21 p6): the reminder at テーマ1 capture and
 * the review before an export. The report names people as 「Ａさん」 (L7459-7460).
 */
export const privacyJa = {
  privacyReminder: '個人が特定できる情報（氏名・年齢・連絡先など）は書かないでください',
  privacyReminderHint:
    '付箋は書き出して配られます。人のことは「Ａさん」のように書きましょう（書き出す前にも確認します）。',
  privacyTitle: '個人が特定できる情報がないか確認してください',
  privacyIntro: (count: number) =>
    `書き出す前の確認で、氏名・年齢・連絡先などらしい記入が ${count} 件見つかりました。その場で直すか、問題がなければ「このまま含める」を選んでください。`,
  privacyReviewOnly:
    'バックアップの内容はここでは直せません。直すときは研修会の画面で直してから、もう一度書き出してください。',
  privacyLeft: (count: number) => `未確認：残り ${count} 件`,
  privacyAllDone: 'すべて確認しました。',
  privacyKindName: '氏名',
  privacyKindAge: '年齢',
  privacyKindPhone: '電話番号',
  privacyKindAddress: '住所',
  privacyKindBirthDate: '生年月日',
  privacyFix: '直す',
  privacyFixLabel: '直した文',
  privacySaveFix: '保存',
  privacyCancelFix: '取り消し',
  privacyAccept: 'このまま含める',
  privacyAccepted: 'このまま含めます',
  privacyUnaccept: '確認に戻す',
  privacyFixed: '直しました',
  privacyGone: '削除されています',
  privacyFixedNotice: '記入を直しました。',
  privacyExport: '書き出す',
  privacyStop: 'やめる',
  privacyPlaceTheme1: 'テーマ1',
  privacyPlaceTheme2: 'テーマ2',
  privacyPlaceTheme3: 'テーマ3',
  privacyPlaceReview: '講評メモ',
  privacyPlaceCafe: 'ワールドカフェ',
  privacyPlaceSurvey: '事前・事後アンケート',
  privacyFieldSurveyAnswer: (phase: string) => `${phase}の回答`,
}

export type PrivacyMessages = typeof privacyJa
