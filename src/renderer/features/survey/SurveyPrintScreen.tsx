import '../../styles/printView.css'
import { useEffect } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { PrintButton } from '../../ui/PrintButton'
import { usePrivacyGuard } from '../../ui/privacy/usePrivacyGuard'
import { SurveyReportView } from '../../ui/survey/SurveyReportView'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { SURVEY_PRIVACY_SCOPE, useSurveyReport } from './useSurveyReport'

/**
 * 事前・事後アンケート結果 (#/w/<id>/print/survey): the A4 report of the results as a page preview,
 * with 「PDFで保存／印刷」 behind the personal-information guard (the free text can name people).
 */
export function SurveyPrintScreen({ workshopId }: { workshopId: string }) {
  const { status, doc } = useOpenedWorkshop(workshopId)
  if (status === 'missing') return <WorkshopMissing />
  if (!doc || status !== 'ready') return <WorkshopLoading />
  return <SurveyPrintView doc={doc} />
}

function SurveyPrintView({ doc }: { doc: WorkshopDoc }) {
  const t = useT()
  const guard = usePrivacyGuard(doc.workshop.id)
  const { report, title, meta } = useSurveyReport(doc)
  useEffect(() => {
    document.title = `${title} ${t.surveyPrintTitle} – ${t.appName}`
  }, [title, t])
  return (
    <main
      className="screen print-sheet-screen survey-print-screen"
      data-workshop-id={doc.workshop.id}
    >
      <header className="app-header survey-print-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'survey', workshopId: doc.workshop.id })}
        >
          <span aria-hidden="true">←</span> {t.surveyPrintBack}
        </a>
        <div className="app-header__title-block">
          <h1 className="app-header__title">{t.surveyPrintPreview}</h1>
          <p className="app-header__meta">{title}</p>
        </div>
        <div className="app-header__tools">
          <PrintButton
            label={t.surveyPdf}
            hint={t.surveyPdfHint}
            failedMessage={t.surveyPdfFailed}
            suggestedName={() => `${title}_${t.surveyPdfName}`}
            beforePrint={(print) => {
              guard.check(doc, SURVEY_PRIVACY_SCOPE, print)
            }}
          />
        </div>
      </header>
      <SurveyReportView report={report} title={title} meta={meta} />
      {guard.dialog}
    </main>
  )
}
