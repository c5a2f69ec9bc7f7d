import { useId, useState, type SyntheticEvent } from 'react'
import { LIMITS } from '../../../../shared/model/limits'
import {
  MEMBER_POSITIONS,
  PARTICIPANT_KINDS,
  QUALIFICATIONS,
  type Participant,
} from '../../../../shared/model/schemas'
import {
  addParticipants,
  updateParticipant,
  type ParticipantPatch,
} from '../../../../shared/roster/rosterOps'
import { positionLabel, qualificationLabel } from '../../../i18n/labels'
import { useLang, useT } from '../../../i18n/useT'
import { Modal } from '../../../ui/Modal'
import type { SetupEditing } from '../setupTypes'
import { kindLabel, useRosterT } from './rosterMessages'

interface PersonDialogProps {
  editing: SetupEditing
  /** The person to edit; null to add one. */
  person: Participant | null
  open: boolean
  onClose: () => void
}

/** One person of the 名簿 with every 図表-76 field; 保存 writes it as one edit (one undo step). */
export function PersonDialog({ editing, person, open, onClose }: PersonDialogProps) {
  const t = useRosterT()
  const titleId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} className="modal--wide roster-person">
      <PersonForm editing={editing} person={person} titleId={titleId} onClose={onClose} t={t} />
    </Modal>
  )
}

type Draft = Required<Omit<ParticipantPatch, 'importedCopy' | 'importedFrom'>>

function draftOf(person: Participant | null): Draft {
  return {
    kind: person?.kind ?? 'trainee',
    name: person?.name ?? '',
    contact: person?.contact ?? '',
    affiliation: person?.affiliation ?? '',
    title: person?.title ?? '',
    position: person?.position ?? 'coordinator',
    years: person?.years ?? null,
    qualifications: person ? [...person.qualifications] : [],
    otherQualification: person?.otherQualification ?? '',
    area: person?.area ?? '',
    municipality: person?.municipality ?? '',
    notes: person?.notes ?? '',
  }
}

function PersonForm({
  editing,
  person,
  titleId,
  onClose,
  t,
}: {
  editing: SetupEditing
  person: Participant | null
  titleId: string
  onClose: () => void
  t: ReturnType<typeof useRosterT>
}) {
  const common = useT()
  const lang = useLang()
  const [draft, setDraft] = useState<Draft>(() => draftOf(person))
  const [yearsText, setYearsText] = useState(
    person?.years === null || !person ? '' : String(person.years),
  )
  const [problem, setProblem] = useState<string | null>(null)
  const id = useId()
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
  }
  const text = (
    key:
      'name' | 'contact' | 'affiliation' | 'title' | 'area' | 'municipality' | 'otherQualification',
    label: string,
    hint?: string,
  ) => (
    <div className="roster-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        className="field"
        value={draft[key]}
        maxLength={LIMITS.shortTextChars}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        onChange={(e) => {
          set(key, e.target.value)
        }}
        data-autofocus={key === 'name' ? true : undefined}
      />
      {hint ? (
        <p id={`${id}-${key}-hint`} className="form-note">
          {hint}
        </p>
      ) : null}
    </div>
  )

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault()
    const name = draft.name.trim().replace(/\s+/g, ' ')
    if (name === '') {
      setProblem(t.nameRequired)
      return
    }
    const years = yearsText.trim() === '' ? null : Number(yearsText)
    const patch: Draft = {
      ...draft,
      name,
      years: years !== null && Number.isFinite(years) ? Math.min(60, Math.max(0, years)) : null,
      otherQualification: draft.qualifications.includes('その他')
        ? draft.otherQualification.trim()
        : '',
    }
    if (person) {
      const undoId = editing.apply((doc, ctx) => updateParticipant(doc, person.id, patch, ctx))
      editing.notifyUndoable(t.saved(name), undoId)
    } else {
      const undoId = editing.apply((doc, ctx) => addParticipants(doc, [patch], ctx))
      editing.notifyUndoable(t.added(name), undoId)
    }
    onClose()
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="modal__body">
        <h2 id={titleId} className="modal__title">
          {person ? t.dialogEditTitle : t.dialogAddTitle}
        </h2>
        <div className="roster-form">
          {text('name', t.colName)}
          <div className="roster-field">
            <label htmlFor={`${id}-kind`}>{t.colKind}</label>
            <select
              id={`${id}-kind`}
              className="field"
              value={draft.kind}
              aria-describedby={`${id}-kind-hint`}
              onChange={(e) => {
                set('kind', e.target.value as Draft['kind'])
              }}
            >
              {PARTICIPANT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k, t)}
                </option>
              ))}
            </select>
            <p id={`${id}-kind-hint`} className="form-note">
              {t.kindHint}
            </p>
          </div>
          <div className="roster-field">
            <label htmlFor={`${id}-position`}>{t.colPosition}</label>
            <select
              id={`${id}-position`}
              className="field"
              value={draft.position}
              onChange={(e) => {
                set('position', e.target.value as Draft['position'])
              }}
            >
              {MEMBER_POSITIONS.map((p) => (
                <option key={p} value={p}>
                  {positionLabel(p, common)}
                </option>
              ))}
            </select>
          </div>
          {text('affiliation', t.colAffiliation)}
          {text('title', t.colTitle)}
          {text('area', t.colAreaOnly)}
          {text('municipality', t.colMunicipality)}
          <div className="roster-field">
            <label htmlFor={`${id}-years`}>{t.colYearsUnit}</label>
            <input
              id={`${id}-years`}
              className="field field--number"
              type="number"
              min={0}
              max={60}
              step={0.5}
              value={yearsText}
              onChange={(e) => {
                setYearsText(e.target.value)
              }}
            />
          </div>
          <fieldset className="roster-field roster-field--wide">
            <legend>{t.colQualifications}</legend>
            <div className="roster-quals">
              {QUALIFICATIONS.map((q) => (
                <label key={q} className="check-chip">
                  <input
                    type="checkbox"
                    checked={draft.qualifications.includes(q)}
                    onChange={(e) => {
                      set(
                        'qualifications',
                        QUALIFICATIONS.filter((x) =>
                          x === q ? e.target.checked : draft.qualifications.includes(x),
                        ),
                      )
                    }}
                  />
                  {qualificationLabel(q, lang)}
                </label>
              ))}
            </div>
          </fieldset>
          {draft.qualifications.includes('その他')
            ? text('otherQualification', t.colOtherQualification)
            : null}
          {text('contact', t.colContact, t.contactHint)}
          <div className="roster-field roster-field--wide">
            <label htmlFor={`${id}-notes`}>{t.colNotes}</label>
            <textarea
              id={`${id}-notes`}
              className="field"
              rows={2}
              value={draft.notes}
              maxLength={LIMITS.longTextChars}
              onChange={(e) => {
                set('notes', e.target.value)
              }}
            />
          </div>
        </div>
        {problem ? (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button type="submit" className="button button--primary">
          {t.save}
        </button>
      </div>
    </form>
  )
}
