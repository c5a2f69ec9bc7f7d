import { BRIEF_PARTS } from '../../../shared/model/schemas'
import type { Brief } from '../../../shared/theme3/brief'
import { PrintButton } from '../../ui/PrintButton'
import { canvasSheetRecords } from '../../../shared/privacy/canvasSheetRecords'
import { useWorkshopStore } from '../../session/appServices'
import { usePrivacyGuard } from '../../ui/privacy/usePrivacyGuard'
import { useT } from '../../i18n/useT'
import { briefFileName } from './briefFileName'

interface BriefToolbarProps {
  brief: Brief
  onRevertAll: () => void
}

/** What the sheet is, 印刷・PDF保存 (one A4 portrait page), and every part back to the canvas. */
export function BriefToolbar({ brief, onRevertAll }: BriefToolbarProps) {
  const t = useT()
  const anyEdited = BRIEF_PARTS.some((part) => brief.parts[part].edited !== null)
  const doc = useWorkshopStore((s) => s.doc)
  const guard = usePrivacyGuard(doc?.workshop.id ?? '')

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
        <PrintButton
          label={t.briefPrint}
          hint={t.briefPrintHint}
          failedMessage={t.briefPrintFailed}
          suggestedName={() =>
            briefFileName(
              t.briefSheetTitle,
              brief.groupName,
              brief.parts.title.text.split('\n')[0] ?? '',
            )
          }
          beforePrint={(print) => {
            // The personal-information guard first, over what this sheet shows.
            if (doc) guard.check(doc, { records: canvasSheetRecords(doc, brief.canvasId) }, print)
            else print()
          }}
        />
        {guard.dialog}
      </div>
    </div>
  )
}
