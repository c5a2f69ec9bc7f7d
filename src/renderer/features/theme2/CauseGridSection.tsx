import { nudgeCause, placeCause } from '../../../shared/theme2/causeOps'
import { axisLabel } from '../../../shared/theme2/presets'
import { liveTopic } from '../../../shared/theme2/theme2Edit'
import { causeOutline, causeVotes } from '../../../shared/theme2/theme2Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { AxisFields } from './AxisFields'
import { CauseVoteList } from './CauseVoteList'
import { gridPointOf } from './gridPointOf'
import { PriorityGrid, type GridItem } from './PriorityGrid'
import { useTheme2 } from './Theme2Context'
import type { Voter } from './theme2Voters'
import { VotePanel } from './VotePanel'

interface CauseGridSectionProps {
  topicId: string
  voters: readonly Voter[]
  voterId: string
  onVoter: (voterId: string) => void
}

/**
 * Step ③, 問3: the causes on 影響の大きさ × 取り組みやすさ (labels editable) beside the dot votes
 * and the choice of the 主たる原因.
 */
export function CauseGridSection({ topicId, voters, voterId, onVoter }: CauseGridSectionProps) {
  const t = useT()
  const lang = useLang()
  const { apply } = useTheme2()
  const doc = useWorkshopStore((s) => s.doc)
  const topic = doc ? liveTopic(doc, topicId) : undefined
  if (!doc || !topic) return null
  const items: GridItem[] = causeOutline(doc, topicId).map(({ cause }) => ({
    id: cause.id,
    text: cause.text,
    grid: cause.grid,
    badge: [
      cause.id === topic.mainCauseId ? `★${t.theme2MainCause}` : '',
      t.theme2VoteTotal(causeVotes(cause)),
    ]
      .filter(Boolean)
      .join(' '),
    marked: cause.id === topic.mainCauseId,
  }))

  return (
    <section className="t2-panel t2-priority" aria-label={t.theme2Grid}>
      <PriorityGrid
        kind="causes"
        label={t.theme2Grid}
        xLabel={axisLabel(topic, 'causes', 'x', lang)}
        yLabel={axisLabel(topic, 'causes', 'y', lang)}
        items={items}
        onPlace={(id, point) => apply((d) => placeCause(d, id, point))}
        onNudge={(id, dx, dy) =>
          gridPointOf(
            apply((d) => nudgeCause(d, id, dx, dy)),
            id,
          )
        }
        side={
          <>
            <VotePanel topicId={topicId} voters={voters} voterId={voterId} onVoter={onVoter} />
            <CauseVoteList topicId={topicId} voterId={voterId} />
            <details className="t2-axes-box">
              <summary>{t.theme2GridAxes}</summary>
              <AxisFields topicId={topicId} grid="causes" />
            </details>
          </>
        }
      />
    </section>
  )
}
