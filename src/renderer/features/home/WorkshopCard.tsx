import type { WorkshopSummary } from '../../stores/storeTypes'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useLang, useT } from '../../i18n/useT'
import { templateName } from '../../i18n/templateName'

interface WorkshopCardProps {
  summary: WorkshopSummary
  onOpen: (workshopId: string) => void
  onDuplicate: (workshopId: string) => void
  onRemove: (summary: WorkshopSummary) => void
}

/** One workshop in the list: what it is, when and where, and 開く / 複製 / 削除. */
export function WorkshopCard({ summary, onOpen, onDuplicate, onRemove }: WorkshopCardProps) {
  const t = useT()
  const lang = useLang()
  const { workshop, groupCount, lastEditedAt } = summary
  const titleId = `workshop-${workshop.id}-title`
  return (
    <article className="workshop-card" aria-labelledby={titleId} data-workshop-id={workshop.id}>
      <div className="workshop-card__head">
        <h3 id={titleId} className="workshop-card__title">
          {workshop.title.trim() || t.untitled}
        </h3>
        {workshop.isSample ? <span className="badge badge--sample">{t.sampleBadge}</span> : null}
      </div>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.fieldDate}</dt>
          <dd>{formatDate(workshop.date, lang) || t.notSet}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.fieldVenue}</dt>
          <dd>{workshop.venue.trim() || t.notSet}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.fieldTemplate}</dt>
          <dd>{templateName(workshop.variant, lang, t)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.fieldGroups}</dt>
          <dd>{t.groupCount(groupCount)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.fieldUpdated}</dt>
          <dd>{formatDateTime(lastEditedAt, lang)}</dd>
        </div>
      </dl>
      <div className="workshop-card__actions">
        <button
          type="button"
          className="button button--primary"
          data-focus="open"
          onClick={() => {
            onOpen(workshop.id)
          }}
        >
          {t.open}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onDuplicate(workshop.id)
          }}
        >
          {t.duplicate}
        </button>
        <span className="workshop-card__spacer" />
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            onRemove(summary)
          }}
        >
          {t.remove}
        </button>
      </div>
    </article>
  )
}
