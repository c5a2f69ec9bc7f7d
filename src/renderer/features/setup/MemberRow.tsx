import { LIMITS } from '../../../shared/model/limits'
import { MEMBER_POSITIONS, type Group, type Member } from '../../../shared/model/schemas'
import { setRole, updateMember, type MemberPatch } from '../../../shared/ops/groupOps'
import { positionLabel } from '../../i18n/labels'
import { useT } from '../../i18n/useT'
import type { Edit } from '../../stores/storeTypes'
import { CommitTextField } from '../../ui/CommitTextField'
import { NumberField } from '../../ui/NumberField'
import { QualificationsField } from './QualificationsField'

interface MemberRowProps {
  group: Group
  member: Member
  index: number
  apply: (edit: Edit) => void
  onRemove: (member: Member, index: number) => void
}

/** One participant: 氏名 | 立場 | 所属 | 経験年数 | 資格 | 司会 | 書記 | 削除. */
export function MemberRow({ group, member, index, apply, onRemove }: MemberRowProps) {
  const t = useT()
  const displayName = member.name.trim() || t.memberFallback(index + 1)
  const update = (patch: MemberPatch) => {
    apply((doc) => updateMember(doc, group.id, member.id, patch))
  }

  return (
    <tr className="member-row" data-member-id={member.id}>
      <td className="member-cell member-cell--name">
        <CommitTextField
          value={member.name}
          onCommit={(name) => {
            update({ name })
          }}
          label={`${t.memberFallback(index + 1)} ${t.colName}`}
          maxLength={LIMITS.shortTextChars}
          focusKey="member-name"
        />
      </td>
      <td className="member-cell">
        <select
          className="field field--select"
          value={member.position}
          aria-label={`${displayName} ${t.colPosition}`}
          onChange={(event) => {
            const position = MEMBER_POSITIONS.find((p) => p === event.target.value)
            if (position) update({ position })
          }}
        >
          {MEMBER_POSITIONS.map((position) => (
            <option key={position} value={position}>
              {positionLabel(position, t)}
            </option>
          ))}
        </select>
      </td>
      <td className="member-cell">
        <CommitTextField
          value={member.affiliation}
          onCommit={(affiliation) => {
            update({ affiliation })
          }}
          label={`${displayName} ${t.colAffiliation}`}
          maxLength={LIMITS.shortTextChars}
        />
      </td>
      <td className="member-cell member-cell--years">
        <NumberField
          value={member.years}
          onCommit={(years) => {
            update({ years })
          }}
          min={0}
          max={60}
          step={1}
          decimals
          allowEmpty
          label={`${displayName} ${t.colYears}`}
          unit={t.yearsUnit}
          invalidMessage={t.yearsInvalid}
          id={`years-${member.id}`}
        />
      </td>
      <td className="member-cell member-cell--quals">
        <QualificationsField
          value={member.qualifications}
          onChange={(qualifications) => {
            update({ qualifications })
          }}
          label={`${displayName} ${t.colQualifications}`}
        />
      </td>
      <td className="member-cell member-cell--role">
        <input
          type="radio"
          className="role-radio"
          name={`moderator-${group.id}`}
          checked={group.moderatorId === member.id}
          aria-label={t.makeModerator(displayName)}
          onChange={() => {
            apply((doc) => setRole(doc, group.id, 'moderatorId', member.id))
          }}
        />
      </td>
      <td className="member-cell member-cell--role">
        <input
          type="radio"
          className="role-radio"
          name={`scribe-${group.id}`}
          checked={group.scribeId === member.id}
          aria-label={t.makeScribe(displayName)}
          onChange={() => {
            apply((doc) => setRole(doc, group.id, 'scribeId', member.id))
          }}
        />
      </td>
      <td className="member-cell member-cell--actions">
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={t.removeMemberLabel(displayName)}
          onClick={() => {
            onRemove(member, index)
          }}
        >
          {t.remove}
        </button>
      </td>
    </tr>
  )
}
