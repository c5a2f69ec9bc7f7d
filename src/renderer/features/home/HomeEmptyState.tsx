import { useT } from '../../i18n/useT'

/** No workshops yet: what to do first, in the report's words. */
export function HomeEmptyState() {
  const t = useT()
  const steps = [
    { title: t.emptyStep1Title, text: t.emptyStep1 },
    { title: t.emptyStep2Title, text: t.emptyStep2 },
    { title: t.emptyStep3Title, text: t.emptyStep3 },
  ]
  return (
    <div className="empty-state">
      <h3 className="empty-state__title">{t.emptyTitle}</h3>
      <p className="empty-state__lead">{t.emptyLead}</p>
      <ol className="empty-steps">
        {steps.map((step, index) => (
          <li key={step.title} className="empty-steps__item">
            <span className="empty-steps__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="empty-steps__text">
              <strong className="empty-steps__title">{step.title}</strong>
              {step.text}
            </span>
          </li>
        ))}
      </ol>
      <p className="empty-state__hint">{t.emptySampleHint}</p>
    </div>
  )
}
