import { LIMITS } from '../../../shared/model/limits'
import type { PlanForm } from '../../../shared/model/schemas'
import { planExtraTexts, planText, setPlanField } from '../../../shared/planning/planOps'
import { CommitTextField } from '../../ui/CommitTextField'
import type { PlanningEditing } from './planningTypes'
import { usePlanningT } from './usePlanningT'

interface PlanTextFieldProps extends Pick<PlanningEditing, 'doc' | 'apply'> {
  form: PlanForm
  fieldKey: string
  /** Accessible name (the row and column it stands in). */
  label: string
  id?: string
  placeholder?: string
  multiline?: boolean
}

/**
 * One field of a planning form: saved when the entry is finished (blur, Enter; Shift+Enter for a
 * new line), never during IME composition. Texts a merge kept beside it are shown under it.
 */
export function PlanTextField({
  doc,
  apply,
  form,
  fieldKey,
  label,
  id,
  placeholder,
  multiline = true,
}: PlanTextFieldProps) {
  const t = usePlanningT()
  const extra = planExtraTexts(doc, fieldKey)
  return (
    <div className="plan-field">
      <CommitTextField
        id={id}
        label={id ? undefined : label}
        value={planText(doc, fieldKey)}
        multiline={multiline}
        maxLength={LIMITS.longTextChars}
        placeholder={placeholder}
        className="plan-field__input"
        onCommit={(text) => {
          apply((current, ctx) => setPlanField(current, form, fieldKey, text, ctx))
        }}
      />
      {extra.length > 0 ? (
        <div className="plan-field__extra">
          <span className="plan-field__extra-label">{t.planOtherCopy}</span>
          {extra.map((text, index) => (
            <p key={index} className="plan-text">
              {text}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  )
}
