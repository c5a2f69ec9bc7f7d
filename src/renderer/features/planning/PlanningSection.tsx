import '../../styles/planning.css'
import { PLAN_FORMS, type PlanForm } from '../../../shared/model/schemas'
import { PLAN_FORM_STEPS, PLAN_FORM_TITLES } from '../../../shared/planning/planForms'
import { routeHref, type WorkshopRouteName } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { PlanExampleLoader } from './PlanExampleLoader'
import { ChecklistForm, GoalsForm, OverviewForm, ProgramForm } from './PlanForms'
import type { PlanningEditing } from './planningTypes'
import { usePlanningT } from './usePlanningT'

/** Each form's print view. */
export const PLAN_PRINT_ROUTES: Record<PlanForm, WorkshopRouteName> = {
  checklist: 'planChecklistPrint',
  goals: 'planGoalsPrint',
  program: 'planProgramPrint',
  overview: 'planOverviewPrint',
}

/**
 * 研修の企画 (report L6663-6939): the PDCA flow of planning a training and its forms, 図表-71 to
 * 74, each with the trials' examples (「例を読み込む」) and an A4 print view.
 */
export function PlanningSection(editing: PlanningEditing) {
  const t = useT()
  const p = usePlanningT()
  const { doc } = editing
  return (
    <section className="setup-section plan-section" aria-labelledby="planning-heading">
      <header className="section-header">
        <h2 id="planning-heading" className="section-title">
          {t.sectionPlanning}
        </h2>
        <p className="section-lead">{p.planningLead}</p>
      </header>
      <ol className="plan-flow" aria-label={p.planningFlowLabel}>
        {p.planningFlow.map((step) => (
          <li key={step} className="plan-flow__step">
            {step}
          </li>
        ))}
      </ol>
      <p className="plan-lesson">
        <span aria-hidden="true">ⓘ </span>
        {p.planningLesson}
      </p>
      <nav className="plan-toc" aria-label={p.planningFormsNav}>
        {PLAN_FORMS.map((form) => (
          <a
            key={form}
            className="plan-toc__link"
            href={`#plan-form-${form}`}
            onClick={(e) => {
              e.preventDefault()
              document.getElementById(`plan-form-${form}`)?.scrollIntoView({ block: 'start' })
            }}
          >
            {PLAN_FORM_TITLES[form].figure} {PLAN_FORM_TITLES[form].title}
          </a>
        ))}
      </nav>
      {PLAN_FORMS.map((form) => (
        <section
          key={form}
          id={`plan-form-${form}`}
          className="form-card plan-form"
          aria-labelledby={`plan-form-${form}-title`}
        >
          <header className="plan-form__header">
            <div>
              <p className="plan-form__step">{PLAN_FORM_STEPS[form]}</p>
              <h3 id={`plan-form-${form}-title`} className="plan-form__title">
                {PLAN_FORM_TITLES[form].figure} {PLAN_FORM_TITLES[form].title}
              </h3>
            </div>
            <div className="plan-form__tools">
              <PlanExampleLoader form={form} {...editing} />
              <a
                className="button button--ghost"
                href={routeHref({ name: PLAN_PRINT_ROUTES[form], workshopId: doc.workshop.id })}
                title={p.planPrintOpenHint}
                aria-label={`${p.planPrintOpen}（${PLAN_FORM_TITLES[form].title}）`}
              >
                {p.planPrintOpen}
              </a>
            </div>
          </header>
          {form === 'checklist' ? <ChecklistForm {...editing} /> : null}
          {form === 'goals' ? <GoalsForm {...editing} /> : null}
          {form === 'program' ? <ProgramForm {...editing} /> : null}
          {form === 'overview' ? <OverviewForm {...editing} /> : null}
        </section>
      ))}
    </section>
  )
}
