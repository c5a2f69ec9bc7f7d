import { useLang } from '../../i18n/useT'

/** 「回答を入力する」 (the typed grid of answers): the words of this part of the survey screen. */
export const surveyGridJa = {
  gridHeading: '回答を入力する',
  gridLead:
    '紙で回収した回答などを表に直接入力します。1行に1人、設問ごとに選択肢の記号（Ⅰは a〜e、Ⅱは a〜d）か自由記述の文を入れます。読み込んだ回答もここで直せます。',
  gridKeys:
    'Tab・Shift+Tab で左右、Enter で下の行へ、矢印キーでも移動します。Esc で入力を取り消します。セル1つの入力ごとに「元に戻す」で戻せます。',
  gridOpen: (phase: string) => `${phase}の回答を入力する`,
  gridTable: (phase: string) => `${phase}の回答`,
  gridName: '氏名',
  gridPosition: '立場',
  gridAffiliation: '所属（任意）',
  gridRow: '行',
  gridNewName: '新しい回答者の氏名',
  gridNewPlaceholder: '氏名を入力して追加',
  gridCell: (name: string, column: string) => `${name} ${column}`,
  gridRemove: (name: string) => `${name}の行を削除`,
  gridRemoved: (name: string) => `「${name}」の回答を削除しました。`,
  gridAdded: (name: string) => `「${name}」の行を追加しました。`,
  gridChoose: (label: string) => `${label}の選択肢（クリックで入力）`,
  gridNoItems: '先に設問を用意してください。',
  gridCount: (n: number) => `${n}人`,
}

export type SurveyGridMessages = typeof surveyGridJa

export const surveyGridEn: SurveyGridMessages = {
  gridHeading: 'Type the answers',
  gridLead:
    'Type answers collected on paper straight into the table: one person per row, for each item the option letter (I: a–e, II: a–d) or the free text. Imported answers can be corrected here too.',
  gridKeys:
    'Tab and Shift+Tab move across, Enter moves down, and so do the arrow keys. Esc cancels what you typed. Each cell is one step of Undo.',
  gridOpen: (phase) => `Type the answers: ${phase}`,
  gridTable: (phase) => `Answers: ${phase}`,
  gridName: 'Name',
  gridPosition: 'Position',
  gridAffiliation: 'Affiliation (optional)',
  gridRow: 'Row',
  gridNewName: 'Name of a new respondent',
  gridNewPlaceholder: 'Type a name to add',
  gridCell: (name, column) => `${name} ${column}`,
  gridRemove: (name) => `Delete the row of ${name}`,
  gridRemoved: (name) => `Deleted the answers of “${name}”.`,
  gridAdded: (name) => `Added a row for “${name}”.`,
  gridChoose: (label) => `Options of ${label} (click to enter)`,
  gridNoItems: 'Set up the items first.',
  gridCount: (n) => `${n} people`,
}

export function useSurveyGridT(): SurveyGridMessages {
  return useLang() === 'en' ? surveyGridEn : surveyGridJa
}
