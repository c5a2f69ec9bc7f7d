import { SourcedQuestions } from '../../ui/SourcedQuestions'
import type { ThemeCard } from '../../../shared/templates/types'
import { useT } from '../../i18n/useT'

interface ThemeCardViewProps {
  card: ThemeCard
  /** Where this step sits in this workshop's timetable, e.g. 「14:00–14:40（40分）」. */
  slot: string | null
}

/** A card as printed in the report (図表-82): title box, 所要時間, 【ポイント】; read-only. */
export function ThemeCardView({ card, slot }: ThemeCardViewProps) {
  const t = useT()
  const headingId = `card-${card.key}`
  const isTheme = card.key.startsWith('theme')
  return (
    <article
      className={isTheme ? 'theme-card theme-card--theme' : 'theme-card'}
      aria-labelledby={headingId}
    >
      <div className="theme-card__box">
        {card.label !== card.title ? <p className="theme-card__label">{card.label}</p> : null}
        <h3 id={headingId} className="theme-card__title">
          {card.title}
        </h3>
        {card.subtitle ? <p className="theme-card__subtitle">{card.subtitle}</p> : null}
      </div>
      <div className="theme-card__body">
        <p className="theme-card__duration">{card.duration}</p>
        <p className={slot ? 'theme-card__slot' : 'theme-card__slot theme-card__slot--none'}>
          {slot ? t.cardSlot(slot) : t.cardNoSlot}
        </p>
        {card.points.length > 0 ? (
          <>
            <h4 className="theme-card__subheading">{t.cardPoints}</h4>
            {card.points.map((point, i) => (
              <p key={i} className="theme-card__point">
                {point}
              </p>
            ))}
          </>
        ) : null}
        {card.questions.length > 0 ? (
          <>
            <h4 className="theme-card__subheading">{t.cardQuestions}</h4>
            <SourcedQuestions card={card} className="theme-card__questions" />
          </>
        ) : null}
      </div>
    </article>
  )
}
