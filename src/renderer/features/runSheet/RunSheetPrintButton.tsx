import { useAppServices } from '../../session/appServices'
import { useT } from '../../i18n/useT'

/** 印刷・PDF保存: the host prints this view on A4 portrait (Electron: a PDF; browser: print()). */
export function RunSheetPrintButton({ title }: { title: string }) {
  const t = useT()
  const { host, notices } = useAppServices()
  const print = async () => {
    const suggestedName = [title.trim(), t.runSheetTitle].filter(Boolean).join('_')
    // The browser's print dialog offers the page title as the PDF's name.
    const previous = document.title
    document.title = suggestedName
    try {
      const result = await host.printView({ suggestedName, pageSize: 'A4', landscape: false })
      if (!result.ok && result.reason !== 'cancelled') {
        notices.getState().push({ tone: 'error', message: result.error })
      }
    } catch {
      notices.getState().push({ tone: 'error', message: t.runSheetPrintFailed })
    } finally {
      document.title = previous
    }
  }
  return (
    <button
      type="button"
      className="button button--primary"
      title={t.runSheetPrintHint}
      onClick={() => {
        void print()
      }}
    >
      {t.runSheetPrint}
    </button>
  )
}
