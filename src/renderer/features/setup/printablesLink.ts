import { useLang } from '../../i18n/useT'

/** The グループ section's way to the 印刷物 (its words load with the setup screen). */
const ja = {
  printablesOpen: '印刷物（名簿・グループ用資料・名札）',
  printablesOpenHint: '名簿、テーブルに置くグループ用の資料と名札をA4で印刷します',
}

const en: typeof ja = {
  printablesOpen: 'Printables (roster, table sheets, name cards)',
  printablesOpenHint: 'Print the roster, each table’s sheet and the name cards on A4',
}

export function usePrintablesLinkT(): typeof ja {
  return useLang() === 'en' ? en : ja
}
