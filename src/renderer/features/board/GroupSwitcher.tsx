import { useId } from 'react'
import { useT } from '../../i18n/useT'
import { theme1Href } from '../../navigation/boardRoutes'

interface GroupSwitcherProps {
  workshopId: string
  groupId: string
  groups: readonly { id: string; name: string }[]
}

/** Goes to another group's テーマ1 board (the facilitator walks from table to table). */
export function GroupSwitcher({ workshopId, groupId, groups }: GroupSwitcherProps) {
  const t = useT()
  const id = useId()
  if (groups.length < 2) return null
  return (
    <div className="group-switch">
      <label htmlFor={id} className="group-switch__label">
        {t.boardGroupSwitch}
      </label>
      <select
        id={id}
        className="field field--select group-switch__select"
        value={groupId}
        onChange={(event) => {
          window.location.hash = theme1Href(workshopId, event.target.value)
        }}
      >
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name.trim() || t.groupName}
          </option>
        ))}
      </select>
    </div>
  )
}
