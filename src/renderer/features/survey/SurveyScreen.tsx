import '../../styles/survey.css'
import { useEffect, useMemo } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { surveyResultsCsv } from '../../../shared/survey/surveyCsv'
import { surveyAnswers, surveyItems } from '../../../shared/survey/surveyOps'
import { surveyResults } from '../../../shared/survey/surveyResults'
import { useT } from '../../i18n/useT'
import { LanguageSwitch } from '../../i18n/LanguageSwitch'
import { routeHref } from '../../navigation/useRoute'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { SETUP_SCOPE } from '../../stores/history'
import { SaveStatusBadge } from '../../ui/SaveStatusBadge'
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

/**
 * 事前・事後アンケート (issue 21; report L4133-4207, L7527-7545): the items, the answers read from
 * sheets, matching by name with pairing by hand, and the results as tables and stacked bars with
 * the report's reading, exported as a CSV for Excel.
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

  const saveCsv = async () => {
    const result = await host.saveFile({
      suggestedName: `${title}_${t.surveyCsvName}.csv`,
      content: surveyResultsCsv(results, items, answers),
      encoding: 'utf8',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
    if (result.ok) notices.getState().push({ tone: 'success', message: t.surveySaved })
    else if (result.reason !== 'cancelled')
      notices.getState().push({ tone: 'error', message: result.error })
  }

  return (
    <main className="screen survey-screen" data-workshop-id={doc.workshop.id}>
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
            onClick={() => void saveCsv()}
          >
            {t.surveyCsv}
          </button>
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
    </main>
  )
}
