import type { TimetableRow } from '../../../shared/model/schemas'
import { timetableRows } from '../../../shared/ops/timetableOps'
import { cardsFor } from '../../../shared/templates/themeCards'
import type { ThemeCard } from '../../../shared/templates/types'
import { formatMinutes, formatRange } from '../../i18n/format'
import { useLang, useT } from '../../i18n/useT'
import type { SetupEditing } from './setupTypes'
import { ThemeCardView } from './ThemeCardView'
import { computeSchedule, slotOf } from '../../../shared/timetable/schedule'
import { toMinutes } from '../../../shared/timetable/clock'

/** Which timetable rows a card's slot is taken from. */
function rowsOfCard(card: ThemeCard): (row: TimetableRow) => boolean {
  switch (card.key) {
    case 'orientation':
      return (row) => row.kind === 'orientation'
    case 'plenary':
      return (row) => row.kind === 'plenary' || row.kind === 'summary'
    case 'theme1':
    case 'theme2':
    case 'theme3': {
      const themeId = card.key
      return (row) => row.themeId === themeId
    }
  }
}

/** テーマカード: read-only preview of the orientation, the three themes and the plenary card. */
export function ThemeCardsSection({ doc }: Pick<SetupEditing, 'doc'>) {
  const t = useT()
  const lang = useLang()
  const schedule = computeSchedule(timetableRows(doc), doc.workshop.dayStart)
  const cards = cardsFor(doc.workshop.variant)

  const slotText = (card: ThemeCard) => {
    const slot = slotOf(schedule, rowsOfCard(card))
    if (!slot) return null
    const minutes = (toMinutes(slot.end) - toMinutes(slot.start) + 1440) % 1440
    return `${formatRange(slot.start, slot.end)}（${formatMinutes(minutes, lang)}）`
  }

  return (
    <section className="setup-section" aria-labelledby="cards-heading">
      <header className="section-header">
        <h2 id="cards-heading" className="section-title">
          {t.sectionCards}
        </h2>
        <p className="section-lead">
          {t.cardsLead} {t.cardsReadOnly}
        </p>
      </header>
      <div className="card-grid">
        {cards.map((card) => (
          <ThemeCardView key={card.key} card={card} slot={slotText(card)} />
        ))}
      </div>
    </section>
  )
}
