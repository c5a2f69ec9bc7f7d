import { useDraggable } from '@dnd-kit/core'
import type { KeyboardEvent } from 'react'
import type { Participant } from '../../../../shared/model/schemas'
import { positionLabel } from '../../../i18n/labels'
import { useT } from '../../../i18n/useT'
import { useRosterT } from './rosterMessages'

interface PersonChipProps {
  person: Participant
  /** 司会 or 書記 at this table, if any. */
  role: string | null
  /** Where the person sits now (a group's name or 未割り当て), for the accessible name. */
  seat: string
  picked: boolean
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void
}

/**
 * One person in the グループ分け: dragged by the pointer (dnd-kit), or picked up with Space and
 * moved with the arrow keys (SeatingSection). Shows 立場, 所属 and 期間 at a glance.
 */
export function PersonChip({ person, role, seat, picked, onKeyDown }: PersonChipProps) {
  const t = useRosterT()
  const common = useT()
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: person.id })
  const position = positionLabel(person.position, common)
  const name = person.name.trim() || t.unnamed
  return (
    <button
      type="button"
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      // dnd-kit's own keyboard sensor is not used: Space and the arrows are ours.
      onKeyDown={onKeyDown}
      role="button"
      aria-roledescription={undefined}
      aria-pressed={picked}
      aria-label={t.personChip(name, position, seat)}
      className={[
        'person-chip',
        `person-chip--${person.position}`,
        picked ? 'person-chip--picked' : '',
        isDragging ? 'person-chip--dragging' : '',
      ]
        .join(' ')
        .trim()}
      data-person-id={person.id}
    >
      <span className="person-chip__name">{name}</span>
      {role ? <span className="person-chip__role">{role}</span> : null}
      <span className="person-chip__meta">
        <span className="person-chip__position">{position}</span>
        {person.affiliation ? <span> ・{person.affiliation}</span> : null}
        {person.years !== null ? <span> ・{t.years(person.years)}</span> : null}
      </span>
    </button>
  )
}
