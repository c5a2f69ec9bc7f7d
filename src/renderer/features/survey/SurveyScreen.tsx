import '../../styles/survey.css'
import '../../styles/printView.css'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { surveyResultsCsv } from '../../../shared/survey/surveyCsv'
import { bytesToBase64 } from '../../export/exportFiles'
import { surveyAnswers, surveyItems } from '../../../shared/survey/surveyOps'
import { surveyResults } from '../../../shared/survey/surveyResults'
import { useT } from '../../i18n/useT'
import { LanguageSwitch } from '../../i18n/LanguageSwitch'
import { routeHref } from '../../navigation/useRoute'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { SETUP_SCOPE } from '../../stores/history'
import { SaveStatusBadge } from '../../ui/SaveStatusBadge'
import { PrintButton } from '../../ui/PrintButton'
import { usePrivacyGuard } from '../../ui/privacy/usePrivacyGuard'
import { SurveyReportView } from '../../ui/survey/SurveyReportView'
import { UndoRedoButtons } from '../../ui/UndoRedoButtons'
import { useUndoShortcuts } from '../../ui/useUndoShortcuts'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { SurveyGoalsPanel } from './SurveyGoalsPanel'
import { SurveyGridPanel } from './SurveyGridPanel'
import { SurveyImportPanel } from './SurveyImportPanel'
import { SurveyItemsPanel } from './SurveyItemsPanel'
import { SurveyMatchPanel } from './SurveyMatchPanel'
import { SurveyResultsPanel } from './SurveyResultsPanel'
import { useSurveyEditing } from './useSurveyEditing'
import { SURVEY_PRIVACY_SCOPE, useSurveyReport } from './useSurveyReport'

/**
 * 事前・事後アンケート (issue 21; report L4133-4207, L7527-7545): the items, the answers read from
 * sheets, matching by name with pairing by hand, and the results as tables and stacked bars with
 * the report's reading, exported as a CSV for Excel and as an A4 PDF (its report, printed from
 * here: hidden on screen, alone on paper; previewed at #/w/<id>/print/survey), each behind the
 * personal-information guard (the free text can name people).
 */
export function SurveyScreen({ workshopId }: { workshopId: string }) {
  const t = useT()
  const { status, doc } = useOpenedWorkshop(workshopId)
  useEffect(() => {
    if (doc)
      document.title = `${doc.workshop.title.trim() || t.untitled} ${t.surveyHeading} – ${t.appName}`
  }, [doc, t])
  if (status === 'missing') return <WorkshopMissing />
  if (!doc || status !== 'ready') return <WorkshopLoading />
  return <SurveyView doc={doc} />
}

function SurveyView({ doc }: { doc: WorkshopDoc }) {
  const t = useT()
  const editing = useSurveyEditing()
  const { host, notices } = useAppServices()
  const saveStatus = useWorkshopStore((s) => s.saveStatus)
  const canUndo = useWorkshopStore((s) => s.canUndoIn(SETUP_SCOPE))
  const canRedo = useWorkshopStore((s) => s.canRedoIn(SETUP_SCOPE))
  useUndoShortcuts(editing.undo, editing.redo)
  const items = surveyItems(doc)
  const answers = surveyAnswers(doc)
  const results = useMemo(() => surveyResults(items, answers), [items, answers])
  const title = doc.workshop.title.trim() || t.untitled
  const guard = usePrivacyGuard(doc.workshop.id)
  const printed = useSurveyReport(doc)

  // The exports run after the guard's review: they read the survey as it is then (fixes in).
  const latest = useRef({ printed, results, items, answers })
  latest.current = { printed, results, items, answers }
  const [busy, setBusy] = useState(false)
  const savePptx = async () => {
    if (busy) return
    setBusy(true)
    try {
      // pptxgenjs is loaded only when a deck is made (a chunk of its own).
      const { buildSurveyPptx } = await import('../../export/pptxSurvey')
      const bytes = await buildSurveyPptx(latest.current.printed)
      const result = await host.saveFile({
        suggestedName: `${title}_${t.surveyPptxName}.pptx`,
        content: bytesToBase64(bytes),
        encoding: 'base64',
        filters: [{ name: 'PowerPoint', extensions: ['pptx'] }],
      })
      if (result.ok) notices.getState().push({ tone: 'success', message: t.surveySaved })
      else if (result.reason !== 'cancelled')
        notices.getState().push({ tone: 'error', message: result.error })
    } catch (error) {
      console.error('TaneBoard: survey slides failed', error)
      notices.getState().push({ tone: 'error', message: t.surveyExportFailed })
    } finally {
      setBusy(false)
    }
  }

  const saveCsv = async () => {
    const result = await host.saveFile({
      suggestedName: `${title}_${t.surveyCsvName}.csv`,
      content: surveyResultsCsv(
        latest.current.results,
        latest.current.items,
        latest.current.answers,
      ),
      encoding: 'utf8',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
    if (result.ok) notices.getState().push({ tone: 'success', message: t.surveySaved })
    else if (result.reason !== 'cancelled')
      notices.getState().push({ tone: 'error', message: result.error })
  }

  return (
    <main className="screen survey-screen print-sheet-screen" data-workshop-id={doc.workshop.id}>
      <header className="app-header survey-header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'workshop', workshopId: doc.workshop.id, section: 'basics' })}
        >
          <span aria-hidden="true">←</span> {t.surveyBack}
        </a>
        <div className="app-header__title-block">
          <h1 className="app-header__title">{t.surveyHeading}</h1>
          <p className="app-header__meta">{title}</p>
        </div>
        <div className="app-header__tools">
          <button
            type="button"
            className="button"
            disabled={results.people.all === 0}
            onClick={() => {
              guard.check(doc, SURVEY_PRIVACY_SCOPE, () => void saveCsv())
            }}
          >
            {t.surveyCsv}
          </button>
          <button
            type="button"
            className="button"
            title={t.surveyPptxHint}
            disabled={results.people.all === 0 || busy}
            onClick={() => {
              guard.check(doc, SURVEY_PRIVACY_SCOPE, () => void savePptx())
            }}
          >
            {t.surveyPptx}
          </button>
          <PrintButton
            label={t.surveyPdf}
            hint={t.surveyPdfHint}
            failedMessage={t.surveyPdfFailed}
            suggestedName={() => `${title}_${t.surveyPdfName}`}
            beforePrint={(print) => {
              guard.check(doc, SURVEY_PRIVACY_SCOPE, print)
            }}
          />
          <a
            className="button"
            href={routeHref({ name: 'printSurvey', workshopId: doc.workshop.id })}
          >
            {t.surveyPrintPreview}
          </a>
          <UndoRedoButtons
            canUndo={canUndo}
            canRedo={canRedo}
            onUndo={editing.undo}
            onRedo={editing.redo}
          />
          <SaveStatusBadge status={saveStatus} />
          <LanguageSwitch />
        </div>
      </header>
      <div className="survey-body">
        <SurveyItemsPanel doc={doc} editing={editing} />
        <SurveyImportPanel doc={doc} editing={editing} />
        <SurveyGridPanel doc={doc} editing={editing} />
        {answers.length > 0 ? (
          <SurveyMatchPanel doc={doc} match={results.match} editing={editing} />
        ) : null}
        <SurveyResultsPanel results={results} items={items} answers={answers} />
        <SurveyGoalsPanel doc={doc} items={items} answers={answers} results={results} />
      </div>
      <div className="survey-screen__print">
        <SurveyReportView report={printed.report} title={printed.title} meta={printed.meta} />
      </div>
      {guard.dialog}
    </main>
  )
}
