import { NAME_CARDS_PER_PAGE, pagesOf, type NameCard } from '../../../shared/printables/nameCards'
import { useT } from '../../i18n/useT'
import { roleText } from './TableSheetsView'

/** 名札: eight A7 cards on each A4 page, the name large, the 所属 and the group under it. */
export function NameCardsView({ cards }: { cards: readonly NameCard[] }) {
  const t = useT()
  return (
    <div className="printables__pages">
      {pagesOf(cards, NAME_CARDS_PER_PAGE).map((page, index) => (
        <div key={index} className="print-page name-cards">
          {page.map((card) => (
            <article key={card.id} className="name-card" aria-label={card.name}>
              <p className="name-card__group">
                {card.groupName || t.groupName}
                {card.roles.length > 0 ? `\u3000${roleText(card.roles, t)}` : ''}
              </p>
              <p className="name-card__name">{card.name}</p>
              {card.affiliation ? (
                <p className="name-card__affiliation">{card.affiliation}</p>
              ) : null}
            </article>
          ))}
        </div>
      ))}
    </div>
  )
}
