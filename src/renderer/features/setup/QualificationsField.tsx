import { QUALIFICATIONS, type Qualification } from '../../../shared/model/schemas'
import { qualificationLabel } from '../../i18n/labels'
import { useLang } from '../../i18n/useT'

interface QualificationsFieldProps {
  value: readonly Qualification[]
  onChange: (value: Qualification[]) => void
  /** Accessible name of the group, e.g. 「山田 花子の資格」. */
  label: string
}

/** 資格 (図表-76): several may apply, so one checkbox each, kept in the report's order. */
export function QualificationsField({ value, onChange, label }: QualificationsFieldProps) {
  const lang = useLang()
  const toggle = (qualification: Qualification, checked: boolean) => {
    const chosen = new Set(value)
    if (checked) chosen.add(qualification)
    else chosen.delete(qualification)
    onChange(QUALIFICATIONS.filter((q) => chosen.has(q)))
  }
  return (
    <fieldset className="check-group">
      <legend className="visually-hidden">{label}</legend>
      {QUALIFICATIONS.map((qualification) => (
        <label key={qualification} className="check-chip">
          <input
            type="checkbox"
            checked={value.includes(qualification)}
            onChange={(event) => {
              toggle(qualification, event.target.checked)
            }}
          />
          <span>{qualificationLabel(qualification, lang)}</span>
        </label>
      ))}
    </fieldset>
  )
}
