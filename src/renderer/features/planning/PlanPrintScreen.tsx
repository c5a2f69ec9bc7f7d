import '../../styles/printView.css'
import '../../styles/planning.css'
import { useEffect } from 'react'
import type { PlanForm } from '../../../shared/model/schemas'
import { PLAN_FORM_TITLES } from '../../../shared/planning/planForms'
import { useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { useOpenedWorkshop } from '../../session/useOpenedWorkshop'
import { PrintButton } from '../../ui/PrintButton'
import { WorkshopLoading, WorkshopMissing } from '../../ui/WorkshopStatus'
import { PlanSheet } from './PlanSheet'
import { usePlanningT } from './usePlanningT'

interface PlanPrintScreenProps {
  workshopId: string
  form: PlanForm
}

/**
 * One 研修の企画 form on A4 (#/w/<id>/plan/<form>): the screen is its own print preview
 * (styles/printView.css); 図表-72 and 73 are landscape, like the report's tables.
 */
export function PlanPrintScreen({ workshopId, form }: PlanPrintScreenProps) {
  const t = useT()
  const p = usePlanningT()
  const { status, doc } = useOpenedWorkshop(workshopId)
  const title = PLAN_FORM_TITLES[form].title

  useEffect(() => {
    if (doc) document.title = `${doc.workshop.title} ${title} – ${t.appName}`
  }, [doc, t, title])

  if (status === 'missing') return <WorkshopMissing />
  if (!doc) return <WorkshopLoading />

  return (
    <main className="screen plan-print-screen print-view" data-workshop-id={workshopId}>
      <header className="app-header print-view__header">
        <a
          className="button button--ghost app-header__back"
          href={routeHref({ name: 'workshop', workshopId, section: 'planning' })}
        >
          <span aria-hidden="true">←</span> {p.planPrintBack}
        </a>
        <h1 className="plan-print-screen__title">
          {PLAN_FORM_TITLES[form].figure} {title}
        </h1>
        <div className="app-header__tools">
          <PrintButton
            suggestedName={[doc.workshop.title.trim(), title].filter(Boolean).join('_')}
            label={p.planPrint}
            hint={p.planPrintHint}
            failedMessage={p.planPrintFailed}
            landscape={form === 'goals' || form === 'program'}
          />
        </div>
      </header>
      <PlanSheet doc={doc} form={form} />
    </main>
  )
}
