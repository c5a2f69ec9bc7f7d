import { BRIEF_PARTS } from '../../../shared/model/schemas'
import type { Brief } from '../../../shared/theme3/brief'
import { useAppServices } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { briefFileName } from './briefFileName'

interface BriefToolbarProps {
  brief: Brief
  onRevertAll: () => void
}

/** What the sheet is, 印刷・PDF保存 (one A4 portrait page), and every part back to the canvas. */
export function BriefToolbar({ brief, onRevertAll }: BriefToolbarProps) {
  const t = useT()
  const { host, notices } = useAppServices()
  const anyEdited = BRIEF_PARTS.some((part) => brief.parts[part].edited !== null)

  const print = async () => {
    // A part still being typed in commits on blur, so the page printed is the page stored.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    const suggestedName = briefFileName(
      t.briefSheetTitle,
      brief.groupName,
      brief.parts.title.text.split('\n')[0] ?? '',
    )
    // The browser's print dialog offers the page title as the PDF's name.
    const title = document.title
    document.title = suggestedName
    try {
      const result = await host.printView({ suggestedName, pageSize: 'A4', landscape: false })
      if (!result.ok && result.reason !== 'cancelled') {
        notices.getState().push({ tone: 'error', message: result.error })
      }
    } catch {
      notices.getState().push({ tone: 'error', message: t.briefPrintFailed })
    } finally {
      document.title = title
    }
  }

  return (
    <div className="brief-toolbar">
      <div className="brief-toolbar__text">
        <p className="brief-toolbar__intro">{t.briefIntro}</p>
        <p className="brief-toolbar__keys">{t.briefKeysHint}</p>
      </div>
      <div className="brief-toolbar__actions">
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={!anyEdited}
          title={t.briefResetAllHint}
          onClick={onRevertAll}
        >
          <span aria-hidden="true">↺</span> {t.briefResetAll}
        </button>
        <button
          type="button"
          className="button button--primary"
          title={t.briefPrintHint}
          onClick={() => {
            void print()
          }}
        >
          {t.briefPrint}
        </button>
      </div>
    </div>
  )
}
