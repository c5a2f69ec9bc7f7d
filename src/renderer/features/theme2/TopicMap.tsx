import { useState } from 'react'
import { useWorkshopStore } from '../../session/appServices'
import { CauseGridSection } from './CauseGridSection'
import { CauseSection } from './CauseSection'
import { MeasureSection } from './MeasureSection'
import { OutcomeSection } from './OutcomeSection'
import { TopicFields } from './TopicFields'
import { votersOf } from './theme2Voters'
import { useTheme2 } from './Theme2Context'

/**
 * The cause-to-priority map of one topic, in the order of the thinking steps ①-⑤: the topic
 * (目指す姿, 困りごと), causes with "why?", the priority grid and dots, the main cause, its
 * countermeasures, 期待値 and 指標, and the one-line 地域課題.
 */
export function TopicMap({ topicId }: { topicId: string }) {
  const { groupId } = useTheme2()
  const group = useWorkshopStore((s) => s.doc?.groups[groupId])
  const voters = votersOf(group)
  const [voterId, setVoterId] = useState<string>(voters[0]?.id ?? '')
  const voter = voters.some((v) => v.id === voterId) ? voterId : (voters[0]?.id ?? '')
  return (
    <div className="t2-map">
      <TopicFields topicId={topicId} />
      <div className="t2-map__causes">
        <CauseSection topicId={topicId} voterId={voter} />
        <CauseGridSection topicId={topicId} voters={voters} voterId={voter} onVoter={setVoterId} />
      </div>
      <div className="t2-map__measures">
        <MeasureSection topicId={topicId} />
        <OutcomeSection topicId={topicId} />
      </div>
    </div>
  )
}
