/**
 * Japanese UI strings: the primary language. Terms follow the report (研修会, タイムテーブル, 司会, 書記, …);
 * messages are polite (です・ます), buttons are short verbs. `messages.en.ts` must have every key.
 */
export const ja = {
  appName: 'タネボード',
  tagline: '模造紙と付箋のグループワークを、そのままパソコンで。',
  language: '表示言語',

  add: '追加',
  remove: '削除',
  undo: '元に戻す',
  redo: 'やり直す',
  duplicate: '複製',
  open: '開く',
  create: '作成',
  cancel: 'キャンセル',
  close: '閉じる',
  loading: '読み込んでいます…',
  untitled: '無題の研修会',
  notSet: '未定',
  undoShortcut: '元に戻す（Ctrl+Z）',
  redoShortcut: 'やり直す（Ctrl+Shift+Z / Ctrl+Y）',

  // Home
  homeHeading: '研修会',
  homeLead:
    '研修会ごとに、タイムテーブル・グループ・テーマカードをまとめて準備できます。データはこのパソコンの中に保存され、インターネットは使いません。',
  newWorkshop: '新しい研修会をつくる',
  openSample: 'サンプル研修会を開く',
  workshopList: '研修会の一覧',
  workshopCount: (n: number) => `${n}件`,
  sampleBadge: 'サンプル',
  fieldDate: '開催日',
  fieldVenue: '会場',
  fieldTemplate: 'ひな形',
  fieldGroups: 'グループ',
  fieldUpdated: '最終更新',
  groupCount: (n: number) => `${n}グループ`,
  customTemplate: 'カスタム',
  emptyTitle: 'まだ研修会がありません',
  emptyLead: 'はじめに、報告書の研修会をもとにした「ひな形」から研修会をつくりましょう。',
  emptyStep1Title: '研修会をつくる',
  emptyStep1:
    '終日開催（試行①）か半日開催（試行②）を選ぶと、タイムテーブルとテーマカードが入った状態で始められます。',
  emptyStep2Title: 'グループを決める',
  emptyStep2:
    '申込時に確認した立場・所属・経験年数・資格を見ながら、5～6名程度のグループに分け、司会・書記を決めます。',
  emptyStep3Title: '当日の流れを確認する',
  emptyStep3:
    'テーマカードで、オリエンテーション・テーマ1～3・全体共有の【ポイント】と所要時間を確認できます。',
  emptySampleHint: 'まず操作を試したいときは「サンプル研修会を開く」を選んでください。',
  deleteConfirmTitle: (title: string) => `『${title}』を削除しますか？`,
  deleteConfirmBody: '削除したあとも、画面下に出るお知らせの「元に戻す」で元に戻せます。',
  actionFailed: 'うまくいきませんでした。データは変更されていません。もう一度お試しください。',
  duplicated: (title: string) => `『${title}』をつくりました。`,
  noticesLabel: 'お知らせ',

  // New workshop dialog
  newDialogTitle: '新しい研修会をつくる',
  newDialogLead:
    'ひな形を選ぶと、報告書のタイムテーブルとテーマカードが入ります。あとから変更できます。',
  chooseTemplate: 'ひな形',
  previewHeading: (name: string) => `タイムテーブル（${name}）`,
  previewTotal: (start: string, end: string) => `${start}～${end}`,
  fieldTitle: '研修会名',
  createFailed:
    '研修会を作成できませんでした。入力した内容はこのまま残っています。もう一度「作成」を押してください。',
  creating: '作成しています…',

  // Setup screen
  backToHome: '研修会の一覧',
  setupNav: '研修会の準備',
  sectionBasics: '基本情報',
  sectionTimetable: 'タイムテーブル',
  sectionGroups: 'グループ',
  sectionCards: 'テーマカード',
  saving: '保存中…',
  saved: '保存済み',
  saveFailed: '保存できませんでした',
  savedHint: 'このパソコンの中に自動で保存されます。',
  workshopMissing:
    'この研修会は見つかりませんでした。削除されたか、別のパソコンのデータかもしれません。',

  // Basics
  basicsLead: '研修会の名前・開催日・会場と、テーマ1で使う場面を決めます。',
  scenesLegend: 'テーマ1で使う場面',
  scenesHint:
    '困りごとを4つの場面でざっくりと分けます。報告書では「当初から場面を絞って検討してもよい」とされています（試行②は入退院支援と看取り）。',
  scenesAtLeastOne: '場面は少なくとも1つ選んでください。',

  // Timetable
  timetableLead:
    '時間（分）を変えると、それより後の開始・終了が自動でずれます。行を選んで Alt+↑ / Alt+↓ で並べ替えられます。',
  dayStart: '開始',
  dayEnd: '終了',
  colStart: '開始',
  colEnd: '終了',
  colDuration: '時間',
  colItem: '項目',
  colContent: '内容',
  colTheme: 'テーマ',
  colActions: '操作',
  minutesUnit: '分',
  themeNone: 'なし',
  themeLabel: (n: number) => `テーマ${n}`,
  moveUp: '上へ',
  moveDown: '下へ',
  moveUpTitle: '1つ上へ移動（Alt+↑）',
  moveDownTitle: '1つ下へ移動（Alt+↓）',
  addBelow: '下に追加',
  addBelowTitle: 'この行の下に行を追加',
  addRow: '行を追加',
  rowLabel: (n: number) => `${n}行目`,
  durationInvalid: '0～1440の数字（分）で入力してください。',
  clockInvalid: '時刻は 9:30 のように24時間制で入力してください。',
  durationHint: '↑↓キーで5分ずつ変えられます。',
  totalTime: (d: string) => `合計 ${d}`,
  rowMoved: (item: string, n: number) => `「${item}」を${n}行目に移動しました。`,
  rowRemoved: (item: string) => `タイムテーブルの「${item}」の行を削除しました。`,
  emptyRowName: '（項目なし）',
  timetableEmpty:
    'タイムテーブルに行がありません。「行を追加」から、開場・講義・グループワークなどの行をつくります。',

  // Groups
  groupsLead:
    '報告書では、5～6名程度のグループとし、立場・所属・経験年数・資格が偏らないように分けます。司会・書記は市町村担当者が担当します。',
  groupsSummary: (groups: number, members: number) => `${groups}グループ・${members}名`,
  addGroup: 'グループを追加',
  removeGroup: 'グループを削除',
  groupName: 'グループ名',
  memberCount: (n: number) => `${n}名`,
  sizeHintFew: (n: number) => `5～6名程度が目安です（あと${n}名）`,
  sizeHintMany: (n: number) => `5～6名程度が目安です（${n}名多い）`,
  sizeOk: '人数は目安どおりです',
  noMembers: 'まだメンバーがいません。「メンバーを追加」から、申込時の情報をもとに登録します。',
  addMember: 'メンバーを追加',
  removeMemberLabel: (name: string) => `${name}を削除`,
  memberFallback: (n: number) => `${n}人目`,
  colName: '氏名',
  colPosition: '立場',
  colAffiliation: '所属',
  colYears: '経験年数',
  colQualifications: '資格',
  colModerator: '司会',
  colScribe: '書記',
  yearsUnit: '年',
  yearsInvalid: '0～60の数字（年）で入力してください。',
  roleUnassigned: '未定',
  roleNobody: '司会・書記を決めない',
  makeModerator: (name: string) => `${name}を司会にする`,
  makeScribe: (name: string) => `${name}を書記にする`,
  moderatorNobody: '司会は未定',
  scribeNobody: '書記は未定',
  moderatorIs: (name: string) => `司会：${name}`,
  scribeIs: (name: string) => `書記：${name}`,
  roleHintMunicipal: '報告書では、司会・書記は市町村担当者が担当しています。',
  groupRemoved: (name: string) => `「${name}」を削除しました。`,
  memberRemoved: (name: string) => `${name}さんをグループから外しました。`,
  groupsEmpty: 'まだグループがありません。「グループを追加」からつくります。',
  positionCoordinator: 'コーディネーター',
  positionMunicipal: '市町村担当者',
  positionOther: 'その他',

  // Theme cards
  cardsLead:
    '報告書（図表-82）のテーマカードです。当日の説明や投影の前に、各テーマの所要時間と【ポイント】を確認できます。',
  cardsReadOnly: '内容は報告書のとおりで、変更できません。',
  cardPoints: '【ポイント】',
  cardQuestions: '問いかけの例',
  cardSlot: (slot: string) => `この研修会では ${slot}`,
  cardNoSlot: 'タイムテーブルに対応する行がありません',
} as const

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string

/** The shape every language must provide: the same keys as Japanese, strings or formatters. */
export type Messages = { readonly [K in keyof typeof ja]: Widen<(typeof ja)[K]> }
