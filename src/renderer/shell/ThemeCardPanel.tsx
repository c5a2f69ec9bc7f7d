import { SourcedQuestions } from '../ui/SourcedQuestions'
import { useEffect, useId, useRef } from 'react'
import type { ThemeId } from '../../shared/model/themes'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import { useWorkshopStore } from '../session/appServices'
import { timetableRows } from '../../shared/ops/timetableOps'
import { cardFor } from '../../shared/templates/themeCards'
import { toMinutes } from '../../shared/timetable/clock'
import { formatMinutes, formatRange } from '../i18n/format'
import { useLang, useT } from '../i18n/useT'
import { isComposing } from '../ui/keyboard'
import { computeSchedule, slotOf } from '../../shared/timetable/schedule'

function themeSlot(doc: WorkshopDoc, themeId: ThemeId) {
  const schedule = computeSchedule(timetableRows(doc), doc.workshop.dayStart)
  return slotOf(schedule, (row) => row.themeId === themeId)
}

interface ThemeCardPanelProps {
  id: string
  themeId: ThemeId
  onClose: () => void
}

/**
 * A theme's card beside its board, one click away: title, subtitle (テーマ1: 「～住民の困りごとを
 * ベースとした地域課題のタネ～」), 所要時間 (and this workshop's slot), 【ポイント】 and the
 * facilitator's 問い (テーマ2: 「その対策がもしうまくいったら課題解決に近づきそう？」). Not modal:
 * the board stays usable. Escape or the × closes it.
 */
export function ThemeCardPanel({ id, themeId, onClose }: ThemeCardPanelProps) {
  const doc = useWorkshopStore((s) => s.doc)
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const card = cardFor(doc?.workshop.variant ?? 'fullDay', themeId)
  const slot = doc ? themeSlot(doc, themeId) : null
  const slotText = slot
    ? `${formatRange(slot.start, slot.end)}（${formatMinutes((toMinutes(slot.end) - toMinutes(slot.start) + 1440) % 1440, lang)}）`
    : null

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
        {slotText ? <p className="card-panel__slot">{t.cardSlot(slotText)}</p> : null}
        <h3 className="card-panel__subheading">{t.cardPoints}</h3>
        {card.points.map((point, i) => (
          <p key={i} className="card-panel__point">
            {point}
          </p>
        ))}
        {card.questions.length > 0 ? (
          <>
            <h3 className="card-panel__subheading">{t.boardCardQuestions}</h3>
            <SourcedQuestions card={card} className="card-panel__questions" />
          </>
        ) : null}
      </div>
    </aside>
  )
}
