import { useId, useState, type SubmitEvent } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import type { WorkshopTemplate } from '../../../shared/templates/types'
import { FULL_DAY_TEMPLATE, WORKSHOP_TEMPLATES } from '../../../shared/templates/workshopTemplates'
import { useLang, useT } from '../../i18n/useT'
import { Modal } from '../../ui/Modal'
import { TemplatePreview } from './TemplatePreview'

interface NewWorkshopDialogProps {
  open: boolean
  onClose: () => void
  onCreate: (
    template: WorkshopTemplate,
    input: { title: string; date: string; venue: string },
  ) => Promise<void>
}

/** 新しい研修会をつくる: choose 終日開催 / 半日開催, see its timetable, set title, date, venue. */
export function NewWorkshopDialog({ open, onClose, onCreate }: NewWorkshopDialogProps) {
  const titleId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} className="modal--wide">
      <NewWorkshopForm titleId={titleId} onClose={onClose} onCreate={onCreate} />
    </Modal>
  )
}

function NewWorkshopForm({
  titleId,
  onClose,
  onCreate,
}: Omit<NewWorkshopDialogProps, 'open'> & { titleId: string }) {
  const t = useT()
  const lang = useLang()
  const [template, setTemplate] = useState<WorkshopTemplate>(FULL_DAY_TEMPLATE)
  const [title, setTitle] = useState(template.defaultTitle)
  const [titleEdited, setTitleEdited] = useState(false)
  const [date, setDate] = useState('')
  const [venue, setVenue] = useState('')
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  const chooseTemplate = (next: WorkshopTemplate) => {
    setTemplate(next)
    if (!titleEdited) setTitle(next.defaultTitle)
  }

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setFailed(false)
    try {
      await onCreate(template, {
        title: title.trim() || template.defaultTitle,
        date,
        venue: venue.trim(),
      })
    } catch {
      setFailed(true)
      setBusy(false)
    }
  }

  return (
    <form className="new-workshop" onSubmit={(event) => void handleSubmit(event)}>
      <div className="modal__body new-workshop__layout">
        <div className="new-workshop__form">
          <h2 id={titleId} className="modal__title">
            {t.newDialogTitle}
          </h2>
          <p className="modal__text">{t.newDialogLead}</p>

          <fieldset className="template-picker">
            <legend className="form-label">{t.chooseTemplate}</legend>
            {WORKSHOP_TEMPLATES.map((option) => (
              <label
                key={option.id}
                className={
                  option.id === template.id
                    ? 'template-option template-option--on'
                    : 'template-option'
                }
              >
                <input
                  type="radio"
                  name="template"
                  value={option.id}
                  checked={option.id === template.id}
                  onChange={() => {
                    chooseTemplate(option)
                  }}
                />
                <span className="template-option__text">
                  <span className="template-option__name">{option.name[lang]}</span>
                  <span className="template-option__desc">{option.description[lang]}</span>
                </span>
              </label>
            ))}
          </fieldset>

          <div className="stack">
            <label className="form-label" htmlFor="new-title">
              {t.fieldTitle}
            </label>
            <input
              id="new-title"
              className="field"
              value={title}
              maxLength={LIMITS.titleChars}
              onChange={(event) => {
                setTitle(event.target.value)
                setTitleEdited(true)
              }}
            />
          </div>
          <div className="new-workshop__pair">
            <div className="stack">
              <label className="form-label" htmlFor="new-date">
                {t.fieldDate}
              </label>
              <input
                id="new-date"
                type="date"
                className="field field--date"
                value={date}
                onChange={(event) => {
                  setDate(event.target.value)
                }}
              />
            </div>
            <div className="stack stack--grow">
              <label className="form-label" htmlFor="new-venue">
                {t.fieldVenue}
              </label>
              <input
                id="new-venue"
                className="field"
                value={venue}
                maxLength={LIMITS.shortTextChars}
                onChange={(event) => {
                  setVenue(event.target.value)
                }}
              />
            </div>
          </div>
          {failed ? (
            <p className="form-error" role="alert">
              <span aria-hidden="true">! </span>
              {t.createFailed}
            </p>
          ) : null}
        </div>
        <TemplatePreview template={template} />
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.creating : t.create}
        </button>
      </div>
    </form>
  )
}
