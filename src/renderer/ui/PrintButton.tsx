import { useAppServices } from '../session/appServices'

interface PrintButtonProps {
  /** The file name the PDF is offered under (the browser's print dialog takes the page title). */
  suggestedName: string
  label: string
  hint: string
  /** Told when printing fails (the host's own error is told when it has one). */
  failedMessage: string
  landscape?: boolean
}

/**
 * 印刷・PDF保存 of a print view (a screen that is its own print preview: styles/printView.css):
 * the host prints it on A4 (Electron: a PDF; browser: print()).
 */
export function PrintButton({
  suggestedName,
  label,
  hint,
  failedMessage,
  landscape = false,
}: PrintButtonProps) {
  const { host, notices } = useAppServices()
  const print = async () => {
    // The browser's print dialog offers the page title as the PDF's name.
    const previous = document.title
    document.title = suggestedName
    try {
      const result = await host.printView({ suggestedName, pageSize: 'A4', landscape })
      if (!result.ok && result.reason !== 'cancelled') {
        notices.getState().push({ tone: 'error', message: result.error })
      }
    } catch {
      notices.getState().push({ tone: 'error', message: failedMessage })
    } finally {
      document.title = previous
    }
  }
  return (
    <button
      type="button"
      className="button button--primary"
      title={hint}
      onClick={() => {
        void print()
      }}
    >
      {label}
    </button>
  )
}
