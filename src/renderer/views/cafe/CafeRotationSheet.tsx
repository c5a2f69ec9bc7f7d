import '../../styles/cafeRotation.css'
import type { CafeRotationPlan } from '../../../shared/cafe/cafePlan'
import { useT } from '../../i18n/useT'

interface CafeRotationSheetProps {
  title: string
  rotation: CafeRotationPlan
  roundMinutes: number
  groupName: (id: string) => string
  memberName: (id: string) => string
}

/**
 * ワールドカフェの席替え表 on A4: per round, each table with its host (who stays) and the visitors
 * who come (with the table they come from), so that a host knows whom to expect; then per member
 * where they go in each round. A round never splits across pages.
 */
export function CafeRotationSheet(props: CafeRotationSheetProps) {
  const t = useT()
  const { rotation, groupName, memberName } = props
  const rounds = rotation.rounds.length
  return (
    <article className="cafe-sheet print-sheet" aria-label={t.cafeSheetTitle}>
      <header className="cafe-sheet__head">
        <h2>{t.cafeSheetTitle}</h2>
        <p>
          {props.title}
          {'\u3000'}
          {t.cafeSheetMeta(rounds, props.roundMinutes)}
        </p>
      </header>
      {rotation.rounds.map((round) => (
        <section key={round.round} className="cafe-sheet__round">
          <h3>{t.cafeRoundOf(round.round, rounds)}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.cafeSheetTable}</th>
                <th scope="col">{t.cafeSheetHost}</th>
                <th scope="col">{t.cafeSheetVisitors}</th>
              </tr>
            </thead>
            <tbody>
              {round.tables.map((table) => (
                <tr key={table.tableId}>
                  <th scope="row">{groupName(table.tableId)}</th>
                  <td>{table.hostId === null ? t.cafeHostNone : memberName(table.hostId)}</td>
                  <td>
                    {table.visitors
                      .map((v) => `${memberName(v.memberId)}（${groupName(v.homeTableId)}）`)
                      .join('、')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section className="cafe-sheet__round">
        <h3>{t.cafeSheetByMember}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.cafeMemberTable}</th>
              <th scope="col">{t.cafeHome}</th>
              {rotation.rounds.map((round) => (
                <th key={round.round} scope="col">
                  {t.cafeRound(round.round)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rotation.visitors.map((visitor) => (
              <tr key={visitor.memberId}>
                <th scope="row">{memberName(visitor.memberId)}</th>
                <td>{groupName(visitor.homeTableId)}</td>
                {visitor.tableIds.map((id, i) => (
                  <td key={`${String(i)}:${id}`}>{groupName(id)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  )
}
