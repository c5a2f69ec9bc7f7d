import { useId, useState } from 'react'
import type { PlanForm } from '../../../shared/model/schemas'
import { updateWorkshop } from '../../../shared/ops/workshopOps'
import { examplesFor, type PlanExample } from '../../../shared/planning/planExamples'
import { PLAN_FORM_TITLES, planFormKeys } from '../../../shared/planning/planForms'
import { fillPlanForm, planFormHasText } from '../../../shared/planning/planOps'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import type { PlanningEditing } from './planningTypes'
import { usePlanningT } from './usePlanningT'

/**
 * 「例を読み込む」: writes a trial's example into a form as one undoable edit. An empty form is
 * filled at once; a form with words in it (or, for 図表-74, a workshop whose title or venue would
 * change) asks before replacing.
 */
export function PlanExampleLoader({
  form,
  doc,
  apply,
  notifyUndoable,
}: PlanningEditing & { form: PlanForm }) {
  const t = usePlanningT()
  const selectId = useId()
  const examples = examplesFor(form)
  const [chosen, setChosen] = useState(examples[0]?.id ?? '')
  const [asking, setAsking] = useState<PlanExample | null>(null)
  if (examples.length === 0) return null
  const formName = `${PLAN_FORM_TITLES[form].figure} ${PLAN_FORM_TITLES[form].title}`

  const load = (example: PlanExample) => {
    const filled = example.forms[form]
    if (!filled) return
    const undoId = apply((current, ctx) => [
      ...fillPlanForm(current, form, planFormKeys(form), filled.values, ctx),
      ...(filled.workshop ? updateWorkshop(current, filled.workshop) : []),
    ])
    notifyUndoable(t.planExampleLoaded(PLAN_FORM_TITLES[form].title, example.name), undoId)
  }

  const changesWorkshop = (example: PlanExample) => {
    const next = example.forms[form]?.workshop
    if (!next) return false
    const { title, venue } = doc.workshop
    return (
      (title.trim() !== '' && title !== next.title) || (venue.trim() !== '' && venue !== next.venue)
    )
  }

  const start = () => {
    const example = examples.find((e) => e.id === chosen)
    if (!example) return
    if (planFormHasText(doc, planFormKeys(form)) || changesWorkshop(example)) setAsking(example)
    else load(example)
  }

  const workshopChange = asking?.forms[form]?.workshop
  return (
    <div className="plan-example">
      <label className="plan-example__label" htmlFor={selectId}>
        {t.planExampleLabel}
      </label>
      <select
        id={selectId}
        className="field plan-example__select"
        value={chosen}
        onChange={(event) => {
          setChosen(event.target.value)
        }}
      >
        {examples.map((example) => (
          <option key={example.id} value={example.id}>
            {example.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        title={t.planExampleHint}
        aria-label={`${t.planExampleLoad}（${formName}）`}
        onClick={start}
      >
        {t.planExampleLoad}
      </button>
      <ConfirmDialog
        open={asking !== null}
        title={t.planExampleConfirmTitle}
        body={t.planExampleConfirmBody(formName, asking?.name ?? '')}
        confirmLabel={t.planExampleReplace}
        onCancel={() => {
          setAsking(null)
        }}
        onConfirm={() => {
          if (asking) load(asking)
          setAsking(null)
        }}
      >
        {workshopChange && changesWorkshop(asking) ? (
          <p className="modal__text">
            {t.planExampleConfirmWorkshop(workshopChange.title, workshopChange.venue)}
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  )
}
