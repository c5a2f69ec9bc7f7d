import { routeHref, SETUP_SECTIONS, type SetupSection } from '../../navigation/useRoute'

/** The tabs: グループ分け is a view of the 名簿's tab. */
const NAV_SECTIONS = SETUP_SECTIONS.filter((section) => section !== 'seating')
import { useT } from '../../i18n/useT'
import type { Messages } from '../../i18n/messages.ja'

export function sectionLabel(section: SetupSection, t: Messages): string {
  switch (section) {
    case 'basics':
      return t.sectionBasics
    case 'timetable':
      return t.sectionTimetable
    case 'roster':
    case 'seating':
      return t.sectionRoster
    case 'groups':
      return t.sectionGroups
    case 'cards':
      return t.sectionCards
    case 'planning':
      return t.sectionPlanning
  }
}

interface SetupNavProps {
  workshopId: string
  current: SetupSection
  /** Small counts after a label, e.g. グループ 4. */
  counts: Partial<Record<SetupSection, number>>
}

/** The sections of the setup screen as tabs; each is a link, so a reload keeps the place. */
export function SetupNav({ workshopId, current, counts }: SetupNavProps) {
  const t = useT()
  return (
    <nav className="setup-nav" aria-label={t.setupNav}>
      <ul className="setup-nav__list">
        {NAV_SECTIONS.map((section, index) => {
          const count = counts[section]
          return (
            <li key={section}>
              <a
                className="setup-nav__link"
                href={routeHref({ name: 'workshop', workshopId, section })}
                aria-current={
                  section === current || (section === 'roster' && current === 'seating')
                    ? 'page'
                    : undefined
                }
              >
                <span className="setup-nav__number" aria-hidden="true">
                  {index + 1}
                </span>
                {sectionLabel(section, t)}
                {count !== undefined ? <span className="setup-nav__count">{count}</span> : null}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
