import '../../styles/cafeRotation.css'
import { movesInRound, type CafeRotationPlan } from '../../../shared/cafe/cafePlan'
import { useT } from '../../i18n/useT'
import { useSlideFit } from '../useSlideFit'

interface CafeRoundBoardProps {
  rotation: CafeRotationPlan
  /** 1-based. */
  round: number
  groupName: (id: string) => string
  memberName: (id: string) => string
}

/**
 * One round of the ワールドカフェ for the projector, readable from the back of the room: a card per
 * table (where its members start), its host who stays, and each visitor with the table they go
 * to. A member finds their table, then their name. The text is made as large as fits the screen.
 */
export function CafeRoundBoard({ rotation, round, groupName, memberName }: CafeRoundBoardProps) {
  const t = useT()
  const tables = movesInRound(rotation, round)
  const bodyRef = useSlideFit(`${String(round)}|${JSON.stringify(tables)}`, { max: 2 })
  return (
    <section
      className="cafe-round-board"
      aria-label={t.cafeRoundOf(round, rotation.rounds.length)}
      data-round={round}
    >
      <div className="cafe-round-board__body" ref={bodyRef}>
        <ul className="cafe-round-board__tables">
          {tables.map((table) => (
            <li key={table.tableId} className="cafe-round-board__table">
              <h3>{groupName(table.tableId)}</h3>
              <p className="cafe-round-board__host">
                {table.hostId === null ? t.cafeHostNone : t.cafeHostStays(memberName(table.hostId))}
              </p>
              <ul aria-label={t.cafeGoTo}>
                {table.moves.map((move) => (
                  <li key={move.memberId}>
                    <span className="cafe-round-board__who">{memberName(move.memberId)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden">{t.cafeGoTo}：</span>
                    <span className="cafe-round-board__to">{groupName(move.toTableId)}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
