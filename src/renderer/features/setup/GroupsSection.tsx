import { useLayoutEffect, useRef } from 'react'
import { LIMITS } from '../../../shared/model/limits'
import type { Group, Member } from '../../../shared/model/schemas'
import { addGroup, removeGroup, removeMember, workshopGroups } from '../../../shared/ops/groupOps'
import { useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { GroupCard } from './GroupCard'
import { usePrintablesLinkT } from './printablesLink'
import type { SetupEditing } from './setupTypes'

/** グループ: the groups of 5～6 with their members and roles (report 4.1, 図表-76). */
export function GroupsSection({ doc, apply, notifyUndoable }: SetupEditing) {
  const t = useT()
  const link = usePrintablesLinkT()
  const groups = workshopGroups(doc)
  const memberTotal = groups.reduce((sum, g) => sum + g.members.length, 0)
  const sectionRef = useRef<HTMLElement>(null)
  const focusRequest = useRef<string | null>(null)

  useLayoutEffect(() => {
    const selector = focusRequest.current
    if (!selector) return
    focusRequest.current = null
    const target = sectionRef.current?.querySelector<HTMLElement>(selector)
    if (!target) return
    target.focus()
    // jsdom (component tests) has no scrollIntoView.
    if ('scrollIntoView' in target) target.scrollIntoView({ block: 'nearest' })
  })

  const handleAddGroup = () => {
    const created: { id: string | null } = { id: null }
    apply((current, ctx) => {
      const records = addGroup(current, ctx)
      created.id = records.find((r) => r.type === 'group')?.id ?? null
      return records
    })
    if (created.id) {
      focusRequest.current = `[data-group-id="${created.id}"] [data-focus="group-name"]`
    }
  }

  const handleRemoveGroup = (group: Group) => {
    const next = groups[groups.findIndex((g) => g.id === group.id) + 1]
    focusRequest.current = next
      ? `[data-group-id="${next.id}"] [data-focus="group-name"]`
      : '[data-focus="add-group"]'
    const undoId = apply((current, ctx) => removeGroup(current, group.id, ctx))
    notifyUndoable(t.groupRemoved(group.name.trim() || t.groupName), undoId)
  }

  const handleRemoveMember = (group: Group, member: Member, index: number) => {
    const next = group.members[index + 1]
    focusRequest.current = next
      ? `[data-member-id="${next.id}"] [data-focus="member-name"]`
      : `[data-group-id="${group.id}"] [data-focus="add-member"]`
    const undoId = apply((current) => removeMember(current, group.id, member.id))
    notifyUndoable(t.memberRemoved(member.name.trim() || t.memberFallback(index + 1)), undoId)
  }

  return (
    <section className="setup-section" aria-labelledby="groups-heading" ref={sectionRef}>
      <header className="section-header">
        <div className="section-header__row">
          <h2 id="groups-heading" className="section-title">
            {t.sectionGroups}
          </h2>
          <span className="section-count">{t.groupsSummary(groups.length, memberTotal)}</span>
          {groups.length > 0 ? (
            <a
              className="button button--small section-header__link"
              href={routeHref({ name: 'printTableSheets', workshopId: doc.workshop.id })}
              title={link.printablesOpenHint}
            >
              {link.printablesOpen}
            </a>
          ) : null}
        </div>
        <p className="section-lead">{t.groupsLead}</p>
      </header>

      <div className="group-list">
        {groups.length === 0 ? (
          <p className="empty-hint empty-hint--boxed">{t.groupsEmpty}</p>
        ) : null}
        {groups.map((group) => (
          <GroupCard
            key={group.id}
            group={group}
            apply={apply}
            onRemove={handleRemoveGroup}
            onRemoveMember={handleRemoveMember}
            onMemberAdded={(groupId, memberId) => {
              focusRequest.current = `[data-group-id="${groupId}"] [data-member-id="${memberId}"] [data-focus="member-name"]`
            }}
          />
        ))}
      </div>

      <div className="section-actions">
        <button
          type="button"
          className="button"
          data-focus="add-group"
          disabled={groups.length >= LIMITS.groupsPerWorkshop}
          onClick={handleAddGroup}
        >
          <span aria-hidden="true">＋</span> {t.addGroup}
        </button>
      </div>
    </section>
  )
}
