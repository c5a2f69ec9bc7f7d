/** The setup screen's frame: its way back and its sections (研修会の準備). */
export const setupNavJa = {
  backToHome: '研修会の一覧',
  setupNav: '研修会の準備',
  sectionBasics: '基本情報',
  sectionTimetable: 'タイムテーブル',
  sectionRoster: '参加者（名簿）',
  sectionGroups: 'グループ',
  sectionCards: 'テーマカード',
  sectionPlanning: '研修の企画',
}
