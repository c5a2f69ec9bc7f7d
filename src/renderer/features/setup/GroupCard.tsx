import { LIMITS } from '../../../shared/model/limits'
import type { Group, Member } from '../../../shared/model/schemas'
import { addMember, renameGroup, setRole } from '../../../shared/ops/groupOps'
import { routeHref } from '../../navigation/useRoute'
import { GroupFileButton } from '../../shell/GroupFileButton'
import { useT } from '../../i18n/useT'
import type { Edit } from '../../stores/storeTypes'
import { CommitTextField } from '../../ui/CommitTextField'
import { GroupSizeHint } from './GroupSizeHint'
import { MemberRow } from './MemberRow'

interface GroupCardProps {
  group: Group
  apply: (edit: Edit) => void
  onRemove: (group: Group) => void
  onRemoveMember: (group: Group, member: Member, index: number) => void
  onMemberAdded: (groupId: string, memberId: string) => void
}

/** One group: its name, members with 立場・所属・経験年数・資格, and who is 司会 / 書記. */
export function GroupCard({
  group,
  apply,
  onRemove,
  onRemoveMember,
  onMemberAdded,
}: GroupCardProps) {
  const t = useT()
  const count = group.members.length
  const nameOf = (id: string | null) => {
    const index = group.members.findIndex((m) => m.id === id)
    const member = group.members[index]
    return member ? member.name.trim() || t.memberFallback(index + 1) : t.roleUnassigned
  }
  const roleHolders = group.members.filter(
    (m) => m.id === group.moderatorId || m.id === group.scribeId,
  )
  const showRoleHint = roleHolders.some((m) => m.position !== 'municipal')
  const groupLabel = group.name.trim() || t.groupName

  const handleAddMember = () => {
    const created: { id: string | null } = { id: null }
    apply((doc, ctx) => {
      const records = addMember(doc, group.id, ctx)
      const updated = records[0]
      if (updated?.type === 'group') created.id = updated.members.at(-1)?.id ?? null
      return records
    })
    if (created.id) onMemberAdded(group.id, created.id)
  }

  return (
    <article className="group-card" data-group-id={group.id} aria-label={groupLabel}>
      <header className="group-card__header">
        <CommitTextField
          value={group.name}
          onCommit={(name) => {
            apply((doc) => renameGroup(doc, group.id, name))
          }}
          label={t.groupName}
          className="group-card__name"
          maxLength={LIMITS.shortTextChars}
          focusKey="group-name"
        />
        <span className="count-badge">{t.memberCount(count)}</span>
        <GroupSizeHint count={count} />
        <span className="group-card__spacer" />
        <a
          className="button button--small button--primary"
          href={routeHref({ name: 'theme1', workshopId: group.workshopId, groupId: group.id })}
          title={t.boardOpenBoardHint(groupLabel)}
        >
          {t.boardOpenBoard}
        </a>
        <a
          className="button button--small"
          href={routeHref({ name: 'theme2', workshopId: group.workshopId, groupId: group.id })}
          title={t.theme2OpenBoardHint(groupLabel)}
        >
          {t.theme2OpenBoard}
        </a>
        <a
          className="button button--small"
          href={routeHref({ name: 'theme3', workshopId: group.workshopId, groupId: group.id })}
          title={t.theme3OpenBoardHint(groupLabel)}
        >
          {t.theme3OpenBoard}
        </a>
        <GroupFileButton workshopId={group.workshopId} groupId={group.id} groupName={group.name} />
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => {
            onRemove(group)
          }}
        >
          {t.removeGroup}
        </button>
      </header>

      <p className="roles-summary">
        <span className="roles-summary__role">{t.moderatorIs(nameOf(group.moderatorId))}</span>
        <span className="roles-summary__role">{t.scribeIs(nameOf(group.scribeId))}</span>
        {showRoleHint ? (
          <span className="roles-summary__hint">
            <span aria-hidden="true">ⓘ</span> {t.roleHintMunicipal}
          </span>
        ) : null}
      </p>

      {count === 0 ? (
        <p className="empty-hint">{t.noMembers}</p>
      ) : (
        <div className="table-frame">
          <table className="member-table">
            <colgroup>
              <col className="member-col-name" />
              <col className="member-col-position" />
              <col />
              <col className="member-col-years" />
              <col className="member-col-quals" />
              <col className="member-col-role" />
              <col className="member-col-role" />
              <col className="member-col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t.colName}</th>
                <th scope="col">{t.colPosition}</th>
                <th scope="col">{t.colAffiliation}</th>
                <th scope="col">{t.colYears}</th>
                <th scope="col">{t.colQualifications}</th>
                <th scope="col" className="member-th--role">
                  {t.colModerator}
                </th>
                <th scope="col" className="member-th--role">
                  {t.colScribe}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t.colActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {group.members.map((member, index) => (
                <MemberRow
                  key={member.id}
                  group={group}
                  member={member}
                  index={index}
                  apply={apply}
                  onRemove={(m, i) => {
                    onRemoveMember(group, m, i)
                  }}
                />
              ))}
            </tbody>
            <tfoot>
              <tr className="member-row member-row--nobody">
                <td colSpan={5} className="member-cell member-cell--nobody">
                  {t.roleNobody}
                </td>
                <td className="member-cell member-cell--role">
                  <input
                    type="radio"
                    className="role-radio"
                    name={`moderator-${group.id}`}
                    checked={group.moderatorId === null}
                    aria-label={t.moderatorNobody}
                    onChange={() => {
                      apply((doc) => setRole(doc, group.id, 'moderatorId', null))
                    }}
                  />
                </td>
                <td className="member-cell member-cell--role">
                  <input
                    type="radio"
                    className="role-radio"
                    name={`scribe-${group.id}`}
                    checked={group.scribeId === null}
                    aria-label={t.scribeNobody}
                    onChange={() => {
                      apply((doc) => setRole(doc, group.id, 'scribeId', null))
                    }}
                  />
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      <div className="group-card__footer">
        <button
          type="button"
          className="button button--small"
          data-focus="add-member"
          disabled={count >= LIMITS.membersPerGroup}
          onClick={handleAddMember}
        >
          <span aria-hidden="true">＋</span> {t.addMember}
        </button>
      </div>
    </article>
  )
}
