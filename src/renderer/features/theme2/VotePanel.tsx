import { useId } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import { votesLeft, voterUsage } from '../../../shared/theme2/theme2Queries'
import { updateTopic } from '../../../shared/theme2/topicOps'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { NumberField } from '../../ui/NumberField'
import { useTheme2 } from './Theme2Context'
import type { Voter } from './theme2Voters'

interface VotePanelProps {
  topicId: string
  voters: readonly Voter[]
  voterId: string
  onVoter: (voterId: string) => void
}

/** Who is voting now (a member or a seat), their dots left, and the dots per person. */
export function VotePanel({ topicId, voters, voterId, onVoter }: VotePanelProps) {
  const t = useT()
  const { apply } = useTheme2()
  const voterFieldId = useId()
  const perPerson = useWorkshopStore((s) => s.doc?.topics[topicId]?.votesPerPerson ?? 0)
  const left = useWorkshopStore((s) => (s.doc ? votesLeft(s.doc, topicId, voterId) : 0))
  const doc = useWorkshopStore((s) => s.doc)
  const usage = doc ? voterUsage(doc, topicId) : new Map<string, number>()
  const nameOf = (v: Voter) => v.name ?? t.theme2Seat(v.seat)
  return (
    <div className="t2-vote-panel" role="group" aria-label={t.theme2Votes}>
      <span className="t2-field__label">{t.theme2Votes}</span>
      <label htmlFor={voterFieldId}>{t.theme2Voter}</label>
      <select
        id={voterFieldId}
        className="field t2-vote-panel__voter"
        value={voterId}
        onChange={(event) => {
          onVoter(event.target.value)
        }}
      >
        {voters.map((v) => (
          <option key={v.id} value={v.id}>
            {nameOf(v)}
          </option>
        ))}
      </select>
      <output className="t2-vote-panel__left" aria-live="polite">
        {t.theme2VotesLeft(left)}
      </output>
      <span className="t2-topics__spacer" />
      <span>{t.theme2VotesPerPerson}</span>
      <NumberField
        value={perPerson}
        min={1}
        max={LIMITS.votesPerPersonMax}
        step={1}
        label={t.theme2VotesPerPerson}
        unit={t.theme2VotesUnit}
        invalidMessage={t.theme2VotesInvalid}
        onCommit={(value) => {
          if (value !== null) apply((d) => updateTopic(d, topicId, { votesPerPerson: value }))
        }}
      />
      <ul className="t2-vote-panel__all" aria-label={t.theme2VotesLeftAll}>
        {voters.map((v) => (
          <li key={v.id} className={v.id === voterId ? 'is-current' : undefined}>
            {nameOf(v)} {t.theme2VotesLeft(Math.max(0, perPerson - (usage.get(v.id) ?? 0)))}
          </li>
        ))}
      </ul>
    </div>
  )
}
