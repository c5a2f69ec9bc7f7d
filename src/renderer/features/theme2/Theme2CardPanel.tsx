import { useEffect, useId, useRef } from 'react'
import { cardFor } from '../../../shared/templates/themeCards'
import { useWorkshopStore } from '../../app/appServices'
import { useT } from '../../i18n/useT'
import { isComposing } from '../setup/keyboard'

interface Theme2CardPanelProps {
  id: string
  onClose: () => void
}

/**
 * The テーマ2 card beside the map: title, 所要時間, 【ポイント】 and the facilitator's 問い (e.g.
 * 「その対策がもしうまくいったら課題解決に近づきそう？」). Not modal; Escape or × closes it.
 */
export function Theme2CardPanel({ id, onClose }: Theme2CardPanelProps) {
  const t = useT()
  const variant = useWorkshopStore((s) => s.doc?.workshop.variant ?? 'fullDay')
  const card = cardFor(variant, 'theme2')
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    heading.current?.focus()
  }, [])

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isComposing(event)) return
      event.preventDefault()
      onClose()
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => {
      window.removeEventListener('keydown', handleKeyDown)
    }
  }, [onClose])

  return (
    <aside id={id} className="card-panel" aria-labelledby={headingId}>
      <div className="card-panel__box">
        <div className="card-panel__top">
          <span className="card-panel__label">{card.label}</span>
          <button
            type="button"
            className="button button--icon button--ghost"
            aria-label={t.boardCardClose}
            title={t.boardCardClose}
            onClick={onClose}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <h2 id={headingId} ref={heading} tabIndex={-1} className="card-panel__title">
          {card.title}
        </h2>
        {card.subtitle ? <p className="card-panel__subtitle">{card.subtitle}</p> : null}
      </div>
      <div className="card-panel__body">
        <p className="card-panel__duration">{card.duration}</p>
        <h3 className="card-panel__subheading">{t.cardPoints}</h3>
        {card.points.map((point, i) => (
          <p key={i} className="card-panel__point">
            {point}
          </p>
        ))}
        {card.questions.length > 0 ? (
          <>
            <h3 className="card-panel__subheading">{t.boardCardQuestions}</h3>
            <ul className="card-panel__questions">
              {card.questions.map((question, i) => (
                <li key={i}>{question}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </aside>
  )
}
