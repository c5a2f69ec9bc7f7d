import { useT } from '../../i18n/useT'

export interface SummaryChoice {
  sharedBoard: boolean
  summary: boolean
}

interface ExportSummaryOptionsProps {
  value: SummaryChoice
  onChange: (value: SummaryChoice) => void
}

/**
 * After the groups' pages: the 共有用ボード (every exported group on a few pages) and the 総括
 * deck (目的の再確認, 本日の振り返り with the board, 実際の例), in the PDF and the PPTX alike.
 */
export function ExportSummaryOptions({ value, onChange }: ExportSummaryOptionsProps) {
  const t = useT()
  return (
    <fieldset className="export-fieldset export-summary-options">
      <legend>{t.exportExtrasLegend}</legend>
      <label className="export-choice">
        <input
          type="checkbox"
          checked={value.sharedBoard || value.summary}
          disabled={value.summary}
          onChange={(event) => {
            onChange({ ...value, sharedBoard: event.target.checked })
          }}
        />
        {t.exportSharedBoard}
      </label>
      <label className="export-choice">
        <input
          type="checkbox"
          checked={value.summary}
          onChange={(event) => {
            onChange({ ...value, summary: event.target.checked })
          }}
        />
        {t.exportSummary}
      </label>
    </fieldset>
  )
}
