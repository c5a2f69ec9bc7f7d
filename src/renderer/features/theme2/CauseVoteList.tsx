import { castVote, setMainCause } from '../../../shared/theme2/causeOps'
import { causeOutline, causeVotes, votesLeft, votesOf } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useTheme2 } from './Theme2Context'

interface CauseVoteListProps {
  topicId: string
  /** Who the ＋/− dots are for. */
  voterId: string
}

/**
 * Step ③: every cause (its whole text, "why?" causes indented) with its dots, ＋/− for the
 * person voting, and the one 主たる原因.
 */
export function CauseVoteList({ topicId, voterId }: CauseVoteListProps) {
  const t = useT()
  const { apply } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  if (!doc) return null
  const lines = causeOutline(doc, topicId)
  const mainCauseId = doc.topics[topicId]?.mainCauseId ?? null
  const left = votesLeft(doc, topicId, voterId)
  return (
    <section className="t2-vote-list" aria-label={t.theme2MainCause}>
      <p className="t2-hint">{t.theme2MainCausePick}</p>
      <ul className="t2-vote-list__rows">
        {lines.map(({ cause, depth }) => {
          const name = cause.text || t.boardEmptyNote
          const isMain = cause.id === mainCauseId
          const total = causeVotes(cause)
          return (
            <li
              key={cause.id}
              className={isMain ? 't2-vote-row is-main' : 't2-vote-row'}
              data-vote-cause={cause.id}
              data-depth={depth}
            >
              <span className="t2-vote-row__text">
                {depth > 0 ? <span aria-hidden="true">{'└'} </span> : null}
                {name}
              </span>
              <span className="t2-votes" data-votes={total}>
                <span aria-hidden="true">●</span> {t.theme2VoteTotal(total)}
              </span>
              <button
                type="button"
                className="button button--icon button--small"
                aria-label={t.theme2VoteRemove(name)}
                title={t.theme2VoteRemove(name)}
                disabled={votesOf(cause, voterId) === 0}
                onClick={() => apply((d) => castVote(d, cause.id, voterId, -1))}
              >
                −
              </button>
              <button
                type="button"
                className="button button--icon button--small"
                aria-label={t.theme2VoteAdd(name)}
                title={t.theme2VoteAdd(name)}
                disabled={left === 0}
                onClick={() => apply((d) => castVote(d, cause.id, voterId, 1))}
              >
                ＋
              </button>
              <button
                type="button"
                className={isMain ? 'button button--small is-on' : 'button button--small'}
                aria-pressed={isMain}
                aria-label={`${t.theme2MainCause}：${name}`}
                title={isMain ? t.theme2MainCauseUnset : t.theme2MainCauseSet}
                onClick={() => apply((d) => setMainCause(d, topicId, isMain ? null : cause.id))}
              >
                <span aria-hidden="true">★</span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
