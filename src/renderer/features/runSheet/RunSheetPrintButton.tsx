import { useT } from '../../i18n/useT'
import { PrintButton } from '../../ui/PrintButton'

/** 印刷・PDF保存: the host prints this view on A4 portrait (Electron: a PDF; browser: print()). */
export function RunSheetPrintButton({ title }: { title: string }) {
  const t = useT()
  return (
    <PrintButton
      suggestedName={[title.trim(), t.runSheetTitle].filter(Boolean).join('_')}
      label={t.runSheetPrint}
      hint={t.runSheetPrintHint}
      failedMessage={t.runSheetPrintFailed}
    />
  )
}
