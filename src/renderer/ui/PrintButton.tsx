import '../styles/printView.css'
import { useAppServices } from '../session/appServices'

interface PrintButtonProps {
  label: string
  hint: string
  /** The file name offered for the PDF; a function is asked at the press (after a field commits). */
  suggestedName: string | (() => string)
  /** The notice when printing fails for another reason than the host's own message. */
  failedMessage: string
  /** A4 landscape (default portrait). */
  landscape?: boolean
  /** Asked first with the print to run (the personal-information guard of the 伝達シート). */
  beforePrint?: (print: () => void) => void
}

/**
 * 印刷・PDF保存, the one print button of every print screen (the 伝達シート, the 進行表, the 研修の
 * 企画 forms, the ワールドカフェ席替え表, the 印刷物): the host prints the view on A4 (Electron: a
 * PDF; browser: print()). A field still being typed in commits on blur first, so the page printed
 * is the page stored; the browser's print dialog offers the page title as the PDF's name, so the
 * title is the suggested name while printing. Its paper rules: styles/printView.css.
 */
export function PrintButton(props: PrintButtonProps) {
  const { label, hint, suggestedName, failedMessage, beforePrint, landscape = false } = props
  const { host, notices } = useAppServices()
  const print = async () => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    const name = typeof suggestedName === 'function' ? suggestedName() : suggestedName
    const previous = document.title
    document.title = name
    try {
      const result = await host.printView({ suggestedName: name, pageSize: 'A4', landscape })
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
        if (beforePrint) beforePrint(() => void print())
        else void print()
      }}
    >
      {label}
    </button>
  )
}
