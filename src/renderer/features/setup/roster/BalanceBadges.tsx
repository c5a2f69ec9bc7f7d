import type { Member } from '../../../../shared/model/schemas'
import { groupBalance } from '../../../../shared/roster/groupBalance'
import { qualificationLabel } from '../../../i18n/labels'
import { useLang } from '../../../i18n/useT'
import { useRosterT } from './rosterMessages'

/**
 * A table's balance as the report's rule weighs it (L7164-7173): 立場, careers, 資格 as plain
 * badges, and what is missing (no 市町村担当者 for 司会・書記, one 所属 twice, …) as warnings.
 */
export function BalanceBadges({
  members,
  groupName,
}: {
  members: readonly Member[]
  groupName: string
}) {
  const t = useRosterT()
  const lang = useLang()
  if (members.length === 0) return null
  const b = groupBalance(members)
  const warnings = b.warnings.map((w) => {
    switch (w) {
      case 'noMunicipal':
        return t.warnNoMunicipal
      case 'fewCoordinators':
        return t.warnFewCoordinators
      case 'sameAffiliation':
        return t.warnSameAffiliation(b.repeatedAffiliations.join('、'))
      case 'narrowCareers':
        return t.warnNarrowCareers
      case 'noQualification':
        return t.warnNoQualification
    }
  })
  return (
    <ul className="balance" aria-label={t.balanceOf(groupName)}>
      <li className="balance__badge">
        {t.positionsShort(b.positions.coordinator, b.positions.municipal, b.positions.other)}
      </li>
      <li className="balance__badge">
        {b.years ? t.careerSpread(b.years.min, b.years.max) : t.careerUnknown}
      </li>
      <li className="balance__badge">
        {b.qualifications.length > 0
          ? b.qualifications.map((q) => qualificationLabel(q, lang)).join('・')
          : t.qualificationsNone}
      </li>
      {warnings.length === 0 ? (
        <li className="balance__badge balance__badge--ok">
          <span aria-hidden="true">✓ </span>
          {t.balanced}
        </li>
      ) : (
        warnings.map((w) => (
          <li key={w} className="balance__badge balance__badge--warn">
            <span aria-hidden="true">⚠ </span>
            {w}
          </li>
        ))
      )}
    </ul>
  )
}
